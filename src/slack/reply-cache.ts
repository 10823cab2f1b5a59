/** A bounded cache of rendered replies; the least recently used entries go first. */
export class ReplyCache<V> {
  private readonly entries = new Map<string, V>();

  constructor(private readonly max = 1_000) {}

  get(key: string, build: () => V): V {
    const hit = this.entries.get(key);
    if (hit !== undefined) {
      this.entries.delete(key);
      this.entries.set(key, hit);
      return hit;
    }
    const value = build();
    this.entries.set(key, value);
    if (this.entries.size > this.max) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
    return value;
  }

  /** Forgets every reply, when the data they were rendered from changes. */
  clear(): void {
    this.entries.clear();
  }

  get size(): number {
    return this.entries.size;
  }
}
