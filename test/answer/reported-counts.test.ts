import { describe, expect, it } from "vitest";
import { reportedCounts } from "../../src/answer/reported-counts.js";
import type { Dataset } from "../../src/domain/dataset.js";
import { madeUpSource } from "../helpers/made-up.js";

const source = madeUpSource("900_count");

const counts = (article: string) =>
  reportedCounts({
    sources: [source],
    articles: new Map([[source.id, article]]),
  } as unknown as Dataset).map((c) => c.text);

describe("the articles' own counts of refusals", () => {
  it("quotes a count whose states say no, word for word", () => {
    expect(
      counts(
        "By Friday, more than 30 states had declined to hand over their rolls. Ohio said yes.",
      ),
    ).toEqual(["By Friday, more than 30 states had declined to hand over their rolls."]);
    expect(counts("Most states are pushing back on the request.")).toHaveLength(1);
    expect(
      counts("The list of states refusing the request had grown to 14 by Friday night."),
    ).toHaveLength(1);
  });

  it("leaves out the states asked, and a refusal that is someone else's", () => {
    expect(counts("The commission asked 50 states for data; Padilla refused.")).toEqual([]);
    expect(counts("Letters went to all 50 states, and California said no.")).toEqual([]);
    expect(counts("Twelve states have sent their data, and Smith refused to comment.")).toEqual([]);
  });
});
