import type { App, webApi } from "@slack/bolt";
import type { Store } from "../store/store.js";

/**
 * The Web API client for each workspace, for the calls no request carries a client for (the
 * digest and its map). In single-workspace mode that is the app's own (SLACK_BOT_TOKEN); in
 * OAuth mode, a client with the token the workspace's installation stored.
 */
export class Workspaces {
  private readonly clients = new Map<string, webApi.WebClient>();

  constructor(
    private readonly app: () => App,
    private readonly store: Store,
    private readonly oauth: { clientFor(token: string): webApi.WebClient } | null,
  ) {}

  async clientFor(team: string): Promise<webApi.WebClient> {
    if (!this.oauth) return this.app().client;
    const cached = this.clients.get(team);
    if (cached) return cached;
    const installation = await this.store.fetchInstallation({
      teamId: team,
      enterpriseId: undefined,
      isEnterpriseInstall: false,
    });
    const token = installation.bot?.token;
    if (!token) throw new Error(`The installation for ${team} has no bot token`);
    const client = this.oauth.clientFor(token);
    this.clients.set(team, client);
    return client;
  }

  /** The app was uninstalled or its token revoked: forget the token, pause the digests. */
  async forget(
    team: string,
    enterprise: string | undefined,
    reason: string,
    now: Date,
  ): Promise<number> {
    this.clients.delete(team);
    await this.store.deleteInstallation({
      teamId: team,
      enterpriseId: enterprise,
      isEnterpriseInstall: false,
    });
    return this.store.pauseTeam(team, reason, now);
  }
}
