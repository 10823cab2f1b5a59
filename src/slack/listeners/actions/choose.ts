import type {
  AllMiddlewareArgs,
  App,
  BlockButtonAction,
  SlackActionMiddlewareArgs,
} from "@slack/bolt";
import { ACTION_CHOOSE } from "../../../render/blocks.js";
import type { AppDeps } from "../../deps.js";
import { answerForTargets, answerMessage, targetsFromValue } from "../../replies.js";

type ChooseArgs = SlackActionMiddlewareArgs<BlockButtonAction> & AllMiddlewareArgs;

/**
 * A "Did you mean" button: the chooser is replaced by the chosen card; a person chosen among
 * several who said something close, with their words that match the question first.
 */
export async function handleChoose(
  { ack, action, body, respond }: ChooseArgs,
  deps: AppDeps,
): Promise<void> {
  await ack();
  const { story, targets, said } = targetsFromValue(deps, action.value ?? "");
  const chosen = answerForTargets(story, targets, said ?? action.text.text, said);
  const ephemeral = body.container?.is_ephemeral === true;
  const message = answerMessage(chosen, { share: ephemeral, links: deps.cardOptions });
  await respond({ replace_original: true, ...message });
}

export function register(app: App, deps: AppDeps): void {
  app.action<BlockButtonAction>(new RegExp(`^${ACTION_CHOOSE}_\\d+$`), (args) =>
    handleChoose(args, deps),
  );
}
