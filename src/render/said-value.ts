/**
 * A choice among people who said something close carries the question with it ("said:who%20…"
 * beside "person:<id>" in a button's value or a link), so the chosen person's card can show the
 * words that match it first. Encoded, so its commas and bars never split the value.
 */
const SAID = "said:";

export function saidPart(question: string): string {
  return `${SAID}${encodeURIComponent(question.trim())}`;
}

/** The question a choice carries, or null (none, or not decodable). */
export function saidFrom(parts: string[]): string | null {
  const part = parts.find((p) => p.startsWith(SAID));
  if (part === undefined) return null;
  try {
    return decodeURIComponent(part.slice(SAID.length)) || null;
  } catch {
    return null;
  }
}
