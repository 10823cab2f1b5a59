import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DEFAULT_DATA_DIR } from "../../src/data/load.js";
import { findNonVerbatim } from "../../src/data/verbatim.js";
import { type DraftContext, draftArticle } from "../../src/draft/draft.js";
import { draftExcerpts } from "../../src/draft/excerpts.js";
import { Draft } from "../../src/draft/types.js";
import { dataset } from "../helpers/fixtures.js";

const { jurisdictions, stories } = dataset;
const context: DraftContext = { people: dataset.people, jurisdictions, stories };
const strangers: DraftContext = { people: [], jurisdictions, stories };
const draft = (text: string, ctx = context) => draftArticle(text, ctx);
const article = (name: string) => readFileSync(join(import.meta.dirname, "articles", name), "utf8");
const bundled = readdirSync(join(DEFAULT_DATA_DIR, "sources")).map((f) =>
  readFileSync(join(DEFAULT_DATA_DIR, "sources", f), "utf8"),
);
const claimOf = (d: Draft, state: string) => d.claims.find((c) => c.state === state);
const speakerOf = (d: Draft, words: string) =>
  d.quotes.find((q) => q.text.includes(words))?.speaker;

// A small seeded generator, so the adversarial texts are the same on every run.
function random(seed: number) {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2 ** 31;
    return s / 2 ** 31;
  };
}
const PIECES = [
  "“",
  "”",
  '"',
  "‘",
  "’",
  "'",
  ",",
  ".",
  " ",
  "\n",
  "\n\n",
  "—",
  "–",
  "(R)",
  "(D)",
  "Ohio",
  "W.Va.",
  "D.C.",
  "said",
  "he said",
  "refuses",
  "will not provide",
  "publicly available",
  "Gov.",
  "Mr.",
  "Secretary of State",
  "Jane Doe",
  "Pérez",
  "👍🏽",
  "e\u0301",
  "שלום",
  "\u00a0",
  "Refusal:",
  "a Republican",
];
function adversarial(seed: number): string {
  const next = random(seed);
  const parts: string[] = [];
  const n = 5 + Math.floor(next() * 300);
  for (let i = 0; i < n; i++) parts.push(PIECES[Math.floor(next() * PIECES.length)] as string);
  return parts.join("");
}

describe("verbatim by construction", () => {
  const texts = [
    ...bundled,
    article("wire-2017.txt"),
    article("doj-2025.txt"),
    article("nostate.txt"),
    "“An unclosed quote, said Ohio Secretary of State Jane Doe.\n\nAnd “another” one “here",
    `Ohio will not provide ${"data and more ".repeat(3000)}`,
    "no punctuation at all Ohio refuses Texas complies Utah said no",
    '"" ”“ "\n"',
    ...Array.from({ length: 150 }, (_, i) => adversarial(i + 1)),
  ];
  it("cuts every excerpt from the article by offsets, on real and adversarial text", () => {
    let excerpts = 0;
    for (const text of texts) {
      const result = draft(text);
      expect(() => Draft.parse(result)).not.toThrow();
      for (const { field, excerpt } of draftExcerpts(result)) {
        excerpts++;
        expect(text.slice(excerpt.start, excerpt.end), field).toBe(excerpt.text);
        expect(findNonVerbatim(excerpt.text, text), field).toBeNull();
      }
    }
    expect(excerpts).toBeGreaterThan(400);
  });

  it("keeps every state code, stance and confidence within the vocabulary", () => {
    for (const text of texts.slice(0, 8)) {
      for (const c of draft(text).claims) {
        expect(dataset.jurisdictions.map((j) => j.usps)).toContain(c.state);
        expect(c.confidence).toBeGreaterThanOrEqual(0);
        expect(c.confidence).toBeLessThanOrEqual(1);
      }
    }
  });
});

describe("quotes and who said them", () => {
  it("reads attribution as reporters write it", () => {
    const d = draft(
      [
        '"We will not comply," said Jane Roe, the Ohio secretary of state.',
        'Gov. John Smith said "the request goes too far" on Friday.',
        'Ohio Sec. of State Jane Ray said "we are done."',
        'Mark Lee said in a statement that "the data is safe with us."',
        "Secretary of State Ann Kim (D) spoke first. “It is a bad idea,” she said. “A very bad one.”",
        "“The first paragraph runs on,” said Tom Ray, an elections director.",
        "“Then he stopped.",
        "“And started again,” he added.",
      ].join("\n\n"),
      strangers,
    );
    expect(speakerOf(d, "We will not comply")).toBe("Jane Roe");
    expect(speakerOf(d, "goes too far")).toBe("John Smith");
    expect(speakerOf(d, "we are done")).toBe("Jane Ray");
    expect(speakerOf(d, "safe with us")).toBe("Mark Lee");
    expect(speakerOf(d, "bad idea")).toBe("Ann Kim");
    expect(speakerOf(d, "A very bad one")).toBe("Ann Kim");
    expect(speakerOf(d, "Then he stopped")).toBe("Tom Ray");
    const multi = d.quotes.find((q) => q.text.includes("Then he stopped"));
    expect(multi?.text).toContain("And started again");
  });

  it("does not give a spokeswoman's words to the official she speaks for", () => {
    const d = draft(
      [
        '"We are reviewing it," said a spokeswoman for Secretary of State Jane Doe.',
        'Jane Doe\'s office said "the state will respond by Friday."',
        '"We will respond," Doe said.',
      ].join("\n\n"),
      strangers,
    );
    expect(speakerOf(d, "We are reviewing it")).toBeNull();
    expect(speakerOf(d, "respond by Friday")).toBeNull();
    expect(speakerOf(d, "We will respond")).toBe("Jane Doe");
  });

  it("keeps quotes nobody is named for, without a speaker, and drops scare quotes", () => {
    const d = draft(
      'The letter said that "any documents will be made public." Officials said "no" to it.',
      strangers,
    );
    expect(d.quotes.map((q) => [q.text, q.speaker])).toEqual([
      ["any documents will be made public.", null],
    ]);
  });

  it("finds the bundled articles' speakers, including a quote closed by a stray mark", () => {
    const buzzfeed = draft(bundled[0] as string, strangers);
    expect(speakerOf(buzzfeed, "They can go jump")).toBe("Delbert Hosemann");
    expect(speakerOf(buzzfeed, "I will not release Social Security")).toBe("Nellie Gorbea");
    expect(speakerOf(buzzfeed, "California's participation")).toBe("Alex Padilla");
  });
});

describe("people", () => {
  it("matches people already in the dataset to their ids", () => {
    const d = draft("Ohio Secretary of State Jon Husted said Ohio would provide public data.");
    expect(d.people).toContainEqual(
      expect.objectContaining({ id: "jon-husted", name: "Jon Husted", known: true, party: "R" }),
    );
  });

  it("gives a new person's party only where the text states it", () => {
    const d = draft(
      [
        "Iowa Secretary of State Paul Pate (R) spoke. Kansas Gov. Sam Brownback, a Republican, agreed.",
        "Nevada Secretary of State Barbara Cegavske said little. Most were older Republican voters.",
        "Arizona Gov. Doug Ducey and Utah Gov. Gary Herbert, both Republicans, said nothing.",
        "Democratic Secretary of State Alex Padilla objected.",
        "North Carolina Gov. Roy Cooper and Tennessee Gov. Ann Reyes, both Democrats, spoke.",
        "Sen. Pat Moore, R-N.C., and Rep. Al Green (D-Texas) did not.",
      ].join("\n"),
      strangers,
    );
    const party = (name: string) => d.people.find((p) => p.name === name)?.party;
    expect(party("Paul Pate")).toBe("R");
    expect(party("Sam Brownback")).toBe("R");
    expect(party("Barbara Cegavske")).toBeNull();
    // "both Republicans" is not among the words the dataset's check accepts for a party.
    expect(party("Doug Ducey")).toBeNull();
    expect(party("Gary Herbert")).toBeNull();
    expect(party("Roy Cooper")).toBe("D");
    expect(party("Pat Moore")).toBeNull();
    expect(party("Alex Padilla")).toBe("D");
    expect(d.people.find((p) => p.name === "Barbara Cegavske")).toMatchObject({
      role: "Nevada Secretary of State",
      state: "NV",
      known: false,
      id: null,
    });
  });
});

describe("claims", () => {
  it("reads a stance from the sentence that reports it, with the deciding words", () => {
    const d = draft(
      [
        "Ohio Secretary of State Jon Husted said Ohio would hand over only publicly available data.",
        "Texas will not provide any voter information to the commission.",
        "Missouri Secretary of State Jay Ashcroft said he has no problem with the request.",
        "Florida officials are still reviewing the request.",
        "Georgia Gov. Nathan Deal took a similar line.",
      ].join(" "),
    );
    expect(d.claims.map((c) => [c.state, c.stance])).toEqual([
      ["OH", "public-only"],
      ["TX", "refuses"],
      ["MO", "complies"],
      ["FL", "reviewing"],
      ["GA", "reviewing"],
    ]);
    expect(claimOf(d, "TX")?.why).toBe("not provide");
    expect(claimOf(d, "TX")?.evidence).toBe(
      "Texas will not provide any voter information to the commission.",
    );
    expect(claimOf(d, "OH")?.quote).toBeNull();
  });

  it("tells public data only and partial compliance from refusal and compliance", () => {
    const d = draft(
      [
        "Connecticut said it would send only what state law makes public.",
        "Indiana's Connie Lawson said Indiana would comply in part.",
        "North Carolina will provide all but the last four digits of Social Security numbers.",
        "Kentucky will not share voters' Social Security numbers.",
        "Oregon typically charges for voter lists, and the commission is welcome to pay.",
        "Maine has already sent the records.",
        "Delaware has provided the data.",
        "Idaho turned down the request.",
        "In a letter, Tennessee Coordinator of Elections Mark Goins wrote that the state would not provide any confidential information.",
      ].join(" "),
    );
    expect(d.claims.map((c) => [c.state, c.stance])).toEqual([
      ["CT", "public-only"],
      ["IN", "withholding"],
      ["NC", "public-only"],
      ["KY", "withholding"],
      ["OR", "public-only"],
      ["ME", "complies"],
      ["DE", "complies"],
      ["ID", "refuses"],
      ["TN", "withholding"],
    ]);
    expect(d.people.find((p) => p.name === "Mark Goins")).toMatchObject({
      role: "Tennessee Coordinator of Elections",
      state: "TN",
    });
  });

  it("gives one claim per state a list names, with AP abbreviations and D.C.", () => {
    const d = draft(
      "The states which say they will not comply are Alabama, Ky., W.Va. and D.C.\nRefusal: Calif., N.M., Va.",
    );
    expect(d.claims.map((c) => c.state).sort()).toEqual(["AL", "CA", "DC", "KY", "NM", "VA", "WV"]);
    expect(new Set(d.claims.map((c) => c.stance))).toEqual(new Set(["refuses"]));
    expect(claimOf(d, "KY")?.evidence).toBe(
      "The states which say they will not comply are Alabama, Ky., W.Va. and D.C.",
    );
  });

  it("reads a bulleted list under a heading that says what the states decided", () => {
    const d = draft(
      "Where states stand\n\nStates that refused:\n\n- California\n- Ore.\n\nStill reviewing the request:\n\n• Ohio and Iowa\n\nTexas spoke.",
    );
    expect(d.claims.map((c) => [c.state, c.stance])).toEqual([
      ["CA", "refuses"],
      ["OR", "refuses"],
      ["OH", "reviewing"],
      ["IA", "reviewing"],
    ]);
    expect(claimOf(d, "OR")?.evidence).toBe("States that refused:\n\n- California\n- Ore.");
  });

  it("cuts a page with no full stops into pieces no longer than a long sentence", () => {
    const page = "Ohio refused the request and Iowa declined while Utah said yes and ".repeat(300);
    const result = draft(page);
    expect(result.claims.map((c) => c.state)).toContain("OH");
    const longest = Math.max(...draftExcerpts(result).map(({ excerpt }) => excerpt.text.length));
    expect(longest).toBeLessThanOrEqual(4_000);
  });

  it("does not take a mention for a claim", () => {
    const d = draft(
      [
        "The Washington Post reported that states will not provide data, the Kansas City Star said.",
        "The letter sent to Connecticut asked states to provide data by July 14.",
        "Indiana Secretary of State Connie Lawson, a member of the commission, spoke on Friday.",
        "Former Missouri Secretary of State Robin Carnahan said states should not comply.",
        "At a conference in Philadelphia, Pennsylvania, officials said they will not comply.",
        "Arizona officials spoke to reporters on Tuesday.",
        "Ohio officials did not immediately provide a comment.",
        "Unlike Georgia, most states will not comply.",
      ].join("\n"),
    );
    expect(d.claims).toEqual([]);
  });

  it("drafts no claim from an article that names no state, and keeps its quotes", () => {
    const d = draft(article("nostate.txt"));
    expect(d.claims).toEqual([]);
    expect(d.quotes.map((q) => q.speaker)).toEqual(["Ann Smith", "Ann Smith"]);
  });

  it("links a claim to its official's quote", () => {
    const d = draft(article("doj-2025.txt"), strangers);
    expect(claimOf(d, "OR")).toMatchObject({
      stance: "withholding",
      quote: { speaker: "Tobias Read", text: "Oregon will not hand over Oregonians' private data" },
    });
    expect(claimOf(d, "ME")?.stance).toBe("refuses");
  });

  it("never backs a claim with its official's words that answer otherwise", () => {
    const d = draft(
      [
        "Kansas Secretary of State Ed Varn said the state will give the commission its full voter file.",
        "“If it were up to me, Kansas would refuse,” said Kansas Gov. Rhea Kett. “It isn't up to me.”",
      ].join("\n\n"),
      strangers,
    );
    expect(claimOf(d, "KS")?.stance).toBe("complies");
    expect(claimOf(d, "KS")?.quote?.text ?? "").not.toContain("would refuse");
  });
});

describe("source metadata", () => {
  it("recognises bylines, wire datelines and update lines, each with its words", () => {
    const d = draft(article("wire-2017.txt"));
    expect(d.source).toMatchObject({
      outlet: "The Associated Press",
      author: "Maria Lopez",
      published: null,
      updated: "2017-07-03",
      headline: "States balk at voter data request from Trump commission",
    });
    expect(d.source.evidence.outlet?.text).toBe("(AP)");
    expect(d.source.evidence.updated?.text).toBe("Updated July 3, 2017");
  });

  it("names Courthouse News Service from (CN), and takes an update's year from the text", () => {
    const cn = draft("(CN) – Ohio will provide public data. June 30, 2017");
    expect(cn.source.outlet).toBe("Courthouse News Service");
    const hill = draft(bundled[3] as string);
    expect(hill.source).toMatchObject({ outlet: "The Hill", updated: "2017-07-05", author: null });
  });

  it("takes a date on a line of its own near the top as the publication date", () => {
    const d = draft(
      "Headline\n\nSaturday, July 1, 2017\n\nBy Sam Writer, Staff Reporter\n\nOhio refused.",
    );
    expect(d.source).toMatchObject({ published: "2017-07-01", author: "Sam Writer" });
    expect(d.source.evidence.published?.text).toBe("Saturday, July 1, 2017");
    const reuters = draft(
      "Ohio refused (Reuters) - more.\n\nReporting by Jane Roe; Editing by Al Poe",
    );
    expect(reuters.source).toMatchObject({ outlet: "Reuters", author: "Jane Roe" });
  });

  it("does not take a city dateline, a cited outlet or a photo credit's name for the author", () => {
    const d = draft("ST. GEORGE – Utah will provide public records, according to Politico.");
    expect(d.source).toMatchObject({ outlet: null, author: null, published: null });
  });

  it("lets flags override what the text says, marked as given", () => {
    const d = draft(article("wire-2017.txt"), {
      ...context,
      overrides: {
        outlet: "Des Moines Register",
        published: "2017-07-03",
        url: "https://x.test/a",
      },
    });
    expect(d.source).toMatchObject({
      outlet: "Des Moines Register",
      published: "2017-07-03",
      url: "https://x.test/a",
      given: ["outlet", "published", "url"],
      evidence: { outlet: null, published: null },
    });
  });
});

describe("story", () => {
  it("proposes the story an article belongs to, or says it cannot tell", () => {
    for (const text of bundled) expect(draft(text).story.id).toBe("commission-2017");
    expect(draft(article("doj-2025.txt")).story.id).toBe("doj-2025");
    const none = draft(article("nostate.txt")).story;
    expect(none).toMatchObject({ id: null, confidence: 0 });
    expect(none.why).toMatch(/cannot tell/);
    expect(draft("Ohio.", { ...context, overrides: { story: "doj-2025" } }).story.id).toBe(
      "doj-2025",
    );
    // The requester's own people named beside it are the story's words too.
    expect(
      draft("The Justice Department's Harmeet Dhillon asked Ohio for its voter rolls.").story.id,
    ).toBe("doj-2025");
  });

  it("knows the requester printed in capitals, and by its full name in Spanish", () => {
    expect(
      draft("THE PRESIDENTIAL ADVISORY COMMISSION ON ELECTION INTEGRITY WANTS EVERY VOTER'S DATA.")
        .story.id,
    ).toBe("commission-2017");
    expect(
      draft(
        "La secretaria habló de la solicitud de la Comisión Asesora Presidencial sobre Integridad Electoral.",
      ).story.id,
    ).toBe("commission-2017");
  });
});
