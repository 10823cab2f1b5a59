import { describe, expect, it } from "vitest";
import { FIELDS } from "../../src/domain/stance.js";

describe("a fee for the voter data, in the sources' words", () => {
  it("reads selling the data, not a tough sell", () => {
    const fee = FIELDS.fee.words;
    for (const t of ["the state sells its voter file", "lists are sold to campaigns", "for sale"])
      expect(fee.test(t), t).toBe(true);
    for (const t of ["a tough sell in the legislature", "was not sold on the plan"])
      expect(fee.test(t), t).toBe(false);
  });
});
