import type {
  AllMiddlewareArgs,
  BlockButtonAction,
  SlackActionMiddlewareArgs,
  SlackViewMiddlewareArgs,
  ViewSubmitAction,
} from "@slack/bolt";
import type { Actor } from "../../../intake/service.js";
import type { SlackMessage } from "../../../render/blocks.js";
import { historyMessage, retractedMessage } from "../../../render/review.js";
import type { AppDeps } from "../../deps.js";
import { tellEditor } from "../../intake-delivery.js";
import { asView, retractModal, viewValue } from "../../intake-views.js";
import { noteMessage } from "../../replies.js";
import { actorOf, stateCode } from "./common.js";

/** `/voterdata retract <source-id> <state> <reason>`. */
export async function retractReply(
  deps: AppDeps,
  actor: Actor,
  request: { sourceId: string; state: string; reason: string },
): Promise<SlackMessage> {
  const state = stateCode(deps.library.current(), request.state);
  const result = await deps.intake.retract(
    actor,
    request.sourceId,
    state?.usps ?? request.state.toUpperCase(),
    request.reason,
  );
  return result.kind === "retracted" ? retractedMessage(result) : noteMessage(result.message);
}

/** `/voterdata history <state>`: editors only. */
export async function historyReply(
  deps: AppDeps,
  actor: Actor,
  typed: string,
): Promise<SlackMessage> {
  // The editor first: a non-editor is refused whatever they typed (history checks again).
  const refused = await deps.intake.refusal(actor, "history", "read the editors' history");
  if (refused) return noteMessage(refused.message);
  const state = stateCode(deps.library.current(), typed);
  if (!state) return noteMessage(`"${typed}" is not a state; try /voterdata history Ohio.`);
  const result = await deps.intake.history(actor, state.usps);
  return result.kind === "history"
    ? historyMessage(state.name, result.entries)
    : noteMessage(result.message);
}

/** "Retract <state>" on a publish summary: asks for the reason first. */
export async function handleRetractButton(
  {
    ack,
    action,
    body,
    client,
    respond,
  }: SlackActionMiddlewareArgs<BlockButtonAction> & AllMiddlewareArgs,
  deps: AppDeps,
): Promise<void> {
  await ack();
  const [sourceId = "", state = ""] = (action.value ?? "").split("|");
  const refused = await deps.intake.refusal(actorOf(body), "retract", "retract claims", sourceId);
  if (refused) {
    await respond({ response_type: "ephemeral", replace_original: false, text: refused.message });
    return;
  }
  await client.views.open({
    trigger_id: body.trigger_id,
    view: asView(retractModal(sourceId, state)),
  });
}

/** The reason given: retract, and tell the editor what readers now see. */
export async function handleRetractSubmission(
  { ack, body, view, client }: SlackViewMiddlewareArgs<ViewSubmitAction> & AllMiddlewareArgs,
  deps: AppDeps,
): Promise<void> {
  const reason = String(viewValue(view.state.values, "reason") ?? "").trim();
  if (!reason) {
    await ack({ response_action: "errors", errors: { reason: "Give a reason." } });
    return;
  }
  await ack();
  const { sourceId = "", state = "" } = JSON.parse(view.private_metadata || "{}") as {
    sourceId?: string;
    state?: string;
  };
  const actor = actorOf(body);
  await tellEditor(
    client,
    actor.user,
    await retractReply(deps, actor, { sourceId, state, reason }),
  );
}
