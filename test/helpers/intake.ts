import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DEFAULT_DATA_DIR, loadDataset } from "../../src/data/load.js";
import { bundledIds } from "../../src/intake/bundled.js";
import { EditorPolicy } from "../../src/intake/editors.js";
import { type IntakeOptions, IntakeService } from "../../src/intake/service.js";
import { buildLibrary, LibraryHolder } from "../../src/library/library.js";
import { SqliteStore } from "../../src/store/sqlite.js";
import type { Store } from "../../src/store/store.js";

export const EDITOR = { team: "T1", user: "UEDITOR" };
export const STRANGER = { team: "T1", user: "USTRANGER" };

export const article = (name: string) =>
  readFileSync(join(import.meta.dirname, "..", "draft", "articles", name));

/** A bundled article's bytes: handing it over again must add nothing. */
export function bundledArticle(): Buffer {
  const dir = join(DEFAULT_DATA_DIR, "sources");
  const first = readdirSync(dir).find((f) => f.endsWith(".txt")) as string;
  return readFileSync(join(dir, first));
}

const bundled = loadDataset();

/** Intake over a fresh SQLite store (or `store`), the bundled data and one editor. */
export function intakeFor(
  store: Store = newStore(),
  options: { editors?: string[]; clock?: () => Date; fetchPage?: IntakeOptions["fetchPage"] } = {},
) {
  const library = new LibraryHolder(buildLibrary(bundled));
  const intake = new IntakeService({
    store,
    library,
    dataDir: DEFAULT_DATA_DIR,
    bundled: bundledIds(bundled),
    editors: new EditorPolicy({
      editors: options.editors ?? [EDITOR.user],
      usergroup: null,
      groupMembers: async () => [],
    }),
    ...(options.clock ? { clock: options.clock } : {}),
    ...(options.fetchPage ? { fetchPage: options.fetchPage } : {}),
  });
  return { store, library, intake };
}

export function newStore(path = join(mkdtempSync(join(tmpdir(), "voterdata-intake-")), "db")) {
  return new SqliteStore(path, { pollMs: 100 });
}
