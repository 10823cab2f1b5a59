import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { DraftContext } from "../../src/draft/draft.js";
import type { Draft } from "../../src/draft/types.js";
import {
  DraftQueue,
  DraftQueueFull,
  type DraftRunner,
  inThreadDrafter,
} from "../../src/intake/draft-queue.js";
import { buildLibrary } from "../../src/library/library.js";
import { dataset } from "../helpers/fixtures.js";
import { article } from "../helpers/intake.js";

/** A runner whose drafts finish when the test says so; it records what runs at once. */
function heldRunner() {
  const running: string[] = [];
  const release = new Map<string, () => void>();
  const runner: DraftRunner = {
    async draft(text) {
      running.push(text);
      await new Promise<void>((resolve) => release.set(text, resolve));
      running.splice(running.indexOf(text), 1);
      return { text } as unknown as Draft;
    },
    close: async () => {},
  };
  const finish = async (text: string) => {
    release.get(text)?.();
    await new Promise((r) => setTimeout(r, 5));
  };
  return { runner, running, finish };
}

const settle = () => new Promise((r) => setTimeout(r, 5));
const context = {} as DraftContext;

describe("the draft queue", () => {
  it("drafts a few articles of one workspace at once; the others wait their turn, in order", async () => {
    const { runner, running, finish } = heldRunner();
    const queue = new DraftQueue(runner, { perWorkspace: 2 });
    const flood = ["a1", "a2", "a3", "a4"].map((t) => queue.draft("TA", t, context));
    await settle();
    expect(running).toEqual(["a1", "a2"]);
    // Another workspace is not behind the flood.
    const other = queue.draft("TB", "b1", context);
    await settle();
    expect(running).toEqual(["a1", "a2", "b1"]);
    await finish("a1");
    expect(running).toEqual(["a2", "b1", "a3"]);
    for (const t of ["a2", "b1", "a3", "a4"]) await finish(t);
    expect(running).toEqual([]);
    expect((await Promise.all(flood)).map((d) => (d as unknown as { text: string }).text)).toEqual([
      "a1",
      "a2",
      "a3",
      "a4",
    ]);
    await other;
  });

  it("tells an editor who hands over too many at once to wait, and loses nothing already queued", async () => {
    const { runner, finish } = heldRunner();
    const queue = new DraftQueue(runner, { perWorkspace: 1, waitingPerWorkspace: 2 });
    const kept = ["a1", "a2", "a3"].map((t) => queue.draft("TA", t, context));
    await expect(queue.draft("TA", "a4", context)).rejects.toThrow(DraftQueueFull);
    await expect(queue.draft("TA", "a4", context)).rejects.toThrow("Nothing was added");
    const otherWorkspace = queue.draft("TB", "b1", context); // its own turn, not refused
    for (const t of ["a1", "a2", "a3", "b1"]) await finish(t);
    expect(await Promise.all(kept)).toHaveLength(3);
    expect(await otherWorkspace).toEqual({ text: "b1" });
  });

  it("frees a workspace's turn when a draft fails", async () => {
    let calls = 0;
    const queue = new DraftQueue(
      {
        draft: async () => {
          calls++;
          throw new Error("drafter broke");
        },
        close: async () => {},
      },
      { perWorkspace: 1 },
    );
    for (let i = 0; i < 3; i++)
      await expect(queue.draft("TA", `a${i}`, context)).rejects.toThrow("drafter broke");
    expect(calls).toBe(3);
  });
});

// The compiled worker (npm run build): the same draft as on this thread, the context cloned.
const compiled = new URL("../../dist/intake/draft-queue.js", import.meta.url);
describe.skipIf(!existsSync(compiled))("drafting on a worker thread", () => {
  it("gives the same draft as drafting on this thread", async () => {
    const { workerDrafter } = (await import(compiled.href)) as {
      workerDrafter: () => DraftRunner | null;
    };
    const worker = workerDrafter();
    expect(worker).not.toBeNull();
    const library = buildLibrary(dataset);
    const ctx: DraftContext = {
      people: library.full.people,
      jurisdictions: library.full.jurisdictions,
      stories: library.full.stories,
      overrides: { outlet: "The Lakeside Ledger" },
    };
    const text = article("recall-2025.txt").toString("utf8");
    try {
      const [there, here] = await Promise.all([
        worker?.draft(text, ctx),
        inThreadDrafter.draft(text, ctx),
      ]);
      expect(there).toEqual(here);
      expect(here?.claims.length).toBeGreaterThan(0);
    } finally {
      await worker?.close();
    }
  });
});
