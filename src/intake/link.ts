import { PAGE_FIELDS, type PageFieldName } from "../extract/read-link.js";
import type { ReadArticle } from "../extract/reader.js";
import type { FetchedPage } from "../fetch/safe-fetch.js";
import type { Store, StoredPage } from "../store/store.js";
import type { PublishedEntries } from "./overlay.js";
import type { Actor, ArticleInput, IntakeService, SubmitResult } from "./service.js";

/** What the editor gave beside the link (the modal's fields); it wins over the page's metadata. */
export type LinkGiven = Pick<ArticleInput, "outlet" | "published" | "story">;

/** Where an article added by its link came from: for the review and the published source. */
export interface PageProvenance {
  url: string;
  fetchedAt: string;
  /** The source fields the page's metadata gave (the rest, where stated, are from the text). */
  fromPage: PageFieldName[];
}

export interface LinkDeps {
  store: Store;
  fetchPage: (link: string) => Promise<FetchedPage>;
  /** Where the article is read out of the page (a worker thread in production). */
  readArticle?: ReadArticle | undefined;
  warn?: ((message: string) => void) | undefined;
}

/**
 * An article added by its link: the editor checked before anything is fetched; the page fetched
 * safely; the article read out of it; the same article recognised by its canonical address before
 * and after fetching; then drafted like pasted text (the extracted text is the source, byte for
 * byte), with the page's metadata as given fields, and the page kept beside the draft.
 */
export async function submitLink(
  intake: IntakeService,
  deps: LinkDeps,
  actor: Actor,
  link: string,
  given: LinkGiven = {},
): Promise<SubmitResult> {
  const refused = await intake.refusal(actor, "intake", "add articles", link.slice(0, 500));
  if (refused) return refused;
  const [
    { normaliseUrl },
    { NotAnArticle },
    { readLink, metadataOverrides, fieldsFromPage },
    { FetchRefused },
  ] = await Promise.all([
    import("../extract/canonical.js"),
    import("../extract/article.js"),
    import("../extract/read-link.js"),
    import("../fetch/safe-fetch.js"),
  ]);
  const asked = normaliseUrl(link);
  if (!asked) return { kind: "invalid", message: "that is not an http(s) link: not fetched" };
  const before = await known(intake, deps.store, actor, asked);
  if (before) return before;
  let read: Awaited<ReturnType<typeof readLink>>;
  try {
    read = await readLink(link, deps.fetchPage, deps.readArticle);
  } catch (error) {
    if (!(error instanceof FetchRefused || error instanceof NotAnArticle)) throw error;
    const where = error instanceof FetchRefused ? error.url : link;
    deps.warn?.(`Link not added (${actor.team}/${actor.user}): ${where}: ${error.message}`);
    await deps.store.audit({
      team: actor.team,
      user: actor.user,
      action: "intake",
      outcome: "failed",
      story: null,
      subject: null,
      states: [],
      detail: `${where.slice(0, 500)}: ${error.message}`,
      at: new Date().toISOString(),
    });
    return { kind: "invalid", message: error.message };
  }
  const { page, article } = read;
  const after = await known(intake, deps.store, actor, article.canonicalUrl);
  if (after) return after;
  const m = article.metadata;
  const fromPage = fieldsFromPage(m, given);
  const result = await intake.submit(actor, {
    bytes: new TextEncoder().encode(article.text),
    url: article.canonicalUrl,
    ...metadataOverrides(m),
    ...Object.fromEntries(Object.entries(given).filter(([, v]) => v !== undefined)),
  });
  if (result.kind === "drafted") {
    await deps.store.savePage({
      draftId: result.review.row.id,
      team: actor.team,
      url: link,
      finalUrl: page.finalUrl,
      canonicalUrl: article.canonicalUrl,
      fetchedAt: page.fetchedAt,
      contentType: page.contentType,
      sha256: page.sha256,
      html: page.text,
      metadata: JSON.stringify(Object.fromEntries(fromPage.map((f) => [f, m[f]]))),
    });
    result.review.page = provenance((await deps.store.fetchedPage(result.review.row.id)) ?? null);
  }
  return result;
}

/** The same article already published ("already added as 007_…") or in this workspace's review. */
async function known(
  intake: IntakeService,
  store: Store,
  actor: Actor,
  url: string,
): Promise<SubmitResult | null> {
  for (const page of await store.pagesByUrl(url)) {
    const draft = await store.intakeDraft(page.draftId);
    if (draft?.status === "published" && draft.sourceId) {
      return {
        kind: "duplicate",
        sourceId: draft.sourceId,
        message: `That article is already added as ${draft.sourceId}. Nothing was added.`,
      };
    }
    if (draft?.status === "review" && draft.team === actor.team) {
      const review = await intake.review(draft.id, actor.team);
      if (review) return { kind: "in-review", review };
    }
  }
  return null;
}

/** A stored page as the review and the published source tell it. */
export function provenance(page: StoredPage | null): PageProvenance | null {
  if (!page) return null;
  const fields = Object.keys(JSON.parse(page.metadata) as object);
  return {
    url: page.canonicalUrl,
    fetchedAt: page.fetchedAt,
    fromPage: PAGE_FIELDS.filter((f) => fields.includes(f)),
  };
}

/**
 * A published source read from a page: when it was fetched, and which fields the page gave (less
 * those an editor corrected since).
 */
export function withPage(
  entries: PublishedEntries,
  page: PageProvenance | null,
  corrected: readonly string[] = [],
): PublishedEntries {
  if (!page) return entries;
  const fields = page.fromPage.filter((f) => f !== "headline" && !corrected.includes(f));
  return {
    ...entries,
    source: {
      ...entries.source,
      fetched: page.fetchedAt,
      notes:
        `Read from its link on ${page.fetchedAt.slice(0, 10)}${fields.length ? `; ${fields.join(", ")} from the page's metadata` : ""}. ${entries.source.notes ?? ""}`.trim(),
    },
  };
}
