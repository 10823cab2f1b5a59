// What editors' requests need beyond rebuilding the library: loaded by IntakeService on the first
// one (an article handed over, a review opened, a publish or a retraction), so start-up and
// readers' lookups never load the draft schema, the repair checks or the review model.

export { Draft } from "../draft/types.js";
export { stateChanges } from "./changes.js";
export { historyLines, REPAIR_ACTIONS } from "./history.js";
export { provenance, submitLink, withPage } from "./link.js";
export { claimStates, PublishedEntries } from "./overlay.js";
export {
  checkEvidenceChange,
  checkNewClaim,
  checkQuoteChange,
  sentencesMatching,
  sentencesNaming,
} from "./repair-form.js";
export { applyRepairs } from "./repairs.js";
export { reviewModel } from "./review-model.js";
export { reviewedClaims } from "./review-state.js";
export { checkSourceCorrection, sourceChangesText } from "./source-form.js";
