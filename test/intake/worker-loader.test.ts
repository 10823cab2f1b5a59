import { existsSync } from "node:fs";
import { join } from "node:path";
import { expect, it } from "vitest";
import { type DataError, DEFAULT_DATA_DIR, loadDataset } from "../../src/data/load.js";

// The worker runs compiled code: `npm run build` first (as for the other tests that use dist/).
const compiled = join(import.meta.dirname, "..", "..", "dist", "intake", "loader.js");

it.skipIf(!existsSync(compiled))(
  "loads on a worker thread the same dataset as this thread, and reports problems the same way",
  async () => {
    const { workerLoader } = (await import(
      compiled
    )) as typeof import("../../src/intake/loader.js");
    const loader = workerLoader();
    if (!loader) throw new Error("the compiled worker is missing");
    try {
      const empty = { label: "test:", sources: [], people: [], claims: [], stories: [] };
      const here = loadDataset(DEFAULT_DATA_DIR, empty);
      const there = await loader.load(DEFAULT_DATA_DIR, empty);
      expect(there.claims.length).toBe(here.claims.length);
      expect(there.claims[0]?.source).toBe(
        there.sources.find((s) => s.id === there.claims[0]?.source.id),
      );
      expect([...there.states.keys()]).toEqual([...here.states.keys()]);
      const broken = {
        ...empty,
        claims: [
          {
            source: "999_0000000000000000",
            story: "commission-2017",
            claims: [],
            lists: [],
            quotes: [],
          },
        ],
      };
      const failure = await loader.load(DEFAULT_DATA_DIR, broken).catch((e: unknown) => e);
      expect(failure).toBeInstanceOf(Error);
      expect((failure as DataError).problems?.join("\n")).toContain("999_0000000000000000");
    } finally {
      await loader.close();
    }
  },
);
