/**
 * A card is what a reply says, before it is dressed for a surface. The Slack and terminal
 * renderers turn the same card into Block Kit or text, so they never disagree on content.
 */
export type Inline =
  | string
  | { bold: string }
  | { italic: string }
  | { link: string; href: string };

export type Element =
  | { type: "header"; text: string }
  | {
      type: "text";
      parts: Inline[];
      /** More lines of the list above, set apart only where a surface caps a section's size. */
      continues?: boolean;
    }
  | {
      type: "quote";
      text: string;
      attribution: string;
      href?: string;
      /** The words that answer the question ("who said …"), set apart from the rest. */
      highlight?: boolean;
    }
  | { type: "context"; items: string[] }
  | { type: "divider" }
  | { type: "choices"; options: Choice[] };

export interface Choice {
  label: string;
  /** What a click looks up: a state code or a person id ("state:ND", "person:alex-padilla"). */
  value: string;
}

export interface Card {
  /** One line that stands alone: the notification text and the fallback for old clients. */
  summary: string;
  elements: Element[];
}

export const text = (...parts: Inline[]): Element => ({ type: "text", parts });
export const bold = (value: string): Inline => ({ bold: value });
export const italic = (value: string): Inline => ({ italic: value });
export const link = (value: string, href: string): Inline => ({ link: value, href });

/** The words of every link to a claim's sentence or a quote in its article. */
export const SOURCE_LINK_TEXT = "Read it in the source";
