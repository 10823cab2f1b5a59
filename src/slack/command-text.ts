import { linksOnly } from "./links.js";
import { questionText, withoutEmoji } from "./message-text.js";

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
  | { kind: "alerts"; setting: "on" | "off" | null; story: string | null }
  | { kind: "invalid"; message: string }
  // Editors' intake
  | { kind: "add" }
  | { kind: "add-links"; links: string[] }
  | { kind: "retract"; sourceId: string; state: string; reason: string }
  | { kind: "history"; state: string }
  | { kind: "story-new" };

const TIME = /^([01]?\d|2[0-3]):([0-5]\d)$/;

export function parseCommandText(raw: string): CommandRequest {
  // (":wave: digest" is the digest: an emoji code is no word of the command.)
  const text = withoutEmoji(raw);
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
  if (word === "alerts") {
    // "alerts", "alerts on", "alerts on doj", "alerts off".
    const [setting = "", ...story] = rest;
    const on = setting.toLowerCase();
    if (on === "" || on === "on" || on === "off") {
      if (on === "off" && story.length > 0) return alertsUsage;
      return {
        kind: "alerts",
        setting: on === "" ? null : on,
        story: on === "on" ? story.join(" ") || null : null,
      };
    }
    return alertsUsage;
  }
  const intake = parseIntakeCommand(word, rest);
  if (intake) return intake;
  if (!args && (word === "unsubscribe" || word === "subscriptions" || word === "stories")) {
    return { kind: word };
  }
  if (word === "digest" || word === "map" || word === "story") {
    return { kind: word, story: args || null };
  }
  return { kind: "lookup", query: questionText(text) };
}

const alertsUsage: CommandRequest = {
  kind: "invalid",
  message:
    "Turn alerts on with `/voterdata alerts on` (or `/voterdata alerts on doj` for one story), off with `/voterdata alerts off`; `/voterdata alerts` says whether they are on.",
};

const SOURCE_ID = /^\d{3}_[0-9a-f]{16}$/;

/** Editors' subcommands: `add`, `add <links>`, `retract <source-id> <state> <reason>`, `history <state>`, `story new`. */
function parseIntakeCommand(word: string, rest: string[]): CommandRequest | null {
  if (word === "add" && rest.length === 0) return { kind: "add" };
  if (word === "add") {
    const links = linksOnly(rest.join(" "));
    return links
      ? { kind: "add-links", links }
      : {
          kind: "invalid",
          message:
            "Add articles by their links, one per line: `/voterdata add https://news.example.com/story`; or `/voterdata add` alone for the form.",
        };
  }
  if (word === "story" && rest.length === 1 && rest[0]?.toLowerCase() === "new") {
    return { kind: "story-new" };
  }
  if (word === "history" && rest.length > 0) return { kind: "history", state: rest.join(" ") };
  if (word === "retract" && rest.length > 0) {
    const [sourceId = "", state = "", ...reason] = rest;
    if (!SOURCE_ID.test(sourceId) || !state) {
      return {
        kind: "invalid",
        message:
          "Retract a published claim with `/voterdata retract <source-id> <state> <reason>`, such as `/voterdata retract 005_1a2b3c4d5e6f7a8b OH misread the sentence`.",
      };
    }
    return { kind: "retract", sourceId, state, reason: reason.join(" ") };
  }
  return null;
}
