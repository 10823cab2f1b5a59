// The ids the editors' intake listeners answer to, apart from the code that answers them, so the
// listeners register at start-up without loading the intake (see listeners/intake/index.ts).

/** Callback ids of the editors' modals. */
export const INTAKE_VIEW = {
  add: "intake_add",
  retract: "intake_retract_reason",
  story: "intake_story_new",
  addClaim: "intake_claim_form",
  speaker: "intake_speaker_form",
  evidence: "intake_evidence_form",
  source: "intake_source_form",
} as const;

/** The state select of "Add a claim": choosing a state narrows the evidence to its sentences. */
export const CLAIM_STATE_ACTION = "intake_claim_state";

/**
 * The evidence select where an article has more sentences naming the state than a select lists
 * (Slack's 100): an external select, whose options VoterData finds as the editor types.
 */
export const EVIDENCE_OPTIONS_ACTION = "intake_evidence_options";

/** The message shortcut that hands a message's file or links to the intake. */
export const ADD_SHORTCUT = "add_voterdata_source";
