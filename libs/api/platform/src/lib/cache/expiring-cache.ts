/**
 * Loads kept by key for a short time, shared by concurrent callers: a thousand exam starts that
 * need the same row cost one query. A failed load is never kept, nor a result `keep` rejects
 * (e.g. "not found"); past `maxEntries` the cache starts over. Owners clear it on writes and on
 * their ClusterEvents topic, so the lifetime only bounds staleness while a notification is lost.
 * Callers must not modify the values.
 */
export class ExpiringCache<V> {
  private readonly entries = new Map<string, { until: number; value: Promise<V> }>();

  constructor(
    private readonly ttlMs: number,
    private readonly maxEntries: number,
    private readonly keep: (value: V) => boolean = () => true,
  ) {}

  get(key: string, load: () => Promise<V>): Promise<V> {
    const hit = this.entries.get(key);
    if (hit && hit.until > Date.now()) return hit.value;
    const entry = { until: Date.now() + this.ttlMs, value: load() };
    if (this.entries.size >= this.maxEntries) this.entries.clear();
    this.entries.set(key, entry);
    const forget = () => {
      if (this.entries.get(key) === entry) this.entries.delete(key);
    };
    entry.value.then((v) => {
      if (!this.keep(v)) forget();
    }, forget);
    return entry.value;
  }

  clear(): void {
    this.entries.clear();
  }
}
