import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/**
 * Every test's temporary files (databases, data copies, drafts) and those of the servers it
 * starts go under one directory of this run, removed when the run ends, so runs leave nothing
 * behind in the machine's temporary directory.
 */
export default function setup(): () => void {
  const dir = mkdtempSync(join(tmpdir(), "voterdata-test-run-"));
  process.env.TMPDIR = dir;
  return () => rmSync(dir, { recursive: true, force: true });
}
