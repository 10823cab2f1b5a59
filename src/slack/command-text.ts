/** What someone asked for with `/voterdata ...`. */
export type CommandRequest =
  | { kind: "help" }
  | { kind: "lookup"; query: string }
  | { kind: "subscribe"; time: string | null; story: string | null }
  | { kind: "unsubscribe" }
  | { kind: "subscriptions" }
  | { kind: "digest"; story: string | null }
  | { kind: "map"; story: string | null }
  | { kind: "story"; story: string | null }
  | { kind: "stories" }
  | { kind: "invalid"; message: string };

const TIME = /^([01]?\d|2[0-3]):([0-5]\d)$/;

export function parseCommandText(raw: string): CommandRequest {
  const text = raw.trim();
  const [first = "", ...rest] = text.split(/\s+/);
  const word = first.toLowerCase();
  const args = rest.join(" ");
  if (text === "" || ((word === "help" || word === "?") && !args)) return { kind: "help" };
  if (word === "subscribe") {
    // "subscribe", "subscribe 08:30", "subscribe 08:30 doj", "subscribe doj".
    const [first = "", ...others] = rest;
    const time = TIME.exec(first);
    if (!time && /^\d/.test(first)) {
      return {
        kind: "invalid",
        message: "Give the time as HH:MM on a 24-hour clock, such as `/voterdata subscribe 08:30`.",
      };
    }
    const story = (time ? others : rest).join(" ") || null;
    return {
      kind: "subscribe",
      time: time ? `${time[1]?.padStart(2, "0")}:${time[2]}` : null,
      story,
    };
  }
  if (!args && (word === "unsubscribe" || word === "subscriptions" || word === "stories")) {
    return { kind: word };
  }
  if (word === "digest" || word === "map" || word === "story") {
    return { kind: word, story: args || null };
  }
  return { kind: "lookup", query: text };
}
