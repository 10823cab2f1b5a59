import { benchDraft } from "./draft-bench.js";
import { benchIntake } from "./intake-bench.js";
import { benchLookup } from "./lookup-bench.js";
import { benchSlack } from "./slack-bench.js";
import { benchWeb } from "./web-bench.js";

/** `npm run bench`: prints the figures; asserts nothing (speed is not a test). */
benchLookup();
benchWeb();
benchDraft();
await benchSlack();
await benchIntake();
