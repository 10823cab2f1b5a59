/**
 * Who may add, review, publish and retract: the users named in EDITORS and the members of
 * EDITOR_USERGROUP. With neither set, intake is off. Members of the group are read through
 * `groupMembers` (usergroups.users.list) and kept for `cacheMs`, per workspace.
 */
export interface EditorSettings {
  editors: readonly string[];
  usergroup: string | null;
  /** The group's members, or null when Slack could not say (refused, never cached). */
  groupMembers: (team: string, usergroup: string) => Promise<string[] | null>;
  cacheMs?: number;
  now?: () => number;
}

export class EditorPolicy {
  private readonly cache = new Map<string, { members: Set<string>; until: number }>();

  constructor(private readonly settings: EditorSettings) {}

  get enabled(): boolean {
    return this.settings.editors.length > 0 || this.settings.usergroup !== null;
  }

  async isEditor(team: string, user: string): Promise<boolean> {
    if (this.settings.editors.includes(user)) return true;
    const group = this.settings.usergroup;
    if (group === null) return false;
    const now = (this.settings.now ?? Date.now)();
    let cached = this.cache.get(team);
    if (!cached || cached.until <= now) {
      const members = await this.settings.groupMembers(team, group);
      // A failed read refuses this once and asks again next time, rather than lock editors out.
      if (members === null) return false;
      cached = { members: new Set(members), until: now + (this.settings.cacheMs ?? 60_000) };
      this.cache.set(team, cached);
    }
    return cached.members.has(user);
  }
}
