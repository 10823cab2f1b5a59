import { type Card, type Element, type Inline, SOURCE_LINK_TEXT } from "./card.js";
import { truncate } from "./format.js";

/** Block Kit's published limits. */
export const LIMITS = {
  blocks: 50,
  sectionText: 3000,
  headerText: 150,
  contextElements: 10,
  contextText: 2000,
  buttonText: 75,
  buttonValue: 2000,
  actionsElements: 25,
  fallbackText: 3000,
} as const;

// Slack's JSON is loosely typed here on purpose: the shapes are checked by tests against limits.
export type Block = Record<string, unknown>;

export interface SlackMessage {
  text: string;
  blocks: Block[];
}

/**
 * Escapes the three characters Slack treats as control: with them escaped, `<!channel>`,
 * `<@U123>` and `<!here>` in user text are shown as typed and ping nobody.
 */
export function escapeSlack(value: string): string {
  return value.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** A Slack user id as a mention; anything else (a CLI user's name) as escaped text. */
export const userMention = (user: string) =>
  /^[UW][A-Z0-9]+$/.test(user) ? `<@${user}>` : escapeSlack(user);

function mrkdwn(parts: Inline[]): string {
  return parts
    .map((p) => {
      if (typeof p === "string") return escapeSlack(p);
      if ("bold" in p) return emphasis(p.bold, "*");
      if ("link" in p) return slackLink(p.link, p.href);
      return emphasis(p.italic, "_");
    })
    .join("");
}

/** Slack only honours *bold* and _italic_ when the marks touch the words, so spaces go outside. */
function emphasis(value: string, mark: string): string {
  const [, lead = "", inner = "", trail = ""] = /^(\s*)([\s\S]*?)(\s*)$/.exec(value) ?? [];
  return inner ? `${lead}${mark}${escapeSlack(inner)}${mark}${trail}` : value;
}

/** `<url|label>`: the label escaped, and `|` kept out of both so the link cannot be split. */
function slackLink(label: string, href: string): string {
  return `<${escapeSlack(href).replace(/\|/g, "%7C")}|${escapeSlack(label).replace(/\|/g, "¦")}>`;
}

function section(textValue: string): Block {
  return {
    type: "section",
    text: { type: "mrkdwn", text: truncate(textValue, LIMITS.sectionText), verbatim: true },
  };
}

/** Action ids the interactive listeners answer to. */
export const ACTION_CHOOSE = "voterdata_choose";
export const ACTION_SHARE = "voterdata_share";

function blocksFor(e: Element): Block[] {
  switch (e.type) {
    case "header":
      return [
        {
          type: "header",
          text: { type: "plain_text", text: truncate(e.text, LIMITS.headerText), emoji: false },
        },
      ];
    case "text":
      return [section(mrkdwn(e.parts))];
    case "quote": {
      const quoted = e.text
        .split("\n")
        .map((line) => `>${e.highlight ? emphasis(line, "*") : escapeSlack(line)}`)
        .join("\n");
      const source = e.href ? ` · ${slackLink(SOURCE_LINK_TEXT, e.href)}` : "";
      return [section(`${quoted}\n— ${escapeSlack(e.attribution)}${source}`)];
    }
    case "context": {
      const items = e.items.map(escapeSlack);
      // Past ten elements, the rest share the last one, so nothing is dropped silently.
      const kept = items.slice(0, LIMITS.contextElements - 1);
      const rest = items.slice(LIMITS.contextElements - 1);
      if (rest.length > 0) kept.push(rest.join(" · "));
      return [
        {
          type: "context",
          elements: kept.map((t) => ({
            type: "mrkdwn",
            text: truncate(t, LIMITS.contextText),
            verbatim: true,
          })),
        },
      ];
    }
    case "divider":
      return [{ type: "divider" }];
    case "choices": {
      const blocks: Block[] = [];
      for (let i = 0; i < e.options.length; i += LIMITS.actionsElements) {
        blocks.push({
          type: "actions",
          elements: e.options.slice(i, i + LIMITS.actionsElements).map((o, j) => ({
            type: "button",
            action_id: `${ACTION_CHOOSE}_${i + j}`,
            text: { type: "plain_text", text: truncate(o.label, LIMITS.buttonText) },
            value: o.value.slice(0, LIMITS.buttonValue),
          })),
        });
      }
      return blocks;
    }
  }
}

/**
 * A card as a Slack message: inside Block Kit's limits, with a plain-text fallback. Content past
 * the block limit is folded into a last section that says how much was left out.
 */
export function renderBlocks(card: Card, extra: Block[] = []): SlackMessage {
  const all = card.elements.flatMap(blocksFor);
  const room = LIMITS.blocks - extra.length;
  let blocks = all;
  if (all.length > room) {
    // Keep the opening and the closing sources line; say how much of the middle was folded.
    const left = all.length - (room - 2);
    blocks = [
      ...all.slice(0, room - 2),
      section(
        `_…${left} more part(s) left out to fit Slack. Ask for one state or person for the rest._`,
      ),
      ...all.slice(-1),
    ];
  }
  return {
    text: truncate(escapeSlack(card.summary), LIMITS.fallbackText),
    blocks: [...blocks, ...extra],
  };
}
