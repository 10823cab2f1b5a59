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
