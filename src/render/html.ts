import escapeHtml from "escape-html";
import { type Card, type Element, type Inline, SOURCE_LINK_TEXT } from "./card.js";

export interface HtmlOptions {
  /** The level of a card's header: 1 when the card is the page, 2 inside a list. */
  headingLevel?: 1 | 2;
  /** Where a choice leads ("state:ND" → "/states/ND"); a choice without one is plain text. */
  choiceHref?: (value: string) => string | null;
}

/** A card as an HTML fragment: the same content as the Slack and terminal replies, escaped. */
export function renderHtml(card: Card, options: HtmlOptions = {}): string {
  return card.elements.map((e) => element(e, options)).join("\n");
}

const esc = (value: string) => escapeHtml(value);

/** Escaped text, its line breaks kept. */
function lines(value: string): string {
  return value.split("\n").map(esc).join("<br>\n");
}

function anchor(label: string, href: string): string {
  return `<a href="${esc(href)}">${esc(label)}</a>`;
}

function inline(parts: Inline[]): string {
  return parts
    .map((p) => {
      if (typeof p === "string") return lines(p);
      if ("bold" in p) return `<strong>${lines(p.bold)}</strong>`;
      if ("link" in p) return anchor(p.link, p.href);
      return `<em>${lines(p.italic)}</em>`;
    })
    .join("");
}

function element(e: Element, options: HtmlOptions): string {
  switch (e.type) {
    case "header": {
      const h = `h${options.headingLevel ?? 2}`;
      return `<${h}>${esc(e.text)}</${h}>`;
    }
    case "text":
      return `<p>${inline(e.parts)}</p>`;
    case "quote": {
      const link = e.href ? ` · ${anchor(SOURCE_LINK_TEXT, e.href)}` : "";
      const words = e.highlight ? `<mark>${lines(e.text)}</mark>` : lines(e.text);
      return `<figure class="quote"><blockquote><p>${words}</p></blockquote><figcaption>— ${esc(e.attribution)}${link}</figcaption></figure>`;
    }
    case "context":
      return `<ul class="context">${e.items.map((i) => `<li>${esc(i)}</li>`).join("")}</ul>`;
    case "divider":
      return "<hr>";
    case "choices": {
      const items = e.options.map((o) => {
        const href = options.choiceHref?.(o.value);
        return `<li>${href ? anchor(o.label, href) : esc(o.label)}</li>`;
      });
      return `<ul class="choices">${items.join("")}</ul>`;
    }
  }
}
