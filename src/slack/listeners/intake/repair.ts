import type {
  AllMiddlewareArgs,
  BlockAction,
  BlockStaticSelectAction,
  SlackActionMiddlewareArgs,
  SlackOptionsMiddlewareArgs,
} from "@slack/bolt";
import * as z from "zod";
import { REPAIR_ACTIONS } from "../../../intake/history.js";
import type { EvidenceChoice, FormField, SpeakerChoice } from "../../../intake/repair-form.js";
import type { RepairRequest, ReviewState } from "../../../intake/service.js";
import { pageOfClaim, reviewMessage } from "../../../render/review.js";
import type { AppDeps } from "../../deps.js";
import { INTAKE_VIEW } from "../../intake-ids.js";
import {
  addClaimModal,
  asView,
  evidenceModal,
  evidenceOptions,
  quoteModal,
  REPAIR_BLOCK,
  type RepairFormData,
  type RepairMetadata,
  repairBlock,
  type ViewValues,
  viewValue,
} from "../../intake-views.js";
import {
  actorOf,
  type ButtonArgs,
  clickedMessage,
  notePrivately,
  showChangedReview,
  type ViewArgs,
} from "./common.js";

const Metadata = z.object({
  draftId: z.string(),
  index: z.int().min(0).optional(),
  channel: z.string().optional(),
  ts: z.string().optional(),
});

function formData(deps: AppDeps, review: ReviewState): RepairFormData {
  return {
    draftId: review.row.id,
    ...deps.intake.repairChoices(review),
    labels: deps.intake.reviewModel(review).labels,
  };
}

/** The review to repair, for an editor; else the reason, told privately. */
async function openable(args: ButtonArgs, deps: AppDeps, action: string) {
  const [draftId = "", index = ""] = (args.action.value ?? "").split("|");
  const actor = actorOf(args.body);
  const say = (text: string) => notePrivately(args, text);
  const refused = await deps.intake.refusal(actor, action, "repair drafts", draftId);
  if (refused) return void (await say(refused.message));
  const review = await deps.intake.review(draftId, actor.team);
  if (review?.row.status !== "review") return void (await say("That draft is not in review."));
  const metadata: RepairMetadata = {
    draftId,
    ...(index !== "" ? { index: Number(index) } : {}),
    ...clickedMessage(args.body),
  };
  return { review, metadata };
}

/** "Add a claim" on a review page: the form, for editors only (checked again on submit). */
export async function handleAddClaimButton(args: ButtonArgs, deps: AppDeps): Promise<void> {
  await args.ack();
  const open = await openable(args, deps, "add-claim");
  if (!open) return;
  await args.client.views.open({
    trigger_id: args.body.trigger_id,
    view: asView(addClaimModal(formData(deps, open.review), open.metadata)),
  });
}

/** "Quote and speaker" / "Change evidence" on a claim: value "<draft>|<index>". */
export async function handleChangeButton(
  args: ButtonArgs,
  deps: AppDeps,
  what: "quote" | "evidence",
): Promise<void> {
  await args.ack();
  const open = await openable(args, deps, REPAIR_ACTIONS[what]);
  if (!open) return;
  const claim = open.review.repaired.draft.claims[open.metadata.index ?? -1];
  if (!claim) {
    await notePrivately(args, "That claim is no longer in the draft.");
    return;
  }
  const data = formData(deps, open.review);
  const view =
    what === "quote"
      ? quoteModal(data, open.metadata, {
          state: claim.state,
          quote: claim.quote?.text ?? null,
          speaker: claim.quote?.speaker ?? null,
        })
      : evidenceModal(data, open.metadata, claim);
  await args.client.views.open({ trigger_id: args.body.trigger_id, view: asView(view) });
}

/** The state chosen in "Add a claim": the evidence select narrows to that state's sentences. */
export async function handleClaimState(
  args: SlackActionMiddlewareArgs<BlockStaticSelectAction> & AllMiddlewareArgs,
  deps: AppDeps,
): Promise<void> {
  await args.ack();
  const view = (args.body as BlockAction).view;
  if (!view) return;
  const metadata = Metadata.safeParse(JSON.parse(view.private_metadata || "{}"));
  if (!metadata.success) return;
  const actor = actorOf(args.body);
  const refused = await deps.intake.refusal(
    actor,
    "add-claim",
    "repair drafts",
    metadata.data.draftId,
  );
  if (refused) return;
  const review = await deps.intake.review(metadata.data.draftId, actor.team);
  if (!review) return;
  const state = args.action.selected_option.value;
  await args.client.views.update({
    view_id: view.id,
    hash: view.hash,
    view: asView(addClaimModal(formData(deps, review), metadata.data, state)),
  });
}

/**
 * The evidence select's options as the editor types, where an article names the state in more
 * sentences than a select lists; none for anyone but an editor (refused and logged).
 */
export async function handleEvidenceOptions(
  args: SlackOptionsMiddlewareArgs<"block_suggestion"> & AllMiddlewareArgs,
  deps: AppDeps,
): Promise<void> {
  const { body } = args;
  const none = () => args.ack({ options: [] });
  const metadata = Metadata.safeParse(JSON.parse(body.view?.private_metadata || "{}"));
  if (!metadata.success) return none();
  const actor = actorOf(body);
  const action =
    body.view?.callback_id === INTAKE_VIEW.addClaim ? REPAIR_ACTIONS.add : REPAIR_ACTIONS.evidence;
  const refused = await deps.intake.refusal(actor, action, "repair drafts", metadata.data.draftId);
  if (refused) return none();
  const review = await deps.intake.review(metadata.data.draftId, actor.team);
  if (review?.row.status !== "review") return none();
  const state = body.block_id.split("|")[1] ?? "any";
  await args.ack(
    evidenceOptions(formData(deps, review), state === "any" ? null : state, body.value),
  );
}

const text = (values: ViewValues, block: string) => {
  const value = viewValue(values, block);
  return typeof value === "string" && value.trim() ? value : null;
};
const ticked = (values: ViewValues, block: string) => {
  const value = viewValue(values, block);
  return Array.isArray(value) && value.length > 0;
};

function evidenceOf(values: ViewValues): EvidenceChoice | null {
  const pasted = text(values, REPAIR_BLOCK.pasted);
  if (pasted) return { kind: "text", text: pasted };
  const pick = Object.keys(values).find((b) => b.startsWith(`${REPAIR_BLOCK.pick}|`));
  const offsets = /^(\d+):(\d+)$/.exec(pick ? (text(values, pick) ?? "") : "");
  return offsets ? { kind: "sentence", start: Number(offsets[1]), end: Number(offsets[2]) } : null;
}

function speakerOf(values: ViewValues, draftPeople: ReviewState["repaired"]["draft"]["people"]) {
  const chosen = text(values, "speaker");
  const name = text(values, "name");
  if (chosen === "new" || (!chosen && name)) {
    const party = text(values, "party");
    return {
      kind: "new",
      name: name ?? "",
      role: text(values, "role"),
      party: party === "R" || party === "D" ? party : null,
    } satisfies SpeakerChoice;
  }
  const [kind, key = ""] = (chosen ?? "").split(/:(.*)/s);
  if (kind === "known") return { kind: "known", id: key } satisfies SpeakerChoice;
  if (kind === "draft") {
    return { kind: "draft", name: draftPeople[Number(key)]?.name ?? "" } satisfies SpeakerChoice;
  }
  return null;
}

/** Any of the three forms submitted: checked, kept or refused on the form by field. */
export async function handleRepairSubmission(
  { ack, body, view, client }: ViewArgs,
  deps: AppDeps,
  kind: RepairRequest["kind"],
): Promise<void> {
  const values = view.state.values as ViewValues;
  const firstBlock = view.blocks.find((b) => b.type === "input")?.block_id ?? "speaker";
  const refuse = (message: string) =>
    ack({ response_action: "errors", errors: { [firstBlock]: message.slice(0, 300) } });
  const metadata = Metadata.safeParse(JSON.parse(view.private_metadata || "{}"));
  if (!metadata.success) return refuse("This form lost track of its draft; open it again.");
  const { draftId, index = -1 } = metadata.data;
  const actor = actorOf(body);
  // The editor first: a non-editor's form reads nothing of the draft (repair checks again).
  const refused = await deps.intake.refusal(actor, REPAIR_ACTIONS[kind], "repair drafts", draftId);
  if (refused) return refuse(refused.message);
  const review = await deps.intake.review(draftId, actor.team);
  const people = review?.repaired.draft.people ?? [];
  const request: RepairRequest =
    kind === "add"
      ? {
          kind,
          form: {
            state: text(values, "state"),
            evidence: evidenceOf(values),
            stance: text(values, "stance"),
            quote: text(values, "quote"),
            speaker: speakerOf(values, people),
          },
        }
      : kind === "quote"
        ? {
            kind,
            index,
            form: {
              quote: text(values, "quote"),
              speaker: speakerOf(values, people),
              remove: ticked(values, "remove"),
            },
          }
        : { kind, index, evidence: evidenceOf(values) };
  const result = await deps.intake.repair(actor, draftId, request);
  if (result.kind === "refused" || result.kind === "invalid") return refuse(result.message);
  if (result.kind === "errors") {
    const errors = Object.fromEntries(
      Object.entries(result.errors).map(([field, message]) => [
        repairBlock(field as FormField, values),
        message,
      ]),
    );
    await ack({ response_action: "errors", errors });
    return;
  }
  await ack();
  const model = deps.intake.reviewModel(result.review);
  const changed = kind === "add" ? result.review.repaired.draft.claims.length - 1 : index;
  const message = reviewMessage(model, pageOfClaim(model, changed));
  await showChangedReview(client, actor.user, metadata.data, result.review.row, message);
}
