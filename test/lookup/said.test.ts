import { describe, expect, it } from "vitest";
import type { Dataset, Person } from "../../src/domain/dataset.js";
import { normalise } from "../../src/lookup/normalise.js";
import { attributedSentences, buildSaidIndex, searchSaid } from "../../src/lookup/said.js";
import { dataset, index } from "../helpers/fixtures.js";
import { madeUpSource } from "../helpers/made-up.js";

describe("the quote index of the bundled articles", () => {
  const passages = index.said.items;

  it("holds every quote in the data, word for word", () => {
    for (const q of dataset.quotes) {
      expect(passages.some((p) => p.kind === "quote" && p.text === q.text)).toBe(true);
    }
  });

  it("holds only the articles' own sentences, each naming its speaker in its words", () => {
    const sentences = passages.filter((p) => p.kind === "sentence");
    expect(sentences.length).toBeGreaterThan(30);
    for (const p of sentences) {
      expect(dataset.articles.get(p.source.id)).toContain(p.text);
      const person = dataset.people.find((x) => x.id === p.speaker) as Person;
      const surname = person.name.split(" ").pop() as string;
      expect(p.text, p.speaker).toContain(surname);
    }
  });

  it("never gives a sentence to a person it only mentions", () => {
    const kobach = passages.filter((p) => p.speaker === "kris-kobach" && p.kind === "sentence");
    // "a federal judge fined Kobach …, according to Politico": Politico's words, not his.
    expect(kobach.some((p) => /according to Politico/.test(p.text))).toBe(false);
    // "a member of the Kobach commission said": the member's words, not his.
    expect(kobach.some((p) => /member of the Kobach commission said/.test(p.text))).toBe(false);
  });
});

/**
 * A made-up article and cast, to test the attribution rules on prose of our own. `names`: each
 * person's name, or their name and role ("County Clerk; member of the board").
 */
function madeUp(article: string, names: (string | [string, string])[]) {
  const source = madeUpSource("900_test");
  const person = (name: string, role: string): Person => ({
    id: normalise(name).replace(/ /g, "-"),
    name,
    role,
    state: null,
    organisation: null,
    office: "other",
    party: null,
    aliases: [],
    namedIn: { source, text: name },
  });
  const people: Person[] = names.map((entry) => {
    const [name, role] = typeof entry === "string" ? [entry, "Official"] : entry;
    return person(name, role);
  });
  const data = {
    sources: [source],
    articles: new Map([[source.id, article]]),
    people,
    quotes: [],
    claims: [],
  } as unknown as Dataset;
  return { data, source };
}

describe("attribution in made-up prose", () => {
  const article = [
    "State Auditor Rosa Quintero said Tuesday the audit would take months. “We will count every ballot twice,” Quintero said. “Nobody should expect results before spring.”",
    "The audit was ordered after a report by the Tribune, according to Mayor Bill Okafor.",
    "A spokesman for Governor Lena Marsh said the governor had not read it.",
    "Marsh spokeswoman Ann Lee said the governor was traveling.",
    "Critics of the Marsh administration said the plan was a stunt.",
    "“It is a circus,” said Dan Pike, a county clerk.",
    "Pike and Quintero both said they expected lawsuits.",
    "Even a member of the audit board said her county would sit this one out. County Clerk Jane Ruiz announced on Monday that she would not send staff.",
    "A spokesman for Governor Lena Marsh said the audit was late. Marsh said she was not worried.",
    "A federal judge said the suit could go on. Rosa Quintero said she welcomed the ruling.",
  ].join("\n");
  const { data, source } = madeUp(article, [
    "Rosa Quintero",
    "Bill Okafor",
    "Lena Marsh",
    "Dan Pike",
    ["Jane Ruiz", "County Clerk; member of the audit board"],
  ]);
  const found = attributedSentences(data, source, article);
  const by = (id: string) => found.filter((p) => p.speaker === id).map((p) => p.text);

  it("gives a sentence to the person named before its verb of saying", () => {
    expect(by("rosa-quintero")[0]).toMatch(/^State Auditor Rosa Quintero said Tuesday/);
  });

  it("keeps an unattributed quotation that follows with the sentence that attributes it", () => {
    expect(by("rosa-quintero")).toContain(
      "“We will count every ballot twice,” Quintero said. “Nobody should expect results before spring.”",
    );
  });

  it("reads `…,” said X` and joins speakers named together", () => {
    expect(by("dan-pike")).toContain("“It is a circus,” said Dan Pike, a county clerk.");
    expect(by("dan-pike")).toContain("Pike and Quintero both said they expected lawsuits.");
    expect(by("rosa-quintero")).toContain("Pike and Quintero both said they expected lawsuits.");
  });

  it("gives nothing to a person someone else speaks for, or whose name only qualifies a noun", () => {
    expect(by("lena-marsh")).toEqual(["Marsh said she was not worried."]);
  });

  it("gives a speaker the sentence before that describes her without naming her", () => {
    expect(by("jane-ruiz")).toContain(
      "Even a member of the audit board said her county would sit this one out. County Clerk Jane Ruiz announced on Monday that she would not send staff.",
    );
    // (Not a description that fits someone else: the judge's words are not Quintero's.)
    expect(by("rosa-quintero").join(" ")).not.toContain("the suit could go on");
  });

  it("gives 'according to X' to X, not to the person named before it", () => {
    expect(by("bill-okafor")).toEqual([
      "The audit was ordered after a report by the Tribune, according to Mayor Bill Okafor.",
    ]);
  });

  it("finds a speaker by a paraphrase and nobody for words no one said", () => {
    const said = buildSaidIndex({ ...data, quotes: [] } as Dataset);
    expect(searchSaid(said, "called it a circus").map((h) => h.passage.speaker)).toEqual([
      "dan-pike",
    ]);
    expect(searchSaid(said, "counting each ballot twice")[0]?.passage.speaker).toBe(
      "rosa-quintero",
    );
    expect(searchSaid(said, "the audit was rigged from the start")).toEqual([]);
  });

  it("shows the fuller quote when another report cut the same words short", () => {
    const { data: twice, source } = madeUp("", ["Dan Pike"]);
    const speaker = twice.people[0];
    const quote = (text: string) => ({ speaker, text, source, anchor: null });
    const quotes = [
      quote("go fly a kite."),
      quote("Tell them to go fly a kite over the lake, and our county will supply the string"),
    ];
    const hits = searchSaid(
      buildSaidIndex({ ...twice, quotes } as unknown as Dataset),
      "who said fly a kite",
    );
    expect(hits[0]?.passage.text).toMatch(/supply the string/);
  });
});

describe("speakers named together", () => {
  const article = [
    "Rosa Quintero and Mayor Bill Okafor said in a joint statement that the audit was overdue.",
    "After Pike and Marsh clashed over the budget, Quintero said the audit would go on.",
    "Pike met Okafor and Quintero on Monday, and Quintero said nothing had been decided.",
    "Okafor, who has sued Pike and Marsh, said the county would appeal.",
    "Dan Pike and Gov. Lena Marsh, both Republicans, told reporters the plan was sound.",
    "Marsh said the county had waited long enough, but Pike said the clerks needed another week.",
    "Okafor said the county would pay, and said Quintero would sign the checks.",
  ].join("\n");
  const { data, source } = madeUp(article, [
    "Rosa Quintero",
    "Bill Okafor",
    "Lena Marsh",
    "Dan Pike",
  ]);
  const found = attributedSentences(data, source, article);
  const speakers = (start: string) =>
    found
      .filter((p) => p.text.startsWith(start))
      .map((p) => p.speaker)
      .sort();

  it("gives a joint statement to each person it names as speaking", () => {
    expect(speakers("Rosa Quintero and Mayor")).toEqual(["bill-okafor", "rosa-quintero"]);
    expect(speakers("Dan Pike and Gov.")).toEqual(["dan-pike", "lena-marsh"]);
  });

  it("gives the words only to the speaker when others are named together elsewhere", () => {
    expect(speakers("After Pike and Marsh clashed")).toEqual(["rosa-quintero"]);
    expect(speakers("Pike met Okafor and Quintero")).toEqual(["rosa-quintero"]);
    expect(speakers("Okafor, who has sued")).toEqual(["bill-okafor"]);
  });

  it("gives each speaker of a sentence in two clauses their own clause", () => {
    expect(found.filter((p) => p.speaker === "lena-marsh").map((p) => p.text)).toContain(
      "Marsh said the county had waited long enough",
    );
    expect(found.filter((p) => p.speaker === "dan-pike").map((p) => p.text)).toContain(
      "Pike said the clerks needed another week.",
    );
    expect(found.some((p) => p.text.includes("long enough, but Pike"))).toBe(false);
    // "…, and said Quintero would sign": still Okafor speaking, about Quintero.
    expect(speakers("Okafor said the county would pay")).toEqual(["bill-okafor"]);
    expect(speakers("said Quintero")).toEqual([]);
  });
});

describe("a question in other words than the article's", () => {
  const article = [
    "“Our county’s participation would legitimize a reckless audit,” said Dan Pike, a county clerk.",
    "Rosa Quintero said it was difficult to trust the auditors’ figures.",
    "Mayor Bill Okafor said the county had its reasons for the audit.",
    "Gov. Lena Marsh said the county would hand over its voter rolls.",
  ].join("\n");
  const { data } = madeUp(article, ["Rosa Quintero", "Bill Okafor", "Lena Marsh", "Dan Pike"]);
  const said = buildSaidIndex({ ...data, quotes: [] } as Dataset);
  const who = (q: string) => searchSaid(said, q).map((h) => h.passage.speaker);

  it("finds another form of a word: participate, participation; legitimizing, legitimize", () => {
    expect(who("the county would not participate")).toEqual(["dan-pike"]);
    expect(who("legitimizing a reckless audit")).toEqual(["dan-pike"]);
  });

  it("ranks the word as written above another form of it", () => {
    const [hit] = searchSaid(said, "participation legitimize reckless");
    const [other] = searchSaid(said, "participating legitimizing reckless");
    expect(hit?.coverage).toBeGreaterThan(other?.coverage ?? 1);
  });

  it("finds common synonyms: hard for difficult, confidence for trust, give for hand over", () => {
    expect(who("hard to have confidence in the figures")).toEqual(["rosa-quintero"]);
    expect(who("give the county's voter data")).toEqual(["lena-marsh"]);
  });

  it("does not take a word for its root in another sense, nor half a question for all of it", () => {
    // "reasonable" is not "reason": the -able family keeps to itself.
    expect(who("the audit was reasonable")).toEqual([]);
    expect(who("easy to trust the figures from the state lottery")).toEqual([]);
  });
});

describe("a question's words against the bundled articles", () => {
  it("weighs rare words: a common word alone in common with the question is not a match", () => {
    expect(searchSaid(index.said, "voter fraud is a hoax")).toEqual([]);
  });
});
