import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadDataset } from "../../src/data/load.js";
import { loadBundledDataset } from "../../src/slack/dataset-cache.js";

describe("the verified dataset kept for restarts", () => {
  it("reads back what was verified, and verifies again when a data file changes", async () => {
    const dataDir = join(mkdtempSync(join(tmpdir(), "voterdata-data-")), "data");
    cpSync("data", dataDir, { recursive: true });
    const cacheDir = join(mkdtempSync(join(tmpdir(), "voterdata-cache-")), "cache");

    const first = await loadBundledDataset({ dataDir, cacheDir });
    expect(readdirSync(cacheDir).filter((f) => f.endsWith(".v8"))).toHaveLength(1);
    const second = await loadBundledDataset({ dataDir, cacheDir });
    expect(second).toEqual(first);
    expect(second).toEqual(loadDataset(dataDir));
    // Shared objects stay shared: a claim's source is the source, not a copy.
    const claim = [...second.states.values()].flatMap((s) => s.claims)[0];
    expect(second.sources).toContain(claim?.source);

    // An edit that breaks a quote must be caught, not served from the cache.
    const file = join(dataDir, "claims", "000_7a47e0d28c7086d7.yaml");
    writeFileSync(file, readFileSync(file, "utf8").replace("My reply would be", "My answer is"));
    await expect(loadBundledDataset({ dataDir, cacheDir })).rejects.toThrow("not verbatim");
    expect(existsSync(cacheDir)).toBe(true);
  });
});
