import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

/** What `npm start` runs, bundled by `npm run build` (src/build/bundle.ts); the same from src/ and dist/. */
export const APP_MAIN = fileURLToPath(new URL("../../dist/server/main.js", import.meta.url));

export interface SpawnedApp {
  /** Milliseconds from spawning to the "listening on port" line. */
  ms: number;
  /**
   * CPU milliseconds the process had used by then (Linux /proc; NaN elsewhere): unlike `ms`,
   * not stretched by other work on the machine.
   */
  cpuMs: number;
  url: string;
  /** SIGTERM, then the exit code once the app has stopped. */
  stop(): Promise<number | null>;
}

/**
 * Runs `node <script>` with only `env` (and PATH), in `cwd` when given (where a .env may be),
 * and waits for its "listening on port" line (logged at LOG_LEVEL info). For tests and benches.
 */
export async function spawnApp(
  script: string,
  env: Record<string, string>,
  options: { cwd?: string } = {},
): Promise<SpawnedApp> {
  const started = performance.now();
  const child = spawn(process.execPath, [script], {
    env: { PATH: process.env.PATH ?? "", ...env },
    ...(options.cwd ? { cwd: options.cwd } : {}),
  });
  const stop = async () => {
    if (child.exitCode !== null) return child.exitCode;
    const exited = new Promise<number | null>((resolve) => child.once("exit", resolve));
    child.kill("SIGTERM");
    return exited;
  };
  try {
    const port = await new Promise<number>((resolve, reject) => {
      let output = "";
      const read = (chunk: Buffer) => {
        output += chunk.toString();
        const match = /listening on port (\d+)/.exec(output);
        if (match) resolve(Number(match[1]));
      };
      child.stdout.on("data", read);
      child.stderr.on("data", read);
      child.once("exit", () => reject(new Error(`${script} exited before listening:\n${output}`)));
      setTimeout(
        () => reject(new Error(`${script} not listening after 30 s:\n${output}`)),
        30_000,
      ).unref();
    });
    const ms = performance.now() - started;
    const cpuMs = processCpuMs(child.pid);
    child.stdout.resume();
    child.stderr.resume();
    return { ms, cpuMs, url: `http://127.0.0.1:${port}/slack/events`, stop };
  } catch (error) {
    child.kill("SIGKILL");
    throw error;
  }
}

/** utime + stime of a process, from /proc/<pid>/stat (in USER_HZ ticks, 100 a second). */
function processCpuMs(pid: number | undefined): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return Number.NaN;
  }
}
