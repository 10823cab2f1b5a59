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
