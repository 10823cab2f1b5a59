import { stateMatch } from "../answer/model.js";
import { askWithChanges } from "../changes/answer.js";
import { type PublishRecord, publishLog } from "../changes/publishes.js";
import { loadDataset } from "../data/load.js";
import { STANCES } from "../domain/stance.js";
import { buildLibrary } from "../library/library.js";
import { atomFeed } from "../web/feed.js";
import { siteLinks } from "../web/links.js";
import { ms, percentile } from "./stats.js";

function time(rounds: number, run: () => void): number[] {
  const times: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const t0 = process.hrtime.bigint();
    run();
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  return times.sort((a, b) => a - b);
}

const line = (label: string, times: number[]) =>
  console.log(`  ${label}: p50 ${ms(percentile(times, 50))}, p99 ${ms(percentile(times, 99))}`);

/** The change model's costs: timelines, "changed since", and a long publish log with its feed. */
export function benchChanges(): void {
  const library = buildLibrary(loadDataset());
  const data = library.byId.get("commission-2017") ?? library.defaultStory;
  const { dataset } = data;
  const states = [...dataset.states.keys()];
  console.log("changes:");
  line(
    "every state's answer with its timeline",
    time(200, () => {
      for (const usps of states) stateMatch(dataset, usps);
    }),
  );
  line(
    '"changed since July 1"',
    time(500, () => askWithChanges(library, "changed since July 1", null, "2026-11-27")),
  );
  line(
    '"Ohio on July 1"',
    time(500, () => askWithChanges(library, "Ohio on July 1", null, "2026-11-27")),
  );
  // 1,000 made-up publishes of one claim each, a minute apart, across the states.
  const publishes: PublishRecord[] = Array.from({ length: 1_000 }, (_, i) => ({
    sourceId: `9${String(i).padStart(2, "0")}_${i.toString(16).padStart(16, "0")}`,
    story: data.story.id,
    team: "T1",
    publishedBy: "UEDITOR",
    publishedAt: new Date(Date.UTC(2026, 0, 1, 0, i)).toISOString(),
    claims: [
      { state: states[i % states.length] as string, stance: STANCES[i % STANCES.length] as never },
    ],
  }));
  const template = dataset.sources[0];
  if (!template) throw new Error("the story has no source");
  const withPublished = {
    ...dataset,
    sources: [
      ...dataset.sources,
      ...publishes.map((p) => ({ ...template, id: p.sourceId, published: "2026-01-01" })),
    ],
  };
  let events = publishLog(withPublished, publishes, []);
  line(
    "publish log of 1,000 publishes",
    time(5, () => {
      events = publishLog(withPublished, publishes, []);
    }),
  );
  console.log(`  (${events.filter((e) => e.changes.length > 0).length} of them changed an answer)`);
  const links = siteLinks("https://voterdata.example.org");
  line(
    "Atom feed of its newest 100 entries",
    time(50, () =>
      atomFeed(
        [
          {
            story: data.story,
            events: events.filter((e) => e.changes.length > 0),
            links,
            lastDate: null,
          },
        ],
        {
          key: "bench",
          self: links.feed(),
          home: links.changes(),
          title: "bench",
        },
      ),
    ),
  );
}
