import type { AllMiddlewareArgs, App, SlackEventMiddlewareArgs } from "@slack/bolt";
import type { AppDeps } from "../../deps.js";

type UninstallArgs = (
  | SlackEventMiddlewareArgs<"app_uninstalled">
  | SlackEventMiddlewareArgs<"tokens_revoked">
) &
  AllMiddlewareArgs;

/**
 * The app was removed from a workspace, or its bot token revoked: the stored token is deleted
 * and the workspace's digests paused (`/voterdata subscriptions` says why once it is back).
 */
export async function handleUninstall({ body, event, logger }: UninstallArgs, deps: AppDeps) {
  if (event.type === "tokens_revoked" && !event.tokens.bot?.length) return; // user tokens only
  const team = (body as { team_id?: string }).team_id;
  if (!team) return;
  const { enterprise_id: enterprise, is_enterprise_install: orgWide } = body as {
    enterprise_id?: string;
    is_enterprise_install?: boolean;
  };
  const paused = await deps.workspaces.forget(
    team,
    enterprise,
    event.type,
    deps.clock(),
    orgWide === true,
  );
  logger.info(`Workspace ${team}: ${event.type}; installation removed, ${paused} digest(s) paused`);
}

export function register(app: App, deps: AppDeps): void {
  app.event("app_uninstalled", (args) => handleUninstall(args, deps));
  app.event("tokens_revoked", (args) => handleUninstall(args, deps));
}
