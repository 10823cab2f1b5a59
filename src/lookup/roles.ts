import type { Office } from "../domain/dataset.js";

/**
 * The words reporters use for a state's offices ("SOS", "lt gov", "top election official"), as
 * normalised text, longest first, with the offices each stands for. An office the dataset has no
 * kind for stands for none: asked of a state, it names no holder.
 */
export const ROLE_PHRASES: [string, Office[]][] = (
  [
    ["lieutenant governor", ["lieutenant-governor"]],
    ["lt governor", ["lieutenant-governor"]],
    ["lt gov", ["lieutenant-governor"]],
    ["secretary of state", ["secretary-of-state"]],
    ["sec of state", ["secretary-of-state"]],
    ["secy of state", ["secretary-of-state"]],
    ["sos", ["secretary-of-state"]],
    ["secretary", ["secretary-of-state"]],
    ["governor", ["governor"]],
    ["gov", ["governor"]],
    ["director of elections", ["elections-director"]],
    ["elections director", ["elections-director"]],
    ["election director", ["elections-director"]],
    ["elections administrator", ["elections-director"]],
    ["top election official", ["secretary-of-state", "lieutenant-governor", "elections-director"]],
    [
      "chief election official",
      ["secretary-of-state", "lieutenant-governor", "elections-director"],
    ],
    ["chief election officer", ["secretary-of-state", "lieutenant-governor", "elections-director"]],
    ["election chief", ["secretary-of-state", "lieutenant-governor", "elections-director"]],
    ["elections chief", ["secretary-of-state", "lieutenant-governor", "elections-director"]],
    ["election official", ["secretary-of-state", "lieutenant-governor", "elections-director"]],
    ["elections official", ["secretary-of-state", "lieutenant-governor", "elections-director"]],
    ["democratic party chair", ["party-chair"]],
    ["party chair", ["party-chair"]],
    ["elections commission", ["elections-director"]],
    ["election commission", ["elections-director"]],
    ["board of elections", ["elections-director"]],
    ["elections board", ["elections-director"]],
    ["state senator", ["state-senator"]],
    ["senator", ["state-senator"]],
    // Offices the dataset has no kind for: asked of a state, they always name no holder.
    ["attorney general", []],
    ["treasurer", []],
    ["auditor", []],
    ["comptroller", []],
    ["mayor", []],
    ["county clerk", []],
    ["speaker of the house", []],
    ["house speaker", []],
    ["chief justice", []],
  ] as [string, Office[]][]
).sort((a, b) => b[0].length - a[0].length);
