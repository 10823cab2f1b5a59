import { existsSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { parseArgs } from "node:util";
import * as z from "zod";
import { askWithChanges, todayOf } from "../changes/answer.js";
import { DataError, DEFAULT_DATA_DIR, loadDataset, loadDatasetWithDrafts } from "../data/load.js";
import { chooseStory } from "../library/ask.js";
import { buildLibrary, type Library, type StoryData } from "../library/library.js";
import { storySummaries } from "../library/summaries.js";
import { replyCard } from "../render/changes-card.js";
import { storyCounts, unreadNote } from "../render/format.js";
import { ANSI, PLAIN, renderTerminal } from "../render/terminal.js";

const USAGE = `usage:
  voterdata ask <query> [--json] [--story ID]
                                     look up a state, person or list ("Ohio", "padilla", "disputed")
  voterdata ask --json -             one query per line from standard input, one JSON line out
  voterdata stories [--json]         the stories VoterData tracks, how much each holds, the
                                     word that names each in a question (--story takes it)
  voterdata digest [--json] [--story ID]
                                     today's digest: the tally by stance and where sources disagree
  voterdata map --out <file.png> [--story ID]
                                     the stance map as PNG (or SVG when the file ends in .svg)
  voterdata check [--data DIR]       validate the dataset under data/ (or a copy of it)
  voterdata export --csv | --json [--story ID]
                                     every claim, one row each (the web tracker's export)
  voterdata export --out <dir>       what editors published from Slack, as data/ files (reads
                                     the store at DATABASE_URL or DATABASE_PATH)
  voterdata draft <article.txt | -> [--outlet NAME] [--url URL] [--date YYYY-MM-DD]
                  [--author NAME] [--story ID] [--json] [--data DIR]
                                     draft an article's claims, quotes and people for review
  voterdata draft <url>... [--json]  the same for each linked article, read from its page
                                     (fetched safely; FETCH_ALLOW_HOSTS exempts named hosts)
  voterdata rotate-key               re-encrypt every installation's tokens under
                                     TOKEN_ENCRYPTION_KEY (the old key in
                                     TOKEN_ENCRYPTION_KEY_PREVIOUS); reads the store at
                                     DATABASE_URL or DATABASE_PATH`;

/** Misuse of the command line: a one-line message and exit code 2. */
class UsageError extends Error {}

/** Input the command cannot use (an empty or binary article, say): one line and exit code 2. */
class InputError extends Error {}

export interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
  stdin: NodeJS.ReadableStream;
  color: boolean;
  /** Settings such as DATABASE_PATH; the process's environment when absent. */
  env?: NodeJS.ProcessEnv;
}

/** Runs one command line; returns the exit code. Exported so tests drive it in-process. */
export async function run(argv: string[], io: Io): Promise<number> {
  try {
    const [command, ...rest] = argv;
    switch (command) {
      case "ask":
        return await ask(rest, io);
      case "check":
        return check(rest, io);
      case "stories":
        return stories(rest, io);
      case "rotate-key":
        return await rotateKey(rest, io);
      case "digest":
        return await digest(rest, io);
      case "map":
        return await map(rest, io);
      case "export":
        return await exportClaims(rest, io);
      case "draft":
        return await draft(rest, io);
      case "help":
      case "--help":
      case "-h":
        io.out(USAGE);
        return 0;
      default:
        throw new UsageError(command ? `unknown command "${command}"` : "no command given");
    }
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`voterdata: ${error.message} (try "voterdata help")`);
      return 2;
    }
    if (error instanceof InputError) {
      io.err(`voterdata: ${error.message}`);
      return 2;
    }
    // A store that cannot be opened, or a key that does not fit it: the message says what to fix.
    if (error instanceof Error && ["StoreError", "TokenKeyError"].includes(error.name)) {
      io.err(error.message);
      return 1;
    }
    if (error instanceof DataError) {
      io.err(error.message);
      return 1;
    }
    throw error;
  }
}

/**
 * Runs a strict parseArgs, turning Node's message into a one-line usage error; a mistyped
 * option is named with the ones the command takes.
 */
function strictly<T>(parse: () => T, options: Record<string, unknown>): T {
  try {
    return parse();
  } catch (error) {
    const { code, message } = error as NodeJS.ErrnoException;
    if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") {
      const asked = /'([^']+)'/.exec(message)?.[1] ?? "option";
      const valid = Object.keys(options).map((o) => `--${o}`);
      throw new UsageError(
        `unknown option ${asked}; ${valid.length ? `valid: ${valid.join(", ")}` : "this command takes none"}`,
      );
    }
    throw new UsageError(message.split("\n")[0] ?? "bad arguments");
  }
}

/** Files every data folder has; a folder with neither is not one (a typo'd path, say). */
const DATA_FILES = ["sources.yaml", "jurisdictions.yaml"];

/** A data folder given with --data, checked so a wrong path is one plain line; else data/. */
function dataFolder(given: string | undefined): string {
  if (given === undefined) return DEFAULT_DATA_DIR;
  if (!existsSync(given) || !statSync(given).isDirectory()) {
    throw new InputError(`no data folder at ${given}`);
  }
  if (!DATA_FILES.some((file) => existsSync(join(given, file)))) {
    throw new InputError(`no data folder at ${given} (it holds no ${DATA_FILES.join(" or ")})`);
  }
  return given;
}

/** What went wrong with a file, in words rather than an error code. */
function fileProblem(error: unknown, what: "file" | "folder"): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === "ENOENT") return `no such ${what}`;
  if (code === "EACCES" || code === "EPERM") return "permission denied";
  if (code === "EISDIR") return "it is a folder";
  if (code === "ENOTDIR") return "a part of the path is not a folder";
  return (error as Error).message;
}

const JSON_OPTION = { json: { type: "boolean", default: false } } as const;
const STORY_OPTION = { story: { type: "string" } } as const;

/**
 * The bundled stories, and the one `--story` names (its id or one of its words), else the
 * default (DEFAULT_STORY, else the story with the newest claim).
 */
function libraryFor(story: string | undefined): { library: Library; chosen: StoryData } {
  const library = buildLibrary(loadDataset(), process.env.DEFAULT_STORY || undefined);
  if (story === undefined) return { library, chosen: library.defaultStory };
  const choice = chooseStory(library, story);
  if (!choice.named || choice.query !== "") {
    const ids = library.stories.map((s) => s.story.id).join(", ");
    throw new UsageError(`--story must be one of ${ids}`);
  }
  return { library, chosen: choice.data };
}

async function ask(args: string[], io: Io): Promise<number> {
  const options = { ...JSON_OPTION, ...STORY_OPTION };
  const { values, positionals } = strictly(
    () => parseArgs({ args, options, allowPositionals: true, strict: true }),
    options,
  );
  const json = values.json === true;
  const { library, chosen } = libraryFor(values.story);
  const story = values.story === undefined ? null : chosen.story.id;
  if (positionals.length === 1 && positionals[0] === "-") {
    if (!json) throw new UsageError("reading queries from standard input needs --json");
    const lines = createInterface({ input: io.stdin, crlfDelay: Number.POSITIVE_INFINITY });
    for await (const line of lines) {
      io.out(JSON.stringify(askWithChanges(library, line, story, todayOf(new Date()))));
    }
    return 0;
  }
  if (positionals.length === 0)
    throw new UsageError("ask needs a query, such as: voterdata ask Ohio");
  const result = askWithChanges(library, positionals.join(" "), story, todayOf(new Date()));
  if (json) io.out(JSON.stringify(result));
  else {
    const card = replyCard(result, { command: "voterdata ask" });
    io.out(renderTerminal(card, io.color ? ANSI : PLAIN));
  }
  return 0;
}

/** `voterdata stories [--json]`: the same list as `/voterdata stories`. */
function stories(args: string[], io: Io): number {
  const { values } = strictly(
    () => parseArgs({ args, options: JSON_OPTION, strict: true }),
    JSON_OPTION,
  );
  const summaries = storySummaries(libraryFor(undefined).library);
  if (values.json) {
    io.out(JSON.stringify(summaries));
    return 0;
  }
  for (const s of summaries) {
    io.out(
      `${s.title} [${s.id}]${s.isDefault ? " (default)" : ""}: ${storyCounts(s)}. ` +
        `Ask: voterdata ask "${s.hint} Ohio" or --story ${s.id}`,
    );
  }
  return 0;
}

/** `voterdata check [--data DIR]`: the bundled data, or a copy being edited (as draft writes). */
function check(args: string[], io: Io): number {
  const options = { data: { type: "string" } } as const;
  const { values } = strictly(() => parseArgs({ args, options, strict: true }), options);
  const { dataset, drafts } = loadDatasetWithDrafts(dataFolder(values.data));
  const reported = [...dataset.states.values()].filter((s) => s.stance !== "no-report").length;
  const conflicts = [...dataset.states.values()]
    .filter((s) => s.conflict)
    .map((s) => s.jurisdiction.usps);
  io.out(
    `data OK: ${dataset.sources.length} sources, ${dataset.claims.length} claims, ` +
      `${dataset.quotes.length} quotes, ${dataset.people.length} people, ` +
      `${reported}/${dataset.jurisdictions.length} jurisdictions reported on; ` +
      `sources disagree on ${conflicts.join(", ") || "none"}`,
  );
  if (drafts > 0) io.out(`${drafts} ${drafts === 1 ? "entry waits" : "entries wait"} for review`);
  return 0;
}

// The digest and map modules (and the native renderer) load only for their commands, so
// `voterdata ask` starts faster.
async function digest(args: string[], io: Io): Promise<number> {
  const options = { ...JSON_OPTION, ...STORY_OPTION };
  const { values } = strictly(() => parseArgs({ args, options, strict: true }), options);
  const { localDateTime } = await import("../digest/local-time.js");
  const { buildDigest } = await import("../digest/model.js");
  const { digestCard } = await import("../render/digest-card.js");
  const today = localDateTime(new Date(), process.env.DIGEST_TZ || "America/New_York").date;
  const result = buildDigest(libraryFor(values.story).chosen.dataset, today, null);
  if (values.json) io.out(JSON.stringify({ ...result, items: undefined }));
  else io.out(renderTerminal(digestCard(result, "voterdata ask"), io.color ? ANSI : PLAIN));
  return 0;
}

async function map(args: string[], io: Io): Promise<number> {
  const options = { out: { type: "string" }, ...STORY_OPTION } as const;
  const { values } = strictly(() => parseArgs({ args, options, strict: true }), options);
  if (!values.out) throw new UsageError("map needs --out <file.png>");
  const { tileMapSvg } = await import("../map/tile-map.js");
  const { svgToPng } = await import("../map/png.js");
  const svg = tileMapSvg(libraryFor(values.story).chosen.dataset);
  const image = values.out.endsWith(".svg") ? svg : svgToPng(svg);
  try {
    writeFileSync(values.out, image);
  } catch (error) {
    throw new InputError(`cannot write ${values.out}: ${fileProblem(error, "folder")}`);
  }
  io.out(`wrote ${values.out}`);
  return 0;
}

/** The same rows as the web tracker's /export.csv and /export.json. */
async function exportClaims(args: string[], io: Io): Promise<number> {
  const options = {
    csv: { type: "boolean", default: false },
    json: { type: "boolean", default: false },
    ...STORY_OPTION,
    out: { type: "string" },
  } as const;
  const { values } = strictly(() => parseArgs({ args, options, strict: true }), options);
  if (values.out !== undefined) {
    if (values.csv || values.json) throw new UsageError("export --out takes no --csv or --json");
    return exportPublishedFiles(values.out, io);
  }
  if (values.csv === values.json) throw new UsageError("export needs one of --csv or --json");
  const { buildExport } = await import("../export/rows.js");
  const { exportCsv, exportJson } = await import("../export/format.js");
  const data = buildExport(libraryFor(values.story).chosen.dataset);
  // io.out ends the output with its own "\n": the CSV keeps its "\r", so its last record ends
  // with CRLF like every other one.
  io.out((values.csv ? exportCsv(data) : exportJson(data)).replace(/\n$/, ""));
  return 0;
}
/** `export --out <dir>`: the store's published sources as data/ files, for the archive. */
async function exportPublishedFiles(outDir: string, io: Io): Promise<number> {
  const env = io.env ?? process.env;
  // Exporting reads the store: with no database yet, nothing was published, and none is made.
  const path = env.DATABASE_PATH || "./var/voterdata.db";
  if (!env.DATABASE_URL && !existsSync(path)) {
    io.out(`nothing published from Slack to export (no store at ${path})`);
    return 0;
  }
  const { openStore } = await import("../store/open.js");
  const { exportPublished } = await import("../intake/export.js");
  const { bundledIds } = await import("../intake/bundled.js");
  const store = await openStore({
    DATABASE_URL: env.DATABASE_URL || undefined,
    DATABASE_PATH: path,
  });
  try {
    const result = exportPublished(
      await store.publishedSources(),
      await store.retractions(),
      await store.editorStories(),
      bundledIds(loadDataset()),
      outDir,
    );
    for (const id of result.skipped) io.err(`${id} is already in data/; not exported again`);
    io.out(
      result.files.length
        ? `wrote ${result.files.length} files to ${outDir}; append sources.yaml and people.yaml to data/'s and copy the rest`
        : "nothing published from Slack to export",
    );
    return 0;
  } finally {
    await store.close();
  }
}

/**
 * `voterdata rotate-key`: every installation re-sealed under TOKEN_ENCRYPTION_KEY, read with it
 * or TOKEN_ENCRYPTION_KEY_PREVIOUS. Safe to run again; instances keep serving meanwhile (each
 * reads both keys once its settings name both).
 */
async function rotateKey(args: string[], io: Io): Promise<number> {
  strictly(() => parseArgs({ args, options: {}, strict: true }), {});
  const env = io.env ?? process.env;
  const {
    KEY_VARIABLE,
    PREVIOUS_KEY_VARIABLE,
    TOKEN_KEY_HINT,
    TokenCipher,
    parseTokenKey,
    sealStoredTokens,
  } = await import("../store/token-cipher.js");
  const key = (name: string) => {
    const value = env[name];
    if (!value) return null;
    const parsed = parseTokenKey(value);
    if (!parsed) throw new InputError(`${name} ${TOKEN_KEY_HINT}`);
    return parsed;
  };
  const current = key(KEY_VARIABLE);
  if (!current) throw new InputError(`${KEY_VARIABLE} is missing: the key to encrypt under`);
  const { openStore } = await import("../store/open.js");
  const store = await openStore({
    DATABASE_URL: env.DATABASE_URL || undefined,
    DATABASE_PATH: env.DATABASE_PATH || "./var/voterdata.db",
  });
  try {
    const cipher = new TokenCipher({ current, previous: key(PREVIOUS_KEY_VARIABLE) });
    const done = await sealStoredTokens(store, cipher, { rotate: true });
    io.out(
      `${done.total} installations: ${done.rotated} re-encrypted from ${PREVIOUS_KEY_VARIABLE}, ` +
        `${done.sealed} encrypted for the first time, ${done.total - done.rotated - done.sealed} already under ${KEY_VARIABLE}`,
    );
    return 0;
  } finally {
    await store.close();
  }
}

const DRAFT_OPTIONS = {
  ...JSON_OPTION,
  outlet: { type: "string" },
  author: { type: "string" },
  url: { type: "string" },
  date: { type: "string" },
  story: { type: "string" },
  data: { type: "string" },
} as const;

/** `voterdata draft`: one article to claims, quotes and people, as JSON or as drafts in data/. */
async function draft(args: string[], io: Io): Promise<number> {
  const { values, positionals } = strictly(
    () => parseArgs({ args, options: DRAFT_OPTIONS, allowPositionals: true, strict: true }),
    DRAFT_OPTIONS,
  );
  const links = positionals.filter((p) => /^https?:\/\//i.test(p));
  if (links.length > 0 && links.length !== positionals.length) {
    throw new UsageError("draft takes one article file, or links, not both");
  }
  if (links.length === 0 && positionals.length !== 1) {
    throw new UsageError("draft needs one article: a .txt file, - for standard input, or links");
  }
  if (links.length > 0 && values.url) throw new UsageError("--url is the link itself here");
  const checked = <T>(value: string | undefined, schema: z.ZodType<T>, what: string) => {
    if (value === undefined) return undefined;
    const result = schema.safeParse(value);
    if (!result.success)
      throw new UsageError(`--${what} must be ${result.error.issues[0]?.message}`);
    return result.data;
  };
  const overrides = {
    outlet: checked(values.outlet, z.string().trim().min(1, "a name"), "outlet"),
    author: checked(values.author, z.string().trim().min(1, "a name"), "author"),
    url: checked(values.url, z.url("a URL such as https://example.com/story"), "url"),
    published: checked(values.date, z.iso.date("a date such as 2017-06-30"), "date"),
    story: checked(
      values.story,
      z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "a lower-case slug such as doj-2025"),
      "story",
    ),
  };
  const given = Object.fromEntries(
    Object.entries(overrides).filter(([, v]) => v !== undefined),
  ) as Record<string, string>;
  if (links.length > 0) return draftLinks(links, given, values, io);
  const { decodeArticle, ArticleInputError } = await import("../draft/input.js");

  let bytes: Uint8Array;
  try {
    bytes =
      positionals[0] === "-" ? await readAll(io.stdin) : readFileSync(positionals[0] as string);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new InputError(`no file at ${positionals[0]}`);
    throw new InputError(`cannot read ${positionals[0]}: ${fileProblem(error, "file")}`);
  }
  let text: string;
  try {
    text = decodeArticle(bytes);
  } catch (error) {
    if (error instanceof ArticleInputError) throw new InputError(error.message);
    throw error;
  }
  return draftText(bytes, text, given, values, io);
}

type DraftValues = { json?: boolean; data?: string | undefined };

/**
 * `voterdata draft <url…>`: each page fetched safely (FETCH_ALLOW_HOSTS as the app reads it), its
 * article read out and drafted with the page's metadata; one JSON line (or one draft) per link.
 * A link that cannot be read is one line on standard error; the others still run.
 */
async function draftLinks(
  links: string[],
  given: Record<string, string>,
  values: DraftValues,
  io: Io,
): Promise<number> {
  const { AllowHosts } = await import("../fetch/allow-hosts.js");
  const { safeFetch, FetchRefused } = await import("../fetch/safe-fetch.js");
  const { readLink, metadataOverrides, fieldsFromPage } = await import("../extract/read-link.js");
  const { NotAnArticle } = await import("../extract/article.js");
  const allowed = AllowHosts.safeParse((io.env ?? process.env).FETCH_ALLOW_HOSTS);
  if (!allowed.success) {
    throw new UsageError(`FETCH_ALLOW_HOSTS ${allowed.error.issues[0]?.message}`);
  }
  let failed = 0;
  for (const link of links) {
    try {
      const { page, article } = await readLink(link, (url) =>
        safeFetch(url, { allowHosts: allowed.data }),
      );
      const fromPage = fieldsFromPage(article.metadata, given);
      await draftText(
        new TextEncoder().encode(article.text),
        article.text,
        { ...metadataOverrides(article.metadata), url: article.canonicalUrl, ...given },
        values,
        io,
        {
          url: article.canonicalUrl,
          finalUrl: page.finalUrl,
          fetchedAt: page.fetchedAt,
          sha256: page.sha256,
          fromPage,
        },
      );
    } catch (error) {
      if (
        !(
          error instanceof FetchRefused ||
          error instanceof NotAnArticle ||
          error instanceof InputError
        )
      ) {
        throw error;
      }
      io.err(`voterdata: ${link}: ${error.message}`);
      failed++;
    }
  }
  return failed > 0 ? 2 : 0;
}

/** Drafts one article's text: as JSON, or as draft files in the data directory. */
async function draftText(
  bytes: Uint8Array,
  text: string,
  overrides: Record<string, string>,
  values: DraftValues,
  io: Io,
  page?: { url: string; finalUrl: string; fetchedAt: string; sha256: string; fromPage: string[] },
): Promise<number> {
  const { draftArticle } = await import("../draft/draft.js");
  const { findDuplicate, nextSourceId, writeDraft } = await import("../draft/write.js");
  const dataDir = dataFolder(values.data);
  const duplicate = findDuplicate(dataDir, text);
  if (duplicate) throw new InputError(`the article is already in the dataset as ${duplicate}`);

  const dataset = loadDataset(dataDir);
  const storyIds = dataset.stories.map((s) => s.id);
  if (overrides.story && !storyIds.includes(overrides.story)) {
    throw new UsageError(`--story must be one of ${storyIds.join(", ")}`);
  }
  const id = nextSourceId(dataDir, bytes);
  const result = draftArticle(text, {
    people: dataset.people,
    jurisdictions: dataset.jurisdictions,
    stories: dataset.stories,
    overrides,
  });
  const drafted = { ...result, source: { ...result.source, id } };
  if (values.json) {
    // A linked article's line says which page it was read from and what the page's metadata gave.
    io.out(JSON.stringify(page ? { ...drafted, page } : drafted));
    return 0;
  }
  // Files need a story: the editor's, else the drafter's proposal; never a guess.
  const story = drafted.story.id;
  if (!story) {
    throw new InputError(
      `cannot tell which story the article belongs to (${drafted.story.why}); give --story, one of ${storyIds.join(", ")}`,
    );
  }
  const written = writeDraft(dataDir, bytes, drafted, id, dataset.jurisdictions, story);
  let drafts: number;
  try {
    drafts = loadDatasetWithDrafts(dataDir).drafts;
  } catch (error) {
    written.undo();
    throw error;
  }
  io.out(
    `drafted ${id}: ${drafted.claims.length} claims, ${drafted.quotes.length} quotes, ` +
      `${written.people.length} new people; ${drafts} entries wait for review`,
  );
  if (drafted.language) io.out(`  ${unreadNote(drafted.language.name)}`);
  for (const file of written.files) io.out(`  wrote ${file}`);
  if (page) {
    const fields = page.fromPage.join(", ");
    io.out(
      `  read from ${page.finalUrl} at ${page.fetchedAt}${fields ? `; ${fields} from the page's metadata` : ""}`,
    );
  }
  if (written.quotesLeftOut > 0) {
    io.out(
      `  ${written.quotesLeftOut} quotes without a speaker are listed at the end of the claims file`,
    );
  }
  return 0;
}

async function readAll(stream: NodeJS.ReadableStream): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream)
    chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk));
  return Buffer.concat(chunks);
}
