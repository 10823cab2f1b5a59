const patterns = new Map<string, RegExp>();

/** `text` with every character a regular expression treats as special escaped. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * Where a state's name stands in a text as a name of its own: "Kansas" is not inside
 * "Arkansas", and "Virginia" is not the end of "West Virginia". Returns -1 when absent.
 */
export function indexOfName(text: string, name: string): number {
  let pattern = patterns.get(name);
  if (!pattern) {
    pattern = new RegExp(`(?<!West )(?<![A-Za-z])${escapeRegExp(name)}(?![A-Za-z])`);
    patterns.set(name, pattern);
  }
  const match = pattern.exec(text);
  return match ? match.index : -1;
}

/** The states' names in Spanish, where they differ from the English ("Carolina del Norte"). */
export const SPANISH_STATE_NAMES: readonly (readonly [string, string])[] = [
  ["Nueva York", "NY"],
  ["Nueva Jersey", "NJ"],
  ["Nuevo México", "NM"],
  ["Nuevo Mexico", "NM"],
  ["Nuevo Hampshire", "NH"],
  ["Nueva Hampshire", "NH"],
  ["Carolina del Norte", "NC"],
  ["Carolina del Sur", "SC"],
  ["Dakota del Norte", "ND"],
  ["Dakota del Sur", "SD"],
  ["Virginia Occidental", "WV"],
  ["Pensilvania", "PA"],
  ["Luisiana", "LA"],
  ["Misisipi", "MS"],
  ["Misisipí", "MS"],
  ["Hawái", "HI"],
  ["Oregón", "OR"],
  ["Míchigan", "MI"],
  ["Misuri", "MO"],
  ["Tenesí", "TN"],
  ["Distrito de Columbia", "DC"],
];

/**
 * Each state's nickname as news prose uses it ("the Buckeye State", "the Land of Enchantment"):
 * the word or words before "State", or the whole name where "State" is no part of it.
 */
export const STATE_NICKNAMES: Readonly<Record<string, string>> = {
  AL: "Yellowhammer",
  AK: "Last Frontier",
  AZ: "Grand Canyon",
  AR: "Natural",
  CA: "Golden",
  CO: "Centennial",
  CT: "Constitution",
  DE: "First",
  FL: "Sunshine",
  GA: "Peach",
  HI: "Aloha",
  ID: "Gem",
  IL: "Prairie",
  IN: "Hoosier",
  IA: "Hawkeye",
  KS: "Sunflower",
  KY: "Bluegrass",
  LA: "Pelican",
  ME: "Pine Tree",
  MD: "Old Line",
  MA: "Bay",
  MI: "Great Lakes",
  MN: "North Star",
  MS: "Magnolia",
  MO: "Show-Me",
  MT: "Treasure",
  NE: "Cornhusker",
  NV: "Silver",
  NH: "Granite",
  NJ: "Garden",
  NM: "Land of Enchantment",
  NY: "Empire",
  NC: "Tar Heel",
  ND: "Peace Garden",
  OH: "Buckeye",
  OK: "Sooner",
  OR: "Beaver",
  PA: "Keystone",
  RI: "Ocean",
  SC: "Palmetto",
  SD: "Mount Rushmore",
  TN: "Volunteer",
  TX: "Lone Star",
  UT: "Beehive",
  VT: "Green Mountain",
  WA: "Evergreen",
  WV: "Mountain",
  WI: "Badger",
  WY: "Equality",
};

/** A state's nickname as it is written: "Buckeye State", "Land of Enchantment". */
export function stateNickname(usps: string): string | null {
  const nickname = STATE_NICKNAMES[usps];
  if (!nickname) return null;
  return nickname.startsWith("Land") ? nickname : `${nickname} State`;
}

/**
 * Two states named with one shared word, "North and South Dakota", "West & North Virginia"
 * (groups: the first's word, the second's, the shared word).
 */
export const SHARED_NAME = String.raw`\b(North|South|West)\s+(?:and|&|or)\s+(North|South|West)\s+(Dakota|Carolina|Virginia)s?\b`;
