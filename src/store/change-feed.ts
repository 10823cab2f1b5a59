/**
 * Calls back when a story's dataset version changes, by polling the versions every `intervalMs`
 * (and on `check()`, which the engines call after their own bumps or a NOTIFY). Cheap: one small
 * query per interval, and only while someone listens.
 */
export class ChangeFeed {
  private readonly listeners = new Set<(story: string) => void>();
  private known: Map<string, number> | null = null;
  private timer: NodeJS.Timeout | null = null;
  private checking: Promise<void> | null = null;
  private again = false;

  constructor(
    private readonly versions: () => Promise<Map<string, number>>,
    private readonly intervalMs: number,
    private readonly onError: (error: Error) => void,
  ) {}

  subscribe(callback: (story: string) => void): () => void {
    this.listeners.add(callback);
    if (!this.timer) {
      void this.check();
      this.timer = setInterval(() => void this.check(), this.intervalMs);
      this.timer.unref();
    }
    return () => {
      this.listeners.delete(callback);
      if (this.listeners.size === 0) this.stop();
    };
  }

  /**
   * Compares the versions with the last ones seen and tells listeners what changed. A check asked
   * for while one runs is run again after it: that one may have read the versions before the
   * change that prompted this one (a NOTIFY arriving mid-read), and must not swallow it.
   */
  check(): Promise<void> {
    if (this.checking) {
      this.again = true;
      return this.checking;
    }
    this.checking = (async () => {
      do {
        this.again = false;
        await this.compare();
      } while (this.again);
    })().finally(() => {
      this.checking = null;
    });
    return this.checking;
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    this.known = null;
  }

  private async compare(): Promise<void> {
    let current: Map<string, number>;
    try {
      current = await this.versions();
    } catch (error) {
      this.onError(error as Error);
      return;
    }
    const before = this.known;
    this.known = current;
    if (!before) return; // the first reading (when the store opens) is the baseline
    for (const [story, version] of current) {
      if (before.get(story) === version) continue;
      for (const listener of this.listeners) listener(story);
    }
  }
}
