import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildLibrary } from "../../src/library/library.js";
import { svgToPng } from "../../src/map/png.js";
import { MAP_HEIGHT, MAP_WIDTH, STANCE_FILL, tileMapSvg } from "../../src/map/tile-map.js";
import { dataset } from "../helpers/fixtures.js";
import { type Harness, messageText, startHarness } from "../helpers/harness.js";

// The map shows one story: the bundled one.
const svg = tileMapSvg(buildLibrary(dataset).defaultStory.dataset);
const tiles = [
  ...svg.matchAll(
    /<g class="tile" data-state="(\w\w)" data-stance="([\w-]+)" data-conflict="(true|false)">(.*?)<\/g>/g,
  ),
];

describe("the stance map SVG", () => {
  it("has one tile per state and D.C., filled by summary stance", () => {
    expect(tiles).toHaveLength(51);
    for (const [, usps, stance, , body] of tiles) {
      const record = dataset.states.get(usps as string);
      expect(stance).toBe(record?.stance);
      expect(body).toContain(`fill="${STANCE_FILL[record?.stance ?? "no-report"]}"`);
      expect(body).toContain(`>${usps}</text>`);
    }
  });

  it("marks exactly the states whose sources disagree", () => {
    const marked = tiles
      .filter(([, , , , body]) => body?.includes("conflict-mark"))
      .map(([, usps]) => usps);
    expect(marked.sort()).toEqual(["MN", "MO", "PA"]);
  });

  it("has a title, a legend with every stance, the as-of date and the sources", () => {
    expect(svg).toContain("How states answered: 2017 commission");
    for (const stance of Object.keys(STANCE_FILL))
      expect(svg).toContain(`data-stance="${stance}"><rect`);
    expect(svg).toContain("Sources disagree (3)");
    expect(svg).toContain(
      "As of June 30, 2017 (latest publication date); The Hill updated its story July 5, 2017",
    );
    expect(svg).toContain("BuzzFeed News, June 30, 2017");
  });

  it("uses fills that stay apart in grayscale", () => {
    const luminance = (hex: string) => {
      const [r, g, b] = [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16) / 255);
      return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
    };
    const levels = Object.values(STANCE_FILL)
      .map(luminance)
      .sort((a, b) => a - b);
    for (let i = 1; i < levels.length; i++)
      expect((levels[i] ?? 0) - (levels[i - 1] ?? 0)).toBeGreaterThan(0.05);
  });
});

describe("the stance map PNG", () => {
  it("decodes as a PNG of the expected size", () => {
    const png = svgToPng(svg);
    expect(png.subarray(0, 8).toString("hex")).toBe("89504e470d0a1a0a");
    const width = png.readUInt32BE(16);
    const height = png.readUInt32BE(20);
    expect(width).toBe(Math.round(MAP_WIDTH * 1.5));
    expect(Math.abs(height - MAP_HEIGHT * 1.5)).toBeLessThanOrEqual(1);
  });
});

describe("/voterdata map", () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h.stop();
  });

  it("uploads the map to the channel with a summary", async () => {
    await h.command("map");
    const done = await h.fake.waitFor((c) => c.method === "files.completeUploadExternal");
    expect(done.body.channel_id).toBe("C1");
    expect(String(done.body.initial_comment)).toContain("refuses 9");
    expect(String(done.body.initial_comment)).toContain("sources disagree 3 (MN, MO, PA)");
    const upload = h.fake.calls.find((c) => c.method.startsWith("/upload/"));
    expect(Number(upload?.body.bytes)).toBeGreaterThan(10_000);
    const reply = await h.fake.waitFor((c) => c.method.startsWith("/respond"));
    expect(messageText(reply.body)).toContain("Posted the stance map");
  });
});
