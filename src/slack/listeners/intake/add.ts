import type {
  AllMiddlewareArgs,
  MessageShortcut,
  SlackShortcutMiddlewareArgs,
  webApi,
} from "@slack/bolt";
import * as z from "zod";
import type { Actor, ArticleInput } from "../../../intake/service.js";
import type { SlackMessage } from "../../../render/blocks.js";
import type { AppDeps } from "../../deps.js";
import {
  deliverSubmission,
  downloadArticle,
  FileRefused,
  type SlackFile,
  storyChoices,
  tellEditor,
} from "../../intake-delivery.js";
import { addArticleModal, asView, PROPOSE, viewValue } from "../../intake-views.js";
import { deliverLinks, tooManyLinks } from "../../link-delivery.js";
import { type LinkedMessage, linksOnly, MAX_LINKS, sharedLinks } from "../../links.js";
import { plainMessageText } from "../../message-text.js";
import { noteMessage } from "../../replies.js";
import { actorOf, type ViewArgs } from "./common.js";

/** `/voterdata add`: the modal, for editors only (checked again on submit). */
export async function openAddModal(
  deps: AppDeps,
  actor: Actor,
  client: webApi.WebClient,
  triggerId: string,
): Promise<SlackMessage | null> {
  const refused = await deps.intake.refusal(actor, "intake", "add articles");
  if (refused) return noteMessage(refused.message);
  await client.views.open({
    trigger_id: triggerId,
    view: asView(addArticleModal(storyChoices(deps))),
  });
  return null;
}

/**
 * `/voterdata add <links>`: the editor checked before anything is fetched, told at once that the
 * links are being read, then each draft arrives for review.
 */
export async function addLinksReply(
  deps: AppDeps,
  actor: Actor,
  client: webApi.WebClient,
  links: string[],
  respond: (message: SlackMessage & { response_type: "ephemeral" }) => Promise<unknown>,
): Promise<SlackMessage | null> {
  const refused = await deps.intake.refusal(actor, "intake", "add articles");
  if (refused) return noteMessage(refused.message);
  if (links.length > MAX_LINKS) return noteMessage(tooManyLinks(links));
  const count = links.length === 1 ? "the link" : `${links.length} links`;
  await respond({
    response_type: "ephemeral",
    ...noteMessage(`Reading ${count}; each article's draft arrives for review.`),
  });
  await deliverLinks(deps, client, actor, links);
  return null;
}

const Given = z.object({
  outlet: z.string().trim().min(1).max(200).optional(),
  url: z.url({ protocol: /^https?$/ }).optional(),
  published: z.iso.date().optional(),
  story: z.string().optional(),
});

/** The modal submitted: checked, closed at once, then drafted; the draft arrives for review. */
export async function handleAddSubmission(
  { ack, body, view, client, context }: ViewArgs,
  deps: AppDeps,
): Promise<void> {
  const actor = actorOf(body);
  const values = view.state.values;
  const files = (viewValue(values, "file") as SlackFile[] | undefined) ?? [];
  const pasted = viewValue(values, "text") as string | undefined;
  const link = viewValue(values, "url") as string | undefined;
  if (files.length === 0 && !pasted?.trim() && !link) {
    await ack({
      response_action: "errors",
      errors: { file: "Attach the article as a .txt file, paste it below, or give only its URL." },
    });
    return;
  }
  if (files.length > 0 && pasted?.trim()) {
    await ack({
      response_action: "errors",
      errors: { text: "Give the file or the text, not both." },
    });
    return;
  }
  const story = viewValue(values, "story") as string | undefined;
  const given = Given.safeParse({
    outlet: viewValue(values, "outlet"),
    url: viewValue(values, "url"),
    published: viewValue(values, "date"),
    story: story === PROPOSE ? undefined : story,
  });
  if (!given.success) {
    const field = String(given.error.issues[0]?.path[0] ?? "text");
    await ack({
      response_action: "errors",
      errors: { [field === "published" ? "date" : field]: "This does not look right." },
    });
    return;
  }
  await ack();
  const refused = await deps.intake.refusal(actor, "intake", "add articles");
  if (refused) return tellEditor(client, actor.user, refused.message);
  // The URL alone, or links pasted one per line: the articles are read from their pages.
  const links = files.length === 0 ? (pasted?.trim() ? linksOnly(pasted) : [link as string]) : null;
  if (links) {
    const { url: _url, ...beside } = dropUndefined(given.data);
    return deliverLinks(deps, client, actor, links, beside);
  }
  let bytes: Uint8Array;
  try {
    bytes = pasted?.trim()
      ? new TextEncoder().encode(pasted)
      : await downloadArticle(client, context.botToken, files[0] as SlackFile);
  } catch (error) {
    if (!(error instanceof FileRefused)) throw error;
    await tellEditor(client, actor.user, `Nothing was added: ${error.message}`);
    return;
  }
  await submit(deps, client, actor, { bytes, ...dropUndefined(given.data) });
}

/** "Add as a VoterData source" on a message: its .txt file, its links, or its text as the article. */
export async function handleAddShortcut(
  {
    ack,
    shortcut,
    client,
    context,
  }: SlackShortcutMiddlewareArgs<MessageShortcut> & AllMiddlewareArgs,
  deps: AppDeps,
): Promise<void> {
  await ack();
  const actor = { team: shortcut.team?.id ?? shortcut.user.team_id ?? "", user: shortcut.user.id };
  const refused = await deps.intake.refusal(actor, "intake", "add articles");
  if (refused) return tellEditor(client, actor.user, refused.message);
  const message = shortcut.message as { text?: string; files?: SlackFile[] } & LinkedMessage;
  const file = message.files?.[0];
  const links = file ? null : sharedLinks(message);
  if (links) return deliverLinks(deps, client, actor, links);
  let bytes: Uint8Array;
  try {
    if (file) bytes = await downloadArticle(client, context.botToken, file);
    else if (message.text?.trim()) bytes = new TextEncoder().encode(plainMessageText(message.text));
    else throw new FileRefused("that message carries no text and no .txt file.");
  } catch (error) {
    if (!(error instanceof FileRefused)) throw error;
    return tellEditor(client, actor.user, `Nothing was added: ${error.message}`);
  }
  await submit(deps, client, actor, { bytes });
}

async function submit(
  deps: AppDeps,
  client: webApi.WebClient,
  actor: Actor,
  input: ArticleInput,
): Promise<void> {
  await deliverSubmission(deps, client, actor, await deps.intake.submit(actor, input));
}

const dropUndefined = <T extends Record<string, unknown>>(value: T) =>
  Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as {
    [K in keyof T]: Exclude<T[K], undefined>;
  };
