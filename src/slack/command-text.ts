/** What someone asked for with `/voterdata ...`. */
export type CommandRequest =
  | { kind: "help" }
  | { kind: "lookup"; query: string }
  | { kind: "subscribe"; time: string | null }
  | { kind: "unsubscribe" }
  | { kind: "subscriptions" }
  | { kind: "digest" }
  | { kind: "map" }
  | { kind: "invalid"; message: string };

const TIME = /^([01]?\d|2[0-3]):([0-5]\d)$/;

export function parseCommandText(raw: string): CommandRequest {
  const text = raw.trim();
  const [first = "", ...rest] = text.split(/\s+/);
  const word = first.toLowerCase();
  const args = rest.join(" ");
  if (text === "" || ((word === "help" || word === "?") && !args)) return { kind: "help" };
  if (word === "subscribe") {
    if (!args) return { kind: "subscribe", time: null };
    const match = TIME.exec(args);
    if (!match) {
      return {
        kind: "invalid",
        message: "Give the time as HH:MM on a 24-hour clock, such as `/voterdata subscribe 08:30`.",
      };
    }
    return { kind: "subscribe", time: `${match[1]?.padStart(2, "0")}:${match[2]}` };
  }
  if (
    !args &&
    (word === "unsubscribe" || word === "subscriptions" || word === "digest" || word === "map")
  ) {
    return { kind: word };
  }
  return { kind: "lookup", query: text };
}
