import type { App } from "@slack/bolt";
import type { AppDeps } from "../deps.js";
import * as choose from "./actions/choose.js";
import * as share from "./actions/share.js";
import * as voterdataCommand from "./commands/voterdata.js";
import * as appMention from "./events/app-mention.js";
import * as directMessage from "./events/direct-message.js";
import * as uninstall from "./events/uninstall.js";
import * as intake from "./intake/index.js";
import { routedListeners } from "./routes.js";
import * as lookupMessage from "./shortcuts/lookup-message.js";

/** Every listener registers itself; each kind lives in its own folder. */
export function registerListeners(bolt: App, deps: AppDeps): void {
  const { app, mount } = routedListeners(bolt);
  // One global middleware, so every request pays for one hop: Slack retries an event when the
  // reply is slow, and a seen event_id is not answered twice; a workspace inside an Enterprise
  // Grid organisation is remembered (once), so its digests find an org-wide install's token.
  app.use(async ({ body, context, next }) => {
    const eventId = (body as { event_id?: unknown }).event_id;
    if (typeof eventId === "string" && !(await deps.seenEvents.firstTime(eventId))) return;
    if (context.enterpriseId && context.teamId)
      deps.workspaces.remember(context.teamId, context.enterpriseId);
    await next();
  });
  voterdataCommand.register(app, deps);
  appMention.register(app, deps);
  directMessage.register(app, deps);
  uninstall.register(app, deps);
  choose.register(app, deps);
  share.register(app, deps);
  lookupMessage.register(app, deps);
  intake.register(app, deps);
  mount();
}
