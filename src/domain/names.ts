const patterns = new Map<string, RegExp>();

/**
 * Where a state's name stands in a text as a name of its own: "Kansas" is not inside
 * "Arkansas", and "Virginia" is not the end of "West Virginia". Returns -1 when absent.
 */
export function indexOfName(text: string, name: string): number {
  let pattern = patterns.get(name);
  if (!pattern) {
    const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    pattern = new RegExp(`(?<!West )(?<![A-Za-z])${escaped}(?![A-Za-z])`);
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
