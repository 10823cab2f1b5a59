/** Action ids of the review message and the publish summary. */
export const INTAKE_ACTION = {
  approve: "intake_approve",
  reject: "intake_reject",
  stance: "intake_stance",
  page: "intake_page",
  story: "intake_story",
  publish: "intake_publish",
  retract: "intake_retract",
  addClaim: "intake_add_claim",
  /** "Quote and speaker" (the id it had as "Change speaker", so older reviews keep working). */
  quote: "intake_change_speaker",
  changeEvidence: "intake_change_evidence",
  editSource: "intake_edit_source",
} as const;
