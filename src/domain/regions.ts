/**
 * The U.S. Census Bureau's four regions and nine divisions, the one standard way American
 * newsrooms group states ("which Southern states refused", "New England"). D.C. is in the South
 * Atlantic division. Informal groupings ("the Sun Belt", "red states") are not facts of record
 * and are not here.
 */
interface RegionData {
  key: string;
  /** As a headline names it: "the South (Census region)". */
  name: string;
  states: readonly string[];
  /** The phrases, lower case, that name it in a question ("southern", "the south"). */
  words: readonly string[];
}

const NEW_ENGLAND = ["CT", "ME", "MA", "NH", "RI", "VT"];
const MIDDLE_ATLANTIC = ["NJ", "NY", "PA"];
const EAST_NORTH_CENTRAL = ["IL", "IN", "MI", "OH", "WI"];
const WEST_NORTH_CENTRAL = ["IA", "KS", "MN", "MO", "NE", "ND", "SD"];
const SOUTH_ATLANTIC = ["DE", "DC", "FL", "GA", "MD", "NC", "SC", "VA", "WV"];
const EAST_SOUTH_CENTRAL = ["AL", "KY", "MS", "TN"];
const WEST_SOUTH_CENTRAL = ["AR", "LA", "OK", "TX"];
const MOUNTAIN = ["AZ", "CO", "ID", "MT", "NV", "NM", "UT", "WY"];
const PACIFIC = ["AK", "CA", "HI", "OR", "WA"];

export const REGIONS = [
  {
    key: "northeast",
    name: "the Northeast (Census region)",
    states: [...NEW_ENGLAND, ...MIDDLE_ATLANTIC],
    words: ["northeast", "northeastern", "north east", "north eastern"],
  },
  {
    key: "midwest",
    name: "the Midwest (Census region)",
    states: [...EAST_NORTH_CENTRAL, ...WEST_NORTH_CENTRAL],
    words: ["midwest", "midwestern", "mid west", "mid western", "middle west"],
  },
  {
    key: "south",
    name: "the South (Census region)",
    states: [...SOUTH_ATLANTIC, ...EAST_SOUTH_CENTRAL, ...WEST_SOUTH_CENTRAL],
    words: ["south", "southern"],
  },
  {
    key: "west",
    name: "the West (Census region)",
    states: [...MOUNTAIN, ...PACIFIC],
    words: ["west", "western"],
  },
  {
    key: "new-england",
    name: "New England (Census division)",
    states: NEW_ENGLAND,
    words: ["new england", "new englands"],
  },
  {
    key: "middle-atlantic",
    name: "the Middle Atlantic (Census division)",
    states: MIDDLE_ATLANTIC,
    words: ["middle atlantic", "mid atlantic", "midatlantic"],
  },
  {
    key: "east-north-central",
    name: "the East North Central (Census division)",
    states: EAST_NORTH_CENTRAL,
    words: ["east north central"],
  },
  {
    key: "west-north-central",
    name: "the West North Central (Census division)",
    states: WEST_NORTH_CENTRAL,
    words: ["west north central"],
  },
  {
    key: "south-atlantic",
    name: "the South Atlantic (Census division)",
    states: SOUTH_ATLANTIC,
    words: ["south atlantic"],
  },
  {
    key: "east-south-central",
    name: "the East South Central (Census division)",
    states: EAST_SOUTH_CENTRAL,
    words: ["east south central"],
  },
  {
    key: "west-south-central",
    name: "the West South Central (Census division)",
    states: WEST_SOUTH_CENTRAL,
    words: ["west south central"],
  },
  {
    key: "mountain",
    name: "the Mountain states (Census division)",
    states: MOUNTAIN,
    // (Not "mountain" alone: "the Mountain State" is West Virginia.)
    words: ["mountain west", "mountain states"],
  },
  {
    key: "pacific",
    name: "the Pacific (Census division)",
    states: PACIFIC,
    words: ["pacific"],
  },
] as const satisfies readonly RegionData[];

export type RegionKey = (typeof REGIONS)[number]["key"];
export type Region = RegionData & { key: RegionKey };

export function regionOf(key: RegionKey): Region {
  return REGIONS.find((r) => r.key === key) as Region;
}
