import type { ReviewState } from "../intake/service.js";
import { escapeSlack } from "./blocks.js";

const LABELS = {
  outlet: "outlet",
  headline: "headline",
  author: "author",
  published: "published",
  updated: "updated",
} as const;

/**
 * Where a draft's source fields came from, for an article added by its link: the page it was read
 * from and when, then which fields the page's metadata gave and which the text states. Empty for
 * an article handed over as text.
 */
export function pageProvenance(review: ReviewState): string {
  const page = review.page;
  if (!page) return "";
  const source = review.draft.source;
  const fromPage = page.fromPage.map((f) => LABELS[f]);
  const fromText = (["outlet", "headline", "author", "published", "updated"] as const)
    .filter((f) => !page.fromPage.includes(f) && source.evidence[f] && source[f] !== null)
    .map((f) => LABELS[f]);
  const parts = [
    `Read from the link on ${page.fetchedAt.slice(0, 10)} at ${page.fetchedAt.slice(11, 16)} UTC`,
    fromPage.length ? `${fromPage.join(", ")} from the page's metadata` : "",
    fromText.length ? `${fromText.join(", ")} from the text` : "",
  ].filter(Boolean);
  return `\n${escapeSlack(parts.join(" · "))}.`;
}
