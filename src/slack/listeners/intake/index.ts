import type {
  App,
  BlockButtonAction,
  BlockStaticSelectAction,
  MessageShortcut,
  ViewSubmitAction,
} from "@slack/bolt";
import { INTAKE_ACTION } from "../../../render/review-ids.js";
import type { AppDeps } from "../../deps.js";
import {
  ADD_SHORTCUT,
  CLAIM_STATE_ACTION,
  EVIDENCE_OPTIONS_ACTION,
  INTAKE_VIEW,
} from "../../intake-ids.js";

// Each handler module, and the intake code behind it, loads on the first editor's payload that
// needs it, so start-up and readers' lookups never pay for it.
const add = () => import("./add.js");
const repair = () => import("./repair.js");
const retract = () => import("./retract.js");
const review = () => import("./review.js");
const source = () => import("./source.js");
const story = () => import("./story.js");

/** Editors' intake: add, review, repair, correct the source, publish, retract, new stories. */
export function register(app: App, deps: AppDeps): void {
  app.view<ViewSubmitAction>(INTAKE_VIEW.add, async (args) =>
    (await add()).handleAddSubmission(args, deps),
  );
  app.shortcut<MessageShortcut>(ADD_SHORTCUT, async (args) =>
    (await add()).handleAddShortcut(args, deps),
  );

  app.action<BlockButtonAction>(INTAKE_ACTION.approve, async (args) =>
    (await review()).handleDecision(args, deps, "approved"),
  );
  app.action<BlockButtonAction>(INTAKE_ACTION.reject, async (args) =>
    (await review()).handleDecision(args, deps, "rejected"),
  );
  app.action<BlockStaticSelectAction>(INTAKE_ACTION.stance, async (args) =>
    (await review()).handleStance(args, deps),
  );
  app.action<BlockStaticSelectAction>(INTAKE_ACTION.story, async (args) =>
    (await review()).handleStory(args, deps),
  );
  app.action<BlockButtonAction>(INTAKE_ACTION.page, async (args) =>
    (await review()).handlePage(args, deps),
  );
  app.action<BlockButtonAction>(INTAKE_ACTION.publish, async (args) =>
    (await review()).handlePublish(args, deps),
  );

  app.action<BlockButtonAction>(INTAKE_ACTION.addClaim, async (args) =>
    (await repair()).handleAddClaimButton(args, deps),
  );
  app.action<BlockButtonAction>(INTAKE_ACTION.quote, async (args) =>
    (await repair()).handleChangeButton(args, deps, "quote"),
  );
  app.action<BlockButtonAction>(INTAKE_ACTION.changeEvidence, async (args) =>
    (await repair()).handleChangeButton(args, deps, "evidence"),
  );
  app.action<BlockStaticSelectAction>(CLAIM_STATE_ACTION, async (args) =>
    (await repair()).handleClaimState(args, deps),
  );
  app.view<ViewSubmitAction>(INTAKE_VIEW.addClaim, async (args) =>
    (await repair()).handleRepairSubmission(args, deps, "add"),
  );
  app.view<ViewSubmitAction>(INTAKE_VIEW.speaker, async (args) =>
    (await repair()).handleRepairSubmission(args, deps, "quote"),
  );
  app.options<"block_suggestion">(EVIDENCE_OPTIONS_ACTION, async (args) =>
    (await repair()).handleEvidenceOptions(args, deps),
  );
  app.view<ViewSubmitAction>(INTAKE_VIEW.evidence, async (args) =>
    (await repair()).handleRepairSubmission(args, deps, "evidence"),
  );

  app.action<BlockButtonAction>(INTAKE_ACTION.editSource, async (args) =>
    (await source()).handleEditSourceButton(args, deps),
  );
  app.view<ViewSubmitAction>(INTAKE_VIEW.source, async (args) =>
    (await source()).handleSourceSubmission(args, deps),
  );

  app.action<BlockButtonAction>(INTAKE_ACTION.retract, async (args) =>
    (await retract()).handleRetractButton(args, deps),
  );
  app.view<ViewSubmitAction>(INTAKE_VIEW.retract, async (args) =>
    (await retract()).handleRetractSubmission(args, deps),
  );

  app.view<ViewSubmitAction>(INTAKE_VIEW.story, async (args) =>
    (await story()).handleStorySubmission(args, deps),
  );
}

/** The intake's replies to `/voterdata add`, `story new`, `retract` and `history`, loaded on first use. */
export const intakeCommands = { add, retract, story };
