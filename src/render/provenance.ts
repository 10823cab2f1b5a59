import type { ReviewModel } from "../intake/review-model.js";
import { escapeSlack } from "./blocks.js";

/**
 * Where a draft's source fields came from, for an article added by its link: when the page was
 * read, then which fields the page's metadata gave and which the text states. Empty for an
 * article handed over as text.
 */
export function pageProvenance(page: ReviewModel["page"]): string {
  if (!page) return "";
  const parts = [
    `Read from the link on ${page.fetchedAt.slice(0, 10)} at ${page.fetchedAt.slice(11, 16)} UTC`,
    page.fromPage.length ? `${page.fromPage.join(", ")} from the page's metadata` : "",
    page.fromText.length ? `${page.fromText.join(", ")} from the text` : "",
  ].filter(Boolean);
  return `\n${escapeSlack(parts.join(" · "))}.`;
}
