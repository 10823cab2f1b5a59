/**
 * Where a state's name stands in a text as a name of its own: "Kansas" is not inside
 * "Arkansas", and "Virginia" is not the end of "West Virginia". Returns -1 when absent.
 */
export function indexOfName(text: string, name: string): number {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const match = new RegExp(`(?<!West )(?<![\\p{L}])${escaped}(?![\\p{L}])`, "u").exec(text);
  return match ? match.index : -1;
}
