import * as z from "zod";
import { SOURCE_FIELDS } from "../../../intake/repairs.js";
import type { SourceForm } from "../../../intake/source-form.js";
import { reviewMessage } from "../../../render/review.js";
import type { AppDeps } from "../../deps.js";
import {
  asView,
  type SourceMetadata,
  sourceModal,
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
  page: z.int().min(0).default(0),
  channel: z.string().optional(),
  ts: z.string().optional(),
});

/** The review page the click came from ("nav|<page>"), to show the same page again. */
function pageOf(blocks: unknown): number {
  const nav = (Array.isArray(blocks) ? blocks : [])
    .map((b) => /^nav\|(\d+)$/.exec(String((b as { block_id?: unknown }).block_id ?? "")))
    .find(Boolean);
  return nav ? Number(nav[1]) : 0;
}

/** "Edit source" on a review: the form with the source as it stands, for editors only. */
export async function handleEditSourceButton(args: ButtonArgs, deps: AppDeps): Promise<void> {
  await args.ack();
  const draftId = args.action.value ?? "";
  const actor = actorOf(args.body);
  const say = (text: string) => notePrivately(args, text);
  const refused = await deps.intake.sourceRefusal(actor, draftId);
  if (refused) return void (await say(refused.message));
  const review = await deps.intake.review(draftId, actor.team);
  if (review?.row.status !== "review") return void (await say("That draft is not in review."));
  const metadata: SourceMetadata = {
    draftId,
    page: pageOf(args.body.message?.blocks),
    ...clickedMessage(args.body),
  };
  await args.client.views.open({
    trigger_id: args.body.trigger_id,
    view: asView(sourceModal(review.repaired.draft.source, metadata)),
  });
}

/** The form submitted: checked and kept, or refused on the form by field. */
export async function handleSourceSubmission(
  { ack, body, view, client }: ViewArgs,
  deps: AppDeps,
): Promise<void> {
  const values = view.state.values as ViewValues;
  const refuse = (message: string) =>
    ack({ response_action: "errors", errors: { outlet: message.slice(0, 300) } });
  const metadata = Metadata.safeParse(JSON.parse(view.private_metadata || "{}"));
  if (!metadata.success) return refuse("This form lost track of its draft; open it again.");
  const form = Object.fromEntries(
    SOURCE_FIELDS.map((field) => {
      const value = viewValue(values, field);
      return [field, typeof value === "string" ? value : null];
    }),
  ) as SourceForm;
  const actor = actorOf(body);
  const result = await deps.intake.correctSource(actor, metadata.data.draftId, form);
  if (result.kind === "refused" || result.kind === "invalid") return refuse(result.message);
  if (result.kind === "errors") {
    await ack({ response_action: "errors", errors: result.errors });
    return;
  }
  await ack();
  const message = reviewMessage(deps.intake.reviewModel(result.review), metadata.data.page);
  await showChangedReview(client, actor.user, metadata.data, result.review.row, message);
}
