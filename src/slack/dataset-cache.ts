import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { deserialize, serialize } from "node:v8";
import type { Dataset } from "../domain/dataset.js";

/** The compiled app (dist/), the bundled data beside it, and the cache inside it. */
const BUILD_DIR = fileURLToPath(new URL("..", import.meta.url));
const DATA_DIR = fileURLToPath(new URL("../../data", import.meta.url));
const CACHE_DIR = join(BUILD_DIR, ".dataset-cache");
/** The code that reads and checks the data: changing it invalidates the cache as data does. */
const LOADER_DIRS = ["data", "domain"].map((dir) => join(BUILD_DIR, dir));

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

/** A hash of every data file and of the loader's code (names and bytes), and Node's version. */
function cacheKey(dataDir: string): string {
  const hash = createHash("sha256").update(process.version);
  for (const dir of [dataDir, ...LOADER_DIRS])
    for (const file of filesUnder(dir))
      hash.update(`\0${relative(dir, file)}\0`).update(readFileSync(file));
  return hash.digest("hex");
}

/**
 * The bundled dataset for `npm start`. Loading it parses and verifies every file (most of
 * start-up); the verified result is kept in dist/.dataset-cache under a hash of the data and the
 * loader's code, so a restart with the same bytes reads it back instead. Any change to a data
 * file or to the loader misses the cache and runs every check again.
 */
export async function loadBundledDataset({
  dataDir = DATA_DIR,
  cacheDir = CACHE_DIR,
}: {
  dataDir?: string;
  cacheDir?: string;
} = {}): Promise<Dataset> {
  let key: string | null = null;
  try {
    key = cacheKey(dataDir);
    return deserialize(readFileSync(join(cacheDir, `${key}.v8`))) as Dataset;
  } catch {
    // No cache yet, or it cannot be read: load and verify.
  }
  const { loadDataset } = await import("../data/load.js");
  const dataset = loadDataset(dataDir);
  if (key) {
    try {
      rmSync(cacheDir, { recursive: true, force: true }); // older data's entries
      mkdirSync(cacheDir, { recursive: true });
      const temporary = join(cacheDir, `${key}.${process.pid}.tmp`);
      writeFileSync(temporary, serialize(dataset));
      renameSync(temporary, join(cacheDir, `${key}.v8`));
    } catch {
      // A read-only install: every start verifies the data, a little slower.
    }
  }
  return dataset;
}
