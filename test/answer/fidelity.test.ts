import { describe, expect, it } from "vitest";
import { fromLookup, type PersonMatch, type StateMatch } from "../../src/answer/model.js";
import { tallyStates } from "../../src/answer/tally.js";
import { buildDigest } from "../../src/digest/model.js";
import { compatible } from "../../src/domain/stance.js";
import { mentions } from "../../src/lookup/mentions.js";
import { mapSummary } from "../../src/map/tile-map.js";
import { escapeSlack, LIMITS, renderBlocks } from "../../src/render/blocks.js";
import { answerCard, compactCard } from "../../src/render/cards.js";
import { renderTerminal } from "../../src/render/terminal.js";
import { ask, dataset, index } from "../helpers/fixtures.js";

const stateOf = (query: string) => ask(query).matches[0] as StateMatch;
const personOf = (query: string) => ask(query).matches[0] as PersonMatch;
const slackText = (query: string) => JSON.stringify(renderBlocks(answerCard(ask(query))).blocks);

describe("quotes are never dropped silently", () => {
  it("a state's own card shows every quote of its officials, in Slack and the terminal", () => {
    for (const j of dataset.jurisdictions) {
      const card = answerCard(ask(j.name));
      const terminal = renderTerminal(card);
      const { blocks } = renderBlocks(card);
      const slack = JSON.stringify(blocks);
      expect(blocks.length).toBeLessThanOrEqual(LIMITS.blocks);
      expect(slack).not.toContain("left out to fit Slack");
      for (const q of dataset.quotes.filter((q) => q.speaker.state === j.usps)) {
        expect(terminal).toContain(q.text);
        expect(slack).toContain(JSON.stringify(escapeSlack(q.text)).slice(1, -1));
      }
    }
  });

  it("Utah's card carries Daisy Thomas, the opposing voice, and all of Cox's quotes", () => {
    const text = renderTerminal(answerCard(ask("Utah")));
    expect(text).toContain("Daisy Thomas");
    const cox = dataset.quotes.filter((q) => q.speaker.id === "spencer-cox");
    expect(cox.length).toBeGreaterThan(3);
    for (const q of cox) expect(text).toContain(q.text);
  });

  it("when several cards share a reply, says how many quotes are left and where to read them", () => {
    const text = renderTerminal(answerCard(ask("Utah secretary of state")));
    expect(text).toMatch(
      /…and \d+ more \([^)]*Daisy Thomas[^)]*\): Asking for Utah alone shows them all\./,
    );
  });
});

describe("who speaks for whom", () => {
  it("names the Courthouse News Service from its (CN) dateline", () => {
    const source = dataset.sources.find((s) => s.id.startsWith("002"));
    expect(source?.outlet).toBe("Courthouse News Service");
  });

  it("says Connie Lawson sits on the commission", () => {
    const lawson = personOf("Connie Lawson");
    expect(lawson.role).toMatch(/member of the Presidential Advisory Commission/);
    expect(lawson.organisation).toMatch(/Presidential Advisory Commission on Election Integrity/);
  });

  it("labels Kobach's words for the commission apart from Kansas's own response", () => {
    const kansas = stateOf("Kansas");
    expect(kansas.otherQuotes.map((q) => q.text).join(" ")).not.toMatch(/false positives|analyze/);
    expect(kansas.onBehalfQuotes.map((q) => q.text).join(" ")).toMatch(/false positives/);
    for (const q of kansas.onBehalfQuotes) expect(q.onBehalfOf).toMatch(/commission/i);
    // Kansas's own answer is its first sentence; the second speaks of the commission's letter.
    const own = kansas.claims.map((c) => c.quote?.text ?? "").join(" ");
    expect(own).toContain("In Kansas, the Social Security number is not publicly available");
    expect(own).not.toContain("Every state receives the same letter");
    expect(kansas.onBehalfQuotes.map((q) => q.text).join(" ")).toContain(
      "Every state receives the same letter",
    );
    const text = renderTerminal(answerCard(ask("Kansas")));
    expect(text).toContain(
      "Said for the Presidential Advisory Commission on Election Integrity, not as Kansas's own response",
    );
    expect(text.indexOf("In Kansas, the Social Security number")).toBeLessThan(
      text.indexOf("Said for the Presidential"),
    );
  });

  it("gives every person's card a source, and the sentence that names those never quoted", () => {
    for (const person of dataset.people) {
      const match = personOf(person.name);
      expect(match.sources.length).toBeGreaterThan(0);
      const text = renderTerminal(answerCard(ask(person.name)));
      expect(text).not.toContain("No sources");
      if (match.quotes.length === 0 && match.claims.length === 0) {
        expect(text).toContain(`“${match.namedIn.text}”`);
      }
    }
  });

  it("gives a person only the claims they speak in or are the subject of", () => {
    // "President Donald Trump's election integrity commission" in Utah's sentence is not Trump's claim.
    expect(personOf("Donald Trump").claims).toEqual([]);
    for (const person of dataset.people) {
      for (const claim of personOf(person.name).claims) {
        expect(claim.quote?.speaker === person.name || claim.state === person.state).toBe(true);
      }
    }
  });

  it("heads a person's quotes apart from the claims above them", () => {
    const text = renderTerminal(answerCard(ask("Andrew Cuomo")));
    const tweet = text.indexOf(
      "NY refuses to perpetuate the myth voter fraud played a role in our election.",
    );
    expect(text.lastIndexOf("Also said", tweet)).toBeGreaterThan(
      text.lastIndexOf("· refuses", tweet),
    );
  });

  it("shows John Arnold the statement North Dakota's stance rests on", () => {
    const arnold = personOf("John Arnold");
    const nd = stateOf("North Dakota");
    const ndEvidence = nd.claims.map((c) => c.evidence);
    expect(arnold.claims.map((c) => c.evidence)).toEqual(
      expect.arrayContaining([ndEvidence.find((e) => e.includes("John Arnold"))]),
    );
  });
});

describe("counting states", () => {
  const tally = tallyStates(dataset);

  it("counts every state once, disputed states on their own", () => {
    const settled = tally.settled.flatMap((t) => t.states);
    expect(settled.length + tally.disputed.length).toBe(dataset.jurisdictions.length);
    for (const usps of tally.disputed) expect(settled).not.toContain(usps);
    const conflicts = [...dataset.states.values()].filter((s) => s.conflict);
    expect(tally.disputed.length).toBe(conflicts.length);
  });

  it("the digest, the map legend and the lists count alike", () => {
    const digest = buildDigest(dataset, "2026-11-24", null);
    const map = mapSummary(dataset);
    for (const t of tally.settled) {
      expect(digest.tally.find((d) => d.stance === t.stance)?.states.length).toBe(t.states.length);
      expect(map.counts.find((c) => c.stance === t.stance)?.count).toBe(t.states.length);
    }
    expect(digest.conflicts.map((c) => c.usps)).toEqual(tally.disputed);
    const refuses = ask("who refused").matches[0];
    expect(refuses?.kind).toBe("list");
    if (refuses?.kind !== "list") return;
    expect(refuses.states.map((s) => s.state)).toEqual(
      tally.settled.find((t) => t.stance === "refuses")?.states,
    );
    for (const s of refuses.disputed) expect(tally.disputed).toContain(s.state);
  });
});

describe("order and dates", () => {
  it("lists every state's claims oldest first, by each source's own date", () => {
    for (const j of dataset.jurisdictions) {
      const dates = stateOf(j.name).claims.map((c) => c.source.date ?? "9999");
      expect(dates).toEqual([...dates].sort());
    }
  });

  it("never passes an update line off as the date the reporting was done", () => {
    for (const j of dataset.jurisdictions) {
      const match = stateOf(j.name);
      const published = match.sources.map((s) => s.published).filter(Boolean) as string[];
      expect(match.asOf).toBe(published.length > 0 ? published.sort().at(-1) : null);
    }
    const ohio = renderTerminal(answerCard(ask("Ohio")));
    expect(ohio).toContain("The Hill · updated July 5, 2017");
    expect(ohio).toContain("The Hill updated its story July 5, 2017");
    expect(ohio).not.toContain("As of July 5, 2017");
  });
});

describe("the sides of a dispute", () => {
  it("shows only the stances that disagree as sides", () => {
    for (const s of dataset.states.values()) {
      if (!s.conflict) continue;
      for (const side of s.sides) {
        expect(s.sides.some((other) => other !== side && !compatible(side, other))).toBe(true);
      }
      const text = renderTerminal(answerCard(ask(s.jurisdiction.name)));
      const sideLines = text.split("\n").filter((l) => l.startsWith("• "));
      expect(sideLines.length).toBe(s.sides.length);
    }
    const minnesota = renderTerminal(answerCard(ask("Minnesota")));
    expect(minnesota).not.toMatch(/^• withholding/m);
    expect(minnesota).toMatch(/Also: .*withholding in whole or in part\), which fits either side/);
  });

  it("cites the sentence that carries Minnesota's refusal, with a note", () => {
    const claim = stateOf("Minnesota").claims.find((c) => c.source.id.startsWith("001"));
    expect(claim?.stance).toBe("refuses");
    expect(claim?.evidence).toContain("should have given the public information to the commission");
    expect(claim?.note).toBeTruthy();
  });

  it("codes Virginia's sentences by what they say, with notes, and lets the rule decide", () => {
    const virginia = stateOf("Virginia");
    const hill = virginia.claims.find((c) => c.source.id.startsWith("003"));
    expect(hill?.stance).toBe("withholding");
    expect(hill?.note).toMatch(/confidential/);
    expect(virginia.conflict).toBe(false);
    expect(virginia.stance).toBe("refuses");
  });
});

describe("the message shortcut's one line per name", () => {
  it("shows a quote only when it backs the state's response", () => {
    const text = "Connecticut officials said they would withhold nonpublic information.";
    const targets = mentions(index, text, true);
    const { matches } = fromLookup(dataset, {
      query: text,
      targets,
      matchedBy: "mention",
      ambiguous: false,
      suggestions: [],
      roleFallback: null,
    });
    // Merrill's words about Kobach's record are Connecticut's only quote, and not its response.
    expect(stateOf("Connecticut").otherQuotes[0]?.text).toContain("lengthy record");
    const line = renderTerminal(compactCard(matches));
    expect(line).toContain("Connecticut — public data only");
    expect(line).not.toContain("lengthy record of illegally disenfranchising");
  });
});

describe("questions about the whole table", () => {
  it.each([
    ["refuses", "refuses"],
    ["which states refused?", "refuses"],
    ["public data only", "public-only"],
    ["undecided", "reviewing"],
    ["no report", "no-report"],
    ["disputed", "disputed"],
    ["where do sources disagree", "disputed"],
    ["tally", "tally"],
  ])("%j is a list answer (%s), inside Block Kit's limits", (query, list) => {
    const result = ask(query);
    expect(result.matches).toHaveLength(1);
    expect(result.matches[0]).toMatchObject({ kind: "list", list });
    const { blocks } = renderBlocks(answerCard(result));
    expect(blocks.length).toBeLessThanOrEqual(LIMITS.blocks);
    expect(JSON.stringify(blocks)).toContain("sources disagree");
  });

  it("lists the disputed states with their sides", () => {
    const text = slackText("disputed");
    for (const s of dataset.states.values()) {
      if (s.conflict) expect(text).toContain(s.jurisdiction.name);
    }
    expect(text).toContain("refuses vs. public data only");
  });
});

describe("lookups that used to miss", () => {
  it("offers Myrna Pérez for Tom Perez instead of answering with her", () => {
    const result = ask("Tom Perez");
    expect(result.matches).toEqual([]);
    expect(result.suggestions).toEqual([
      { kind: "person", id: "myrna-perez", name: "Myrna Pérez" },
    ]);
    const { blocks } = renderBlocks(answerCard(result));
    expect(JSON.stringify(blocks)).toContain("person:myrna-perez");
  });

  it("offers a name two letters off, and answers Spanish questions by name", () => {
    for (const [typed, id, name] of [
      ["kobak", "kris-kobach", "Kris Kobach"],
      ["Padiya", "alex-padilla", "Alex Padilla"],
    ] as const) {
      const result = ask(typed);
      expect(result.matches, typed).toEqual([]);
      expect(result.suggestions, typed).toEqual([{ kind: "person", id, name }]);
    }
    expect(ask("zzqx nonsense").suggestions).toEqual([]);
    expect(ask("¿Qué dijo Padilla?").matches[0]).toMatchObject({
      kind: "person",
      id: "alex-padilla",
    });
  });

  it("says what Utah's chief election official is when asked for its secretary of state", () => {
    const result = ask("Utah secretary of state");
    expect(result.roleFallback).toMatchObject({ state: "UT", asked: "secretary of state" });
    const text = renderTerminal(answerCard(result));
    expect(text).toContain("The sources name no secretary of state of Utah.");
    expect(text).toContain("Spencer Cox");
    expect(text).toContain("top election official");
  });
});
