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
  voterdata check                    validate the dataset under data/`;

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

async function ask(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: { json: { type: "boolean", default: false } },
    allowPositionals: true,
    strict: false,
  });
  const unknown = args.find((a) => a.startsWith("--") && a !== "--json");
  if (unknown) throw new UsageError(`unknown option ${unknown}`);
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
