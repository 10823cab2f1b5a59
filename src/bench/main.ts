import { benchChanges } from "./changes-bench.js";
import { benchDigest } from "./digest-bench.js";
import { benchDraft } from "./draft-bench.js";
import { benchDraftFlood } from "./draft-flood-bench.js";
import { benchExtract } from "./extract-bench.js";
import { benchInstances } from "./instances-bench.js";
import { benchIntake } from "./intake-bench.js";
import { benchLookup } from "./lookup-bench.js";
import { benchSlack } from "./slack-bench.js";
import { benchStartup } from "./startup-bench.js";
import { benchWeb } from "./web-bench.js";

const BENCHES: Record<string, () => void | Promise<void>> = {
  lookup: benchLookup,
  changes: benchChanges,
  web: benchWeb,
  draft: benchDraft,
  extract: benchExtract,
  slack: benchSlack,
  startup: benchStartup,
  digest: benchDigest,
  instances: benchInstances,
  intake: benchIntake,
  "draft-flood": benchDraftFlood,
};

/**
 * `npm run bench`: prints the figures; asserts nothing (speed is not a test). Name some to run
 * only those: `npm run bench -- slack startup`.
 */
const chosen = process.argv.slice(2);
const unknown = chosen.filter((name) => !(name in BENCHES));
if (unknown.length > 0) {
  console.error(`unknown bench ${unknown.join(", ")}; one of ${Object.keys(BENCHES).join(", ")}`);
  process.exit(2);
}
for (const [name, bench] of Object.entries(BENCHES))
  if (chosen.length === 0 || chosen.includes(name)) await bench();
