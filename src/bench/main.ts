import { benchDigest } from "./digest-bench.js";
import { benchInstances } from "./instances-bench.js";
import { benchLookup } from "./lookup-bench.js";
import { benchSlack } from "./slack-bench.js";
import { benchStartup } from "./startup-bench.js";

/** `npm run bench`: prints the figures; asserts nothing (speed is not a test). */
benchLookup();
await benchSlack();
await benchStartup();
await benchDigest();
await benchInstances();
