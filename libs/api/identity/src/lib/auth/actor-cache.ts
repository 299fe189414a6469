import { Injectable } from '@nestjs/common';
import type { Actor } from '@civics/api-platform';

const TTL_MS = 5_000;
const MAX_ENTRIES = 50_000;

/**
 * Recently verified callers by session, for a few seconds, so a burst of requests (an exam's
 * answer saves) costs one session lookup instead of one per request. Revocations made by this
 * process evict at once; another replica's revocation takes effect here within TTL_MS.
 */
@Injectable()
export class ActorCache {
  private readonly entries = new Map<string, { actor: Actor; until: number }>();

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

  evictSession(sessionId: string): void {
    this.entries.delete(sessionId);
  }

  evictAccount(accountId: string): void {
    for (const [k, e] of this.entries) if (e.actor.accountId === accountId) this.entries.delete(k);
  }
}
