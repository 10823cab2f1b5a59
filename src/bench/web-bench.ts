import { loadDataset } from "../data/load.js";
import { buildIndex } from "../lookup/index.js";
import { route } from "../web/router.js";
import { createSite } from "../web/site.js";
import { ms, percentile } from "./stats.js";

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

function timed(run: () => unknown, rounds: number): number[] {
  const times: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const t0 = process.hrtime.bigint();
    run();
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  return times.sort((a, b) => a - b);
}

/** The tracker's server render time and what a reader downloads for it. */
export function benchWeb(): void {
  const site = createSite(buildIndex(loadDataset()));
  const get = (url: string) => route(site, "GET", url);
  for (let i = 0; i < 20; i++) get("/"); // warm up the JIT

  const rounds = 300;
  const tracker = timed(() => get("/"), rounds);
  console.log(`web: / rendered ${rounds} times on the server`);
  console.log(`  p50 ${ms(percentile(tracker, 50))}, p99 ${ms(percentile(tracker, 99))}`);
  const filtered = timed(() => get("/?stance=disputed&sort=stance"), rounds);
  console.log(`  /?stance=disputed&sort=stance: p50 ${ms(percentile(filtered, 50))}`);
  const state = timed(() => get("/states/OH"), rounds);
  const source = timed(() => get("/sources/003_62136a046a92d80d"), rounds);
  console.log(
    `  /states/OH p50 ${ms(percentile(state, 50))}; the longest article's page p50 ${ms(percentile(source, 50))}`,
  );
  const long = timed(() => get(`/search?q=${"a".repeat(10_000)}`), rounds);
  console.log(`  a 10,000-character query string (refused, 414): p50 ${ms(percentile(long, 50))}`);

  const bytes = (url: string) => Buffer.byteLength(get(url).body);
  const html = bytes("/");
  const assets = bytes("/assets/tracker.css") + bytes("/assets/tracker.js");
  console.log(
    `  page weight of /: ${kb(html + assets)} (HTML with the inline map ${kb(html)}, CSS and script ${kb(assets)}), uncompressed`,
  );
}
