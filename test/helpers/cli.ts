import { Readable } from "node:stream";
import { run } from "../../src/cli/main.js";

/**
 * The command line run in-process, its output captured: `out`/`err` joined by newlines, and the
 * lines as written. `env` stands in for the process's environment when given.
 */
export async function runCli(
  args: string[],
  options: { stdin?: string | Buffer; env?: NodeJS.ProcessEnv } = {},
) {
  const outLines: string[] = [];
  const errLines: string[] = [];
  const code = await run(args, {
    out: (t) => outLines.push(t),
    err: (t) => errLines.push(t),
    stdin: Readable.from([options.stdin ?? ""]),
    color: false,
    ...(options.env ? { env: options.env } : {}),
  });
  return { code, out: outLines.join("\n"), err: errLines.join("\n"), outLines, errLines };
}
