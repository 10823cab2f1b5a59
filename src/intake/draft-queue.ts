import type { DraftContext } from "../draft/draft.js";
import type { Draft } from "../draft/types.js";
import { workerCalls } from "../workers/calls.js";

/** Drafts one article; on a worker thread in production, so replies never wait for it. */
export type DraftRunner = {
  draft(text: string, context: DraftContext): Promise<Draft>;
  close(): Promise<void>;
};

export interface DraftLimits {
  /** Articles of one workspace drafted at once; the rest wait their turn (default 2). */
  perWorkspace: number;
  /** Articles of one workspace waiting; beyond it an editor is told to try later (default 20). */
  waitingPerWorkspace: number;
}

/** A workspace handed over more articles than wait to be drafted: nothing was added. */
export class DraftQueueFull extends Error {
  override name = "DraftQueueFull";
}

/**
 * Drafting (CPU-heavy on a long article) off the request path: each workspace drafts at most
 * `perWorkspace` articles at once, so a flood of `/voterdata add` from one editor waits its own
 * turn rather than starving other workspaces' drafts, and never holds up anyone's lookups.
 */
export class DraftQueue {
  private readonly teams = new Map<string, { running: number; waiting: (() => void)[] }>();
  private readonly limits: DraftLimits;

  constructor(
    private readonly runner: DraftRunner,
    limits: Partial<DraftLimits> = {},
  ) {
    this.limits = { perWorkspace: 2, waitingPerWorkspace: 20, ...limits };
  }

  async draft(team: string, text: string, context: DraftContext): Promise<Draft> {
    let slots = this.teams.get(team);
    if (!slots) {
      slots = { running: 0, waiting: [] };
      this.teams.set(team, slots);
    }
    if (slots.running < this.limits.perWorkspace) slots.running++;
    else {
      if (slots.waiting.length >= this.limits.waitingPerWorkspace)
        throw new DraftQueueFull(
          `${slots.waiting.length + slots.running} articles from this workspace are being drafted; ` +
            "hand this one over again once their drafts have arrived. Nothing was added.",
        );
      // The slot is handed over by the draft that finishes (running stays the same).
      await new Promise<void>((resolve) => slots?.waiting.push(resolve));
    }
    try {
      return await this.runner.draft(text, context);
    } finally {
      const next = slots.waiting.shift();
      if (next) next();
      else if (--slots.running === 0) this.teams.delete(team);
    }
  }

  close(): Promise<void> {
    return this.runner.close();
  }
}

/** On this thread (tests, or running from the TypeScript sources). */
export const inThreadDrafter: DraftRunner = {
  draft: async (text, context) => (await import("../draft/draft.js")).draftArticle(text, context),
  close: async () => {},
};

/** What the draft worker sends back. */
export type DraftReply =
  | { id: number; draft: Draft }
  | { id: number; name: string; message: string };

/**
 * One worker thread, started on the first article, that drafts articles in turn. Null when the
 * compiled worker is not there (running from the TypeScript sources).
 */
export function workerDrafter(): DraftRunner | null {
  const calls = workerCalls<{ text: string; context: DraftContext }, DraftReply, Draft>(
    new URL("./draft-worker.js", import.meta.url),
    (reply) => {
      if ("draft" in reply) return reply.draft;
      throw Object.assign(new Error(reply.message), { name: reply.name });
    },
  );
  return calls && { draft: (text, context) => calls.call({ text, context }), close: calls.close };
}
