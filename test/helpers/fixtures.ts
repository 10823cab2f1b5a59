import { answer } from "../../src/answer/model.js";
import { loadDataset } from "../../src/data/load.js";
import { buildIndex } from "../../src/lookup/index.js";

export { queryFixtures } from "../../src/testkit/query-fixtures.js";

export const dataset = loadDataset();
export const index = buildIndex(dataset);
export const ask = (query: string) => answer(index, query);
