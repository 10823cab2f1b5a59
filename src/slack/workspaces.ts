import type { App, webApi } from "@slack/bolt";
import type { Store } from "../store/store.js";

/**
 * The Web API client for each workspace, for the calls no request carries a client for (the
 * digest and its map). In single-workspace mode that is the app's own (SLACK_BOT_TOKEN); in
 * OAuth mode, a client with the token the workspace's installation stored.
 */
export class Workspaces {
  /** By token, so a reinstall that brings a new token gets a new client. */
  private readonly clients = new Map<string, webApi.WebClient>();

  constructor(
    private readonly app: () => App,
    private readonly store: Store,
    private readonly oauth: { clientFor(token: string): webApi.WebClient } | null,
  ) {}

  async clientFor(team: string): Promise<webApi.WebClient> {
    if (!this.oauth) return this.app().client;
    const installation = await this.store.fetchInstallation({
      teamId: team,
      enterpriseId: undefined,
      isEnterpriseInstall: false,
    });
    const token = installation.bot?.token;
    if (!token) throw new Error(`The installation for ${team} has no bot token`);
    let client = this.clients.get(token);
    if (!client) {
      client = this.oauth.clientFor(token);
      this.clients.set(token, client);
    }
    return client;
  }

  /** The app was uninstalled or its token revoked: forget the token, pause the digests. */
  async forget(
    team: string,
    enterprise: string | undefined,
    reason: string,
    now: Date,
  ): Promise<number> {
    const query = { teamId: team, enterpriseId: enterprise, isEnterpriseInstall: false };
    const token = await this.store
      .fetchInstallation(query)
      .then((installation) => installation.bot?.token)
      .catch(() => undefined); // none stored: single-workspace mode, or already forgotten
    if (token) this.clients.delete(token);
    await this.store.deleteInstallation(query);
    return this.store.pauseTeam(team, reason, now);
  }
}
