import { Readable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { run } from "../../src/cli/main.js";
import { regionOf } from "../../src/domain/regions.js";
import { askLibrary } from "../../src/library/ask.js";
import { buildLibrary } from "../../src/library/library.js";
import { route, routeStories } from "../../src/web/router.js";
import { createSite } from "../../src/web/site.js";
import { buildSites } from "../../src/web/sites.js";
import { dataset, index } from "../helpers/fixtures.js";
import {
  blockAction,
  blocksOf,
  type Harness,
  messageText,
  startHarness,
} from "../helpers/harness.js";

/**
 * The questions of issue 20 asked in every surface: the same answer from the slash command, a
 * mention, a DM, the CLI and its JSON, and the web tracker's search box.
 */
let h: Harness;
beforeAll(async () => {
  h = await startHarness({ PUBLIC_URL: "https://tracker.example.org" });
});
afterAll(async () => {
  await h.stop();
});

async function slash(text: string): Promise<string> {
  const mark = h.fake.mark();
  expect(await h.command(text)).toBe(200);
  return messageText((await h.fake.next("/respond", mark)).body);
}

let ts = 0;
async function mention(text: string): Promise<string> {
  const start = h.fake.mark();
  await h.event({
    type: "app_mention",
    user: "U1",
    text: `<@UBOT> ${text}`,
    ts: `1800.${String(++ts).padStart(4, "0")}`,
    channel: "C7",
  });
  return messageText((await h.fake.next("chat.postMessage", start)).body);
}

async function dm(text: string): Promise<string> {
  const start = h.fake.mark();
  await h.event({
    type: "message",
    channel_type: "im",
    channel: "D7",
    user: "U1",
    text,
    ts: `1900.${String(++ts).padStart(4, "0")}`,
  });
  return messageText((await h.fake.next("chat.postMessage", start)).body);
}

async function cli(args: string[], stdin = "") {
  const out: string[] = [];
  const code = await run(args, {
    out: (t) => out.push(t),
    err: () => {},
    stdin: Readable.from([stdin]),
    color: false,
  });
  return { code, out: out.join("\n") };
}

const site = createSite(index);
const web = (q: string) => route(site, "GET", `/search?q=${encodeURIComponent(q)}`);

describe("who said it, in Slack", () => {
  it("answers the slash command with the speaker and the words first, with source and date", async () => {
    const text = await slash("who called the commission a waste of taxpayer money");
    const first = text.indexOf("Who said it: Alex Padilla");
    expect(first).toBeGreaterThanOrEqual(0);
    expect(text.indexOf("waste of taxpayer money")).toBeGreaterThan(first);
    expect(text).toContain("Courthouse News Service, June 30, 2017");
    // Kobach is named inside the question; his card must not be the answer.
    expect(text).not.toContain("Kris Kobach\n");
    expect(text).not.toContain("Who said it: Kris Kobach");
    // With PUBLIC_URL, the words link to their place in the article.
    expect(text).toContain("https://tracker.example.org/sources/002_e18f1254eb3bf07f#");
  });

  it("answers a mention by paraphrase, and says plainly when no one said it", async () => {
    const gulf = await mention("who said jump in the gulf");
    expect(gulf).toMatch(/>\*[^*\n]*Gulf of Mexico[^*\n]*\*/);
    expect(gulf).toContain("Who said it: Delbert Hosemann");
    expect(gulf).toContain("Gulf of Mexico");
    const none = await mention("who told the commission to go jump in a lake");
    expect(none).toContain("No one in the sources said that.");
    expect(none).not.toContain("Delbert Hosemann");
    expect(none).not.toContain("Presidential Advisory Commission");
  });

  it("offers close candidates as a choice, best first, each with their words", async () => {
    const text = await dm("who said waste of money");
    expect(text).toContain("Several people said something close.");
    expect(text.indexOf("1. Eric Bauman")).toBeLessThan(text.indexOf("2. Alex Padilla"));
  });
});

/** A button's value in a reply, by its label ("Alex Padilla", "Share in channel"). */
function buttonOf(body: Record<string, unknown>, label: string) {
  for (const block of blocksOf(body)) {
    for (const e of block.elements ?? []) {
      const text = typeof e.text === "string" ? e.text : e.text?.text;
      if (e.type === "button" && text === label)
        return e as unknown as { action_id: string; value: string };
    }
  }
  throw new Error(`no button ${label}`);
}

describe("choosing one of several who said something close", () => {
  it("opens the chosen person's card with their matching words first and highlighted, in Slack", async () => {
    let mark = h.fake.mark();
    expect(await h.command("who said waste of money")).toBe(200);
    const choice = (await h.fake.next("/respond", mark)).body;
    expect(messageText(choice)).toContain("Several people said something close.");
    // Padilla is the second choice: his card must open on his words, not Bauman's or his first quote.
    const padilla = buttonOf(choice, "Alex Padilla");
    mark = h.fake.mark();
    await h.action(blockAction(h.fake, padilla.action_id, padilla.value, "Alex Padilla"));
    const chosen = (await h.fake.next("/respond/action", mark)).body;
    const text = messageText(chosen);
    expect(text.indexOf("Who said it: Alex Padilla")).toBeGreaterThanOrEqual(0);
    expect(text).toMatch(/>\*[^*\n]*waste of taxpayer money[^*\n]*\*/);
    expect(text.indexOf("waste of taxpayer money")).toBeLessThan(text.indexOf("Alex Padilla\n"));
    expect(text).not.toContain("Who said it: Eric Bauman");

    // Shared in the channel, the card keeps the words it opened on.
    const share = buttonOf(chosen, "Share in channel");
    mark = h.fake.mark();
    await h.action(blockAction(h.fake, share.action_id, share.value, "Share in channel"));
    const post = await h.fake.next("chat.postMessage", mark);
    expect(messageText(post.body)).toContain("Who said it: Alex Padilla");
    expect(messageText(post.body)).toMatch(/>\*[^*\n]*waste of taxpayer money/);
    expect((await h.fake.next("/respond/action", mark)).body.delete_original).toBe(true);
  });

  it("links each choice on the web to the person's page opening on the matching words", () => {
    const page = web("who said waste of money");
    const link = /href="(\/people\/alex-padilla\?said=[^"]+)"/.exec(page.body)?.[1];
    expect(link).toBeDefined();
    const person = route(site, "GET", (link as string).replace(/&amp;/g, "&"));
    expect(person.status).toBe(200);
    expect(person.body).toMatch(/<mark>[^<]*waste of taxpayer money/);
    expect(person.body.indexOf("Who said it: Alex Padilla")).toBeLessThan(
      person.body.indexOf("<h1>Alex Padilla</h1>"),
    );
    // Without the question, the same page is the plain card.
    expect(route(site, "GET", "/people/alex-padilla").body).not.toContain("<mark>");
  });

  it("ignores a question that does not decode or matches nothing of the person", () => {
    expect(route(site, "GET", "/people/alex-padilla?said=%E0%A4%A").status).toBe(200);
    const unrelated = route(
      site,
      "GET",
      "/people/alex-padilla?said=who%20said%20jump%20in%20the%20gulf",
    );
    expect(unrelated.status).toBe(200);
    expect(unrelated.body).not.toContain("Who said it");
  });
});

describe("lists, outlets and roles, in Slack", () => {
  it("states the count in the first line of a list asked in other words", async () => {
    for (const q of ["how many states refused?", "which states won't hand over their voter data"]) {
      const text = await slash(q);
      expect(text.split("\n")[0]).toMatch(
        /^\d+ states refuse; \d+ more where a source says (it|they) refuses? but another disagrees/,
      );
    }
    // (Selling is the fee's list: the states whose source says the data is for sale.)
    expect((await mention("which states will sell the data")).split("\n")[0]).toMatch(
      /^\d+ states' sources say the data is for sale or for a fee/,
    );
    expect((await mention("which states gave only public data")).split("\n")[0]).toMatch(
      /^\d+ states give public data only/,
    );
  });

  it("answers a list the data cannot give with a plain line, not the nearest list", async () => {
    const text = await slash("which states banned TikTok");
    expect(text).toContain("The sources hold no such list.");
    expect(text).not.toMatch(/\d+ states refuse/);
  });

  it("answers an outlet with its article: outlet, date, headline, states and its page", async () => {
    const text = await dm("what did Courthouse News report");
    expect(text).toContain("Courthouse News Service, June 30, 2017");
    expect(text).toContain("Kris Kobach, vice chairman");
    expect(text).toContain("• complies (1): Missouri");
    expect(text).toContain("https://tracker.example.org/sources/002_e18f1254eb3bf07f");
  });

  it("says in the first line that the sources name no such official", async () => {
    for (const [q, line] of [
      ["Kentucky governor", "The sources name no governor of Kentucky."],
      ["Michigan secretary of state", "The sources name no secretary of state of Michigan."],
    ] as const) {
      expect((await slash(q)).split("\n")[0]).toContain(line);
      expect((await mention(q)).split("\n")[0]).toContain(line);
    }
  });
});

describe("the CLI and its JSON", () => {
  it("prints who said it first in a terminal", async () => {
    const { code, out } = await cli(["ask", "who said Kobach was unfit to lead"]);
    expect(code).toBe(0);
    expect(out.split("\n")[0]).toContain("Who said it: Nellie Gorbea");
    expect(out).toContain("unfit to lead the commission");
  });

  it("answers every class of question in JSON, one line each, in order", async () => {
    const questions = [
      "who said go jump in the Gulf of Mexico",
      "who said the moon is made of cheese",
      "which states haven't responded",
      "which states banned TikTok",
      "The Hill",
      "Kentucky governor",
    ];
    const { out } = await cli(["ask", "--json", "-"], `${questions.join("\n")}\n`);
    const answers = out.split("\n").map((l) => JSON.parse(l));
    expect(answers.map((a) => a.query)).toEqual(questions);
    const [gulf, cheese, silent, tiktok, hill, governor] = answers;
    expect(gulf.matches[0]).toMatchObject({ kind: "person", id: "delbert-hosemann" });
    expect(gulf.said[0]).toMatchObject({
      speaker: "delbert-hosemann",
      speakerName: "Delbert Hosemann",
    });
    expect(gulf.said[0].text).toContain("Gulf of Mexico");
    expect(cheese).toMatchObject({ matches: [], unanswered: "quote" });
    expect(silent.matches[0]).toMatchObject({ kind: "list", list: "no-report" });
    expect(tiktok).toMatchObject({ matches: [], unanswered: "list" });
    expect(hill.matches[0]).toMatchObject({
      kind: "source",
      id: "003_62136a046a92d80d",
      outlet: "The Hill",
      source: { updated: "2017-07-05" },
    });
    expect(hill.matches[0].states.length).toBeGreaterThan(10);
    expect(governor.roleFallback).toMatchObject({
      asked: "governor",
      state: "KY",
      stateName: "Kentucky",
    });
    expect(governor.matches.map((m: { kind: string }) => m.kind)).toEqual(["state"]);
  });
});

describe("the web tracker's search box", () => {
  it("answers who said it on the page, speaker and words first, never a redirect to a name in the question", () => {
    const page = web("who called the commission a waste of taxpayer money");
    expect(page.status).toBe(200);
    expect(page.body).toContain("Who said it: Alex Padilla");
    // The words that answer the question are marked out.
    expect(page.body).toMatch(/<mark>[^<]*waste of taxpayer money/);
    expect(page.body).toContain('href="/sources/002_e18f1254eb3bf07f#');
    expect(page.body.indexOf("Who said it")).toBeLessThan(
      page.body.indexOf("<h2>Alex Padilla</h2>"),
    );
  });

  it("says plainly when no one said it, or there is no such list", () => {
    expect(web("who called Padilla a liar").body).toContain("No one in the sources said that.");
    expect(web("which states banned TikTok").body).toContain("The sources hold no such list.");
    const post = web("Washington Post");
    expect(post.body).toContain("No article in the sources matches that.");
    expect(post.headers.Location).toBeUndefined();
  });

  it("keeps a role's first line instead of redirecting to the state", () => {
    const page = web("Kentucky governor");
    expect(page.status).toBe(200);
    expect(page.body).toContain("The sources name no governor of Kentucky.");
    expect(page.body).toContain("Kentucky: refuses");
  });

  it("sends an outlet to its article's page and a list to the tracker filtered to it", () => {
    expect(web("BuzzFeed").headers.Location).toBe("/sources/000_7a47e0d28c7086d7");
    expect(web("which states refused to hand over voter data").headers.Location).toBe(
      "/?stance=refuses#states",
    );
  });

  it("escapes a hostile quote question", () => {
    const page = web('who said "<script>alert(1)</script>"');
    expect(page.body).not.toContain("<script>alert(1)");
  });
});

describe("the request itself", () => {
  it("answers 'what did the commission ask for' with the request, its date and the article's words", async () => {
    for (const asked of [
      await slash("what did the commission ask for"),
      await mention("when was the letter sent?"),
      await dm("what's in the letter"),
      await dm("who signed the letter"),
    ]) {
      expect(asked).toContain(
        "What the Presidential Advisory Commission on Election Integrity asked for",
      );
      expect(asked).toContain("Asked June 28, 2017.");
      expect(asked).toContain("last four digits of Social Security numbers");
      expect(asked).toContain("The Hill, updated July 5, 2017");
    }
    const json = JSON.parse(
      (await cli(["ask", "what data does the commission want", "--json"])).out,
    );
    expect(json.matches).toEqual([]);
    expect(json.request).toMatchObject({ requested: "2017-06-28", source: { outlet: "The Hill" } });
    // The article's words, verbatim.
    expect(index.dataset.articles.get(json.request.source.id)).toContain(json.request.evidence);
    const page = routeStories(
      buildSites(buildLibrary(dataset)),
      "GET",
      "/search?q=what%20did%20the%20commission%20ask%20for",
    );
    expect(page.status).toBe(200);
    expect(page.body).toContain(
      "What the Presidential Advisory Commission on Election Integrity asked for",
    );
    expect(page.body).not.toContain("No match");
    // Not a request question: a state's own answer, or a list.
    expect(await slash("which states refused the request")).toMatch(/^9 states refuse/);
  });

  it("reads the request asked in reporters' many words, and leaves states and other people alone", async () => {
    const requestOf = async (q: string) =>
      JSON.parse((await cli(["ask", q, "--json"])).out).request?.requester ?? null;
    for (const q of [
      "what information did the Trump commission seek",
      "did the commission ask for social security numbers",
      "what was in Kobach's letter",
      "when did Kobach send the letter",
      "who wrote the letter to the states",
      "date of the request",
      "whose signature was on the letter",
      "¿Qué pidió la comisión?",
      "who made the request",
      "what did the commission ask the states to hand over",
    ]) {
      expect(await requestOf(q), q).toBe("Presidential Advisory Commission on Election Integrity");
    }
    expect(await requestOf("what is the DOJ demanding")).toBe("U.S. Department of Justice");
    for (const q of [
      "what did Ohio ask for",
      "what did Padilla say about the request",
      "what did Lawson want",
      "what did the ACLU demand",
      "what did Raffensperger want",
    ]) {
      expect(await requestOf(q), q).toBeNull();
    }
    // Asked in the 2025 story's channel, the commission's request comes from its own story.
    const elsewhere = askLibrary(
      buildLibrary(dataset),
      "what did the commission ask for",
      "doj-2025",
    );
    expect(elsewhere.request?.requester).toBe(
      "Presidential Advisory Commission on Election Integrity",
    );
    expect(elsewhere.notIn?.id).toBe("doj-2025");
  });

  it("answers the 2025 story's request by month, saying why no article is given", async () => {
    const text = (await cli(["ask", "what did the DOJ ask for"])).out;
    expect(text).toContain("What the U.S. Department of Justice asked for");
    expect(text).toContain("Asked in May 2025.");
    expect(text).toContain("no article for this story is bundled");
  });
});

describe("a name beside a state that fits nothing", () => {
  it("says first that the name fits nothing, then answers the state, on every surface", async () => {
    const line = "Nothing in the sources fits “Raffensperger”. Shown: what they report of Georgia.";
    expect(await slash("Georgia Raffensperger")).toContain(line);
    expect((await cli(["ask", "Georgia Raffensperger"])).out.split("\n")[0]).toBe(line);
    const json = JSON.parse((await cli(["ask", "what did the AP report on Iowa", "--json"])).out);
    expect(json.unfit).toEqual(["AP"]);
    expect(json.matches.map((m: { name: string }) => m.name)).toEqual(["Iowa"]);
    const page = web("NYT on California");
    expect(page.status).toBe(200);
    expect(page.body).toContain("Nothing in the sources fits “NYT”.");
    // Names the sources hold, and shorthand, say nothing of the kind.
    expect((await cli(["ask", "Ohio LaRose"])).out).toContain("fits “LaRose”");
    // A name typed in lower case is still a name the sources do not hold.
    expect((await cli(["ask", "what did brian kemp say about georgia"])).out).toContain(
      "Nothing in the sources fits “brian” or “kemp”.",
    );
    for (const q of [
      "kentucky grimes quote",
      "what did the hill report about ohio",
      "did ohio change its mind",
      "has ohio budged",
      "did texas cave",
      "wisconsin mike haas",
      "Ohio Husted",
      "Ohio GOP",
      "latest on Ohio",
      "Kentucky Grimes",
      "Ohio Response",
      "How did Ohio Respond",
      "Ohio Update",
      "Wisconsin Mike Haas",
      "Check Ohio",
      "Compare Ohio and Texas",
    ]) {
      expect((await cli(["ask", q, "--json"])).out, q).not.toContain('"unfit"');
    }
  });
});

describe("a list as one outlet reports it", () => {
  it("answers 'which states does BuzzFeed say refused' from that article's claims alone", async () => {
    const json = JSON.parse(
      (await cli(["ask", "which states does BuzzFeed say refused", "--json"])).out,
    );
    const [list] = json.matches;
    expect(list).toMatchObject({
      kind: "list",
      list: "refuses",
      reportedBy: { outlet: "BuzzFeed News" },
    });
    const buzzfeed = list.reportedBy.id;
    const refusing = index.dataset.claims
      .filter((c) => c.source.id === buzzfeed && c.stance === "refuses")
      .map((c) => c.state);
    expect(list.states.map((s: { state: string }) => s.state).sort()).toEqual(
      [...new Set(refusing)].sort(),
    );
    // Every source named on the list is that article.
    for (const s of list.states)
      expect(s.sources.map((x: { id: string }) => x.id)).toEqual([buzzfeed]);
    const slack = await slash("how many states did The Hill say won't comply");
    expect(slack).toMatch(/^In The Hill, updated July 5, 2017: \d+ states? refuse/);
    const page = web("which states refused according to The Hill");
    expect(page.status).toBe(200);
    expect(page.body).toContain("In The Hill, updated July 5, 2017:");
    // Without an outlet, the list is every article's.
    expect(await slash("which states refused")).toMatch(/^9 states refuse/);
  });

  it("keeps an outlet's list to the region or the field the question names", async () => {
    const ask = async (q: string) => JSON.parse((await cli(["ask", q, "--json"])).out).matches[0];
    const southern = await ask("which southern states does BuzzFeed say refused");
    const buzzfeed = southern.reportedBy.id;
    const south = new Set(regionOf("south").states);
    expect(southern.region.key).toBe("south");
    const expected = index.dataset.claims
      .filter((c) => c.source.id === buzzfeed && c.stance === "refuses" && south.has(c.state))
      .map((c) => c.state);
    expect(expected.length).toBeGreaterThan(0);
    expect(southern.states.map((s: { state: string }) => s.state).sort()).toEqual(
      [...new Set(expected)].sort(),
    );
    const field = await ask("which states does BuzzFeed say won't give Social Security numbers");
    expect(field).toMatchObject({ field: { key: "ssn" }, reportedBy: { id: buzzfeed } });
    for (const s of field.states)
      expect(s.sources.map((x: { id: string }) => x.id)).toEqual([buzzfeed]);
  });

  it("lists the states whose source says the data is for a fee, and never says a public field was kept back", async () => {
    const fee = JSON.parse(
      (await cli(["ask", "which states want the commission to pay", "--json"])).out,
    );
    const [list] = fee.matches;
    expect(list.field.key).toBe("fee");
    for (const s of list.states) expect(s.evidence).toMatch(/pay|purchas|charg|fee|buy|\$/i);
    expect(await slash("which states charged a fee")).toMatch(
      /sources? says? the data is for sale or for a fee/,
    );
    const history = await slash("which states won't give voting history");
    expect(history).not.toContain("keep");
    expect(history).toMatch(/whose source names voting history/);
  });
});

describe("a list about one field of the voter file", () => {
  it("lists the states whose own source names the field, each with those words", async () => {
    const json = JSON.parse(
      (await cli(["ask", "which states won't give social security numbers", "--json"])).out,
    );
    const [list] = json.matches;
    expect(list.field).toEqual({ key: "ssn", label: "Social Security numbers" });
    const naming = index.dataset.claims.filter(
      (c) =>
        ["refuses", "public-only", "withholding"].includes(c.stance) &&
        /social security|last four/i.test(`${c.evidence} ${c.quote?.text ?? ""}`),
    );
    expect(list.states.map((s: { state: string }) => s.state).sort()).toEqual(
      [...new Set(naming.map((c) => c.state))].sort(),
    );
    for (const s of list.states) {
      // Word for word: the claim's sentence or its quote.
      const words = naming
        .filter((c) => c.state === s.state)
        .flatMap((c) => [c.evidence, c.quote?.text]);
      expect(words).toContain(s.evidence);
    }
    const slack = await slash("how many states won't give SSNs");
    expect(slack).toMatch(/^\d+ states' sources say they keep back Social Security numbers/);
    expect(slack).toContain(
      "only states whose own sentence names Social Security numbers are listed",
    );
    // Nothing in the sources says a state handed them over: said so, never a list of all.
    const page = web("which states won't give social security numbers");
    expect(page.status).toBe(200);
    expect(page.body).toContain("sources say they keep back Social Security numbers");
    expect(await slash("which states handed over social security numbers")).toMatch(
      /^No complying state's source names Social Security numbers/,
    );
    expect(await slash("which states refused")).toMatch(/^9 states refuse/);
  });
});

describe("who is quoted, and which articles there are", () => {
  it("answers 'which Democrats are quoted' with every Democrat the sources quote, and 'which outlets covered this' with every article", async () => {
    const ids = async (q: string) =>
      JSON.parse((await cli(["ask", q, "--json"])).out).matches.map((m: { id: string }) => m.id);
    const quoted = new Set(index.dataset.quotes.map((q) => q.speaker.id));
    const democrats = index.dataset.people
      .filter((p) => p.party === "D" && quoted.has(p.id))
      .map((p) => p.id);
    expect((await ids("which Democrats are quoted")).sort()).toEqual([...democrats].sort());
    expect((await ids("who are the Republicans quoted")).length).toBeGreaterThan(0);
    for (const id of await ids("which governors spoke")) {
      expect(index.dataset.people.find((p) => p.id === id)?.office).toBe("governor");
    }
    const responded = await ids("which lieutenant governors responded");
    expect(responded.length).toBeGreaterThan(0);
    for (const id of responded) {
      expect(index.dataset.people.find((p) => p.id === id)?.office).toBe("lieutenant-governor");
    }
    expect((await ids("which outlets covered this")).sort()).toEqual(
      index.dataset.sources.map((s) => s.id).sort(),
    );
    // A list of states stays a list of states.
    expect(await slash("which states refused")).toMatch(/^9 states refuse/);
  });
});

describe("the articles' own counts of refusals", () => {
  it("sets each article's count beside the list, word for word, in Slack and in JSON", async () => {
    const json = JSON.parse((await cli(["ask", "how many states refused", "--json"])).out);
    const counts: { text: string; source: { id: string } }[] = json.matches[0].counts;
    expect(counts.length).toBeGreaterThan(0);
    for (const c of counts) {
      expect(dataset.articles.get(c.source.id)).toContain(c.text);
      expect(c.text).toMatch(/\bstates\b/);
      // (The states the letter went to are no count of refusals.)
      expect(c.text).not.toMatch(/\ball 50 states\b/);
    }
    const text = await slash("how many states refused");
    expect(text).toContain("As the articles count them:");
    expect(text).toContain((counts[0] as { text: string }).text.slice(0, 60));
    // A list of another answer has no refusal counts.
    const publicOnly = JSON.parse(
      (await cli(["ask", "which states gave only public data", "--json"])).out,
    );
    expect(publicOnly.matches[0].counts).toBeUndefined();
  });
});

describe("a fact only an article's sentence holds", () => {
  it("answers with the articles' sentences, word for word, on every surface", async () => {
    const json = JSON.parse((await cli(["ask", "when was the commission formed", "--json"])).out);
    const sentences: { text: string; source: { id: string } }[] = json.sentences;
    expect(sentences.length).toBeGreaterThan(0);
    for (const s of sentences) {
      expect(dataset.articles.get(s.source.id)).toContain(s.text);
      expect(s.text).toMatch(/\bformed\b/);
    }
    expect(await slash("when was the commission formed")).toMatch(/^What the articles say:/);
    // Shared in the channel, sentences alone go as they were answered.
    let mark = h.fake.mark();
    expect(await h.command("who appointed von spakovsky")).toBe(200);
    const reply = (await h.fake.next("/respond", mark)).body;
    const share = buttonOf(reply, "Share in channel");
    mark = h.fake.mark();
    await h.action(blockAction(h.fake, share.action_id, share.value, "Share in channel"));
    const post = await h.fake.next("chat.postMessage", mark);
    expect(messageText(post.body)).toContain("What the articles say:");
    const page = web("when was the commission formed");
    expect(page.status).toBe(200);
    expect(page.body).toContain("What the articles say:");
    // A deed asked of "who" is the article's sentence that tells it, never a quote sharing a word.
    const fined = JSON.parse((await cli(["ask", "who fined Kobach", "--json"])).out);
    expect(fined.said).toEqual([]);
    expect(fined.sentences.map((s: { text: string }) => s.text).join(" ")).toMatch(/fined Kobach/);
    // Words no quote holds, which the article reports in its own sentence.
    const claimed = JSON.parse(
      (await cli(["ask", "who said Kansas would not share social security information", "--json"]))
        .out,
    );
    expect(claimed.matches).toEqual([]);
    for (const s of claimed.sentences) expect(s.text).toMatch(/Kansas/);
    const appointed = JSON.parse((await cli(["ask", "who appointed von spakovsky", "--json"])).out);
    expect(appointed.sentences.map((s: { text: string }) => s.text).join(" ")).toMatch(
      /\bappointed\b/,
    );
  });

  it("adds nothing where the cards answer, or where the words only look alike", async () => {
    for (const q of [
      "when did Padilla respond",
      "who praised the commission",
      "Ohio",
      "when is lunch",
      "what time is it",
    ]) {
      const json = JSON.parse((await cli(["ask", q, "--json"])).out);
      expect(json.sentences, q).toBeUndefined();
    }
    expect(
      JSON.parse((await cli(["ask", "who praised the commission", "--json"])).out).unanswered,
    ).toBe("quote");
  });
});
