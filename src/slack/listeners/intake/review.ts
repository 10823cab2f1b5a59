import type {
  AllMiddlewareArgs,
  BlockAction,
  BlockButtonAction,
  BlockStaticSelectAction,
  SlackActionMiddlewareArgs,
} from "@slack/bolt";
import type { ReviewState } from "../../../intake/service.js";
import type { SlackMessage } from "../../../render/blocks.js";
import {
  pageOfClaim,
  problemsMessage,
  publishedMessage,
  reviewMessage,
} from "../../../render/review.js";
import type { AppDeps } from "../../deps.js";
import { actorOf } from "./common.js";

type ActionArgs<A extends BlockAction> = SlackActionMiddlewareArgs<A> & AllMiddlewareArgs;

/** Replaces the review message the click came from. */
async function update(args: ActionArgs<BlockAction>, message: SlackMessage): Promise<void> {
  const channel = args.body.channel?.id;
  const ts = args.body.message?.ts;
  if (channel && ts) await args.client.chat.update({ channel, ts, ...message });
}

/** A private note to whoever clicked, leaving the message as it is. */
async function note(args: ActionArgs<BlockAction>, text: string): Promise<void> {
  await args.respond({ response_type: "ephemeral", replace_original: false, text });
}

/** Shows the review again at a page, or at the page that holds a claim. */
async function showReview(
  args: ActionArgs<BlockAction>,
  deps: AppDeps,
  review: ReviewState,
  at: { page: number } | { claim: number },
): Promise<void> {
  const model = deps.intake.reviewModel(review);
  const page = "page" in at ? at.page : pageOfClaim(model, at.claim);
  await update(args, reviewMessage(model, page));
}

/** Approve or Reject on a claim: value "<draft>|<index>". */
export async function handleDecision(
  args: ActionArgs<BlockButtonAction>,
  deps: AppDeps,
  decision: "approved" | "rejected",
): Promise<void> {
  await args.ack();
  const [draftId = "", index = "-1"] = (args.action.value ?? "").split("|");
  const result = await deps.intake.decide(actorOf(args.body), draftId, Number(index), {
    decision,
  });
  if (result.kind !== "ok") return note(args, result.message);
  await showReview(args, deps, result.review, { claim: Number(index) });
}

/** The stance select on a claim: value "<draft>|<index>|<stance>". */
export async function handleStance(
  args: ActionArgs<BlockStaticSelectAction>,
  deps: AppDeps,
): Promise<void> {
  await args.ack();
  const [draftId = "", index = "-1", stance = ""] = args.action.selected_option.value.split("|");
  const result = await deps.intake.decide(actorOf(args.body), draftId, Number(index), { stance });
  if (result.kind !== "ok") return note(args, result.message);
  await showReview(args, deps, result.review, { claim: Number(index) });
}

/** The story select: value "<draft>|<story>". */
export async function handleStory(
  args: ActionArgs<BlockStaticSelectAction>,
  deps: AppDeps,
): Promise<void> {
  await args.ack();
  const [draftId = "", story = ""] = args.action.selected_option.value.split("|");
  const result = await deps.intake.setStory(actorOf(args.body), draftId, story);
  if (result.kind !== "ok") return note(args, result.message);
  const page = Number(/^nav\|(\d+)$/.exec(navBlock(args.body))?.[1] ?? 0);
  await showReview(args, deps, result.review, { page });
}

/** The page the message shows, from its navigation block's id. */
function navBlock(body: BlockAction): string {
  const blocks = (body.message?.blocks ?? []) as { block_id?: string }[];
  return blocks.find((b) => b.block_id?.startsWith("nav|"))?.block_id ?? "";
}

/** Previous / Next: value "<draft>|<page>". Reading is for editors too. */
export async function handlePage(
  args: ActionArgs<BlockButtonAction>,
  deps: AppDeps,
): Promise<void> {
  await args.ack();
  const [draftId = "", page = "0"] = (args.action.value ?? "").split("|");
  const actor = actorOf(args.body);
  const refused = await deps.intake.refusal(actor, "review", "review drafts", draftId);
  if (refused) return note(args, refused.message);
  const review = await deps.intake.review(draftId, actor.team);
  if (!review) return note(args, "That draft is no longer here.");
  await showReview(args, deps, review, { page: Number(page) });
}

/** "Publish approved": the checks, then one publish; the message becomes what changed. */
export async function handlePublish(
  args: ActionArgs<BlockButtonAction>,
  deps: AppDeps,
): Promise<void> {
  await args.ack();
  const actor = actorOf(args.body);
  const result = await deps.intake.publish(actor, args.action.value ?? "");
  switch (result.kind) {
    case "refused":
    case "invalid":
      return note(args, result.message);
    case "failed":
      await args.respond({
        response_type: "ephemeral",
        replace_original: false,
        ...problemsMessage(result.problems),
      });
      return;
    case "published":
      await update(args, publishedMessage(result, actor.user));
  }
}
