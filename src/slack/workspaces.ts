import type { App, webApi } from "@slack/bolt";
import { InstallationNotFound, type Store } from "../store/store.js";

/**
 * The Web API client for each workspace, for the calls no request carries a client for (the
 * digest and its map). In single-workspace mode that is the app's own (SLACK_BOT_TOKEN); in
 * OAuth mode, a client with the token the workspace's installation stored, or, for a workspace
 * inside an Enterprise Grid organisation installed org-wide, the organisation's token.
 */
export class Workspaces {
  /** By token, so a reinstall that brings a new token gets a new client. */
  private readonly clients = new Map<string, webApi.WebClient>();
  /** Each workspace's organisation, as far as this process has seen or looked it up. */
  private readonly enterprises = new Map<string, string>();

  constructor(
    private readonly app: () => App,
    private readonly store: Store,
    private readonly oauth: { clientFor(token: string): webApi.WebClient } | null,
    private readonly warn: (message: string) => void = () => {},
  ) {}

  async clientFor(team: string): Promise<webApi.WebClient> {
    if (!this.oauth) return this.app().client;
    const installation = await this.installationFor(team);
    const token = installation.bot?.token;
    if (!token) throw new Error(`The installation for ${team} has no bot token`);
    let client = this.clients.get(token);
    if (!client) {
      client = this.oauth.clientFor(token);
      this.clients.set(token, client);
    }
    return client;
  }

  /**
   * Notes that a request came from a workspace inside an organisation. Written once per process
   * and workspace, off the request's path: the reply never waits for it.
   */
  remember(team: string, enterprise: string): void {
    if (!this.oauth || this.enterprises.get(team) === enterprise) return;
    this.enterprises.set(team, enterprise);
    this.store.rememberEnterprise(team, enterprise).catch((error: Error) => {
      this.enterprises.delete(team);
      this.warn(`Organisation of workspace ${team} not recorded: ${error.message}`);
    });
  }

  /** The workspace's own installation, else its organisation's org-wide one. */
  private async installationFor(team: string) {
    const enterprise = this.enterprises.get(team) ?? (await this.store.enterpriseOf(team));
    const own = { teamId: team, enterpriseId: enterprise ?? undefined, isEnterpriseInstall: false };
    if (!enterprise) return this.store.fetchInstallation(own);
    this.enterprises.set(team, enterprise);
    try {
      return await this.store.fetchInstallation(own);
    } catch (error) {
      if (!(error instanceof InstallationNotFound)) throw error;
      return this.store.fetchInstallation({ ...own, isEnterpriseInstall: true });
    }
  }

  /**
   * The app was uninstalled or its token revoked: forget the token, pause the digests (of every
   * workspace seen from the organisation, when it was installed org-wide).
   */
  async forget(
    team: string,
    enterprise: string | undefined,
    reason: string,
    now: Date,
    isEnterpriseInstall = false,
  ): Promise<number> {
    const query = { teamId: team, enterpriseId: enterprise, isEnterpriseInstall };
    const token = await this.store
      .fetchInstallation(query)
      .then((installation) => installation.bot?.token)
      .catch(() => undefined); // none stored: single-workspace mode, or already forgotten
    if (token) this.clients.delete(token);
    await this.store.deleteInstallation(query);
    const teams = new Set([team]);
    if (isEnterpriseInstall && enterprise)
      for (const member of await this.store.teamsOf(enterprise)) teams.add(member);
    let paused = 0;
    for (const each of teams) paused += await this.store.pauseTeam(each, reason, now);
    return paused;
  }
}
