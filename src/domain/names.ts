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
