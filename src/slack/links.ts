/** How many links one command, modal or message may hand over at once. */
export const MAX_LINKS = 20;

/** A link as Slack may wrap it: `<https://…>` or `<https://…|label>`; bare otherwise. */
const unwrap = (token: string) => token.replace(/^<((?:https?):[^|>]*)(?:\|[^>]*)?>$/i, "$1");

const isLink = (token: string) => /^https?:\/\/\S+$/i.test(token) && URL.canParse(token);

/**
 * The links of a text made only of links (one per line, or separated by spaces), in order and
 * without repeats; null when the text holds anything else (an article pasted, a query).
 */
export function linksOnly(text: string): string[] | null {
  const tokens = text.split(/\s+/).filter(Boolean).map(unwrap);
  if (tokens.length === 0 || !tokens.every(isLink)) return null;
  return [...new Set(tokens.map((t) => t.replace(/&amp;/g, "&")))];
}

/** A message as a shortcut payload carries it: its text and its unfurled attachments. */
export interface LinkedMessage {
  text?: string;
  attachments?: { from_url?: string; original_url?: string; title_link?: string }[];
}

/** Words beside the links beyond which a message is an article pasted, not a link shared. */
const SHARED_LINK_WORDS = 40;

/**
 * The links of a message that shares articles: those in its text (Slack's `<https://…|label>`
 * markup) and its unfurls, when the words around them are a comment ("worth a look") rather than
 * an article's text. Null when it holds no link or reads as an article.
 */
export function sharedLinks(message: LinkedMessage): string[] | null {
  const text = message.text ?? "";
  const inText = [...text.matchAll(/<(https?:[^|>\s]+)(?:\|[^>]*)?>/gi)].map((m) => m[1] as string);
  const bare = text
    .replace(/<[^>]*>/g, " ")
    .split(/\s+/)
    .filter((t) => isLink(t));
  const unfurled = (message.attachments ?? []).flatMap((a) => {
    const url = a.original_url ?? a.from_url ?? a.title_link;
    return url ? [url] : [];
  });
  const links = [
    ...new Set([...inText, ...bare, ...unfurled].map((l) => l.replace(/&amp;/g, "&"))),
  ].filter(isLink);
  if (links.length === 0) return null;
  const words = text
    .replace(/<[^>]*>/g, " ")
    .split(/\s+/)
    .filter((t) => t && !isLink(t)).length;
  return words > SHARED_LINK_WORDS ? null : links;
}
