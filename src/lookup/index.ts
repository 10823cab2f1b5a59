import Fuse from "fuse.js";
import type { Dataset, Jurisdiction, Source } from "../domain/dataset.js";
import { SPANISH_STATE_NAMES, stateNickname } from "../domain/names.js";
import type { RegionKey } from "../domain/regions.js";
import type { FieldKey, ListKey } from "../domain/stance.js";
import { buildSentenceIndex, type SentenceIndex } from "./article-sentences.js";
import { normalise } from "./normalise.js";
import { buildSaidIndex, type SaidIndex } from "./said.js";
import { buildWordIndex, type WordIndex } from "./words.js";

/** What a lookup can find. */
export type Target =
  | { kind: "state"; usps: string }
  | { kind: "person"; id: string }
  /** `source`: the list as one article reports it ("which states does BuzzFeed say refused"). */
  | { kind: "list"; list: ListKey; source?: string; field?: FieldKey; region?: RegionKey }
  | { kind: "source"; id: string };

export interface IndexKey {
  /** Normalised form, as typed by a reporter. */
  key: string;
  target: Target;
  /** Two-letter postal codes: inside a longer sentence they count only when typed in capitals. */
  isCode: boolean;
  /** AP abbreviations ("Miss.", "Ind."): in running text they count only with their period. */
  isAbbreviation: boolean;
  /** An organisation's name: its people are answered together, not offered as a choice. */
  isGroup: boolean;
  /** For an organisation's name, the organisation's own name ("Brennan Center for Justice"). */
  organisation?: string;
  /** A person's surname on its own, which a contradicting first name rules out ("Tom Perez"). */
  isSurname: boolean;
}

export interface LookupIndex {
  dataset: Dataset;
  exact: Map<string, IndexKey[]>;
  /** Multi-word names by each of their words, for "Dakota" or "Carolina". */
  words: Map<string, Target[]>;
  /**
   * Fuzzy search, one Fuse index per key length (see `fuzzyCandidates`); built on first read,
   * since exact names answer most questions.
   */
  readonly fuzzy: Map<number, Fuse<IndexKey>>;
  longestKeyWords: number;
  /**
   * What people said, by its words: quotes and the articles' attributed sentences. Built on first
   * read (most of an index's cost), so start-up and a publish's rebuild need not wait for it;
   * `warmIndex` builds it ahead of the first question that needs it.
   */
  readonly said: SaidIndex;
  /** Each article by its outlet and headline, for "the story about …" (built on first read). */
  readonly headlines: WordIndex<Source>;
  /** The articles' sentences by their words, for facts no answer holds (built on first read). */
  readonly sentences: SentenceIndex;
}

/** Builds the parts of an index that are otherwise built on first use. */
export function warmIndex(index: LookupIndex): void {
  void index.fuzzy;
  void index.said;
  void index.headlines;
  void index.sentences;
}

/** Two states named together by their shared name. */
const PAIRS: [string, string[]][] = [
  ["Carolinas", ["NC", "SC"]],
  ["Dakotas", ["ND", "SD"]],
  ["Virginias", ["VA", "WV"]],
];

/** Nicknames made of everyday words, which questions use for their sense. */
const EVERYDAY_NICKNAMES = new Set(
  "First Natural Mountain Ocean Equality Garden Silver Treasure Volunteer Prairie Show-Me"
    .split(" ")
    .map((word) => `${word} State`),
);

/** Words of many names that name nothing alone. */
const GENERIC_WORDS = new Set(["state", "the", "of", "land", "de", "del", "la"]);

/** Built once per dataset; every lookup after that is in memory. */
export function buildIndex(dataset: Dataset): LookupIndex {
  const keys: IndexKey[] = [];
  const add = (
    text: string,
    target: Target,
    kind: "code" | "group" | "surname" | null = null,
    organisation?: string,
  ) => {
    const key = normalise(text);
    const isAbbreviation = text.endsWith(".");
    if (key) {
      keys.push({
        key,
        target,
        isCode: kind === "code",
        isAbbreviation,
        isGroup: kind === "group",
        isSurname: kind === "surname",
        ...(organisation ? { organisation } : {}),
      });
    }
  };
  for (const j of dataset.jurisdictions) {
    const target: Target = { kind: "state", usps: j.usps };
    add(j.name, target);
    add(j.usps, target, "code");
    add(j.ap, target);
    for (const alias of [...j.aliases, ...compassForms(j)]) add(alias, target);
    // Spanish-speaking reporters' own names ("Carolina del Norte", "Nueva York").
    for (const [name, usps] of SPANISH_STATE_NAMES) if (usps === j.usps) add(name, target);
    // "the Carolinas", "the Dakotas", "the Virginias": both states, together.
    const pair = PAIRS.find(([, states]) => states.includes(j.usps));
    if (pair) add(pair[0], target, "group");
    // "the Buckeye State", "lone star state", "the Land of Enchantment"; not a nickname of
    // everyday words, which a question types for their sense ("the first state to refuse").
    const nickname = stateNickname(j.usps);
    if (nickname && !EVERYDAY_NICKNAMES.has(nickname)) add(nickname, target);
    // ("the Mountain State", "the Garden State" with its article are the nickname, but not "the
    // first state to refuse".)
    else if (nickname && nickname !== "First State") add(`the ${nickname}`, target);
  }
  for (const p of dataset.people) {
    const target: Target = { kind: "person", id: p.id };
    const parts = p.name.split(" ");
    add(p.name, target);
    add(parts[parts.length - 1] ?? p.name, target, "surname");
    for (const alias of p.aliases) add(alias, target);
  }
  for (const o of dataset.organisations) {
    for (const name of [o.name, ...o.aliases]) {
      for (const p of o.people) add(name, { kind: "person", id: p.id }, "group", o.name);
    }
  }

  for (const s of dataset.sources) {
    for (const name of outletNames(s.outlet)) add(name, { kind: "source", id: s.id });
    // "who is Adolfo Flores": the reporter, by the article under their byline.
    if (s.author) add(s.author, { kind: "source", id: s.id });
  }

  const exact = new Map<string, IndexKey[]>();
  for (const k of keys) {
    const list = exact.get(k.key) ?? [];
    if (!list.some((o) => sameTarget(o.target, k.target))) list.push(k);
    exact.set(k.key, list);
  }

  const words = new Map<string, Target[]>();
  for (const k of keys) {
    const parts = k.key.split(" ");
    if (parts.length < 2) continue;
    for (const w of parts) {
      // ("State" in "Washington State" or "the Buckeye State" names no state of its own.)
      if (GENERIC_WORDS.has(w)) continue;
      const list = words.get(w) ?? [];
      if (!list.some((t) => sameTarget(t, k.target))) list.push(k.target);
      words.set(w, list);
    }
  }

  const byLength = new Map<number, IndexKey[]>();
  for (const k of keys) {
    if (k.isCode || k.key.length < 4) continue;
    byLength.set(k.key.length, [...(byLength.get(k.key.length) ?? []), k]);
  }
  const longestKeyWords = Math.max(...keys.map((k) => k.key.split(" ").length));
  let fuzzy: Map<number, Fuse<IndexKey>> | undefined;
  let said: SaidIndex | undefined;
  let headlines: WordIndex<Source> | undefined;
  let sentences: SentenceIndex | undefined;
  return {
    dataset,
    exact,
    words,
    longestKeyWords,
    get fuzzy() {
      fuzzy ??= new Map(
        [...byLength].map(([length, list]) => [
          length,
          new Fuse(list, {
            keys: ["key"],
            includeScore: true,
            threshold: 0.45,
            ignoreLocation: true,
          }),
        ]),
      );
      return fuzzy;
    },
    get said() {
      said ??= buildSaidIndex(dataset);
      return said;
    },
    get headlines() {
      headlines ??= buildWordIndex(dataset.sources, (s) => `${s.outlet ?? ""} ${s.headline}`);
      return headlines;
    },
    get sentences() {
      sentences ??= buildSentenceIndex(dataset);
      return sentences;
    },
  };
}

export function sameTarget(a: Target, b: Target): boolean {
  if (a.kind === "state" && b.kind === "state") return a.usps === b.usps;
  if (a.kind === "person" && b.kind === "person") return a.id === b.id;
  if (a.kind === "list" && b.kind === "list")
    return (
      a.list === b.list && a.source === b.source && a.field === b.field && a.region === b.region
    );
  if (a.kind === "source" && b.kind === "source") return a.id === b.id;
  return false;
}

const COMPASS: Record<string, string[]> = { North: ["N", "No"], South: ["S", "So"], West: ["W"] };

/** "N Dakota", "N. Dakota", "So. Carolina", "W Virginia": a compass point cut short before a name. */
function compassForms(j: Jurisdiction): string[] {
  const [first = "", ...rest] = j.name.split(" ");
  if (rest.length === 0) return [];
  const forms = (COMPASS[first] ?? []).map((short) => `${short} ${rest.join(" ")}`);
  // "N. Dak.", "N.Dak", "So. Dak.": the older abbreviation of the Dakotas, still typed.
  if (rest.join(" ") === "Dakota")
    for (const short of COMPASS[first] ?? []) forms.push(`${short} Dak`, `${short}Dak`);
  // "W. Va." as well as "W.Va.": the AP form with a space, where it has more than initials.
  const apParts = j.ap.split(".").filter(Boolean);
  if (forms.length > 0 && apParts.some((p) => p.length > 1)) forms.push(apParts.join(" "));
  return forms;
}

/** Words an outlet's name may end with that reporters leave out ("Courthouse News" for the Service). */
const OUTLET_TAIL = /\s+(?:Service|News|Newspaper|Magazine|Online)$/i;

/**
 * How reporters write an outlet: as printed, without a leading "The" ("Hill" stays "The Hill",
 * one word being too common), without a generic last word ("BuzzFeed", "Courthouse News") and by
 * its initials when it has three or more words ("CNS").
 */
export function outletNames(outlet: string | null): string[] {
  if (!outlet) return [];
  const names = new Set([outlet]);
  const bare = outlet.replace(/^The\s+/i, "");
  if (bare.includes(" ")) names.add(bare);
  for (let short = outlet.replace(OUTLET_TAIL, ""); short !== outlet && short; ) {
    names.add(short);
    const shorter = short.replace(OUTLET_TAIL, "");
    if (shorter === short) break;
    short = shorter;
  }
  const words = outlet.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w));
  if (words.length >= 3) names.add(words.map((w) => w[0]).join(""));
  return [...names];
}
