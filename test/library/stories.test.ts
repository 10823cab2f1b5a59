import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { StateMatch } from "../../src/answer/model.js";
import { loadDataset } from "../../src/data/load.js";
import { buildDigest } from "../../src/digest/model.js";
import { askLibrary, chooseStory } from "../../src/library/ask.js";
import { buildLibrary } from "../../src/library/library.js";
import { mapSummary } from "../../src/map/tile-map.js";
import { answerCard } from "../../src/render/cards.js";
import { digestCard } from "../../src/render/digest-card.js";
import { renderTerminal } from "../../src/render/terminal.js";
import { routeStories } from "../../src/web/router.js";
import { buildSites } from "../../src/web/sites.js";
import { type Harness, messageText, startHarness } from "../helpers/harness.js";
import { dataDirWithSecondStory, SECOND_SOURCE } from "../helpers/second-story.js";

const dataDir = dataDirWithSecondStory();
const full = loadDataset(dataDir);
const library = buildLibrary(full, "commission-2017");
const state = (query: string, story: string | null = null) =>
  askLibrary(library, query, story).matches[0] as StateMatch;
const text = (query: string, story: string | null = null) =>
  renderTerminal(answerCard(askLibrary(library, query, story)));

describe("two stories side by side", () => {
  it("never mixes one story's sources into another's answer", () => {
    const in2017 = state("Ohio");
    const in2025 = state("doj Ohio");
    expect(in2017.sources.map((s) => s.id)).not.toContain(SECOND_SOURCE);
    expect(in2025.sources.map((s) => s.id)).toEqual([SECOND_SOURCE]);
    expect(in2025.stance).toBe("public-only");
    // Maine declined in 2025 and was only listed in 2017: each story summarises its own.
    expect(state("doj Maine").stance).toBe("refuses");
    expect(state("Maine").stance).toBe("withholding");
    expect(state("doj Texas").stance).toBe("complies");
    expect(state("Texas").stance).toBe("public-only");
  });

  it("says which story an answer belongs to, in the JSON and on the card", () => {
    expect(askLibrary(library, "doj Ohio").story).toMatchObject({ id: "doj-2025" });
    expect(askLibrary(library, "Ohio").story).toMatchObject({ id: "commission-2017" });
    expect(text("Ohio")).toContain("Story: 2017 election-integrity commission's request");
  });

  it("names the other stories that have the same state, with the words to ask", () => {
    expect(askLibrary(library, "Ohio").alsoTracked).toEqual([
      expect.objectContaining({ story: expect.objectContaining({ id: "doj-2025" }), word: "doj" }),
    ]);
    expect(text("Ohio")).toContain(
      "Also tracked: 2025 Justice Department voter-roll requests: /voterdata doj Ohio",
    );
    expect(text("doj Ohio")).toContain("/voterdata 2017 Ohio");
    // Florida is in neither story's articles: nothing else tracks it.
    expect(askLibrary(library, "Florida").alsoTracked).toEqual([]);
  });

  it("picks the story from a word anywhere in the query", () => {
    for (const [query, id] of [
      ["doj Ohio", "doj-2025"],
      ["Ohio doj", "doj-2025"],
      ["what did the Justice Department hear from Ohio", "doj-2025"],
      ["2017 Ohio", "commission-2017"],
      ["doj-2025 Maine", "doj-2025"],
      ["Ohio", "commission-2017"],
    ] as const) {
      expect(chooseStory(library, query).data.story.id, query).toBe(id);
    }
    expect(chooseStory(library, "Ohio", "doj-2025").data.story.id).toBe("doj-2025");
    expect(chooseStory(library, "2017 Ohio", "doj-2025").data.story.id).toBe("commission-2017");
  });

  it("keeps each story's people to its own articles", () => {
    // Padilla spoke in 2017; in the 2025 story he is no one's answer, and no role finds him.
    expect(askLibrary(library, "doj Padilla").matches).toEqual([]);
    const role = askLibrary(library, "doj California secretary of state").matches;
    expect(role.map((m) => m.kind)).toEqual(["state"]);
    expect(askLibrary(library, "doj Jordan Avery").matches[0]).toMatchObject({ kind: "person" });
    // Asked without a story word, he is answered from the 2025 story, which says so.
    const elsewhere = askLibrary(library, "Jordan Avery");
    expect(elsewhere.story).toMatchObject({ id: "doj-2025" });
    expect(elsewhere.notIn).toMatchObject({ id: "commission-2017" });
  });

  it("never lets a story word take over a name a lookup knows", () => {
    const texas = {
      id: "texas",
      title: "Texas",
      short: "Texas",
      requester: "Someone",
      requested: "2026-01",
      request: "A made-up request.",
      source: null,
      words: ["texas", "tx26"],
      keywords: [],
      labels: {},
    };
    const withTexas = buildLibrary(
      loadDataset(dataDir, {
        label: "test",
        sources: [],
        people: [],
        claims: [],
        stories: [texas],
      }),
      "commission-2017",
    );
    expect(chooseStory(withTexas, "Texas").data.story.id).toBe("commission-2017");
    expect(chooseStory(withTexas, "tx26 Texas").data.story.id).toBe("texas");
  });

  it("groups a person's quotes by story on one card", () => {
    // A made-up 2017 article quoting the made-up Ohio official of the 2025 fixture.
    const id = "901_0000000000002017";
    const article = ` date 2017-07-01 Ohio weighs the commission's letter\n\n"We will read the letter before we answer," said Jordan Avery, an Ohio elections aide.\n`;
    const both = buildLibrary(
      loadDataset(dataDir, {
        label: "test",
        sources: [
          {
            entry: {
              id,
              outlet: null,
              author: null,
              published: "2017-07-01",
              updated: null,
              headline: "Ohio weighs the commission's letter",
              evidence: { published: "date 2017-07-01" },
            },
            article,
          },
        ],
        people: [],
        claims: [
          {
            source: id,
            story: "commission-2017",
            claims: [],
            lists: [],
            quotes: [{ speaker: "jordan-avery", text: "We will read the letter before we answer" }],
          },
        ],
        stories: [],
      }),
      "commission-2017",
    );
    const card = renderTerminal(answerCard(askLibrary(both, "doj Jordan Avery")));
    expect(card).toContain("We will send the same public file");
    expect(card).toContain("In 2017 election-integrity commission's request for voter rolls");
    expect(card.indexOf("We will read the letter")).toBeGreaterThan(
      card.indexOf("In 2017 election-integrity commission's"),
    );
  });

  it("words stances in the story's own terms", () => {
    expect(text("doj Maine")).toContain("Maine: declined");
    expect(text("doj Ohio")).toContain("Ohio: public list only");
    expect(text("Maine")).not.toContain("declined");
  });

  it("defaults to the story with the newest claim unless one is configured", () => {
    expect(buildLibrary(full).defaultStory.story.id).toBe("doj-2025");
    expect(buildLibrary(full, "commission-2017").defaultStory.story.id).toBe("commission-2017");
    expect(buildLibrary(loadDataset()).defaultStory.story.id).toBe("commission-2017");
  });

  it("counts, digests and maps each story on its own", () => {
    const doj = library.byId.get("doj-2025");
    if (!doj) throw new Error("no doj-2025 story");
    const digest = buildDigest(doj.dataset, "2026-11-24", null);
    expect(digest.counts).toEqual({ sources: 1, claims: 3, quotes: 2 });
    expect(digest.story?.id).toBe("doj-2025");
    const card = renderTerminal(digestCard(digest));
    expect(card).toContain("Declined (1): ME");
    expect(card).toContain("Story: 2025 Justice Department voter-roll requests");
    const map = mapSummary(doj.dataset);
    expect(map.counts.find((c) => c.stance === "no-report")?.count).toBe(48);
    const list = askLibrary(library, "doj who refused").matches[0];
    expect(list).toMatchObject({ kind: "list", list: "refuses" });
    if (list?.kind === "list") expect(list.states.map((s) => s.state)).toEqual(["ME"]);
    expect(text("doj who refused")).toContain("1 state: declined");
  });
});

describe("stories on the web", () => {
  const sites = buildSites(library);
  const get = (url: string) => routeStories(sites, "GET", url);

  it("serves each story's pages under its prefix, linked within it", () => {
    const page = get("/stories/doj-2025/states/OH");
    expect(page.status).toBe(200);
    expect(page.body).toContain("Ohio: public list only");
    expect(page.body).toContain(`href="/stories/doj-2025/sources/${SECOND_SOURCE}#OH-1"`);
    expect(get("/states/OH").body).toContain("Ohio: public data only");
    expect(get("/stories/doj-2025/people/alex-padilla").status).toBe(404);
  });

  it("searches the story a word in the query names, and links every choice", () => {
    expect(get("/search?q=doj%20Ohio").headers.Location).toBe("/stories/doj-2025/states/OH");
    expect(get("/search?q=doj").headers.Location).toBe("/stories/doj-2025/");
    const dakota = get("/search?q=Dakota").body;
    expect(dakota).toContain('href="/states/ND"');
    expect(dakota).toContain('href="/states/SD"');
  });
});

describe("stories in Slack", () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ DEFAULT_STORY: "commission-2017" }, { dataDir });
  });
  afterAll(async () => {
    await h.stop();
  });

  async function ask(command: string, channel = "C1") {
    const mark = h.fake.mark();
    expect(await h.command(command, { channel_id: channel })).toBe(200);
    return messageText((await h.fake.next("/respond", mark)).body);
  }

  it("answers the channel's story once it is set, and a story word still picks another", async () => {
    expect(await ask("Ohio", "C7")).toContain("Story: 2017 election-integrity");
    expect(await ask("story doj", "C7")).toContain(
      "This channel now follows 2025 Justice Department voter-roll requests",
    );
    const ohio = await ask("Ohio", "C7");
    expect(ohio).toContain("Ohio: public list only");
    expect(ohio).toContain("Example Ledger");
    expect(ohio).toContain("/voterdata 2017 Ohio");
    expect(await ask("2017 Ohio", "C7")).toContain("Ohio: public data only");
    // Another channel is untouched.
    expect(await ask("Ohio", "C8")).toContain("Ohio: public data only");
    expect(await ask("story default", "C7")).toContain("follows the default story again");
    expect(await ask("Ohio", "C7")).toContain("Ohio: public data only");
  });

  it("lists the stories with what each holds", async () => {
    const list = await ask("stories");
    expect(list).toContain(
      "2017 election-integrity commission's request for voter rolls [commission-2017]",
    );
    expect(list).toContain("(default)");
    expect(list).toContain("1 article, 3 claims, 3 states reported on");
  });

  it("refuses a story it does not know, naming the ones it does", async () => {
    expect(await ask("story nonsense")).toContain("No story “nonsense”");
    expect(await ask("subscribe 08:30 nonsense")).toContain("No story “nonsense”");
  });

  it("previews a story's digest and posts its map", async () => {
    const digest = await ask("digest doj");
    expect(digest).toContain("*Declined (1):* ME");
    expect(digest).toContain("declined 1 · public list only 1 · handed over the full list 1");
    const mark = h.fake.mark();
    expect(await ask("map doj")).toContain("Posted the stance map");
    const done = await h.fake.next("files.completeUploadExternal", mark);
    expect(String(done.body.initial_comment)).toContain("no report 48");
  });

  it("stops start-up naming DEFAULT_STORY when it is not a story", async () => {
    await expect(startHarness({ DEFAULT_STORY: "doj-2052" }, { dataDir })).rejects.toThrow(
      "DEFAULT_STORY must be one of commission-2017, doj-2025",
    );
  });

  it("subscribes a channel to a named story", async () => {
    expect(await ask("subscribe 08:30 doj", "C9")).toContain(
      "digest on 2025 Justice Department voter-roll requests",
    );
    const sub = await h.runtime.deps.store.subscription({ team: "T1", channel: "C9" });
    expect(sub?.story).toBe("doj-2025");
  });
});

describe("a story with no article yet", () => {
  const bundled = buildLibrary(loadDataset());
  it("says no state's answer is reported, never '0 states declined'", () => {
    for (const q of ["doj which states declined", "doj tally", "doj how many refused"]) {
      const shown = renderTerminal(answerCard(askLibrary(bundled, q, null)));
      expect(shown.split("\n")[0], q).toBe("No state's answer is reported yet");
      expect(shown, q).not.toMatch(/\b0 states\b/);
    }
    expect(renderTerminal(answerCard(askLibrary(bundled, "which states refused", null)))).toMatch(
      /^9 states refuse/,
    );
  });
});

describe("officials asked of a story with no article yet", () => {
  it("says no article is published, never 'no such official'", () => {
    const bundled = buildLibrary(loadDataset());
    const reply = askLibrary(bundled, "doj which governors refused", null);
    expect(reply.unanswered).toBe("unreported");
    const shown = renderTerminal(answerCard(reply));
    expect(shown).toContain("No article for this story has been published yet.");
    expect(shown).not.toContain("No such official");
    expect(askLibrary(bundled, "which governors refused", null).matches.length).toBeGreaterThan(0);
  });
});

describe("questions the library routes to a story", () => {
  it("keeps an answer of the articles' own sentences in its story, not another story's list", () => {
    // (The bundled library, as the CLI and Slack ask it.)
    const bundled = buildLibrary(loadDataset(), "commission-2017");
    const answer = askLibrary(
      bundled,
      "how many digits of social security numbers did the commission want",
    );
    expect(answer.sentences?.length ?? 0).toBeGreaterThan(0);
    expect(answer.story?.id).toBe("commission-2017");
    expect(answer.notIn).toBeUndefined();
  });

  it("answers 'which states are reviewing the request' with the list, not the request", () => {
    for (const q of [
      "which states are reviewing the request",
      "which states are considering the request",
    ]) {
      const answer = askLibrary(library, q);
      expect(answer.request).toBeFalsy();
      expect(answer.matches[0]?.kind).toBe("list");
    }
  });
});
