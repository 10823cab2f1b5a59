import { appendFileSync, copyFileSync, cpSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DEFAULT_DATA_DIR } from "../../src/data/load.js";

const FIXTURE = join(import.meta.dirname, "..", "fixtures", "doj-2025");
export const SECOND_SOURCE = "900_0000000000000a25";

/**
 * A copy of data/ with one made-up 2025 article from a made-up outlet filed under the doj-2025
 * story: Ohio public list only, Maine declined, Texas handed over the full list.
 */
export function dataDirWithSecondStory(): string {
  const dir = join(mkdtempSync(join(tmpdir(), "voterdata-stories-")), "data");
  cpSync(DEFAULT_DATA_DIR, dir, { recursive: true });
  copyFileSync(join(FIXTURE, `${SECOND_SOURCE}.txt`), join(dir, "sources", `${SECOND_SOURCE}.txt`));
  appendFileSync(join(dir, "sources.yaml"), readFileSync(join(FIXTURE, "source.yaml")));
  appendFileSync(join(dir, "people.yaml"), readFileSync(join(FIXTURE, "people.yaml")));
  copyFileSync(join(FIXTURE, "claims.yaml"), join(dir, "claims", `${SECOND_SOURCE}.yaml`));
  return dir;
}
