import { describe, expect, it } from "vitest";
import { loadDataset } from "../../src/data/load.js";
import { locateVerbatim } from "../../src/data/verbatim.js";
import type { Draft } from "../../src/draft/types.js";
import {
  checkEvidenceChange,
  checkNewClaim,
  checkQuoteChange,
  checkSpeakerChange,
  type NewClaimForm,
  type RepairContext,
  sentencesMatching,
  sentencesNaming,
} from "../../src/intake/repair-form.js";
import { applyRepairs } from "../../src/intake/repairs.js";

const dataset = loadDataset();

/** Made up for these checks: curly quotes, line breaks, two parties in one sentence. */
const ARTICLE = [
  "Maine Secretary of State Ruth Alder (D) said the state “won’t share” its full list.",
  "Asked again, Alder wrote:   “We give the public file,\nnothing more.”",
  "Tom Brisk, a Republican, and Lena Cole, a Democrat, sit on the state board.",
  "New Hampshire officials did not answer.",
].join("\n\n");

function context(draft: Partial<Draft> = {}, rejected: number[] = []): RepairContext {
  const base: Draft = {
    source: {
      id: null,
      outlet: null,
      author: null,
      published: null,
      updated: null,
      headline: null,
      url: null,
      evidence: { outlet: null, author: null, published: null, updated: null, headline: null },
      given: [],
    },
    story: { id: null, confidence: 0, why: "cannot tell" },
    claims: [],
    otherStory: [],
    quotes: [],
    people: [],
    ...draft,
  };
  return {
    article: ARTICLE,
    draft: base,
    rejected: new Set(rejected),
    people: dataset.people,
    jurisdictions: dataset.jurisdictions,
    editor: "UEDITOR",
  };
}

const form = (fields: Partial<NewClaimForm>): NewClaimForm => ({
  state: "ME",
  evidence: { kind: "text", text: "Maine Secretary of State Ruth Alder (D) said" },
  stance: "public-only",
  quote: null,
  speaker: null,
  ...fields,
});

describe("locateVerbatim", () => {
  it("finds pasted text with other spacing and straight quotes, and returns the article's own slice", () => {
    const found = locateVerbatim('We give the public file, nothing more."', ARTICLE);
    expect(found?.text).toBe("We give the public file,\nnothing more.”");
    expect(ARTICLE.slice(found?.start, found?.end)).toBe(found?.text);
    expect(locateVerbatim("We give the private file", ARTICLE)).toBeNull();
    expect(locateVerbatim("   ", ARTICLE)).toBeNull();
  });
});

describe("checks on an editor's repair", () => {
  it("adds a claim with a quote and a new speaker whose party the article states", () => {
    const checked = checkNewClaim(
      form({
        quote: "We give the public file, nothing more.",
        speaker: { kind: "new", name: "Ruth Alder", role: "Maine Secretary of State", party: "D" },
      }),
      context(),
    );
    if (checked.kind !== "repair" || checked.repair.kind !== "add") throw new Error(checked.kind);
    const { claim, speaker } = checked.repair;
    expect(claim).toMatchObject({ state: "ME", confidence: 1, why: "added by UEDITOR" });
    expect(ARTICLE.slice(claim.evidenceSpan.start, claim.evidenceSpan.end)).toBe(claim.evidence);
    expect(claim.quote?.text).toBe("We give the public file,\nnothing more.");
    expect(speaker).toMatchObject({ name: "Ruth Alder", party: "D", state: "ME", known: false });
    expect(speaker?.partyEvidence?.text).toContain("Ruth Alder (D)");
  });

  it("takes a party only where the article states it next to the name", () => {
    const speaker = (name: string, party: "R" | "D") =>
      checkNewClaim(
        form({ quote: "won’t share", speaker: { kind: "new", name, role: null, party } }),
        context(),
      );
    expect(speaker("Ruth Alder", "R")).toMatchObject({
      kind: "errors",
      errors: { party: expect.stringContaining("does not state this party") },
    });
    expect(speaker("Tom Brisk", "R").kind).toBe("repair");
    // Both parties in the words around the name: not a statement of either.
    expect(speaker("Lena Cole", "D")).toMatchObject({ kind: "errors" });
  });

  it("takes a role only where a sentence naming the person prints it", () => {
    const speaker = (name: string, role: string) =>
      checkNewClaim(
        form({ quote: "won’t share", speaker: { kind: "new", name, role, party: null } }),
        context(),
      );
    // "Maine Secretary of State" is printed, but about Ruth Alder: never Tom Brisk's role.
    expect(speaker("Tom Brisk", "Maine Secretary of State")).toMatchObject({
      kind: "errors",
      errors: { role: expect.stringContaining("names the person") },
    });
    const alder = speaker("Ruth Alder", "Maine Secretary of State");
    if (alder.kind !== "repair" || alder.repair.kind !== "add") throw new Error(alder.kind);
    expect(alder.repair.speaker).toMatchObject({ role: "Maine Secretary of State", state: "ME" });
    expect(alder.repair.speaker?.roleEvidence?.text).toContain("Ruth Alder");
  });

  it("refuses names, roles, evidence and quotes the article does not print, by field", () => {
    const checked = checkNewClaim(
      form({
        evidence: { kind: "text", text: "Maine refuses <!channel>" },
        quote: "We give the public file and more",
        speaker: { kind: "new", name: "Ruth Alderman", role: "Governor", party: null },
      }),
      context(),
    );
    expect(checked).toMatchObject({
      kind: "errors",
      errors: {
        evidence: expect.stringContaining("the first 1 word match, then word 2 differs"),
        quote: expect.stringContaining("the first 5 words match"),
        name: expect.stringContaining("does not print this name"),
      },
    });
    expect(JSON.stringify(checked)).not.toContain("<!channel>");
    expect(checkNewClaim(form({ state: "XX", stance: "maybe" }), context())).toMatchObject({
      errors: { state: "Choose a state.", stance: "Choose a stance." },
    });
  });

  it("takes evidence, quotes and names as whole words, never cut mid-word", () => {
    const checked = checkNewClaim(
      form({
        evidence: { kind: "text", text: "aine Secretary of State Ruth Alder (D) said" },
        quote: "We give the public fi",
        speaker: { kind: "new", name: "Ruth Alde", role: null, party: null },
      }),
      context(),
    );
    expect(checked).toMatchObject({
      kind: "errors",
      errors: {
        evidence: expect.stringContaining("cut mid-word"),
        quote: expect.stringContaining("cut mid-word"),
        name: expect.stringContaining("does not print this name"),
      },
    });
    // "on" stands first inside "won’t": the whole word later in the article is the one taken.
    const later = checkNewClaim(form({ evidence: { kind: "text", text: "on" } }), context());
    if (later.kind !== "repair" || later.repair.kind !== "add") throw new Error(later.kind);
    expect(later.repair.claim.evidenceSpan.start).toBe(ARTICLE.indexOf("sit on the") + 4);
  });

  it("asks for the speaker of a quote, and a quote for a speaker", () => {
    expect(checkNewClaim(form({ quote: "won’t share" }), context())).toMatchObject({
      errors: { speaker: expect.stringContaining("Say who said the quote") },
    });
    expect(
      checkNewClaim(
        form({ speaker: { kind: "known", id: dataset.people[0]?.id ?? "" } }),
        context(),
      ),
    ).toMatchObject({ errors: { quote: expect.stringContaining("Paste the words") } });
  });

  it("refuses a second claim for a state unless the first was rejected", () => {
    const first = checkNewClaim(form({}), context());
    if (first.kind !== "repair" || first.repair.kind !== "add") throw new Error(first.kind);
    const withMaine = { claims: [first.repair.claim] };
    expect(checkNewClaim(form({}), context(withMaine))).toMatchObject({
      errors: { state: expect.stringContaining("has a claim for Maine already (claim 1)") },
    });
    expect(checkNewClaim(form({}), context(withMaine, [0])).kind).toBe("repair");
  });

  /** The draft after an editor added Maine's claim with Ruth Alder's words: its repair rows. */
  const withAlderQuoted = () => {
    const added = checkNewClaim(
      form({
        quote: "won’t share",
        speaker: { kind: "new", name: "Ruth Alder", role: null, party: null },
      }),
      context(),
    );
    if (added.kind !== "repair") throw new Error(added.kind);
    const rows = [
      { draftId: "d", seq: 1, repair: JSON.stringify(added.repair), madeBy: "U1", madeAt: "" },
    ];
    return { rows, ctx: context(applyRepairs(context().draft, rows).draft) };
  };

  it("changes a speaker to a known person, and evidence to a listed sentence only", () => {
    const { ctx } = withAlderQuoted();
    const known = dataset.people[0];
    const changed = checkSpeakerChange(0, { kind: "known", id: known?.id ?? "" }, ctx);
    expect(changed).toMatchObject({
      kind: "repair",
      repair: { kind: "speaker", from: "Ruth Alder", speaker: { name: known?.name, known: true } },
    });
    const sentences = sentencesNaming(ARTICLE, dataset.jurisdictions).get("NH") ?? [];
    expect(sentences.map((s) => s.text)).toEqual(["New Hampshire officials did not answer."]);
    const nh = sentences[0] as { start: number; end: number };
    expect(
      checkEvidenceChange(0, { kind: "sentence", start: nh.start, end: nh.end }, ctx),
    ).toMatchObject({ kind: "repair", repair: { evidence: { text: sentences[0]?.text } } });
    expect(
      checkEvidenceChange(0, { kind: "sentence", start: 0, end: ARTICLE.length }, ctx),
    ).toMatchObject({ kind: "errors" });
  });

  it("replaces a drafted quote with other words, keeping its speaker; the review and the quotes list follow", () => {
    const { rows, ctx } = withAlderQuoted();
    // The same words again, said by the same person, change nothing.
    expect(checkQuoteChange(0, { quote: "won't share", speaker: null }, ctx)).toMatchObject({
      kind: "errors",
      errors: { quote: expect.stringMatching(/quote already/) },
    });
    const replaced = checkQuoteChange(
      0,
      { quote: 'We give the public file, nothing more."', speaker: null },
      ctx,
    );
    expect(replaced).toMatchObject({
      kind: "repair",
      repair: {
        kind: "quote",
        from: { text: "won’t share", speaker: "Ruth Alder" },
        quote: { text: "We give the public file,\nnothing more.”", speaker: "Ruth Alder" },
      },
    });
    if (replaced.kind !== "repair") throw new Error(replaced.kind);
    const repaired = applyRepairs(context().draft, [
      ...rows,
      { draftId: "d", seq: 2, repair: JSON.stringify(replaced.repair), madeBy: "U2", madeAt: "" },
    ]);
    expect(repaired.draft.claims[0]?.quote?.text).toBe("We give the public file,\nnothing more.”");
    expect(repaired.draft.quotes.map((q) => q.text)).toEqual([
      "We give the public file,\nnothing more.”",
    ]);
    expect(repaired.changes.get(0)).toEqual([
      { what: "quote", by: "U2", from: "won’t share", to: "Ruth Alder" },
    ]);
  });

  it("searches sentences by the starts of the words typed, as printed or typed straight", () => {
    const all = [...(sentencesNaming(ARTICLE, dataset.jurisdictions).get("ME") ?? [])];
    const texts = (typed: string) => sentencesMatching(all, typed).map((s) => s.text);
    expect(texts("alder (d) won't")).toEqual([all[0]?.text]);
    expect(texts("  ")).toEqual(all.map((s) => s.text));
    expect(texts("lder")).toEqual([]);
    expect(texts("[.*")).toEqual([]);
  });
});
