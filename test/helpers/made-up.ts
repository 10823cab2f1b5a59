import type { Source } from "../../src/domain/dataset.js";

/** A made-up article's source, for tests that read prose of our own. */
export function madeUpSource(id: string): Source {
  return {
    id,
    outlet: "Test Gazette",
    author: null,
    published: "2030-01-02",
    updated: null,
    headline: "Made up",
    url: null,
    fetched: null,
    notes: null,
    path: "test",
    story: "test",
  };
}
