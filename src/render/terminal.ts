import { type Card, type Element, type Inline, SOURCE_LINK_TEXT } from "./card.js";
import { quoted } from "./format.js";

export interface TerminalStyle {
  bold(text: string): string;
  dim(text: string): string;
  italic(text: string): string;
}

export const PLAIN: TerminalStyle = { bold: (t) => t, dim: (t) => t, italic: (t) => t };
export const ANSI: TerminalStyle = {
  bold: (t) => `\u001b[1m${t}\u001b[22m`,
  dim: (t) => `\u001b[2m${t}\u001b[22m`,
  italic: (t) => `\u001b[3m${t}\u001b[23m`,
};

/** A card as text for a terminal: the same content as the Slack reply. */
export function renderTerminal(card: Card, style: TerminalStyle = PLAIN): string {
  return card.elements
    .map(
      (e, i) =>
        (i > 0 && e.type === "text" && e.continues ? "\n" : i > 0 ? "\n\n" : "") +
        element(e, style),
    )
    .join("");
}

function inline(parts: Inline[], style: TerminalStyle): string {
  return parts
    .map((p) => {
      if (typeof p === "string") return p;
      if ("bold" in p) return style.bold(p.bold);
      if ("link" in p) return `${p.link} (${p.href})`;
      return style.italic(p.italic);
    })
    .join("");
}

function element(e: Element, style: TerminalStyle): string {
  switch (e.type) {
    case "header":
      return style.bold(`${e.text}\n${"=".repeat(Math.min(e.text.length, 72))}`);
    case "text":
      return inline(e.parts, style);
    case "quote":
      return `  ${e.highlight ? style.bold(quoted(e.text)) : quoted(e.text)}\n    — ${e.attribution}${e.href ? `\n    ${SOURCE_LINK_TEXT}: ${e.href}` : ""}`;
    case "context":
      return style.dim(e.items.join("\n"));
    case "divider":
      return "─".repeat(72);
    case "choices":
      return e.options.map((o) => `  • ${o.label}`).join("\n");
  }
}
