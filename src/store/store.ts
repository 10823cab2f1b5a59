import type { Installation, InstallationQuery } from "@slack/bolt";

/**
 * Everything the app keeps, behind one async interface with two engines: SQLite (embedded, the
 * default) and PostgreSQL (several instances, many workspaces). Rows are keyed by Slack team, so
 * one workspace never sees or changes another's.
 */

/** A channel in a workspace. */
export interface ChannelRef {
  team: string;
  channel: string;
}

/** The story the bundled data tells; rows that name no story follow this one. */
export const DEFAULT_STORY = "commission-2017";

/** A channel's daily digest subscription. */
export interface Subscription extends ChannelRef {
  /** The story this subscription follows; null follows the channel's (channel_settings). */
  story: string | null;
  time: string;
  timeZone: string;
  subscribedBy: string;
  createdAt: string;
  pausedReason: string | null;
}

export type NewSubscription = Omit<Subscription, "pausedReason" | "createdAt" | "story"> & {
  story?: string | null;
};

export interface DigestRecord extends ChannelRef {
  localDate: string;
  status: "claimed" | "sent";
  sentAt: string | null;
  messageTs: string | null;
  /** The dataset items this digest reported as known, for "new since the last digest". */
  items: string[];
}

/**
 * The result of claiming a day's digest: `fresh` when nobody had tried; `stale` when a claim
 * left by a process that stopped mid-send was taken over (Slack may already have the message,
 * posted at or after `since`); null when another process holds it or it was sent.
 */
export type DigestClaim = { kind: "fresh" } | { kind: "stale"; since: string } | null;

/** Where a draft stands: in review until an editor publishes it (once) or rejects it. */
export type DraftStatus = "review" | "published" | "rejected";

/** An article an editor handed over in Slack and its draft (JSON), kept per workspace. */
export interface IntakeDraft {
  id: string;
  team: string;
  /** SHA-256 of the article's bytes: the same article twice is one draft. */
  sha256: string;
  article: string;
  /** The drafter's output as JSON (src/draft/types.ts validates it when read back). */
  draft: string;
  /** The story it will be published under; null until proposed or chosen. */
  story: string | null;
  status: DraftStatus;
  createdBy: string;
  createdAt: string;
  sourceId: string | null;
  reviewChannel: string | null;
  reviewTs: string | null;
}

export type NewIntakeDraft = Omit<
  IntakeDraft,
  "status" | "sourceId" | "reviewChannel" | "reviewTs"
>;

/** An editor's decision on one drafted claim, with the stance they settled on. */
export interface ClaimDecision {
  draftId: string;
  index: number;
  decision: "pending" | "approved" | "rejected";
  stance: string;
  decidedBy: string;
  decidedAt: string;
}

/**
 * A source published from Slack: the article byte for byte and its data entries as JSON
 * (`{source, people, claims}`, the shapes of data/), shared by every workspace of the instance.
 */
export interface PublishedSource {
  sourceId: string;
  story: string;
  team: string;
  draftId: string | null;
  sha256: string;
  article: string;
  entries: string;
  publishedBy: string;
  publishedAt: string;
}

/** A published claim taken back: answers drop it, the log and the digest's corrections keep it. */
export interface Retraction {
  sourceId: string;
  state: string;
  story: string;
  reason: string;
  retractedBy: string;
  retractedAt: string;
}

/** A story an editor created in Slack: its data entry as JSON (StoryEntry). */
export interface EditorStory {
  id: string;
  team: string;
  entry: string;
  createdBy: string;
  createdAt: string;
}

/**
 * An editor's repair of a draft in review (a claim added, a speaker or an evidence sentence
 * changed), kept apart from the drafter's output so the draft stays what the drafter produced.
 * `repair` is JSON that src/intake/repairs.ts validates; `seq` orders the repairs of a draft.
 */
export interface DraftRepair {
  draftId: string;
  seq: number;
  repair: string;
  madeBy: string;
  madeAt: string;
}

export type NewDraftRepair = Omit<DraftRepair, "seq">;

/** The page an article added by its link was read from, as it was when it was added. */
export interface StoredPage {
  draftId: string;
  team: string;
  /** The link as the editor gave it. */
  url: string;
  /** Where the link ended up after redirects. */
  finalUrl: string;
  /** The article's own address (rel=canonical, tracking parameters dropped): recognises it again. */
  canonicalUrl: string;
  fetchedAt: string;
  contentType: string;
  /** SHA-256 of the bytes the site served (decompressed). */
  sha256: string;
  /** The page, decoded with its charset. */
  html: string;
  /** JSON: the fields the page's metadata gave, with where each came from. */
  metadata: string;
}

/** One line of the editors' audit log: who did what, when, and whether it was allowed. */
export interface AuditEntry {
  team: string;
  user: string;
  action: string;
  outcome: "ok" | "refused" | "failed";
  story: string | null;
  /** A draft or source id. */
  subject: string | null;
  states: string[];
  detail: string;
  at: string;
}

/** A channel's alerts on publish (`/voterdata alerts on`). */
export interface AlertSubscription extends ChannelRef {
  /** The story alerted on; null follows the channel's (channel_settings), else the default. */
  story: string | null;
  createdBy: string;
  /** Alerts cover publishes from this moment on (turning alerts on again starts afresh). */
  createdAt: string;
  /** Why alerts stopped (the app was removed from the channel); null while they run. */
  pausedReason: string | null;
}

export interface Store {
  readonly engine: "sqlite" | "postgres";

  subscribe(sub: NewSubscription, now: Date): Promise<void>;
  unsubscribe(ref: ChannelRef): Promise<boolean>;
  subscription(ref: ChannelRef): Promise<Subscription | null>;
  /** Unpaused subscriptions of every workspace, for the schedule. */
  activeSubscriptions(): Promise<Subscription[]>;
  pause(ref: ChannelRef, reason: string, now: Date): Promise<void>;
  /** Pauses every subscription of a workspace (uninstalled, tokens revoked); returns how many. */
  pauseTeam(team: string, reason: string, now: Date): Promise<number>;

  /** The story a channel follows (null: the default); set by a later issue. */
  channelStory(ref: ChannelRef): Promise<string | null>;
  setChannelStory(ref: ChannelRef, story: string | null): Promise<void>;

  /** Claims a channel's digest for a local day before anything is posted; one claim wins. */
  claimDigest(
    ref: ChannelRef,
    localDate: string,
    claimant: string,
    now: Date,
    leaseMs: number,
  ): Promise<DigestClaim>;
  /** Recorded only after Slack accepted the message. */
  markSent(
    ref: ChannelRef,
    localDate: string,
    messageTs: string | null,
    items: string[],
    now: Date,
  ): Promise<void>;
  /** Gives a claim back after a failed send, so the next run tries again the same day. */
  release(ref: ChannelRef, localDate: string): Promise<void>;
  isSent(ref: ChannelRef, localDate: string): Promise<boolean>;
  lastSent(ref: ChannelRef, beforeDate?: string): Promise<DigestRecord | null>;
  digestsFor(ref: ChannelRef): Promise<DigestRecord[]>;

  /** Records a Slack event id until `now + ttlMs`; false when it is already recorded and live. */
  firstSeen(eventId: string, now: Date, ttlMs: number): Promise<boolean>;
  /** Forgets event ids whose time has passed. */
  purgeSeen(now: Date): Promise<void>;

  /** Bolt's installation store (OAuth mode): one installation per team or enterprise. */
  storeInstallation(installation: Installation): Promise<void>;
  fetchInstallation(query: InstallationQuery<boolean>): Promise<Installation>;
  deleteInstallation(query: InstallationQuery<boolean>): Promise<void>;
  /** Every installation as stored (tokens sealed), for sealing and key rotation. */
  installations(): Promise<Installation[]>;
  /**
   * Leaves no copy of overwritten installation rows in the database files (old versions in a
   * write-ahead log or dead rows), after their tokens were sealed or re-sealed.
   */
  scrubInstallations(): Promise<void>;
  /**
   * The Enterprise Grid organisation a workspace belongs to, learnt from its requests: a digest
   * knows only the team, and an org-wide install is stored under the organisation.
   */
  rememberEnterprise(team: string, enterprise: string): Promise<void>;
  enterpriseOf(team: string): Promise<string | null>;
  /** The workspaces seen from an organisation (an org-wide uninstall pauses them all). */
  teamsOf(enterprise: string): Promise<string[]>;

  /** A number that grows whenever a story's published data changes (all stories when omitted). */
  datasetVersion(story?: string): Promise<number>;
  bumpDatasetVersion(story?: string): Promise<number>;
  /**
   * Calls back, in every process sharing the store, after a story's data changed (within a few
   * seconds). Returns a function that stops listening.
   */
  onDatasetChange(callback: (story: string) => void): () => void;

  /**
   * Gives rows written before stores knew workspaces (team '') to the single workspace that
   * wrote them, so an upgrade keeps its subscriptions and digest history.
   */
  adoptUnownedRows(team: string): Promise<void>;
  /** Whether any such row is left (start-up asks Slack which workspace it is only then). */
  hasUnownedRows(): Promise<boolean>;

  /** Editors' intake: a draft per article and workspace; the existing one when it is known. */
  createDraft(draft: NewIntakeDraft): Promise<{ draft: IntakeDraft; created: boolean }>;
  intakeDraft(id: string): Promise<IntakeDraft | null>;
  setReviewMessage(id: string, channel: string, ts: string): Promise<void>;
  setDraftStory(id: string, story: string | null): Promise<void>;
  decide(decision: ClaimDecision): Promise<void>;
  decisions(draftId: string): Promise<ClaimDecision[]>;
  /** Adds a repair while the draft is in review; false (nothing kept) once it is not. */
  addRepair(repair: NewDraftRepair): Promise<boolean>;
  /** A draft's repairs in the order they were made. */
  repairs(draftId: string): Promise<DraftRepair[]>;
  /**
   * Marks a draft published and stores its source in one transaction, only if it is still in
   * review: of two editors publishing at once, one publishes (true), the other gets false.
   */
  publishDraft(draftId: string, source: PublishedSource): Promise<boolean>;
  publishedSources(): Promise<PublishedSource[]>;
  publishedByHash(sha256: string): Promise<PublishedSource | null>;
  /** False when that claim was already retracted. */
  retract(retraction: Retraction): Promise<boolean>;
  retractions(): Promise<Retraction[]>;
  /** False when a story with that id exists. */
  addStory(story: EditorStory): Promise<boolean>;
  editorStories(): Promise<EditorStory[]>;
  audit(entry: AuditEntry): Promise<void>;
  /** Audit entries, newest first; with `state`, only those touching that state. */
  /** The newest entries first; a workspace's only, when `team` is given (history never crosses workspaces). */
  auditLog(filter?: { state?: string; limit?: number; team?: string }): Promise<AuditEntry[]>;

  /** Alerts on publish: turned on (again, unpaused, from `now`) or off for a channel. */
  setAlerts(sub: Omit<AlertSubscription, "createdAt" | "pausedReason">, now: Date): Promise<void>;
  /** False when the channel had no alerts. */
  alertsOff(ref: ChannelRef): Promise<boolean>;
  alertSubscription(ref: ChannelRef): Promise<AlertSubscription | null>;
  activeAlertSubscriptions(): Promise<AlertSubscription[]>;
  pauseAlerts(ref: ChannelRef, reason: string, now: Date): Promise<void>;
  /** Claims one publish event's alert for a channel before posting; one claim wins. */
  claimAlert(
    ref: ChannelRef,
    eventId: string,
    claimant: string,
    now: Date,
    leaseMs: number,
  ): Promise<DigestClaim>;
  /** Recorded only after Slack accepted the message. */
  markAlertSent(
    ref: ChannelRef,
    eventId: string,
    messageTs: string | null,
    now: Date,
  ): Promise<void>;
  /** Gives a claim back after a failed post, so the next run tries again. */
  releaseAlert(ref: ChannelRef, eventId: string): Promise<void>;
  /** The event ids whose alert reached the channel. */
  alertsSent(ref: ChannelRef): Promise<string[]>;
  /** Keeps the page a draft was read from (once per draft). */
  savePage(page: StoredPage): Promise<void>;
  /** The page a draft was read from; null for an article handed over as text. */
  fetchedPage(draftId: string): Promise<StoredPage | null>;
  /** Pages whose canonical address, or final address, is this one (any workspace), oldest first. */
  pagesByUrl(url: string): Promise<StoredPage[]>;

  close(): Promise<void>;
}

/** A database that cannot be opened or reached; the message names the setting to fix. */
export class StoreError extends Error {
  override name = "StoreError";
}

/** No installation for a team: Bolt's authorize turns this into "not installed". */
export class InstallationNotFound extends Error {
  override name = "InstallationNotFound";
}

/** The key an installation is stored under: an org-wide install by enterprise, else by team. */
export function installationKey(query: {
  isEnterpriseInstall?: boolean;
  enterpriseId?: string | undefined;
  teamId?: string | undefined;
}): { enterprise: string; team: string } {
  if (query.isEnterpriseInstall) return { enterprise: query.enterpriseId ?? "", team: "" };
  return { enterprise: query.enterpriseId ?? "", team: query.teamId ?? "" };
}

export function keyOfInstallation(installation: Installation): {
  enterprise: string;
  team: string;
} {
  return installationKey({
    isEnterpriseInstall: installation.isEnterpriseInstall ?? false,
    enterpriseId: installation.enterprise?.id,
    teamId: installation.team?.id,
  });
}
