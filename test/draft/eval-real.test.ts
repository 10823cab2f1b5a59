import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { AnnotationError } from "../../src/draft/annotation.js";
import { formatReal, samePerson, summarise } from "../../src/draft/eval-real.js";
import { evaluateFolder, loadAnnotations } from "../../src/draft/eval-real-files.js";
import { dataset } from "../helpers/fixtures.js";

// Two made-up articles and what a careful reader takes from them, in a folder of their own.
function corpus(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "eval-real-"));
  mkdirSync(join(dir, "texts"));
  mkdirSync(join(dir, "annotations"));
  for (const [name, body] of Object.entries(files)) writeFileSync(join(dir, name), body);
  return dir;
}

const ONE = [
  "Ohio will not provide any voter data, Secretary of State Ann Reyes said.",
  "Texas will hand over the data.",
  "The Kansas City Star reported the news.",
  '"We are not sending anything," said Bo Lind (R), the Iowa secretary of state.',
].join("\n\n");
const ONE_YAML = `id: a1
url: https://example.test/a1
outlet: Example
published: "2017-07-01"
story: commission-2017
split: dev
query: made up
states:
  - state: OH
    stances: [refuses]
    basis: will not provide
  - state: Texas
    stances: [public-only]
  - state: GA
    stances: [refuses]
quotes:
  - fragment: We are not sending anything
    speaker: Bo Lind
parties:
  - person: Bo Lind
    party: D
traps:
  - state: KS
    why: a newspaper's name
`;
const TWO = "Vermont refused the request.";
const TWO_YAML = `id: b2
story: commission-2017
split: heldout
states:
  - state: VT
    stances: [refuses]
`;

describe("eval:real scores drafts of real articles against a careful reader's annotation", () => {
  const dir = corpus({
    "texts/a1.txt": ONE,
    "texts/b2.txt": TWO,
    "annotations/a1.yaml": ONE_YAML,
    "annotations/b2.yaml": TWO_YAML,
  });
  const all = loadAnnotations(join(dir, "annotations"), dataset.jurisdictions);

  it("reads only the split asked for", () => {
    expect(all.map((a) => a.id)).toEqual(["a1", "b2"]);
    const dev = loadAnnotations(join(dir, "annotations"), dataset.jurisdictions, "dev");
    expect(dev.map((a) => a.id)).toEqual(["a1"]);
    expect(dev[0]?.states.map((s) => s.state)).toEqual(["OH", "TX", "GA"]);
  });

  it("counts recall, stance, traps, speakers, parties and failure classes", () => {
    const dev = all.filter((a) => a.split === "dev");
    const [score] = evaluateFolder(join(dir, "texts"), dev, dataset);
    expect(score?.states).toMatchObject({ annotated: 3, matched: 2, stanceAgrees: 1, traps: 0 });
    const kinds = score?.failures.map((f) => f.kind);
    expect(kinds).toContain("wrong stance"); // Texas complies, the reader accepts public-only only
    expect(kinds).toContain("missed: state not named"); // Georgia is not in the text at all
    expect(kinds).toContain("wrong party"); // the text says R, the annotation D: counted wrong
    expect(score?.quotes).toEqual({ annotated: 1, rightSpeaker: 1 });
    expect(score?.verbatim.ok).toBe(score?.verbatim.excerpts);
    const e = summarise(score ? [score] : []);
    expect(e.recall).toBeCloseTo(2 / 3);
    expect(e.stance).toBeCloseTo(1 / 2);
    expect(e.wrongParties).toBe(1);
    expect(formatReal(e)).toMatch(/state recall 66\.7%.*traps claimed 0/);
  });

  it("counts a claimed trap against precision", () => {
    const d = corpus({
      "texts/t.txt": "Kansas refused the request. Utah refused too.",
      "annotations/t.yaml":
        "id: t\nstory: commission-2017\nsplit: dev\nstates:\n  - {state: UT, stances: [refuses]}\ntraps:\n  - {state: KS, why: made up}\n",
    });
    const [score] = evaluateFolder(
      join(d, "texts"),
      loadAnnotations(join(d, "annotations"), dataset.jurisdictions),
      dataset,
    );
    expect(score?.states).toMatchObject({ drafted: 2, matched: 1, traps: 1 });
    expect(summarise(score ? [score] : []).precision).toBe(0.5);
  });

  it("agrees when the reader names the office and the drafter the known person who holds it", () => {
    const d = corpus({
      "texts/m.txt":
        "Mississippi's secretary of state said officials can “go jump in the Gulf of Mexico” over the request.",
      "annotations/m.yaml":
        "id: m\nstory: commission-2017\nsplit: dev\nquotes:\n  - {fragment: go jump in the Gulf of Mexico, speaker: Mississippi's secretary of state}\n",
      "texts/o.txt":
        "Ohio's secretary of state said the panel can “go jump in the Gulf of Mexico” today.",
      "annotations/o.yaml":
        "id: o\nstory: commission-2017\nsplit: dev\nquotes:\n  - {fragment: go jump in the Gulf of Mexico, speaker: Mississippi's secretary of state}\n",
    });
    const [mississippi, ohio] = evaluateFolder(
      join(d, "texts"),
      loadAnnotations(join(d, "annotations"), dataset.jurisdictions),
      dataset,
    );
    expect(mississippi?.quotes).toEqual({ annotated: 1, rightSpeaker: 1 });
    expect(ohio?.quotes).toEqual({ annotated: 1, rightSpeaker: 0 });
  });

  it("agrees when the reader names an office by its holder and the drafter by its title", () => {
    const text =
      "Maine Secretary of State Ned Lark spoke Friday. “We will not send a thing,” Lark's office said in a statement.";
    const d = corpus({
      "texts/h.txt": text,
      "annotations/h.yaml":
        "id: h\nstory: commission-2017\nsplit: dev\nquotes:\n  - {fragment: We will not send a thing, speaker: Lark's office}\n",
      "texts/w.txt": text,
      "annotations/w.yaml":
        "id: w\nstory: commission-2017\nsplit: dev\nquotes:\n  - {fragment: We will not send a thing, speaker: Reed's office}\n",
    });
    const [holder, other] = evaluateFolder(
      join(d, "texts"),
      loadAnnotations(join(d, "annotations"), dataset.jurisdictions),
      dataset,
    );
    expect(holder?.quotes).toEqual({ annotated: 1, rightSpeaker: 1 });
    expect(other?.quotes).toEqual({ annotated: 1, rightSpeaker: 0 });
  });

  it("names the file and the field of a bad annotation", () => {
    const bad = corpus({
      "annotations/x.yaml":
        "id: x\nstory: commission-2017\nsplit: dev\nstates:\n  - {state: OH, stances: [maybe]}\n",
    });
    expect(() => loadAnnotations(join(bad, "annotations"), dataset.jurisdictions)).toThrow(
      AnnotationError,
    );
    expect(() => loadAnnotations(join(bad, "annotations"), dataset.jurisdictions)).toThrow(
      /x\.yaml: field "states\.0\.stances\.0"/,
    );
    const state = corpus({
      "annotations/y.yaml": "id: y\nstory: doj-2025\nsplit: dev\ntraps:\n  - {state: Atlantis}\n",
    });
    expect(() => loadAnnotations(join(state, "annotations"), dataset.jurisdictions)).toThrow(
      /y\.yaml: field "traps\.0\.state": unknown state "Atlantis"/,
    );
  });

  it("takes a shorter form of the same name for the same speaker", () => {
    expect(samePerson("Alison Lundergan Grimes", "Alison Grimes")).toBe(true);
    expect(samePerson("Jon Husted", "Husted")).toBe(true);
    expect(samePerson("Jon Husted", "Jon Tester")).toBe(false);
    expect(samePerson("Pamela Bondi", "Pam Bondi")).toBe(true);
    expect(samePerson("Pam Bondi", "Pamela Anderson")).toBe(false);
    // Bodies' names in either order.
    expect(
      samePerson("Office of the Ohio Secretary of State", "Ohio Secretary of State's office"),
    ).toBe(true);
    expect(samePerson("U.S. Department of Justice", "Justice Department")).toBe(true);
    // A body by its initials, in capitals.
    expect(samePerson("DOJ", "U.S. Department of Justice")).toBe(true);
    expect(samePerson("American Civil Liberties Union", "ACLU")).toBe(true);
    expect(samePerson("ACLU", "Common Cause")).toBe(false);
    expect(samePerson("Doj", "U.S. Department of Justice")).toBe(false);
    expect(samePerson("Ohio Secretary of State's office", "Iowa Secretary of State's office")).toBe(
      false,
    );
    expect(samePerson("Ohio Secretary of State's office", "Jon Husted")).toBe(false);
    expect(samePerson("League of Women Voters of Ohio", "League of Women Voters")).toBe(true);
    expect(samePerson("League of Women Voters", "Brennan Center for Justice")).toBe(false);
    expect(samePerson("Governor of South Carolina", "South Carolina Governor")).toBe(true);
    expect(samePerson("Governor of South Carolina", "North Carolina Governor")).toBe(false);
    expect(samePerson("Secretary of State Jo Lee", "Jo Lee")).toBe(true);
    // A reader's note on the form the words took is not part of the name.
    expect(samePerson("The Topeka Capital-Journal (editorial)", "Topeka Capital-Journal")).toBe(
      true,
    );
    expect(samePerson("U.S. Department of Justice (statement)", "Justice Department")).toBe(true);
    expect(samePerson("Jo Lee (letter)", "Jo Roe")).toBe(false);
    expect(samePerson("Michigan Secretary of State", "Secretary of State Ruth Johnson")).toBe(
      false,
    );
  });
});
