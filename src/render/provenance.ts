import type { ReviewModel } from "../intake/review-model.js";
import { escapeSlack, userMention } from "./blocks.js";

const fieldName = (field: string) => (field === "url" ? "URL" : field);

/**
 * Where a draft's source fields came from: for an article added by its link, when the page was
 * read, then which fields the page's metadata gave and which the text states; for any article,
 * which fields an editor corrected ("published corrected by @editor"). Empty when there is
 * nothing to say.
 */
export function pageProvenance(
  page: ReviewModel["page"],
  corrected: ReviewModel["corrected"] = [],
): string {
  const parts = [
    page &&
      `Read from the link on ${page.fetchedAt.slice(0, 10)} at ${page.fetchedAt.slice(11, 16)} UTC`,
    page?.fromPage.length ? `${page.fromPage.join(", ")} from the page's metadata` : "",
    page?.fromText.length ? `${page.fromText.join(", ")} from the text` : "",
  ]
    .filter(Boolean)
    .map((part) => escapeSlack(part as string));
  for (const { by, fields } of corrected) {
    parts.push(`${escapeSlack(fields.map(fieldName).join(", "))} corrected by ${userMention(by)}`);
  }
  return parts.length ? `\n${parts.join(" · ")}.` : "";
}
