import { writeFileSync } from "node:fs";
import { createInterface } from "node:readline";
import { parseArgs } from "node:util";
import { answer } from "../answer/model.js";
import { DataError, loadDataset } from "../data/load.js";
import type { Dataset } from "../domain/dataset.js";
import { buildIndex } from "../lookup/index.js";
import { answerCard } from "../render/cards.js";
import { ANSI, PLAIN, renderTerminal } from "../render/terminal.js";

const USAGE = `usage:
  voterdata ask <query> [--json]     look up a state or person ("Ohio", "padilla")
  voterdata ask --json -             one query per line from standard input, one JSON line out
  voterdata digest [--json]          today's digest: the tally by stance and where sources disagree
  voterdata map --out <file.png>     the stance map as PNG (or SVG when the file ends in .svg)
  voterdata check                    validate the dataset under data/
  voterdata export --csv | --json    every claim, one row each (the web tracker's export)`;

/** Misuse of the command line: a one-line message and exit code 2. */
class UsageError extends Error {}

export interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
  stdin: NodeJS.ReadableStream;
  color: boolean;
}

/** Runs one command line; returns the exit code. Exported so tests drive it in-process. */
export async function run(argv: string[], io: Io): Promise<number> {
  try {
    const [command, ...rest] = argv;
    switch (command) {
      case "ask":
        return await ask(rest, io);
      case "check":
        return check(io);
      case "digest":
        return await digest(rest, io);
      case "map":
        return await map(rest, io);
      case "export":
        return await exportClaims(rest, io);
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
    if (error instanceof DataError) {
      io.err(error.message);
      return 1;
    }
    throw error;
  }
}

/** Runs a strict parseArgs, turning Node's message into a one-line usage error. */
function strictly<T>(parse: () => T): T {
  try {
    return parse();
  } catch (error) {
    throw new UsageError((error as Error).message.split("\n")[0] ?? "bad arguments");
  }
}

const JSON_OPTION = { json: { type: "boolean", default: false } } as const;

async function ask(args: string[], io: Io): Promise<number> {
  const { values, positionals } = strictly(() =>
    parseArgs({ args, options: JSON_OPTION, allowPositionals: true, strict: true }),
  );
  const json = values.json === true;
  const index = buildIndex(loadDataset());
  if (positionals.length === 1 && positionals[0] === "-") {
    if (!json) throw new UsageError("reading queries from standard input needs --json");
    const lines = createInterface({ input: io.stdin, crlfDelay: Number.POSITIVE_INFINITY });
    for await (const line of lines) io.out(JSON.stringify(answer(index, line)));
    return 0;
  }
  if (positionals.length === 0)
    throw new UsageError("ask needs a query, such as: voterdata ask Ohio");
  const result = answer(index, positionals.join(" "));
  if (json) io.out(JSON.stringify(result));
  else io.out(renderTerminal(answerCard(result), io.color ? ANSI : PLAIN));
  return 0;
}

function check(io: Io): number {
  const dataset: Dataset = loadDataset();
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
  return 0;
}

// The digest and map modules (and the native renderer) load only for their commands, so
// `voterdata ask` starts faster.
async function digest(args: string[], io: Io): Promise<number> {
  const { values } = strictly(() => parseArgs({ args, options: JSON_OPTION, strict: true }));
  const { localDateTime } = await import("../digest/local-time.js");
  const { buildDigest } = await import("../digest/model.js");
  const { digestCard } = await import("../render/digest-card.js");
  const today = localDateTime(new Date(), process.env.DIGEST_TZ || "America/New_York").date;
  const result = buildDigest(loadDataset(), today, null);
  if (values.json) io.out(JSON.stringify({ ...result, items: undefined }));
  else io.out(renderTerminal(digestCard(result, "voterdata ask"), io.color ? ANSI : PLAIN));
  return 0;
}

async function map(args: string[], io: Io): Promise<number> {
  const { values } = strictly(() =>
    parseArgs({ args, options: { out: { type: "string" } }, strict: true }),
  );
  if (!values.out) throw new UsageError("map needs --out <file.png>");
  const { tileMapSvg } = await import("../map/tile-map.js");
  const { svgToPng } = await import("../map/png.js");
  const svg = tileMapSvg(loadDataset());
  writeFileSync(values.out, values.out.endsWith(".svg") ? svg : svgToPng(svg));
  io.out(`wrote ${values.out}`);
  return 0;
}

/** The same rows as the web tracker's /export.csv and /export.json. */
async function exportClaims(args: string[], io: Io): Promise<number> {
  const { values } = strictly(() =>
    parseArgs({
      args,
      options: {
        csv: { type: "boolean", default: false },
        json: { type: "boolean", default: false },
      },
      strict: true,
    }),
  );
  if (values.csv === values.json) throw new UsageError("export needs one of --csv or --json");
  const { buildExport } = await import("../export/rows.js");
  const { exportCsv, exportJson } = await import("../export/format.js");
  const data = buildExport(loadDataset());
  // io.out ends the output with its own line break.
  io.out((values.csv ? exportCsv(data) : exportJson(data)).replace(/\r?\n$/, ""));
  return 0;
}
