import { Injectable } from '@nestjs/common';
import { type Actor, ClusterEvents } from '@civics/api-platform';

const TTL_MS = 30_000;
const MAX_ENTRIES = 50_000;

/** Cluster topics: a session, or every session of an account, was revoked by some replica. */
export const SESSION_REVOKED = 'identity.session-revoked';
export const ACCOUNT_SESSIONS_REVOKED = 'identity.account-sessions-revoked';

/**
 * Recently verified callers by session, for half a minute, so a burst of requests (an exam's
 * answer saves) costs one session lookup instead of one per request. Revocations evict at once
 * here and, through ClusterEvents (PostgreSQL NOTIFY at commit), on every other replica; TTL_MS
 * bounds staleness only while a replica's listener is reconnecting.
 */
@Injectable()
export class ActorCache {
  private readonly entries = new Map<string, { actor: Actor; until: number }>();
  /** Lookups in flight by session: concurrent requests of one caller share one query. */
  private readonly pending = new Map<string, { accountId: string; actor: Promise<Actor | null> }>();

  constructor(events: ClusterEvents) {
    events.on(SESSION_REVOKED, (p) => (typeof p?.['sessionId'] === 'string' ? this.evictSession(p['sessionId']) : this.clear()));
    events.on(ACCOUNT_SESSIONS_REVOKED, (p) => (typeof p?.['accountId'] === 'string' ? this.evictAccount(p['accountId']) : this.clear()));
  }

  /**
   * The cached caller of a session, else the one `load` finds (null: no live session). While a
   * load runs, other requests of the same session wait for it instead of querying again.
   */
  resolve(sessionId: string, accountId: string, load: () => Promise<Actor | null>): Promise<Actor | null> {
    const cached = this.get(sessionId);
    if (cached?.accountId === accountId) return Promise.resolve(cached);
    const inFlight = this.pending.get(sessionId);
    if (inFlight?.accountId === accountId) return inFlight.actor;
    const entry = { accountId, actor: load() };
    this.pending.set(sessionId, entry);
    const settle = () => {
      // An eviction while loading removed the entry: then the result is not cached.
      if (this.pending.get(sessionId) !== entry) return false;
      this.pending.delete(sessionId);
      return true;
    };
    entry.actor.then(
      (actor) => {
        if (settle() && actor) this.set(actor);
      },
      () => settle(),
    );
    return entry.actor;
  }

  get(sessionId: string): Actor | undefined {
    const e = this.entries.get(sessionId);
    if (!e) return undefined;
    if (e.until < Date.now()) {
      this.entries.delete(sessionId);
      return undefined;
    }
    return e.actor;
  }

  set(actor: Actor): void {
    if (this.entries.size >= MAX_ENTRIES) this.entries.clear();
    this.entries.set(actor.sessionId, { actor, until: Date.now() + TTL_MS });
  }

  clear(): void {
    this.entries.clear();
    this.pending.clear();
  }

  evictSession(sessionId: string): void {
    this.entries.delete(sessionId);
    this.pending.delete(sessionId);
  }

  evictAccount(accountId: string): void {
    for (const [k, e] of this.entries) if (e.actor.accountId === accountId) this.entries.delete(k);
    for (const [k, e] of this.pending) if (e.accountId === accountId) this.pending.delete(k);
  }
}
