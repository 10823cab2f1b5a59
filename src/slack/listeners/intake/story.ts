import type {
  AllMiddlewareArgs,
  SlackViewMiddlewareArgs,
  ViewSubmitAction,
  webApi,
} from "@slack/bolt";
import type { Actor } from "../../../intake/service.js";
import type { SlackMessage } from "../../../render/blocks.js";
import type { AppDeps } from "../../deps.js";
import { tellEditor } from "../../intake-delivery.js";
import { asView, storyModal, viewValue } from "../../intake-views.js";
import { noteMessage } from "../../replies.js";
import { actorOf } from "./common.js";

const REQUESTED = /^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/;

/** `/voterdata story new`: the modal, for editors only (checked again on submit). */
export async function openStoryModal(
  deps: AppDeps,
  actor: Actor,
  client: webApi.WebClient,
  triggerId: string,
): Promise<SlackMessage | null> {
  const refused = await deps.intake.refusal(actor, "story-new", "create stories");
  if (refused) return noteMessage(refused.message);
  await client.views.open({ trigger_id: triggerId, view: asView(storyModal()) });
  return null;
}

export async function handleStorySubmission(
  { ack, body, view, client }: SlackViewMiddlewareArgs<ViewSubmitAction> & AllMiddlewareArgs,
  deps: AppDeps,
): Promise<void> {
  const value = (block: string) => String(viewValue(view.state.values, block) ?? "").trim();
  const requested = value("requested");
  if (!REQUESTED.test(requested)) {
    await ack({
      response_action: "errors",
      errors: { requested: "Give it as YYYY-MM-DD or YYYY-MM." },
    });
    return;
  }
  const actor = actorOf(body);
  const result = await deps.intake.createStory(actor, {
    title: value("title"),
    requester: value("requester"),
    requested,
    description: value("description"),
  });
  if (result.kind === "invalid") {
    await ack({ response_action: "errors", errors: { title: result.message.slice(0, 150) } });
    return;
  }
  await ack();
  await tellEditor(
    client,
    actor.user,
    result.kind === "created"
      ? `Story ${result.id} created: drafts can be published under it now.`
      : result.message,
  );
}
