import type {
  AllMiddlewareArgs,
  BlockButtonAction,
  SlackActionMiddlewareArgs,
  SlackViewMiddlewareArgs,
  ViewSubmitAction,
  webApi,
} from "@slack/bolt";
import type { Library } from "../../../library/library.js";
import type { SlackMessage } from "../../../render/blocks.js";
import type { IntakeDraft } from "../../../store/store.js";
import { tellEditor } from "../../intake-delivery.js";

export type ButtonArgs = SlackActionMiddlewareArgs<BlockButtonAction> & AllMiddlewareArgs;
export type ViewArgs = SlackViewMiddlewareArgs<ViewSubmitAction> & AllMiddlewareArgs;

/** A private note to whoever clicked, leaving the message as it is. */
export async function notePrivately(args: ButtonArgs, text: string): Promise<void> {
  await args.respond({ response_type: "ephemeral", replace_original: false, text });
}

/** Where the clicked review message sits: a form carries it, to update that message on submit. */
export function clickedMessage(body: BlockButtonAction): { channel?: string; ts?: string } {
  return {
    ...(body.channel?.id ? { channel: body.channel.id } : {}),
    ...(body.message?.ts ? { ts: body.message.ts } : {}),
  };
}

/** The changed review shown in place of its message, or sent to the editor when none is known. */
export async function showChangedReview(
  client: webApi.WebClient,
  editor: string,
  at: { channel?: string | undefined; ts?: string | undefined },
  row: Pick<IntakeDraft, "reviewChannel" | "reviewTs">,
  message: SlackMessage,
): Promise<void> {
  const channel = at.channel ?? row.reviewChannel;
  const ts = at.ts ?? row.reviewTs;
  if (channel && ts) await client.chat.update({ channel, ts, ...message });
  else await tellEditor(client, editor, message);
}

/** The team and user of an interaction, from its own payload. */
export function actorOf(body: {
  team?: { id?: string } | null;
  user: { id: string; team_id?: string };
}) {
  return { team: body.team?.id ?? body.user.team_id ?? "", user: body.user.id };
}

/** A state named as an editor types it: "OH", "Ohio", "Calif."; null when none fits. */
export function stateCode(library: Library, typed: string): { usps: string; name: string } | null {
  const wanted = typed.trim().toLowerCase().replace(/\s+/g, " ");
  const found = library.full.jurisdictions.find(
    (j) =>
      j.usps.toLowerCase() === wanted ||
      j.name.toLowerCase() === wanted ||
      j.ap.toLowerCase() === wanted ||
      j.aliases.some((a) => a.toLowerCase() === wanted),
  );
  return found ? { usps: found.usps, name: found.name } : null;
}
