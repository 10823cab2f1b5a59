import { benchChanges } from "./changes-bench.js";
import { benchDigest } from "./digest-bench.js";
import { benchDraft } from "./draft-bench.js";
import { benchExtract } from "./extract-bench.js";
import { benchInstances } from "./instances-bench.js";
import { benchIntake } from "./intake-bench.js";
import { benchLookup } from "./lookup-bench.js";
import { benchSlack } from "./slack-bench.js";
import { benchStartup } from "./startup-bench.js";
import { benchWeb } from "./web-bench.js";

/** `npm run bench`: prints the figures; asserts nothing (speed is not a test). */
benchLookup();
benchChanges();
benchWeb();
benchDraft();
benchExtract();
await benchSlack();
await benchStartup();
await benchDigest();
await benchInstances();
await benchIntake();
