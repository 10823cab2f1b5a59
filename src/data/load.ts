import { existsSync, readdirSync, readFileSync } from "node:fs";
import { basename, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parse as parseYaml } from "yaml";
import type * as z from "zod";
import type {
  Claim,
  Dataset,
  Jurisdiction,
  Organisation,
  Person,
  Quote,
  Source,
  StateRecord,
  Story,
} from "../domain/dataset.js";
import { indexOfName } from "../domain/names.js";
import { summarise } from "../domain/stance.js";
import {
  ClaimsFile,
  JurisdictionsFile,
  OrganisationsFile,
  PARTY_WORDS,
  PeopleFile,
  type PersonEntry,
  type SourceEntry,
  SourcesFile,
  StoryEntry,
} from "./schema.js";
import { findNonVerbatim } from "./verbatim.js";

/** The bundled data directory, found from this module so the CLI works from any folder. */
export const DEFAULT_DATA_DIR = resolve(fileURLToPath(new URL("../../data", import.meta.url)));

/** Every USPS code the dataset must cover: the 50 states and the District of Columbia. */
export const ALL_JURISDICTIONS = (
  "AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ " +
  "NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY"
).split(" ");

/** A data problem, named by file, entry and field so an editor can go straight to it. */
export class DataError extends Error {
  constructor(readonly problems: string[]) {
    super(`The dataset has ${problems.length} problem(s):\n- ${problems.join("\n- ")}`);
    this.name = "DataError";
  }
}

class Problems {
  readonly list: string[] = [];
  add(file: string, entry: string | null, field: string | null, message: string): void {
    const where = [file, entry, field ? `field "${field}"` : null].filter(Boolean).join(", ");
    this.list.push(`${where}: ${message}`);
  }
}

/**
 * Entries that live outside data/ (published by editors from Slack and kept in the store),
 * loaded and checked exactly as if they were files there. `label` names them in problems.
 */
export interface DataOverlay {
  label: string;
  sources: { entry: SourceEntry; article: string }[];
  people: PersonEntry[];
  claims: ClaimsFile[];
  stories: StoryEntry[];
}

export function loadDataset(dataDir: string = DEFAULT_DATA_DIR, overlay?: DataOverlay): Dataset {
  return loadDatasetWithDrafts(dataDir, overlay).dataset;
}

/**
 * The dataset of reviewed entries, and how many drafted entries (`review: draft`) wait for an
 * editor. Drafts are checked like every entry but left out of the dataset.
 */
export function loadDatasetWithDrafts(
  dataDir: string = DEFAULT_DATA_DIR,
  overlay?: DataOverlay,
): {
  dataset: Dataset;
  drafts: number;
} {
  const problems = new Problems();
  let drafts = 0;
  const draftSources = new Set<string>();
  const draftPeople = new Set<string>();
  const rel = (path: string) => relative(join(dataDir, ".."), path) || path;

  function readValidated<S extends z.ZodType>(path: string, schema: S): z.infer<S> | null {
    let raw: unknown;
    try {
      raw = parseYaml(readFileSync(path, "utf8"));
    } catch (error) {
      problems.add(rel(path), null, null, `cannot be read as YAML: ${(error as Error).message}`);
      return null;
    }
    const result = schema.safeParse(raw);
    if (result.success) return result.data;
    for (const issue of result.error.issues) {
      problems.add(
        rel(path),
        describeEntry(raw, issue.path),
        describeField(issue.path),
        issue.message,
      );
    }
    return null;
  }

  const sourcesPath = join(dataDir, "sources.yaml");
  const sourceEntries = readValidated(sourcesPath, SourcesFile) ?? [];
  const overlayName = (what: string) => `${overlay?.label ?? "overlay"} ${what}`;
  const jurisdictionEntries =
    readValidated(join(dataDir, "jurisdictions.yaml"), JurisdictionsFile) ?? [];
  const peoplePath = join(dataDir, "people.yaml");
  const personEntries = [
    ...(readValidated(peoplePath, PeopleFile) ?? []).map((entry) => ({
      entry,
      file: rel(peoplePath),
    })),
    ...(overlay?.people ?? []).map((entry) => ({ entry, file: overlayName("people") })),
  ];

  const articles = new Map<string, string>();
  const sources = new Map<string, Source>();
  const bundledSources = sourceEntries.map((entry, i) => ({
    entry,
    file: rel(sourcesPath),
    where: `entry ${i + 1} (id "${entry.id}")`,
    article: null as string | null,
  }));
  const overlaySources = (overlay?.sources ?? []).map(({ entry, article }) => ({
    entry,
    file: overlayName("sources"),
    where: `source "${entry.id}"`,
    article,
  }));
  for (const { entry, file, where, article: given } of [...bundledSources, ...overlaySources]) {
    const articlePath = join(dataDir, "sources", `${entry.id}.txt`);
    if (given === null && !existsSync(articlePath)) {
      problems.add(file, where, "id", `no article at ${rel(articlePath)}`);
      continue;
    }
    if (sources.has(entry.id)) problems.add(file, where, "id", "is listed twice");
    const article = given ?? readFileSync(articlePath, "utf8");
    articles.set(entry.id, article);
    if (entry.review === "draft") {
      drafts++;
      draftSources.add(entry.id);
    }
    checkSourceEvidence(entry, article, (field, message) =>
      problems.add(file, where, field, message),
    );
    sources.set(entry.id, {
      id: entry.id,
      outlet: entry.outlet,
      author: entry.author,
      published: entry.published,
      updated: entry.updated,
      headline: entry.headline,
      notes: entry.notes ?? null,
      url: entry.url ?? null,
      fetched: entry.fetched ?? null,
      path:
        given === null ? `data/sources/${entry.id}.txt` : `${overlayName("source")} ${entry.id}`,
      // Set from the article's claims file, which names its story.
      story: "",
    });
  }
  const sourcesDir = join(dataDir, "sources");
  for (const file of existsSync(sourcesDir) ? readdirSync(sourcesDir) : []) {
    const id = basename(file, ".txt");
    if (file.endsWith(".txt") && !sources.has(id) && !problems.list.some((p) => p.includes(id))) {
      problems.add(`data/sources/${file}`, null, null, "has no entry in data/sources.yaml");
    }
  }

  const jurisdictions = new Map<string, Jurisdiction>();
  for (const j of jurisdictionEntries) {
    if (jurisdictions.has(j.usps)) {
      problems.add("data/jurisdictions.yaml", `usps ${j.usps}`, "usps", "is listed twice");
    }
    jurisdictions.set(j.usps, j);
  }
  if (jurisdictionEntries.length > 0) {
    for (const code of ALL_JURISDICTIONS) {
      if (!jurisdictions.has(code)) {
        problems.add("data/jurisdictions.yaml", null, null, `jurisdiction ${code} is missing`);
      }
    }
    const tiles = new Set<string>();
    for (const j of jurisdictionEntries) {
      const key = `${j.tile.row},${j.tile.col}`;
      if (tiles.has(key)) {
        problems.add("data/jurisdictions.yaml", `usps ${j.usps}`, "tile", `${key} is taken`);
      }
      tiles.add(key);
    }
  }

  const people = new Map<string, Person>();
  for (const [i, { entry, file }] of personEntries.entries()) {
    const where = `entry ${i + 1} (id "${entry.id}")`;
    const report = (field: string, message: string) => problems.add(file, where, field, message);
    if (people.has(entry.id)) report("id", "is listed twice");
    if (entry.state && !jurisdictions.has(entry.state))
      report("state", `unknown state ${entry.state}`);
    checkPersonEvidence(entry, articles, report);
    if (entry.review === "draft") {
      drafts++;
      draftPeople.add(entry.id);
      continue;
    }
    if (draftSources.has(entry.evidence.source)) {
      report("evidence.source", `"${entry.evidence.source}" is still a draft in data/sources.yaml`);
    }
    const namedInSource = sources.get(entry.evidence.source);
    if (!namedInSource) continue;
    people.set(entry.id, {
      id: entry.id,
      name: entry.name,
      role: entry.role,
      state: entry.state,
      organisation: entry.organisation ?? null,
      office: entry.office,
      party: entry.party,
      aliases: entry.aliases,
      namedIn: { source: namedInSource, text: entry.evidence.role },
    });
  }

  const organisationsPath = join(dataDir, "organisations.yaml");
  const organisations: Organisation[] = [];
  for (const [i, entry] of (readValidated(organisationsPath, OrganisationsFile) ?? []).entries()) {
    const members = entry.people.flatMap((id) => {
      const person = people.get(id);
      if (!person) {
        const where = `entry ${i + 1} (id "${entry.id}")`;
        problems.add(rel(organisationsPath), where, "people", `unknown person "${id}"`);
      }
      return person ? [person] : [];
    });
    organisations.push({ id: entry.id, name: entry.name, aliases: entry.aliases, people: members });
  }

  const stories = new Map<string, Story>();
  const storiesDir = join(dataDir, "stories");
  const storyFiles = existsSync(storiesDir)
    ? readdirSync(storiesDir)
        .filter((f) => f.endsWith(".yaml"))
        .sort()
    : [];
  const storyEntries = [
    ...storyFiles.map((f) => ({
      entry: readValidated(join(storiesDir, f), StoryEntry),
      file: rel(join(storiesDir, f)),
      expected: basename(f, ".yaml") as string | null,
    })),
    ...(overlay?.stories ?? []).map((entry) => ({
      entry,
      file: overlayName(`story "${entry.id}"`),
      expected: null,
    })),
  ];
  for (const { entry, file, expected } of storyEntries) {
    if (!entry) continue;
    if (expected !== null && entry.id !== expected) {
      problems.add(file, null, "id", `must be the file's name, "${expected}"`);
    }
    if (stories.has(entry.id)) problems.add(file, null, "id", "is listed twice");
    const source = entry.source ? sources.get(entry.source.id) : undefined;
    if (entry.source && !source) {
      problems.add(file, null, "source.id", `unknown source "${entry.source.id}"`);
    }
    if (entry.source && source) {
      const missing = findNonVerbatim(entry.source.evidence, articles.get(source.id) ?? "");
      if (missing !== null) {
        problems.add(file, null, "source.evidence", `not verbatim in ${source.path}: "${missing}"`);
      }
    }
    stories.set(entry.id, {
      id: entry.id,
      title: entry.title,
      short: entry.short,
      requester: entry.requester,
      requested: entry.requested,
      request: entry.request,
      source: entry.source && source ? { source, evidence: entry.source.evidence } : null,
      sourceNote: entry.sourceNote ?? null,
      words: entry.words,
      keywords: entry.keywords,
      labels: entry.labels,
    });
  }
  if (stories.size === 0) problems.add("data/stories", null, null, "holds no story");

  const claims: Claim[] = [];
  const quotes: Quote[] = [];
  const claimsDir = join(dataDir, "claims");
  const claimFiles = existsSync(claimsDir)
    ? readdirSync(claimsDir)
        .filter((f) => f.endsWith(".yaml"))
        .sort()
    : [];
  const claimSets = [
    ...claimFiles.map((file) => ({
      parsed: readValidated(join(claimsDir, file), ClaimsFile),
      fileName: rel(join(claimsDir, file)),
      expected: basename(file, ".yaml"),
    })),
    ...(overlay?.claims ?? []).map((claimsFile) => {
      const fileName = overlayName(`claims for ${claimsFile.source}`);
      const result = ClaimsFile.safeParse(claimsFile);
      if (!result.success) {
        for (const issue of result.error.issues) {
          problems.add(
            fileName,
            describeEntry(claimsFile, issue.path),
            describeField(issue.path),
            issue.message,
          );
        }
      }
      return { parsed: result.success ? result.data : null, fileName, expected: claimsFile.source };
    }),
  ];
  const covered = new Set(claimSets.map((c) => c.expected));
  for (const id of sources.keys()) {
    if (!covered.has(id)) {
      problems.add(`data/claims/${id}.yaml`, null, null, "is missing (every source needs one)");
    }
  }
  for (const { parsed, fileName, expected } of claimSets) {
    if (!parsed) continue;
    const source = sources.get(parsed.source);
    if (!source || parsed.source !== expected) {
      problems.add(
        fileName,
        null,
        "source",
        `must be this file's source id, one of data/sources.yaml`,
      );
      continue;
    }
    if (!stories.has(parsed.story)) {
      problems.add(fileName, null, "story", `unknown story "${parsed.story}" (see data/stories/)`);
    }
    source.story = parsed.story;
    const article = articles.get(source.id) ?? "";
    const verbatim = (where: string, field: string, excerpt: string) => {
      const missing = findNonVerbatim(excerpt, article);
      if (missing !== null) {
        problems.add(fileName, where, field, `not verbatim in ${source.path}: "${missing}"`);
      }
    };
    const sourceIsDraft = draftSources.has(source.id);
    // A reviewed entry may not rest on a draft: its source and its speakers must be reviewed too.
    const reviewed = (where: string, entry: { review?: "draft" | undefined }): boolean => {
      if (entry.review === "draft") {
        drafts++;
        return false;
      }
      if (sourceIsDraft) {
        problems.add(
          fileName,
          where,
          "review",
          `is reviewed but its source ${source.id} is still a draft in data/sources.yaml`,
        );
      }
      return true;
    };
    const makeQuote = (
      where: string,
      field: string,
      q: {
        speaker: string;
        text: string;
        context?: string | undefined;
        onBehalfOf?: string | undefined;
        review?: "draft" | undefined;
      },
      served = true,
    ): Quote | null => {
      verbatim(where, `${field}.text`, q.text);
      const speaker = people.get(q.speaker);
      if (!speaker) {
        if (draftPeople.has(q.speaker)) {
          if (served && q.review !== "draft") {
            problems.add(
              fileName,
              where,
              `${field}.speaker`,
              `"${q.speaker}" is still a draft in data/people.yaml`,
            );
          }
        } else problems.add(fileName, where, `${field}.speaker`, `unknown person "${q.speaker}"`);
        return null;
      }
      if (!served || q.review === "draft") return null;
      const anchor = `quote-${quotes.filter((o) => o.source === source).length + 1}`;
      const quote = {
        text: q.text,
        speaker,
        source,
        context: q.context ?? null,
        onBehalfOf: q.onBehalfOf ?? null,
        anchor,
      };
      quotes.push(quote);
      return quote;
    };
    const knownState = (where: string, field: string, code: string) => {
      if (jurisdictions.has(code)) return true;
      problems.add(fileName, where, field, `unknown state ${code}`);
      return false;
    };

    const claimed = new Set<string>();
    const servedStates = new Set<string>();
    for (const [i, c] of parsed.claims.entries()) {
      const where = `claims entry ${i + 1} (${c.state})`;
      if (!knownState(where, "state", c.state)) continue;
      if (claimed.has(c.state)) problems.add(fileName, where, "state", "has two claims");
      claimed.add(c.state);
      verbatim(where, "evidence", c.evidence);
      const served = reviewed(where, c);
      const quote = c.quote ? makeQuote(where, "quote", c.quote, served) : null;
      if (!served) continue;
      servedStates.add(c.state);
      claims.push({
        state: c.state,
        source,
        stance: c.stance,
        evidence: c.evidence,
        quote,
        attributedTo: c.attributedTo ?? null,
        note: c.note ?? null,
        anchor: claimAnchor(claims, source, c.state),
      });
    }
    // A state a list names gets the list's claim unless the article says more about it elsewhere.
    const listed = new Set<string>();
    for (const [i, list] of parsed.lists.entries()) {
      const where = `lists entry ${i + 1}`;
      verbatim(where, "evidence", list.evidence);
      const served = reviewed(where, list);
      const quoted = new Map(list.quoted.map((q) => [q.state, q.quote]));
      for (const code of quoted.keys()) {
        if (!list.states.includes(code)) {
          problems.add(fileName, where, "quoted", `${code} is not among the list's states`);
        }
      }
      for (const code of list.states) {
        if (!knownState(where, "states", code)) continue;
        const name = jurisdictions.get(code)?.name ?? code;
        if (indexOfName(list.evidence, name) < 0) {
          problems.add(fileName, where, "states", `${code} (${name}) is not named in the evidence`);
        }
        if (listed.has(code)) problems.add(fileName, where, "states", `${code} is in two lists`);
        listed.add(code);
        const q = quoted.get(code);
        if (!served) {
          if (q) makeQuote(`${where} (${code})`, "quoted.quote", q, false);
          continue;
        }
        if (servedStates.has(code)) continue;
        claims.push({
          state: code,
          source,
          stance: list.stance,
          evidence: list.evidence,
          quote: q ? makeQuote(`${where} (${code})`, "quoted.quote", q) : null,
          attributedTo: list.attributedTo ?? null,
          note: list.note ?? null,
          anchor: claimAnchor(claims, source, code),
        });
      }
    }
    for (const [i, q] of parsed.quotes.entries()) {
      const where = `quotes entry ${i + 1}`;
      makeQuote(where, "quote", q, reviewed(where, q));
    }
  }

  if (problems.list.length > 0) throw new DataError(problems.list);
  const dataset = assemble(
    [...sources.values()].filter((source) => !draftSources.has(source.id)),
    [...jurisdictions.values()],
    [...people.values()],
    organisations,
    claims,
    quotes,
    [...stories.values()],
    articles,
  );
  return { dataset, drafts };
}

/** "OH-1": the state and how many of its claims the source has made so far, so links stay stable. */
function claimAnchor(claims: Claim[], source: Source, state: string): string {
  return `${state}-${claims.filter((c) => c.source === source && c.state === state).length + 1}`;
}

function assemble(
  sources: Source[],
  jurisdictions: Jurisdiction[],
  people: Person[],
  organisations: Organisation[],
  claims: Claim[],
  quotes: Quote[],
  stories: Story[],
  articles: Map<string, string>,
): Dataset {
  const states = new Map<string, StateRecord>();
  for (const jurisdiction of jurisdictions) {
    const own = claims.filter((c) => c.state === jurisdiction.usps);
    states.set(jurisdiction.usps, {
      jurisdiction,
      claims: own,
      ...summarise(own.map((c) => c.stance)),
      people: people.filter((p) => p.state === jurisdiction.usps),
    });
  }
  return {
    stories,
    story: null,
    sources,
    articles,
    jurisdictions,
    people,
    organisations,
    claims,
    quotes,
    states,
  };
}

function checkSourceEvidence(
  entry: SourceEntry,
  article: string,
  report: (field: string, message: string) => void,
): void {
  const fields = ["outlet", "author", "published", "updated"] as const;
  for (const field of fields) {
    const value = entry[field];
    const evidence = entry.evidence[field];
    const given = entry.given?.includes(field) ?? false;
    if (value !== null && !evidence && !given) {
      report(`evidence.${field}`, `is needed to support ${field}`);
    }
    if (value === null && evidence) report(`evidence.${field}`, `is given but ${field} is null`);
    if (evidence && findNonVerbatim(evidence, article) !== null) {
      report(`evidence.${field}`, "is not verbatim in the article");
    }
  }
  // A headline an editor corrected (as the page prints it) need not be the extracted text's.
  if (!entry.given?.includes("headline") && findNonVerbatim(entry.headline, article) !== null) {
    report("headline", "is not verbatim in the article");
  }
}

function checkPersonEvidence(
  entry: PersonEntry,
  articles: Map<string, string>,
  report: (field: string, message: string) => void,
): void {
  const article = articles.get(entry.evidence.source);
  if (article === undefined) {
    report("evidence.source", `unknown source "${entry.evidence.source}"`);
    return;
  }
  if (findNonVerbatim(entry.evidence.role, article) !== null) {
    report("evidence.role", "is not verbatim in the source");
  }
  const partyText = entry.evidence.party;
  if (entry.party === null) {
    if (partyText) report("evidence.party", "is given but party is null");
    return;
  }
  if (!partyText) {
    report("party", "is given without evidence.party: a party must be stated by the source");
    return;
  }
  if (findNonVerbatim(partyText, article) !== null) {
    report("evidence.party", "is not verbatim in the source");
  }
  if (!PARTY_WORDS[entry.party].test(partyText)) {
    report("party", `"${entry.party}" is not what evidence.party states`);
  }
}

function describeEntry(raw: unknown, path: readonly PropertyKey[]): string | null {
  if (path.length === 0) return null;
  const [first, second, third] = path;
  if (typeof first === "number") {
    const item = Array.isArray(raw) ? raw[first] : undefined;
    const id = item && typeof item === "object" ? (item.id ?? item.usps) : undefined;
    return `entry ${first + 1}${id ? ` (id "${String(id)}")` : ""}`;
  }
  if (typeof second === "number") {
    const list = (raw as Record<string, unknown[]>)[String(first)];
    const item = list?.[second] as Record<string, unknown> | undefined;
    const label = item?.state ?? item?.speaker;
    const suffix = typeof third === "number" ? `, item ${third + 1}` : "";
    return `${String(first)} entry ${second + 1}${label ? ` (${String(label)})` : ""}${suffix}`;
  }
  return null;
}

/** The field inside the entry: for ["claims", 2, "quote", "text"] that is "quote.text". */
function describeField(path: readonly PropertyKey[]): string | null {
  const entryAt = path.findIndex((p) => typeof p === "number");
  const inside = entryAt >= 0 ? path.slice(entryAt + 1) : path;
  const names = inside.map((p) => (typeof p === "number" ? `[${p}]` : String(p)));
  return names.length > 0 ? names.join(".").replace(/\.\[/g, "[") : null;
}
