import { describe, expect, it } from "vitest";
import type { Answer } from "../../src/answer/model.js";
import { askWithChanges } from "../../src/changes/answer.js";
import { sourceDate } from "../../src/domain/dataset.js";
import { buildLibrary } from "../../src/library/library.js";
import { replyCard } from "../../src/render/changes-card.js";
import { renderTerminal } from "../../src/render/terminal.js";
import { dataset } from "../helpers/fixtures.js";

const library = buildLibrary(dataset, "commission-2017");
const story = library.byId.get("commission-2017")?.dataset;
if (!story) throw new Error("the bundled data has the 2017 story");
const dates = [...new Set(story.sources.map(sourceDate).filter((d): d is string => d !== null))];
const ask = (q: string) => askWithChanges(library, q, null, "2026-11-27") as Answer;
const monthDay = (day: string) =>
  new Date(`${day}T00:00:00Z`).toLocaleString("en-US", {
    month: "long",
    day: "numeric",
    year: "numeric",
    timeZone: "UTC",
  });

describe("an answer as the sources stood on a day", () => {
  it("shows nothing from a source the day leaves out: no source, person or quote", () => {
    expect(dates.length).toBeGreaterThan(1);
    let checked = 0;
    for (const day of dates) {
      const later = story.sources.filter((s) => (sourceDate(s) ?? "9999") > day);
      if (later.length === 0) continue;
      const kept = new Set(story.sources.filter((s) => !later.includes(s)));
      // People whom only later articles name or quote.
      const onlyLater = story.people.filter(
        (p) =>
          !kept.has(p.namedIn.source) &&
          !story.quotes.some((q) => q.speaker === p && kept.has(q.source)),
      );
      // Quotes only later articles print (two outlets may print the same words).
      const keptWords = story.quotes.filter((q) => kept.has(q.source)).map((q) => q.text);
      const laterQuotes = story.quotes.filter(
        (q) => !kept.has(q.source) && !keptWords.some((w) => w.includes(q.text.slice(0, 40))),
      );
      const askedAbout = [
        ...[...story.states.values()]
          .filter((s) => s.claims.length > 0)
          .map((s) => s.jurisdiction.name),
        ...story.people.map((p) => p.name),
      ];
      for (const asked of askedAbout) {
        const q = `${asked} on ${monthDay(day)}`;
        const reply = ask(q);
        expect(reply.on, q).toBe(day);
        const json = JSON.stringify(reply.matches) + JSON.stringify(reply.said);
        const card = renderTerminal(replyCard(reply));
        for (const s of later) expect(json, `${q}: ${s.id}`).not.toContain(s.id);
        const shownPeople = new Set([
          ...reply.matches.flatMap((m) => (m.kind === "state" ? m.people.map((p) => p.name) : [])),
          ...reply.matches.filter((m) => m.kind === "person").map((m) => m.name),
          ...[...json.matchAll(/"speaker(?:Name)?":"([^"]+)"/g)].map((found) => found[1]),
        ]);
        const namedLine = card.split("\n").find((line) => line.startsWith("People named")) ?? "";
        for (const p of onlyLater) {
          expect(shownPeople.has(p.name), `${q}: ${p.name}`).toBe(false);
          expect(namedLine, `${q}: ${p.name}`).not.toContain(p.name);
        }
        for (const quote of laterQuotes) expect(card, q).not.toContain(quote.text.slice(0, 40));
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(20);
  });

  it("a person whom only later articles name is not that day's answer", () => {
    const first = dates.reduce((a, b) => (a < b ? a : b));
    const laterOnly = story.people.find(
      (p) =>
        (sourceDate(p.namedIn.source) ?? "9999") > first &&
        !story.quotes.some((q) => q.speaker === p && (sourceDate(q.source) ?? "9999") <= first),
    );
    if (!laterOnly) throw new Error("some person is named only after the first day");
    const reply = ask(`${laterOnly.name} on ${monthDay(first)}`);
    expect(reply.matches.map((m) => m.name)).not.toContain(laterOnly.name);
    expect(renderTerminal(replyCard(reply))).toContain("As the sources stood on");
  });
});
