import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DataSource, IsNull } from 'typeorm';
import { AuthSessionEntity, RefreshTokenEntity } from '../entities';
import { ClusterEvents, MicroBatcher, preparedQuery } from '@civics/api-platform';
import { ACCOUNT_SESSIONS_REVOKED, ActorCache, SESSION_REVOKED } from './actor-cache';

export type RotationResult = { kind: 'rotated'; session: AuthSessionEntity } | { kind: 'reused'; sessionId: string } | { kind: 'invalid' };

/** One role grant of a live session's account (role null: an account without grants). */
export interface LiveActorRow {
  readonly username: string;
  readonly person_id: string | null;
  readonly role: string | null;
  readonly scope_organisation_id: string | null;
  readonly scope_provider_id: string | null;
}

@Injectable()
export class SessionRepository {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly cache: ActorCache,
    private readonly events: ClusterEvents,
  ) {}

  async create(session: AuthSessionEntity, firstToken: RefreshTokenEntity): Promise<void> {
    await this.ds.transaction(async (m) => {
      await m.insert(AuthSessionEntity, session);
      await m.insert(RefreshTokenEntity, firstToken);
    });
  }

  /**
   * Everything the guard needs in one round trip: the live session, its active account and the
   * account's role grants (one row per grant). Callers whose sessions are looked up together
   * (a synchronised exam start) share one statement.
   */
  liveActorRows(sessionId: string, accountId: string): Promise<LiveActorRow[]> {
    return this.liveActors.submit({ sessionId, accountId });
  }

  private readonly liveActors = new MicroBatcher<{ sessionId: string; accountId: string }, LiveActorRow[]>(
    async (keys) => {
      const rows = await preparedQuery<LiveActorRow & { n: string }>(
        this.ds,
        'identity.live-actors',
        `SELECT k.n, a.username, a.person_id, r.role, r.scope_organisation_id, r.scope_provider_id
         FROM unnest($1::uuid[], $2::uuid[]) WITH ORDINALITY AS k(session_id, account_id, n)
         JOIN auth_session s ON s.id = k.session_id AND s.account_id = k.account_id
         JOIN account a ON a.id = s.account_id AND a.active
         LEFT JOIN account_role r ON r.account_id = a.id
         WHERE s.revoked_at IS NULL AND s.expires_at > now()`,
        [keys.map((k) => k.sessionId), keys.map((k) => k.accountId)],
      );
      const byKey = keys.map((): LiveActorRow[] => []);
      for (const { n, ...row } of rows) byKey[Number(n) - 1].push(row);
      return byKey;
    },
    { maxBatch: 100, maxInFlight: 4 },
  );

  /** Live sessions of an account with the time their refresh token last rotated, newest first. */
  async liveOf(accountId: string): Promise<{ session: AuthSessionEntity; lastUsedAt: Date }[]> {
    const sessions = await this.ds
      .getRepository(AuthSessionEntity)
      .createQueryBuilder('s')
      .where('s.account_id = :accountId AND s.revoked_at IS NULL AND s.expires_at > now()', { accountId })
      .orderBy('s.created_at', 'DESC')
      .getMany();
    if (sessions.length === 0) return [];
    const last = (await this.ds.query(
      `SELECT session_id, max(issued_at) AS last FROM refresh_token WHERE session_id = ANY($1::uuid[]) GROUP BY session_id`,
      [sessions.map((s) => s.id)],
    )) as { session_id: string; last: Date }[];
    const byId = new Map(last.map((r) => [r.session_id, new Date(r.last)]));
    return sessions.map((session) => ({ session, lastUsedAt: byId.get(session.id) ?? session.createdAt }));
  }

  findById(id: string): Promise<AuthSessionEntity | null> {
    return this.ds.getRepository(AuthSessionEntity).findOneBy({ id });
  }

  /** A live session: not revoked and not expired. */
  findLive(id: string): Promise<AuthSessionEntity | null> {
    return this.ds
      .getRepository(AuthSessionEntity)
      .createQueryBuilder('s')
      .where('s.id = :id AND s.revoked_at IS NULL AND s.expires_at > now()', { id })
      .getOne();
  }

  findByTokenHash(tokenHash: string): Promise<RefreshTokenEntity | null> {
    return this.ds.getRepository(RefreshTokenEntity).findOneBy({ tokenHash });
  }

  /**
   * Uses a refresh token once: marks it used and stores its successor in one transaction.
   * A token presented a second time means it leaked; the caller revokes the whole session.
   */
  async rotate(tokenHash: string, next: RefreshTokenEntity): Promise<RotationResult> {
    return this.ds.transaction(async (m) => {
      const token = await m
        .getRepository(RefreshTokenEntity)
        .createQueryBuilder('t')
        .setLock('pessimistic_write')
        .where('t.token_hash = :tokenHash', { tokenHash })
        .getOne();
      if (!token) return { kind: 'invalid' } as const;
      if (token.usedAt) return { kind: 'reused', sessionId: token.sessionId } as const;
      const session = await m
        .getRepository(AuthSessionEntity)
        .createQueryBuilder('s')
        .where('s.id = :id AND s.revoked_at IS NULL AND s.expires_at > now()', { id: token.sessionId })
        .getOne();
      if (!session || token.expiresAt.getTime() <= Date.now()) return { kind: 'invalid' } as const;
      await m.update(RefreshTokenEntity, { tokenHash }, { usedAt: new Date() });
      await m.insert(RefreshTokenEntity, { ...next, sessionId: session.id });
      return { kind: 'rotated', session } as const;
    });
  }

  /**
   * Revocations drop the cached caller here at once (before and after the write, so a lookup in
   * between cannot keep it) and on every other replica (see ActorCache).
   */
  async revoke(sessionId: string, reason: string): Promise<void> {
    this.cache.evictSession(sessionId);
    await this.ds
      .getRepository(AuthSessionEntity)
      .update({ id: sessionId, revokedAt: IsNull() }, { revokedAt: new Date(), revokeReason: reason });
    this.cache.evictSession(sessionId);
    await this.events.publish(SESSION_REVOKED, { sessionId });
  }

  /** Returns how many live sessions were ended. */
  async revokeAllOf(accountId: string, reason: string, exceptSessionId?: string): Promise<number> {
    this.cache.evictAccount(accountId);
    const qb = this.ds
      .createQueryBuilder()
      .update(AuthSessionEntity)
      .set({ revokedAt: () => 'now()', revokeReason: reason })
      .where('account_id = :accountId AND revoked_at IS NULL', { accountId });
    if (exceptSessionId) qb.andWhere('id <> :exceptSessionId', { exceptSessionId });
    const result = await qb.execute();
    this.cache.evictAccount(accountId);
    await this.events.publish(ACCOUNT_SESSIONS_REVOKED, { accountId });
    return result.affected ?? 0;
  }
}
