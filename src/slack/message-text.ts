/**
 * Slack sends message text with its own markup: mentions (<@U123>), channel links
 * (<#C123|politics>), special mentions (<!here>), links (<https://...|label>) and &amp;-escapes.
 * This gives back what a person reads, without the mentions, for the lookup.
 */
export function plainMessageText(text: string): string {
  return text
    .replace(/<@[A-Z0-9]+(\|[^>]*)?>/g, " ")
    .replace(/<![^>]*>/g, " ")
    .replace(/<#[A-Z0-9]+\|([^>]*)>/g, "#$1")
    .replace(/<#[A-Z0-9]+>/g, " ")
    .replace(/<(?:https?|mailto):[^|>]*\|([^>]*)>/g, "$1")
    .replace(/<(?:https?|mailto):[^>]*>/g, " ")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&")
    .replace(/\s+/g, " ")
    .trim();
}

/**
 * A question as a person reads it, for the lookup: `plainMessageText` without emoji codes
 * (":flag-us: who refused :x:"), which Slack sends for the pictures and which name nothing.
 */
export function questionText(text: string): string {
  return withoutEmoji(plainMessageText(text));
}

/** Text without Slack's emoji codes (":x:", ":wave::skin-tone-2:"), which name nothing. */
export function withoutEmoji(text: string): string {
  return text
    .replace(/(^|[\s(])(?::[a-z][a-z0-9_+-]*:)+(?=[\s.,;:!?)]|$)/g, "$1")
    .replace(/\s+/g, " ")
    .trim();
}
