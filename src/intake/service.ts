import { createHash, randomUUID } from "node:crypto";
import type { PublishRecord } from "../changes/publishes.js";
import type { StoryEntry } from "../data/schema.js";
import type { Dataset } from "../domain/dataset.js";
import { STANCES } from "../domain/stance.js";
import type { Draft } from "../draft/types.js";
import type { ReadArticle } from "../extract/reader.js";
import type { FetchedPage } from "../fetch/safe-fetch.js";
import { buildLibrary, type LibraryHolder } from "../library/library.js";
import type {
  AuditEntry,
  ClaimDecision,
  IntakeDraft,
  PublishedSource,
  Retraction,
  Store,
} from "../store/store.js";
import type { Bundled } from "./bundled.js";
import type { StateChange } from "./changes.js";
import { type DraftQueue, DraftQueueFull } from "./draft-queue.js";
import type * as Editing from "./editing.js";
import type { EditorPolicy } from "./editors.js";
import type { HistoryLine } from "./history.js";
import type { LinkGiven, PageProvenance } from "./link.js";
import { type DatasetLoader, inThreadLoader } from "./loader.js";
import type { PublishedEntries } from "./overlay.js";
import type {
  Checked,
  EvidenceChoice,
  FormErrors,
  NewClaimForm,
  QuoteForm,
  RepairContext,
} from "./repair-form.js";
import type { RepairedDraft } from "./repairs.js";
import type { ReviewModel } from "./review-model.js";
import type { SourceErrors, SourceForm } from "./source-form.js";

let editing: typeof Editing | null = null;
/** The editors' side of the intake (./editing.ts), loaded on the first editor's request. */
async function loadEditing(): Promise<typeof Editing> {
  editing ??= await import("./editing.js");
  return editing;
}
/** The same, where a ReviewState is at hand: making one loaded it. */
function loadedEditing(): typeof Editing {
  if (!editing) throw new Error("a review exists only once the editing code is loaded");
  return editing;
}

/** Who is acting, from the payload of the request itself. */
export interface Actor {
  team: string;
  user: string;
}

/** An article handed over, with what the editor gave (each optional). */
export interface ArticleInput {
  bytes: Uint8Array;
  outlet?: string;
  url?: string;
  /** YYYY-MM-DD */
  published?: string;
  /** A known story id; absent to let the drafter propose one. */
  story?: string;
  /** From a linked page's metadata (src/intake/link.ts). */
  author?: string;
  /** YYYY-MM-DD */
  updated?: string;
}

/** A draft in review as the editors see it. */
export interface ReviewState {
  row: IntakeDraft;
  /** What the drafter produced. */
  draft: Draft;
  decisions: ClaimDecision[];
  /** The draft with the editors' repairs (claims added, speakers and evidence changed). */
  repaired: RepairedDraft;
  /** The page it was read from, when it was added by its link. */
  page?: PageProvenance | null;
}

/** An editor's repair of a draft, as the forms give it. */
export type RepairRequest =
  | { kind: "add"; form: NewClaimForm }
  | { kind: "quote"; index: number; form: QuoteForm }
  | { kind: "evidence"; index: number; evidence: EvidenceChoice | null };

export type RepairResult =
  | Refusal
  | { kind: "invalid"; message: string }
  | { kind: "errors"; errors: FormErrors }
  | { kind: "ok"; review: ReviewState };

export type Refusal = { kind: "refused"; message: string };

export type SourceCorrectionResult =
  | Refusal
  | { kind: "invalid"; message: string }
  | { kind: "errors"; errors: SourceErrors }
  | { kind: "ok"; review: ReviewState };

export type SubmitResult =
  | Refusal
  | { kind: "invalid"; message: string }
  | { kind: "duplicate"; sourceId: string; message: string }
  | { kind: "in-review"; review: ReviewState }
  | { kind: "drafted"; review: ReviewState };

export type PublishResult =
  | Refusal
  | { kind: "invalid"; message: string }
  | { kind: "failed"; problems: string[] }
  | { kind: "published"; sourceId: string; story: string; claims: number; changes: StateChange[] };

export type RetractResult =
  | Refusal
  | { kind: "invalid"; message: string }
  | { kind: "retracted"; sourceId: string; state: string; changes: StateChange[] };

export interface StoryInput {
  title: string;
  requester: string;
  /** YYYY-MM-DD or YYYY-MM */
  requested: string;
  description: string;
}

export interface IntakeOptions {
  store: Store;
  library: LibraryHolder;
  /** A data directory other than the bundled one (tests); the loader's default when absent. */
  dataDir?: string | undefined;
  /** What data/ holds without the store's rows (ids there win over published ones). */
  bundled: Bundled;
  editors: EditorPolicy;
  defaultStory?: string | undefined;
  clock?: () => Date;
  warn?: (message: string) => void;
  /** Where data/ is loaded and checked (a worker thread in production); this thread by default. */
  loader?: DatasetLoader;
  /** Fetches a linked page (safeFetch with FETCH_ALLOW_HOSTS); no address exempt by default. */
  fetchPage?: (link: string) => Promise<FetchedPage>;
  /** Reads the article out of a fetched page (a worker thread in production); this thread by default. */
  readArticle?: ReadArticle;
  /** Drafting off the request path, a few per workspace at once; on this thread when absent. */
  drafts?: DraftQueue;
}

/**
 * Editors' intake, with no Slack in it: an article becomes a draft kept in the store; editors
 * decide on each claim, choose the story and publish; publishing checks the whole dataset with
 * the new entries exactly as `data:check` does, stores them in one transaction and rebuilds the
 * library, here at once and in every other instance through the store's change feed. Every
 * action checks the editor and is written to the audit log, refused attempts too.
 */
export class IntakeService {
  private loadedVersion = -1;
  private reloading: Promise<unknown> = Promise.resolve();
  /** How long the last rebuild of the library took, in milliseconds. */
  lastReloadMs = 0;
  /** The retractions the library was last built with (the digest lists them as corrections). */
  retractions: readonly Retraction[] = [];
  /** The sources published from Slack the library was last built with (alerts, the feed). */
  publishes: readonly PublishRecord[] = [];

  constructor(private readonly options: IntakeOptions) {}

  get enabled(): boolean {
    return this.options.editors.enabled;
  }

  private now(): string {
    return (this.options.clock ?? (() => new Date()))().toISOString();
  }

  private async audit(
    actor: Actor,
    action: string,
    fields: Partial<Pick<AuditEntry, "outcome" | "story" | "subject" | "states" | "detail">> = {},
  ): Promise<void> {
    await this.options.store.audit({
      team: actor.team,
      user: actor.user,
      action,
      outcome: fields.outcome ?? "ok",
      story: fields.story ?? null,
      subject: fields.subject ?? null,
      states: fields.states ?? [],
      detail: fields.detail ?? "",
      at: this.now(),
    });
  }

  /** Null when the actor is an editor; else the refusal, logged. */
  async refusal(
    actor: Actor,
    action: string,
    verb: string,
    subject?: string,
  ): Promise<Refusal | null> {
    if (!this.enabled) {
      return {
        kind: "refused",
        message:
          "Editors' intake is off: no editors are configured (set EDITORS or EDITOR_USERGROUP).",
      };
    }
    if (await this.options.editors.isEditor(actor.team, actor.user)) return null;
    await this.audit(actor, action, { outcome: "refused", subject: subject ?? null });
    return { kind: "refused", message: `Only editors can ${verb}.` };
  }

  async submit(actor: Actor, input: ArticleInput): Promise<SubmitResult> {
    const refused = await this.refusal(actor, "intake", "add articles");
    if (refused) return refused;
    const { draftArticle, decodeArticle, ArticleInputError, findDuplicate, dataDir } =
      await drafter(this.options.dataDir);
    const { applyRepairs } = await loadEditing();
    let text: string;
    try {
      text = decodeArticle(input.bytes);
    } catch (error) {
      if (error instanceof ArticleInputError) return { kind: "invalid", message: error.message };
      throw error;
    }
    const sha256 = createHash("sha256").update(input.bytes).digest("hex");
    const bundled = findDuplicate(dataDir, text);
    const published = bundled ? null : await this.options.store.publishedByHash(sha256);
    const existing = bundled ?? published?.sourceId;
    if (existing) {
      return {
        kind: "duplicate",
        sourceId: existing,
        message: `This article is already a source: ${existing}. Nothing was added.`,
      };
    }
    const library = this.options.library.current();
    const story = input.story && library.byId.has(input.story) ? input.story : undefined;
    const context = {
      people: library.full.people,
      jurisdictions: library.full.jurisdictions,
      stories: library.full.stories,
      overrides: {
        ...(input.outlet ? { outlet: input.outlet } : {}),
        ...(input.url ? { url: input.url } : {}),
        ...(input.published ? { published: input.published } : {}),
        ...(input.author ? { author: input.author } : {}),
        ...(input.updated ? { updated: input.updated } : {}),
        ...(story ? { story } : {}),
      },
    };
    let draft: Draft;
    try {
      draft = this.options.drafts
        ? await this.options.drafts.draft(actor.team, text, context)
        : draftArticle(text, context);
    } catch (error) {
      if (error instanceof DraftQueueFull) return { kind: "invalid", message: error.message };
      throw error;
    }
    const { draft: row, created } = await this.options.store.createDraft({
      id: randomUUID(),
      team: actor.team,
      sha256,
      article: text,
      draft: JSON.stringify(draft),
      story: draft.story.id && library.byId.has(draft.story.id) ? draft.story.id : null,
      createdBy: actor.user,
      createdAt: this.now(),
    });
    // A new row holds this very draft: no need to parse back what was just written (~30 ms on a long article).
    const review = { row, draft, decisions: [], repaired: applyRepairs(draft, []), page: null };
    if (!created) return { kind: "in-review", review: (await this.review(row.id)) ?? review };
    await this.audit(actor, "intake", {
      subject: row.id,
      story: row.story,
      states: draft.claims.map((c) => c.state),
      detail: `${draft.claims.length} claims drafted from ${draft.source.outlet ?? "an article"}: ${draft.source.headline ?? ""}`,
    });
    return { kind: "drafted", review };
  }

  /** An article added by its link: the editor checked before the page is fetched. */
  async submitLink(actor: Actor, link: string, given: LinkGiven = {}): Promise<SubmitResult> {
    const { submitLink } = await loadEditing();
    const { store, warn, readArticle } = this.options;
    const fetchPage =
      this.options.fetchPage ??
      (async (url: string) => (await import("../fetch/safe-fetch.js")).safeFetch(url));
    return submitLink(this, { store, fetchPage, readArticle, warn }, actor, link, given);
  }

  /** A draft of this workspace with its decisions; null when there is none. */
  async review(draftId: string, team?: string): Promise<ReviewState | null> {
    const { Draft, provenance, applyRepairs } = await loadEditing();
    const store = this.options.store;
    const row = await store.intakeDraft(draftId);
    if (!row || (team !== undefined && row.team !== team)) return null;
    const draft = Draft.parse(JSON.parse(row.draft));
    const [decisions, repairs] = await Promise.all([
      store.decisions(draftId),
      store.repairs(draftId),
    ]);
    const page = provenance(await store.fetchedPage(draftId));
    return { row, draft, decisions, repaired: applyRepairs(draft, repairs), page };
  }

  /** The review as renderers take it: the story's choices and its own stance words. */
  reviewModel(review: ReviewState): ReviewModel {
    const { reviewModel } = loadedEditing();
    const library = this.options.library.current();
    const stories = library.stories.map((s) => ({ id: s.story.id, title: s.story.title }));
    const labels = review.row.story ? library.byId.get(review.row.story)?.story.labels : undefined;
    return reviewModel(
      {
        draftId: review.row.id,
        createdBy: review.row.createdBy,
        story: review.row.story,
        repaired: review.repaired,
        decisions: review.decisions,
        page: review.page ?? null,
      },
      stories,
      labels ?? {},
    );
  }

  /** What the repair forms offer: the article's sentences by state, and the people to choose. */
  repairChoices(review: ReviewState) {
    const { sentencesNaming } = loadedEditing();
    const full = this.options.library.current().full;
    return {
      sentences: sentencesNaming(review.row.article, full.jurisdictions),
      jurisdictions: full.jurisdictions,
      draftPeople: review.repaired.draft.people,
      knownPeople: full.people,
    };
  }

  /**
   * Adds a claim the drafter missed, or gives a drafted claim's quote another speaker or the
   * claim another evidence sentence. Every text is checked against the article (the same
   * tolerance as the data check) and kept as the article's own slice; what fails is refused by
   * field and nothing is kept. Each repair is in the audit log and the state's history.
   */
  async repair(actor: Actor, draftId: string, request: RepairRequest): Promise<RepairResult> {
    const { REPAIR_ACTIONS, reviewedClaims, checkNewClaim, checkQuoteChange, checkEvidenceChange } =
      await loadEditing();
    const action = REPAIR_ACTIONS[request.kind];
    const refused = await this.refusal(actor, action, "repair drafts", draftId);
    if (refused) return refused;
    const review = await this.review(draftId, actor.team);
    if (!review) return { kind: "invalid", message: "That draft is no longer here." };
    if (review.row.status !== "review") {
      return { kind: "invalid", message: "That draft was already published; nothing changed." };
    }
    const full = this.options.library.current().full;
    const context: RepairContext = {
      article: review.row.article,
      draft: review.repaired.draft,
      rejected: new Set(
        reviewedClaims(review.repaired, review.decisions)
          .filter((c) => c.decision === "rejected")
          .map((c) => c.index),
      ),
      people: full.people,
      jurisdictions: full.jurisdictions,
      editor: actor.user,
    };
    let checked: Checked;
    if (request.kind === "add") checked = checkNewClaim(request.form, context);
    else if (request.kind === "quote") {
      checked = checkQuoteChange(request.index, request.form, context);
    } else checked = checkEvidenceChange(request.index, request.evidence, context);
    if (checked.kind === "errors") return checked;
    const repair = checked.repair;
    const kept = await this.options.store.addRepair({
      draftId,
      repair: JSON.stringify(repair),
      madeBy: actor.user,
      madeAt: this.now(),
    });
    if (!kept) {
      return { kind: "invalid", message: "That draft was published meanwhile; nothing changed." };
    }
    const claim = repair.kind === "add" ? repair.claim : context.draft.claims[repair.index];
    const state = claim?.state ?? "";
    const short = (text: string) => `“${text.replace(/\s+/g, " ").slice(0, 200)}”`;
    const detail =
      repair.kind === "add"
        ? `${state}: ${repair.claim.stance}, ${short(repair.claim.evidence)}${repair.claim.quote ? `; quote of ${repair.claim.quote.speaker}` : ""}`
        : repair.kind === "speaker"
          ? `from ${repair.from ?? "nobody"} to ${repair.speaker.name} (${state})`
          : repair.kind === "quote"
            ? `(${repair.speaker.name}) ${short(repair.quote.text)}${repair.from ? ` in place of ${short(repair.from.text)} (${repair.from.speaker ?? "nobody"})` : ""} (${state})`
            : repair.kind === "unquote"
              ? `${short(repair.from.text)} (${repair.from.speaker ?? "nobody"}, ${state})`
              : `from ${short(repair.from)} to ${short(repair.evidence.text)} (${state})`;
    // What was done, which "Quote and speaker" says only once checked: added, replaced,
    // respoken or removed.
    const done =
      repair.kind === "quote"
        ? repair.from
          ? REPAIR_ACTIONS.quoteReplaced
          : REPAIR_ACTIONS.quote
        : REPAIR_ACTIONS[repair.kind];
    await this.audit(actor, done, {
      subject: draftId,
      story: review.row.story,
      states: [state],
      detail,
    });
    return { kind: "ok", review: (await this.review(draftId)) as ReviewState };
  }

  /** Null when the actor may correct a draft's source (an editor); else the refusal, logged. */
  async sourceRefusal(actor: Actor, draftId: string): Promise<Refusal | null> {
    const { REPAIR_ACTIONS } = await loadEditing();
    return this.refusal(actor, REPAIR_ACTIONS.source, "correct a draft's source", draftId);
  }

  /**
   * Corrects the source's outlet, headline, author, dates or URL as the editor gives them: kept
   * with the repairs, in order; each corrected field becomes the editor's (given, with no text
   * evidence) in the review and in what is published. In the audit log and the states' history.
   */
  async correctSource(
    actor: Actor,
    draftId: string,
    form: SourceForm,
  ): Promise<SourceCorrectionResult> {
    const refused = await this.sourceRefusal(actor, draftId);
    if (refused) return refused;
    const review = await this.review(draftId, actor.team);
    if (!review) return { kind: "invalid", message: "That draft is no longer here." };
    if (review.row.status !== "review") {
      return { kind: "invalid", message: "That draft was already published; nothing changed." };
    }
    const { checkSourceCorrection, sourceChangesText, REPAIR_ACTIONS } = await loadEditing();
    const source = review.repaired.draft.source;
    const checked = checkSourceCorrection(form, source, this.now().slice(0, 10));
    if (checked.kind === "errors") return checked;
    const kept = await this.options.store.addRepair({
      draftId,
      repair: JSON.stringify(checked.repair),
      madeBy: actor.user,
      madeAt: this.now(),
    });
    if (!kept) {
      return { kind: "invalid", message: "That draft was published meanwhile; nothing changed." };
    }
    await this.audit(actor, REPAIR_ACTIONS.source, {
      subject: draftId,
      story: review.row.story,
      states: [...new Set(review.repaired.draft.claims.map((c) => c.state))],
      detail: sourceChangesText(checked.repair.changes),
    });
    return { kind: "ok", review: (await this.review(draftId)) as ReviewState };
  }

  /** Approves or rejects a claim, or sets its stance (keeping the decision). */
  async decide(
    actor: Actor,
    draftId: string,
    index: number,
    change: { decision: "approved" | "rejected" } | { stance: string },
  ): Promise<Refusal | { kind: "invalid"; message: string } | { kind: "ok"; review: ReviewState }> {
    const action = "decision" in change ? change.decision : "stance";
    const { reviewedClaims } = await loadEditing();
    const refused = await this.refusal(actor, action, "review drafts", draftId);
    if (refused) return refused;
    const review = await this.review(draftId, actor.team);
    const claim = review?.repaired.draft.claims[index];
    if (!review || !claim) return { kind: "invalid", message: "That draft is no longer here." };
    if (review.row.status !== "review") {
      return { kind: "invalid", message: "That draft was already published; nothing changed." };
    }
    if ("stance" in change && !(STANCES as readonly string[]).includes(change.stance)) {
      return { kind: "invalid", message: `Unknown stance "${change.stance}".` };
    }
    const before = reviewedClaims(review.repaired, review.decisions)[index];
    const decision: ClaimDecision = {
      draftId,
      index,
      decision: "decision" in change ? change.decision : (before?.decision ?? "pending"),
      stance: "stance" in change ? change.stance : (before?.stance ?? claim.stance),
      decidedBy: actor.user,
      decidedAt: this.now(),
    };
    await this.options.store.decide(decision);
    await this.audit(actor, action, {
      subject: draftId,
      story: review.row.story,
      states: [claim.state],
      detail: `claim ${index + 1} (${claim.state}): ${decision.decision}, ${decision.stance}`,
    });
    return { kind: "ok", review: (await this.review(draftId)) as ReviewState };
  }

  async setStory(
    actor: Actor,
    draftId: string,
    story: string,
  ): Promise<Refusal | { kind: "invalid"; message: string } | { kind: "ok"; review: ReviewState }> {
    const refused = await this.refusal(actor, "story", "review drafts", draftId);
    if (refused) return refused;
    const review = await this.review(draftId, actor.team);
    if (review?.row.status !== "review") {
      return { kind: "invalid", message: "That draft is not in review." };
    }
    if (!this.options.library.current().byId.has(story)) {
      return { kind: "invalid", message: `Unknown story "${story}".` };
    }
    await this.options.store.setDraftStory(draftId, story);
    await this.audit(actor, "story", { subject: draftId, story, detail: `story set to ${story}` });
    return { kind: "ok", review: (await this.review(draftId)) as ReviewState };
  }

  async publish(actor: Actor, draftId: string): Promise<PublishResult> {
    const { reviewedClaims, withPage, claimStates, stateChanges } = await loadEditing();
    const refused = await this.refusal(actor, "publish", "publish", draftId);
    if (refused) return refused;
    const review = await this.review(draftId, actor.team);
    if (!review) return { kind: "invalid", message: "That draft is no longer here." };
    const { row, repaired, decisions } = review;
    if (row.status !== "review") {
      return {
        kind: "invalid",
        message: `That draft was already published${row.sourceId ? ` as ${row.sourceId}` : ""}; nothing was published twice.`,
      };
    }
    if (!row.story) {
      return {
        kind: "invalid",
        message: "Choose the story this article belongs to before publishing.",
      };
    }
    const approved = reviewedClaims(repaired, decisions).filter(
      (c) => c.decision === "approved",
    ).length;
    if (approved === 0) {
      return { kind: "invalid", message: "Approve at least one claim before publishing." };
    }
    const store = this.options.store;
    const { nextSourceId, publishedEntries, dataDir } = await drafter(this.options.dataDir);
    const published = await store.publishedSources();
    const bytes = new TextEncoder().encode(row.article);
    const sourceId = nextSourceId(
      dataDir,
      bytes,
      published.map((p) => p.sourceId),
    );
    const library = this.options.library.current();
    let candidate: PublishedSource;
    let entries: PublishedEntries;
    try {
      entries = withPage(
        publishedEntries(
          row.article,
          repaired,
          decisions,
          sourceId,
          row.story,
          library.full.people,
          library.full.jurisdictions,
        ),
        review.page ?? null,
        repaired.corrected.map((c) => c.field),
      );
      candidate = {
        sourceId,
        story: row.story,
        team: row.team,
        draftId,
        sha256: row.sha256,
        article: row.article,
        entries: JSON.stringify(entries),
        publishedBy: actor.user,
        publishedAt: this.now(),
      };
      // The same checks as data:check, on the dataset with the new entries.
      await this.load(
        [...published, candidate],
        await store.retractions(),
        await store.editorStories(),
      );
    } catch (error) {
      const problems = dataProblems(error) ?? [
        `the draft's entries are not valid data: ${(error as Error).message}`,
      ];
      await this.audit(actor, "publish", {
        outcome: "failed",
        subject: draftId,
        story: row.story,
        detail: problems.join("; ").slice(0, 2_000),
      });
      return { kind: "failed", problems };
    }
    // Another workspace may have published the same article meanwhile: one copy is kept.
    const already = await store.publishedByHash(row.sha256);
    if (already) {
      return {
        kind: "invalid",
        message: `This article is already published as ${already.sourceId}; nothing was published twice.`,
      };
    }
    let stored: boolean;
    try {
      stored = await store.publishDraft(draftId, candidate);
    } catch (error) {
      // A publish of the same article that won the race (the article's hash is unique).
      if (await store.publishedByHash(row.sha256)) stored = false;
      else throw error;
    }
    if (!stored) {
      return {
        kind: "invalid",
        message: "Another editor published this article a moment ago; nothing was published twice.",
      };
    }
    const states = claimStates(entries.claims);
    await this.audit(actor, "publish", {
      subject: sourceId,
      story: row.story,
      states,
      detail: `${approved} claims from ${entries.source.outlet ?? "an article"}: ${entries.source.headline}`,
    });
    const before = library.byId.get(row.story)?.dataset;
    await store.bumpDatasetVersion(row.story);
    await this.reload();
    const after = this.options.library.current().byId.get(row.story)?.dataset as Dataset;
    return {
      kind: "published",
      sourceId,
      story: row.story,
      claims: approved,
      changes: stateChanges(before, after, states),
    };
  }

  async retract(
    actor: Actor,
    sourceId: string,
    state: string,
    reason: string,
  ): Promise<RetractResult> {
    const { PublishedEntries, claimStates, stateChanges } = await loadEditing();
    const refused = await this.refusal(actor, "retract", "retract claims", sourceId);
    if (refused) return refused;
    if (reason.trim() === "") {
      return { kind: "invalid", message: "Give a reason for the retraction; readers are told." };
    }
    const store = this.options.store;
    const row = (await store.publishedSources()).find((s) => s.sourceId === sourceId);
    if (!row) {
      return {
        kind: "invalid",
        message: `No source published from Slack has the id ${sourceId}.`,
      };
    }
    const entries = PublishedEntries.parse(JSON.parse(row.entries));
    if (!claimStates(entries.claims).includes(state)) {
      return { kind: "invalid", message: `Source ${sourceId} has no claim for ${state}.` };
    }
    const done = await store.retract({
      sourceId,
      state,
      story: row.story,
      reason: reason.trim(),
      retractedBy: actor.user,
      retractedAt: this.now(),
    });
    if (!done) {
      return {
        kind: "invalid",
        message: `The ${state} claim of ${sourceId} is already retracted.`,
      };
    }
    await this.audit(actor, "retract", {
      subject: sourceId,
      story: row.story,
      states: [state],
      detail: reason.trim(),
    });
    const before = this.options.library.current().byId.get(row.story)?.dataset;
    await store.bumpDatasetVersion(row.story);
    await this.reload();
    const after = this.options.library.current().byId.get(row.story)?.dataset as Dataset;
    return { kind: "retracted", sourceId, state, changes: stateChanges(before, after, [state]) };
  }

  /** What editors did about a state (intake, decisions, publishes, retractions), newest first. */
  async history(
    actor: Actor,
    state: string,
  ): Promise<Refusal | { kind: "history"; entries: HistoryLine[] }> {
    const { historyLines } = await loadEditing();
    const refused = await this.refusal(actor, "history", "read the editors' history");
    if (refused) return refused;
    // This workspace's editors only: another newsroom's people stay its own.
    const entries = await this.options.store.auditLog({ state, limit: 50, team: actor.team });
    return { kind: "history", entries: historyLines(entries.filter((e) => e.outcome === "ok")) };
  }

  async createStory(
    actor: Actor,
    input: StoryInput,
  ): Promise<Refusal | { kind: "invalid"; message: string } | { kind: "created"; id: string }> {
    const refused = await this.refusal(actor, "story-new", "create stories");
    if (refused) return refused;
    const id = storySlug(input.title);
    if (!id) return { kind: "invalid", message: "Give the story a title with letters or digits." };
    if (this.options.library.current().byId.has(id)) {
      return { kind: "invalid", message: `A story with the id ${id} exists already.` };
    }
    const entry: StoryEntry = {
      id,
      title: input.title.trim(),
      short: input.title.trim(),
      requester: input.requester.trim(),
      requested: input.requested.trim(),
      request: input.description.trim(),
      source: null,
      sourceNote:
        "Created by an editor in Slack; the first article published under it is its source.",
      words: [],
      keywords: [input.requester.trim()],
      labels: {},
    };
    const store = this.options.store;
    const story = {
      id,
      team: actor.team,
      entry: JSON.stringify(entry),
      createdBy: actor.user,
      createdAt: this.now(),
    };
    try {
      await this.load(await store.publishedSources(), await store.retractions(), [
        ...(await store.editorStories()),
        story,
      ]);
    } catch (error) {
      const problems = dataProblems(error) ?? [(error as Error).message];
      return { kind: "invalid", message: problems.join("\n") };
    }
    if (!(await store.addStory(story))) {
      return { kind: "invalid", message: `A story with the id ${id} exists already.` };
    }
    await this.audit(actor, "story-new", { story: id, subject: id, detail: entry.title });
    await store.bumpDatasetVersion(id);
    await this.reload();
    return { kind: "created", id };
  }

  /** Loads data/ with the given store rows over it; rejects with DataError on any problem. */
  private async load(
    rows: PublishedSource[],
    retractions: readonly Retraction[],
    stories: Awaited<ReturnType<Store["editorStories"]>>,
  ): Promise<Dataset> {
    const { publishedOverlay } = await import("./overlay.js");
    const overlay = publishedOverlay(
      rows,
      retractions,
      stories,
      this.options.bundled,
      this.options.warn,
    );
    return (this.options.loader ?? inThreadLoader).load(this.options.dataDir, overlay);
  }

  /** Stops the loader's thread. */
  async close(): Promise<void> {
    await this.options.loader?.close();
    await this.options.drafts?.close();
  }

  /**
   * Rebuilds the library from data/ and the store and swaps it in whole. Runs one at a time; the
   * library in use keeps answering until the new one is ready.
   */
  reload(): Promise<void> {
    const run = this.reloading.then(async () => {
      const store = this.options.store;
      const version = await store.datasetVersion();
      const [rows, retractions, stories] = await Promise.all([
        store.publishedSources(),
        store.retractions(),
        store.editorStories(),
      ]);
      const { publishRecord } = await import("./publish-records.js");
      const started = performance.now();
      const library = buildLibrary(
        await this.load(rows, retractions, stories),
        this.options.defaultStory,
      );
      this.lastReloadMs = performance.now() - started;
      this.retractions = retractions;
      this.publishes = rows.map(publishRecord);
      this.options.library.replace(library);
      this.loadedVersion = version;
    });
    this.reloading = run.catch(() => {});
    return run;
  }

  /** Reloads when the store holds a version this instance has not loaded (a change feed call). */
  async refresh(): Promise<boolean> {
    if ((await this.options.store.datasetVersion()) === this.loadedVersion) return false;
    await this.reload();
    return true;
  }

  /** Whether the store holds anything published from Slack (at start-up: load it or not). */
  async hasPublished(): Promise<boolean> {
    const store = this.options.store;
    return (await store.publishedSources()).length > 0 || (await store.editorStories()).length > 0;
  }
}

/**
 * The drafter and the data writer, loaded when an editor first hands over or publishes an
 * article, so they (and the YAML parser) stay off the app's start-up path.
 */
async function drafter(dataDir: string | undefined) {
  const [draft, input, write, entries, load] = await Promise.all([
    import("../draft/draft.js"),
    import("../draft/input.js"),
    import("../draft/write.js"),
    import("./entries.js"),
    import("../data/load.js"),
  ]);
  return {
    dataDir: dataDir ?? load.DEFAULT_DATA_DIR,
    draftArticle: draft.draftArticle,
    decodeArticle: input.decodeArticle,
    ArticleInputError: input.ArticleInputError,
    findDuplicate: write.findDuplicate,
    nextSourceId: write.nextSourceId,
    publishedEntries: entries.publishedEntries,
  };
}

/** The problems of a DataError (from this thread's loader or the worker's); null for others. */
function dataProblems(error: unknown): string[] | null {
  const { name, problems } = error as { name?: string; problems?: unknown };
  return name === "DataError" && Array.isArray(problems) ? (problems as string[]) : null;
}

/** A story id from its title: "Texas 2026 Request!" → "texas-2026-request". */
export function storySlug(title: string): string {
  return title
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 48)
    .replace(/-+$/, "");
}
