import { XMLParser } from "fast-xml-parser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ChangeLog } from "../../src/changes/log.js";
import { atomFeed } from "../../src/web/feed.js";
import { siteLinks } from "../../src/web/links.js";
import { routeStories } from "../../src/web/router.js";
import { buildSites } from "../../src/web/sites.js";
import { changesArticle, moved, type Published, publishApproved } from "../helpers/changes.js";
import { type Harness, startHarness } from "../helpers/harness.js";
import { EDITOR, intakeFor } from "../helpers/intake.js";

const PUBLIC_URL = "https://voterdata.example.org";

type AtomText = string | { "#text": string };
interface AtomEntry {
  id: string;
  title: AtomText;
  updated: string;
  link: { "@_href": string } | { "@_href": string }[];
  content: AtomText;
}

const textOf = (t: AtomText) => (typeof t === "string" ? t : t["#text"]);

const parser = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === "entry" });
const entriesOf = (xml: string): AtomEntry[] => {
  const parsed = parser.parse(xml) as { feed: { entry?: AtomEntry[]; updated: string } };
  return parsed.feed.entry ?? [];
};
const hrefOf = (entry: AtomEntry) =>
  (Array.isArray(entry.link) ? entry.link[0] : entry.link)?.["@_href"];

describe("the feed and /changes, on made-up articles published through intake", () => {
  let minute = 0;
  // Publishes a minute apart, so each entry's `updated` is its own.
  const { intake, library } = intakeFor(undefined, {
    clock: () => new Date(Date.UTC(2026, 10, 27, 8, minute++)),
  });
  const log = new ChangeLog(() => intake);
  const published: Published[] = [];
  let retraction: { changes: Published["changes"] } | null = null;
  const sites = () => buildSites(library.current(), { changeLog: log, publicUrl: PUBLIC_URL });
  const get = (path: string) => routeStories(sites(), "GET", path);

  beforeAll(async () => {
    for (const name of ["reversal-2017.txt", "steady-2017.txt", "review-2017.txt"]) {
      published.push(await publishApproved(intake, changesArticle(name)));
    }
    const first = published[0] as Published;
    const state = moved(first)[0]?.state as string;
    const result = await intake.retract(EDITOR, first.sourceId, state, "misread <b>it</b> & more");
    if (result.kind !== "retracted") throw new Error(JSON.stringify(result));
    retraction = result;
  });

  it("has one entry per publish or retraction that changed an answer, newest first", async () => {
    const response = get("/feed.xml");
    expect(response.status).toBe(200);
    expect(response.headers["Content-Type"]).toContain("application/atom+xml");
    const entries = entriesOf(response.body);
    const [reversal, steady, review] = published as [Published, Published, Published];
    expect(moved(steady)).toEqual([]);
    const rows = intake.publishes;
    const at = (id: string) => rows.find((r) => r.sourceId === id)?.publishedAt;
    const retracted = intake.retractions[0];
    expect(entries.map((e) => e.id)).toEqual([
      `urn:voterdata:retract:${reversal.sourceId}:${retracted?.state}`,
      `urn:voterdata:publish:${review.sourceId}`,
      `urn:voterdata:publish:${reversal.sourceId}`,
    ]);
    const [r, v, p] = entries as [AtomEntry, AtomEntry, AtomEntry];
    expect(new Date(p.updated).toISOString()).toBe(at(reversal.sourceId));
    expect(new Date(v.updated).toISOString()).toBe(at(review.sourceId));
    expect(new Date(r.updated).toISOString()).toBe(retracted?.retractedAt);
    // The title is each moved state, before → after, as intake's own before and after say.
    const wy = moved(review)[0];
    expect(textOf(v.title)).toMatch(new RegExp(`^${wy?.name}: .+ → `));
    expect(hrefOf(v)).toBe(`${PUBLIC_URL}/stories/commission-2017/states/${wy?.state}`);
    expect(textOf(p.title).split("; ")).toHaveLength(moved(reversal).length);
    expect(textOf(r.content)).toContain("misread &lt;b&gt;it&lt;/b&gt; &amp; more");
    expect(moved(retraction ?? { changes: [] })).toHaveLength(1);
    // The same ids on every build: a feed reader never sees an entry twice.
    expect(entriesOf(get("/feed.xml").body).map((e) => e.id)).toEqual(entries.map((e) => e.id));
  });

  it("serves the feed without PUBLIC_URL, its links relative to the feed's own address", () => {
    const local = routeStories(
      buildSites(library.current(), { changeLog: log }),
      "GET",
      "/feed.xml",
    );
    expect(local.status).toBe(200);
    const entries = entriesOf(local.body);
    expect(entries).toHaveLength(3);
    for (const entry of entries) expect(hrefOf(entry)).toMatch(/^\/stories\/commission-2017\//);
    expect(entries.map((e) => e.id)).toEqual(entriesOf(get("/feed.xml").body).map((e) => e.id));
  });

  it("dates a feed with no entry and no dated article by the story's request, never 1970", () => {
    const story = library.current().byId.get("doj-2025")?.dataset.story ?? null;
    const xml = atomFeed([{ story, events: [], links: siteLinks(), lastDate: null }], {
      key: "doj-2025",
      self: "/stories/doj-2025/feed.xml",
      home: "/stories/doj-2025/changes",
      title: "VoterData: doj",
    });
    const { feed } = parser.parse(xml) as { feed: { updated: string } };
    // doj-2025 states only the month of its request: "2025-05".
    expect(story?.requested).toBe("2025-05");
    expect(feed.updated).toBe("2025-05-01T00:00:00.000Z");
  });

  it("gives a story its own feed, and a story without publishes an empty one", () => {
    const story = entriesOf(get("/stories/commission-2017/feed.xml").body);
    expect(story).toHaveLength(3);
    expect(entriesOf(get("/stories/doj-2025/feed.xml").body)).toEqual([]);
  });

  it("lists on /changes each publish that changed an answer and each move by the articles' dates", () => {
    const page = get("/stories/commission-2017/changes");
    expect(page.status).toBe(200);
    for (const p of [published[0], published[2]] as Published[]) {
      expect(page.body).toContain(`id="publish:${p.sourceId}"`);
    }
    expect(page.body).not.toContain(`publish:${published[1]?.sourceId}`);
    expect(page.body).toContain("Pennsylvania: public data only → sources disagree");
    expect(page.body).not.toContain("<b>it</b>");
    expect(get("/stories/commission-2017/states/PA").body).toContain("How it changed:");
    const searched = get("/search?q=2017+changed+since+July+1");
    expect(searched.status).toBe(303);
    expect(searched.headers.Location).toBe("/stories/commission-2017/changes?since=2017-07-01");
    const later = get("/stories/commission-2017/changes?since=2017-07-20");
    expect(later.body).toContain("No state's answer changed since July 20, 2017.");
    const bad = get("/stories/commission-2017/changes?since=%3Cscript%3E");
    expect(bad.body).not.toContain("<script>");
    expect(bad.body).toContain("is not a date");
  });
});

describe("the feed served on Slack's port", () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ PUBLIC_URL });
  });
  afterAll(async () => {
    await h.stop();
  });

  it("serves /feed.xml and /changes with the security headers", async () => {
    const base = h.url.replace("/slack/events", "");
    const feed = await fetch(`${base}/feed.xml`);
    expect(feed.status).toBe(200);
    expect(feed.headers.get("content-security-policy")).toContain("default-src 'none'");
    const parsed = parser.parse(await feed.text()) as {
      feed: { title: string; updated: string; entry?: unknown[] };
    };
    expect(parsed.feed.title).toContain("VoterData");
    // Nothing published yet: no entry, and `updated` is the newest day a source states.
    expect(parsed.feed.entry).toBeUndefined();
    expect(parsed.feed.updated).toBe("2017-07-05T00:00:00.000Z");
    const changes = await fetch(`${base}/changes`);
    expect(await changes.text()).toContain("What changed");
  });
});
