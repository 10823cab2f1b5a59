import { describe, expect, it } from "vitest";
import { parseCommandText } from "../../src/slack/command-text.js";
import { plainMessageText, questionText } from "../../src/slack/message-text.js";
import { ReplyCache } from "../../src/slack/reply-cache.js";
import { SeenEvents } from "../../src/slack/seen-events.js";

describe("SeenEvents", () => {
  it("drops a repeat within the window and forgets after it", () => {
    let now = 0;
    const seen = new SeenEvents(1_000, 10, () => now);
    expect(seen.firstTime("Ev1")).toBe(true);
    expect(seen.firstTime("Ev1")).toBe(false);
    now = 1_500;
    expect(seen.firstTime("Ev1")).toBe(true);
  });

  it("stays bounded", () => {
    const seen = new SeenEvents(60_000, 100);
    for (let i = 0; i < 1_000; i++) seen.firstTime(`Ev${i}`);
    expect(seen.size).toBeLessThanOrEqual(100);
    expect(seen.firstTime("Ev999")).toBe(false);
  });
});

describe("ReplyCache", () => {
  it("builds once per key and evicts the least recently used", () => {
    const cache = new ReplyCache<number>(2);
    let builds = 0;
    const build = () => ++builds;
    cache.get("a", build);
    cache.get("a", build);
    cache.get("b", build);
    cache.get("a", build);
    cache.get("c", build); // evicts b, the least recently used
    expect(builds).toBe(3);
    cache.get("a", build);
    cache.get("b", build);
    expect(builds).toBe(4);
    expect(cache.size).toBe(2);
  });
});

describe("message text", () => {
  it("drops mentions and Slack markup, keeps what a person reads", () => {
    expect(plainMessageText("<@UBOT> what did <@U2|ann> say about <#C1|ohio-politics>?")).toBe(
      "what did say about #ohio-politics?",
    );
    expect(plainMessageText("<!here> Kansas &amp; <https://x.test|Missouri>")).toBe(
      "Kansas & Missouri",
    );
  });

  it("drops emoji codes from a question, but not a clock's colons", () => {
    expect(questionText(":flag-us: who refused :x: :wave::skin-tone-2:")).toBe("who refused");
    expect(questionText("<@UBOT> :eyes: Ohio at 10:30:15?")).toBe("Ohio at 10:30:15?");
    expect(questionText("who refused :x:?")).toBe("who refused ?");
  });
});

describe("command text", () => {
  it.each([
    ["", { kind: "help" }],
    ["help", { kind: "help" }],
    ["subscribe", { kind: "subscribe", time: null, story: null }],
    ["subscribe 8:30", { kind: "subscribe", time: "08:30", story: null }],
    ["subscribe 08:30 doj", { kind: "subscribe", time: "08:30", story: "doj" }],
    ["subscribe doj", { kind: "subscribe", time: null, story: "doj" }],
    ["subscribe 25:00", { kind: "invalid", message: expect.stringContaining("HH:MM") }],
    ["unsubscribe", { kind: "unsubscribe" }],
    ["map", { kind: "map", story: null }],
    ["map doj", { kind: "map", story: "doj" }],
    ["story doj-2025", { kind: "story", story: "doj-2025" }],
    ["stories", { kind: "stories" }],
    ["Ohio", { kind: "lookup", query: "Ohio" }],
    ["help me with Ohio", { kind: "lookup", query: "help me with Ohio" }],
    [":flag-us: Ohio &amp; Texas", { kind: "lookup", query: "Ohio & Texas" }],
    [":wave: digest", { kind: "digest", story: null }],
  ])("%j", (text, expected) => {
    expect(parseCommandText(text)).toEqual(expected);
  });

  it("explains a bad time", () => {
    expect(parseCommandText("subscribe 9am")).toMatchObject({ kind: "invalid" });
  });
});
