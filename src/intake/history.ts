import type { AuditEntry } from "../store/store.js";

/** One line of `/voterdata history <state>`, in words: what an editor did and when. */
export interface HistoryLine {
  at: string;
  user: string;
  action: string;
  /** "publish", "claim added", "speaker changed" … */
  what: string;
  /** What follows "by @editor" directly: "from Ann Lee to Bob Ray". */
  how: string | null;
  /** A draft or source id. */
  subject: string | null;
  detail: string | null;
}

/** The audit actions of editors' repairs, and how history says them. */
export const REPAIR_ACTIONS = {
  add: "add-claim",
  speaker: "speaker",
  /** "Quote and speaker": a quote added to a drafted claim (or, with no words, a new speaker). */
  quote: "quote",
  /** The same form putting other words in place of a drafted quote. */
  quoteReplaced: "quote-replaced",
  /** The same form taking a wrong quote off a drafted claim. */
  unquote: "quote-removed",
  evidence: "evidence",
  source: "source",
} as const;

const WORDS: Record<string, string> = {
  [REPAIR_ACTIONS.add]: "claim added",
  [REPAIR_ACTIONS.speaker]: "speaker changed",
  [REPAIR_ACTIONS.quote]: "quote added",
  [REPAIR_ACTIONS.quoteReplaced]: "quote replaced",
  [REPAIR_ACTIONS.unquote]: "quote removed",
  [REPAIR_ACTIONS.evidence]: "evidence changed",
  [REPAIR_ACTIONS.source]: "source corrected",
};

/** Repairs whose detail follows "by @editor" directly ("quote added by @editor (Jane Doe) …"). */
const CHANGES = new Set<string>([
  REPAIR_ACTIONS.speaker,
  REPAIR_ACTIONS.evidence,
  REPAIR_ACTIONS.quote,
  REPAIR_ACTIONS.quoteReplaced,
  REPAIR_ACTIONS.unquote,
]);

export function historyLines(entries: readonly AuditEntry[]): HistoryLine[] {
  return entries.map((e) => {
    const change = CHANGES.has(e.action);
    // "source corrected by @editor: published 2017-07-01 → 2017-06-30"
    const source = e.action === REPAIR_ACTIONS.source;
    return {
      at: e.at,
      user: e.user,
      action: e.action,
      what: WORDS[e.action] ?? e.action,
      how: (change || source) && e.detail ? `${source ? ": " : ""}${e.detail}` : null,
      subject: e.subject,
      detail: !change && !source && e.detail ? e.detail : null,
    };
  });
}
