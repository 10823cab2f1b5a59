import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { Document, isScalar, isSeq, parse as parseYaml, stringify, visit } from "yaml";
import type { Jurisdiction, Office } from "../domain/dataset.js";
import { indexOfName } from "../domain/names.js";
import { personSlug } from "./people.js";
import type { Draft, DraftClaim, DraftPerson, DraftQuote } from "./types.js";

/** What writing a draft into data/ produced. */
export interface WrittenDraft {
  id: string;
  files: string[];
  /** New people added to people.yaml, by id. */
  people: string[];
  quotesLeftOut: number;
}

const normalised = (text: string) =>
  text
    .replace(/^\uFEFF/, "")
    .replace(/\s+/g, " ")
    .trim();

/** The id of an article already in the dataset with the same text, or null. */
export function findDuplicate(dataDir: string, text: string): string | null {
  const dir = join(dataDir, "sources");
  if (!existsSync(dir)) return null;
  const wanted = normalised(text);
  for (const file of readdirSync(dir).filter((f) => f.endsWith(".txt"))) {
    if (normalised(readFileSync(join(dir, file), "utf8")) === wanted) return file.slice(0, -4);
  }
  return null;
}

/**
 * `NNN_<16 hex>`: the next free number and the start of the text's SHA-256. `alsoTaken` are ids
 * kept outside data/ (sources published from Slack).
 */
export function nextSourceId(
  dataDir: string,
  bytes: Uint8Array,
  alsoTaken: readonly string[] = [],
): string {
  const dir = join(dataDir, "sources");
  const taken = [...(existsSync(dir) ? readdirSync(dir) : []), ...alsoTaken]
    .map((f) => /^(\d{3})_/.exec(f)?.[1])
    .filter((n): n is string => n !== undefined)
    .map(Number);
  const next = taken.length ? Math.max(...taken) + 1 : 0;
  const hash = createHash("sha256").update(bytes).digest("hex").slice(0, 16);
  return `${String(next).padStart(3, "0")}_${hash}`;
}

function office(role: string | null): Office {
  const r = (role ?? "").toLowerCase();
  if (/\bsecretary of state\b/.test(r)) return "secretary-of-state";
  if (/\b(?:lt\.|lieutenant)\s*gov/.test(r)) return "lieutenant-governor";
  if (/\bgov(?:\.|ernor)\b/.test(r)) return "governor";
  if (/\bparty\b.*\bchair|\bchair\w*\b.*\bparty\b/.test(r)) return "party-chair";
  if (
    /\b(?:director|administrator)\b.*\belection|\belection\w*\b.*\b(?:director|administrator)\b/.test(
      r,
    )
  ) {
    return "elections-director";
  }
  if (/\bsenator\b/.test(r)) return "state-senator";
  if (/^president\b/.test(r)) return "president";
  return "other";
}

/**
 * Writes a draft for an editor to review: the article byte for byte, a draft entry in
 * sources.yaml, new people in people.yaml and claims/<id>.yaml, every entry marked
 * `review: draft`. Appends rather than rewrites, so the files' comments stay as editors left them.
 * Call `undo()` on the result's files to take it back (used when the written data fails checks).
 */
export function writeDraft(
  dataDir: string,
  bytes: Uint8Array,
  draft: Draft,
  id: string,
  jurisdictions: Jurisdiction[],
  story: string,
): WrittenDraft & { undo: () => void } {
  const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);
  const sourcesPath = join(dataDir, "sources.yaml");
  const peoplePath = join(dataDir, "people.yaml");
  const articlePath = join(dataDir, "sources", `${id}.txt`);
  const claimsPath = join(dataDir, "claims", `${id}.yaml`);
  const before = {
    sources: readFileSync(sourcesPath, "utf8"),
    people: readFileSync(peoplePath, "utf8"),
  };
  const undo = () => {
    writeFileSync(sourcesPath, before.sources);
    writeFileSync(peoplePath, before.people);
    rmSync(articlePath, { force: true });
    rmSync(claimsPath, { force: true });
  };

  const existing = (parseYaml(before.people) as { id: string; name: string }[] | null) ?? [];
  const {
    source: sourceEntry,
    people: added,
    claims: claimsFile,
    unattributed,
  } = draftEntries(text, draft, id, story, existing, jurisdictions);
  const header =
    `# Drafted by voterdata draft from data/sources/${id}.txt. Nothing here is served until an editor\n` +
    "# reviews it: check each entry against the article, change or delete it, then delete its\n" +
    "# `review: draft` line. `why` holds the words that decided the stance.\n";
  const footer = unattributed.length
    ? `# Quotes the drafter could not attribute (add one under quotes with its speaker to keep it):\n${unattributed
        .map((q) => `#   "${q.text.replace(/\s+/g, " ").slice(0, 300)}"`)
        .join("\n")}\n`
    : "";

  writeFileSync(articlePath, bytes);
  writeFileSync(claimsPath, `${header}${claimsYaml(claimsFile)}${footer}`);
  writeFileSync(
    sourcesPath,
    `${withNewline(before.sources)}${stringify([sourceEntry], { lineWidth: 0 })}`,
  );
  if (added.length)
    writeFileSync(peoplePath, `${withNewline(before.people)}${stringify(added, { lineWidth: 0 })}`);
  return {
    id,
    files: [articlePath, sourcesPath, ...(added.length ? [peoplePath] : []), claimsPath],
    people: added.map((a) => a.id as string),
    quotesLeftOut: unattributed.length,
    undo,
  };
}

/** A draft's data entries, in the shapes of data/, each marked `review: draft`. */
export interface DraftEntries {
  source: Record<string, unknown> & { id: string };
  /** People not yet in `existing`. */
  people: (Record<string, unknown> & { id: string })[];
  claims: { source: string; story: string } & Record<string, unknown>;
  /** Quotes with no known speaker: left out of the entries. */
  unattributed: DraftQuote[];
}

/**
 * The entries a draft adds to the dataset (a source, new people, a claims file), as writeDraft
 * writes them and as editors' intake publishes them. Pure: `existing` are the people known so far.
 */
export function draftEntries(
  text: string,
  draft: Draft,
  id: string,
  story: string,
  existing: readonly { id: string; name: string }[],
  jurisdictions: Jurisdiction[],
): DraftEntries {
  const names = new Map(jurisdictions.map((j) => [j.usps, j.name]));
  const ids = new Map<string, string>(); // speaker name -> person id
  const added: Record<string, unknown>[] = [];
  for (const person of draft.people) {
    if (person.known && person.id) {
      ids.set(person.name, person.id);
      continue;
    }
    const same = existing.find((e) => e.name === person.name);
    if (same) {
      ids.set(person.name, same.id);
      continue;
    }
    const base = personSlug(person.name) || "person";
    let slug = base;
    for (let n = 2; existing.some((e) => e.id === slug) || added.some((a) => a.id === slug); n++)
      slug = `${base}-${n}`;
    ids.set(person.name, slug);
    added.push(personEntry(slug, person, id));
  }

  const source = draft.source;
  const evidence: Record<string, string> = {};
  for (const field of ["outlet", "author", "published", "updated"] as const) {
    const x = source.evidence[field];
    if (x && source[field] !== null) evidence[field] = x.text;
  }
  const headline = source.headline ?? text.trim().split("\n")[0]?.slice(0, 200).trim() ?? id;
  const sourceEntry = {
    id,
    outlet: source.outlet,
    author: source.author,
    published: source.published,
    updated: source.updated,
    headline,
    evidence,
    ...(source.url ? { url: source.url } : {}),
    ...(source.given.length ? { given: source.given } : {}),
    notes: `Drafted by voterdata draft; fields left null are not stated in the text.${draft.story.id ? ` Story: ${draft.story.id} (${draft.story.why}).` : ""}`,
    review: "draft",
  };

  const speakerId = (q: DraftQuote | null) => (q?.speaker ? ids.get(q.speaker) : undefined);
  const claimQuotes = new Set(
    draft.claims.map((c) => c.quote && `${c.quote.start}:${c.quote.end}`),
  );
  const quoteEntry = (q: DraftQuote | null) => {
    const speaker = speakerId(q);
    return q && speaker ? { speaker, text: q.text } : null;
  };
  // Claims from one list sentence become one list entry, which an editor reviews at once, where
  // the sentence names each state in full (the check requires it; "Calif." is not "California").
  const lists = listGroups(draft.claims, names).map((group) => {
    const first = group[0] as DraftClaim;
    const quoted = group.flatMap((c) => {
      const quote = quoteEntry(c.quote);
      return quote ? [{ state: c.state, quote }] : [];
    });
    return {
      stance: first.stance,
      evidence: first.evidence,
      states: group.map((c) => c.state),
      ...(quoted.length ? { quoted } : {}),
      review: "draft",
      why: first.why,
      confidence: Math.max(...group.map((c) => c.confidence)),
    };
  });
  const inLists = new Set(lists.flatMap((l) => l.states));
  const claims = draft.claims
    .filter((c) => !inLists.has(c.state))
    .map((c) => {
      const quote = quoteEntry(c.quote);
      return {
        state: c.state,
        stance: c.stance,
        evidence: c.evidence,
        ...(quote ? { quote } : {}),
        review: "draft",
        why: c.why,
        confidence: c.confidence,
      };
    });
  const others = draft.quotes.filter((q) => !claimQuotes.has(`${q.start}:${q.end}`));
  const quotes = others
    .filter((q) => speakerId(q))
    .map((q) => ({ speaker: speakerId(q), text: q.text, review: "draft" }));
  const unattributed = others.filter((q) => !speakerId(q));
  return {
    source: sourceEntry,
    people: added as (Record<string, unknown> & { id: string })[],
    claims: { source: id, story, claims, lists, quotes },
    unattributed,
  };
}

/** Claims that share one list sentence and stance, when the sentence names every state in full. */
function listGroups(claims: DraftClaim[], names: Map<string, string>): DraftClaim[][] {
  const groups = new Map<string, DraftClaim[]>();
  for (const c of claims.filter((claim) => claim.fromList)) {
    const key = `${c.evidenceSpan.start}:${c.evidenceSpan.end}:${c.stance}`;
    groups.set(key, [...(groups.get(key) ?? []), c]);
  }
  return [...groups.values()].filter(
    (group) =>
      group.length > 1 &&
      group.every((c) => indexOfName(c.evidence, names.get(c.state) ?? "") >= 0),
  );
}

/** The claims file as YAML, a list's states on one line ("states: [AL, AK, AZ]"). */
export function claimsYaml(file: Record<string, unknown>): string {
  const doc = new Document(file);
  visit(doc, {
    Pair(_, pair) {
      if (isScalar(pair.key) && pair.key.value === "states" && isSeq(pair.value)) {
        pair.value.flow = true;
      }
    },
  });
  return doc.toString({ lineWidth: 0, flowCollectionPadding: false });
}

const withNewline = (s: string) => (s.endsWith("\n") || s === "" ? s : `${s}\n`);

function personEntry(id: string, person: DraftPerson, sourceId: string): Record<string, unknown> {
  return {
    id,
    name: person.name,
    role: person.role ?? "quoted in the article; role not stated",
    state: person.state,
    office: office(person.role),
    party: person.party,
    evidence: {
      source: sourceId,
      role: person.roleEvidence?.text ?? person.name,
      ...(person.party && person.partyEvidence ? { party: person.partyEvidence.text } : {}),
    },
    review: "draft",
  };
}
