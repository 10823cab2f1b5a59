import { describe, expect, it } from "vitest";
import { praiseAimedAt } from "../../src/lookup/praise.js";

describe("praise aimed at what a question names", () => {
  it("answers only praise of the thing named, not praise of its critics nor a word in passing", () => {
    const aimed = praiseAimedAt("who praised the commission");
    expect(aimed).not.toBeNull();
    const fits = aimed as (text: string) => boolean;
    expect(fits("The governor praised the commission's work on Monday.")).toBe(true);
    expect(fits("She welcomed the panel and its questions.")).toBe(true);
    expect(fits("Smith is to be applauded for calling out the commission.")).toBe(false);
    expect(fits("Thanks in part to the commission, turnout fell.")).toBe(false);
    expect(fits("The commission's chairs have backed a false claim.")).toBe(false);
    expect(fits("We do not support this task of the commission.")).toBe(false);
    expect(fits("Its co-chairs backed the commission's work.")).toBe(false);
    expect(fits("States are welcome to purchase what the commission wants.")).toBe(false);
  });

  it("reads the one praised before a passive verb", () => {
    const fits = praiseAimedAt("who applauded Lee") as (text: string) => boolean;
    expect(fits("The chair said Lee “is to be applauded for standing firm.”")).toBe(true);
    expect(fits("Lee applauded the chair.")).toBe(false);
  });

  it("takes what is praised from the question's last word", () => {
    const trump = praiseAimedAt("who backed President Trump") as (text: string) => boolean;
    expect(trump("The governor backed President Trump on Friday.")).toBe(true);
    expect(trump("The governor backed the commission's chair.")).toBe(false);
  });

  it("leaves other questions alone", () => {
    expect(praiseAimedAt("who criticized the commission")).toBeNull();
    expect(praiseAimedAt("who said jump in the gulf")).toBeNull();
  });
});
