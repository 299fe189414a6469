import { Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { Answer } from '@civics/contracts';
import { MicroBatcher, preparedQuery } from '@civics/api-platform';
import { AttemptEntity, AttemptItemEntity, AttemptResultEntity, CompetencyMeasurementEntity, ResponseEntity } from './entities';

/** Seconds after the deadline during which a save in flight is still accepted. */
export const SAVE_GRACE_SECONDS = 30;

/** How often the batched item usage counts are written. */
const USAGE_FLUSH_MS = 1000;

export type SaveOutcome =
  | { kind: 'saved'; seq: number; savedAt: Date }
  | { kind: 'stale'; seq: number; savedAt: Date }
  | { kind: 'attempt_not_found' }
  | { kind: 'item_not_in_attempt' }
  | { kind: 'item_locked' }
  | { kind: 'closed'; status: string }
  | { kind: 'deadline_passed' };

/** What a start needs to know about the person's attempts at a template. */
export interface StartState {
  readonly positionCode: string | null;
  readonly openId: string | null;
  readonly finished: number;
  readonly lastStartedAt: Date | null;
}

@Injectable()
export class AttemptRepository implements OnModuleDestroy {
  private readonly logger = new Logger('attempts');
  private readonly pendingUsage = new Map<string, number>();
  private usageTimer: NodeJS.Timeout | null = null;

  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  findById(id: string): Promise<AttemptEntity | null> {
    return this.ds.getRepository(AttemptEntity).findOneBy({ id });
  }

  findOpen(personId: string, templateId: string): Promise<AttemptEntity | null> {
    return this.ds.getRepository(AttemptEntity).findOneBy({ personId, templateId, status: 'in_progress' });
  }

  forPerson(personId: string): Promise<AttemptEntity[]> {
    return this.ds.getRepository(AttemptEntity).find({ where: { personId }, order: { startedAt: 'DESC' }, take: 200 });
  }

  /**
   * What a start needs to know in one round trip: the person's position, the open attempt at the
   * template (if any), how many finished ones there are and when the last one started. Starts
   * that arrive together share one statement (see MicroBatcher).
   */
  startState(personId: string, templateId: string): Promise<StartState> {
    return this.startStates.submit({ personId, templateId });
  }

  private readonly startStates = new MicroBatcher<{ personId: string; templateId: string }, StartState>(
    async (keys) => {
      const rows = await preparedQuery<{ open_id: string | null; finished: number; last: Date | null; position_code: string | null }>(
        this.ds,
        'assessment.start-states',
        `SELECT (SELECT position_code FROM person WHERE id = k.person_id) AS position_code,
                max(a.id::text) FILTER (WHERE a.status = 'in_progress') AS open_id,
                count(a.id) FILTER (WHERE a.status <> 'in_progress')::int AS finished,
                max(a.started_at) FILTER (WHERE a.status <> 'in_progress') AS last
         FROM unnest($1::uuid[], $2::uuid[]) WITH ORDINALITY AS k(person_id, template_id, n)
         LEFT JOIN attempt a ON a.person_id = k.person_id AND a.template_id = k.template_id
         GROUP BY k.n, k.person_id
         ORDER BY k.n`,
        [keys.map((k) => k.personId), keys.map((k) => k.templateId)],
      );
      return rows.map((r) => ({
        positionCode: r.position_code,
        openId: r.open_id,
        finished: r.finished,
        lastStartedAt: r.last ? new Date(r.last) : null,
      }));
    },
    { maxBatch: 100, maxInFlight: 4 },
  );

  /**
   * Inserts the attempt and its item sequence unless the person already has an open attempt
   * at the template (the partial unique index decides under concurrency). Returns the open one.
   *
   * One statement, so one implicit transaction and no round trip between insert and commit.
   * The items' usage counts are bumped afterwards in batches (see countUsage): every start of a
   * form touches the same item rows, and bumping them here serialised a synchronised start of
   * 1,000 candidates on those row locks.
   */
  async insertOpen(attempt: AttemptEntity, items: AttemptItemEntity[]): Promise<{ attempt: AttemptEntity; created: boolean }> {
    const created = await this.newAttempts.submit({ attempt, items });
    if (!created) {
      const open = await this.findOpen(attempt.personId, attempt.templateId);
      return { attempt: open as AttemptEntity, created: false };
    }
    this.countUsage(items.map((i) => i.itemId));
    return { attempt, created: true };
  }

  /**
   * Starts that arrive together are inserted by one statement: one plan, one commit. One insert
   * at a time: concurrent inserts into the same heap and index pages cost PostgreSQL about 60 %
   * more CPU per attempt than one larger batch (measured at 1,000 starts on 2 cores).
   */
  private readonly newAttempts = new MicroBatcher<{ attempt: AttemptEntity; items: AttemptItemEntity[] }, boolean>(
    async (batch) => {
      const rows = await preparedQuery<{ id: string }>(
        this.ds,
        'assessment.insert-open-attempts',
        `WITH input AS (
           SELECT * FROM jsonb_to_recordset($1::jsonb) AS i(id uuid, person_id uuid, template_id uuid, methodology_version_id uuid,
             position_code text, seed int, started_at timestamptz, deadline timestamptz, attestation_session_id uuid, items jsonb)
         ), new_attempt AS (
           INSERT INTO attempt (id, person_id, template_id, methodology_version_id, position_code, seed, status, started_at, deadline,
                                attestation_session_id)
           SELECT id, person_id, template_id, methodology_version_id, position_code, seed, 'in_progress', started_at, deadline,
                  attestation_session_id
           FROM input
           ON CONFLICT (person_id, template_id) WHERE status = 'in_progress' DO NOTHING
           RETURNING id
         ), sequence AS (
           INSERT INTO attempt_item (attempt_id, position, item_id, option_order)
           SELECT n.id, s.position, s.item_id, NULLIF(s.option_order, 'null'::jsonb)
           FROM new_attempt n JOIN input i ON i.id = n.id,
                jsonb_to_recordset(i.items) AS s(position int, item_id uuid, option_order jsonb)
           RETURNING item_id
         )
         SELECT id FROM new_attempt`,
        [
          JSON.stringify(
            batch.map(({ attempt: a, items }) => ({
              id: a.id,
              person_id: a.personId,
              template_id: a.templateId,
              methodology_version_id: a.methodologyVersionId,
              position_code: a.positionCode,
              seed: a.seed,
              started_at: a.startedAt,
              deadline: a.deadline,
              attestation_session_id: a.attestationSessionId,
              items: items.map((i) => ({ position: i.position, item_id: i.itemId, option_order: i.optionOrder })),
            })),
          ),
        ],
      );
      const inserted = new Set(rows.map((r) => r.id));
      return batch.map(({ attempt }) => inserted.has(attempt.id));
    },
    { maxBatch: 200, maxInFlight: 1 },
  );

  /**
   * Item usage counts only steer form assembly towards less exposed items (delivered items are
   * active, and only drafts are ever edited in place), so they are added up here and written
   * once a second in one statement, locking the item rows in id order. A crash loses at most
   * the last second's increments of this counter; attempts and answers are never deferred.
   */
  private countUsage(itemIds: readonly string[]): void {
    for (const id of itemIds) this.pendingUsage.set(id, (this.pendingUsage.get(id) ?? 0) + 1);
    this.usageTimer ??= setTimeout(() => void this.flushUsage(), USAGE_FLUSH_MS).unref();
  }

  async flushUsage(): Promise<void> {
    if (this.usageTimer) clearTimeout(this.usageTimer);
    this.usageTimer = null;
    const pending = [...this.pendingUsage].sort(([a], [b]) => (a < b ? -1 : 1));
    this.pendingUsage.clear();
    if (pending.length === 0) return;
    try {
      await this.ds.query(
        `UPDATE item SET usage_count = usage_count + u.n
         FROM unnest($1::uuid[], $2::int[]) AS u(id, n)
         WHERE item.id = u.id AND item.id IN (SELECT id FROM item WHERE id = ANY($1) ORDER BY id FOR NO KEY UPDATE)`,
        [pending.map(([id]) => id), pending.map(([, n]) => n)],
      );
    } catch (e) {
      // Keep the counts for the next try.
      for (const [id, n] of pending) this.pendingUsage.set(id, (this.pendingUsage.get(id) ?? 0) + n);
      this.usageTimer ??= setTimeout(() => void this.flushUsage(), USAGE_FLUSH_MS).unref();
      this.logger.warn(`Item usage counts not written yet: ${(e as Error).message}`);
    }
  }

  async onModuleDestroy(): Promise<void> {
    await this.flushUsage();
  }

  /** Runs `work` in a transaction holding the attempt's row lock, so adaptive steps are taken one at a time. */
  async withAttemptLock<T>(attemptId: string, work: (m: EntityManager, attempt: AttemptEntity | null) => Promise<T>): Promise<T> {
    return this.ds.transaction(async (m) => {
      const attempt = await m
        .getRepository(AttemptEntity)
        .createQueryBuilder('a')
        .setLock('pessimistic_write')
        .where('a.id = :attemptId', { attemptId })
        .getOne();
      return work(m, attempt);
    });
  }

  /** Adds the next adaptive item to the sequence. */
  async appendItem(m: EntityManager, item: AttemptItemEntity): Promise<void> {
    await m.insert(AttemptItemEntity, item);
    this.countUsage([item.itemId]);
  }

  /** Records the engine's update after an answered adaptive item and locks that answer. */
  async recordStep(
    m: EntityManager,
    attemptId: string,
    position: number,
    step: { credit: number; thetaAfter: number; seAfter: number; stopReason: string | null; lock: boolean },
  ): Promise<void> {
    await m.update(
      AttemptItemEntity,
      { attemptId, position },
      {
        credit: step.credit,
        thetaAfter: step.thetaAfter,
        seAfter: step.seAfter,
        stopReason: step.stopReason,
        ...(step.lock ? { lockedAt: new Date() } : {}),
      },
    );
  }

  items(attemptId: string): Promise<AttemptItemEntity[]> {
    return this.ds.getRepository(AttemptItemEntity).find({ where: { attemptId }, order: { position: 'ASC' } });
  }

  responses(attemptId: string): Promise<ResponseEntity[]> {
    return this.ds.getRepository(ResponseEntity).findBy({ attemptId });
  }

  /**
   * Saves an answer in one statement: only into an open attempt of this person, before the
   * deadline plus grace, for an item of the attempt, and only when `seq` is newer than the stored
   * one. The row is committed before this returns.
   */
  async saveResponse(
    attemptId: string,
    personId: string,
    itemId: string,
    answer: Answer | null,
    seq: number,
    flagged: boolean,
  ): Promise<SaveOutcome> {
    const rows = await preparedQuery<{ seq: number; saved_at: Date }>(
      this.ds,
      'assessment.save-response',
      `WITH open_attempt AS (
         SELECT a.id FROM attempt a
         JOIN attempt_item ai ON ai.attempt_id = a.id AND ai.item_id = $3 AND ai.locked_at IS NULL
         WHERE a.id = $1 AND a.person_id = $2 AND a.status = 'in_progress'
           AND now() <= a.deadline + make_interval(secs => ${SAVE_GRACE_SECONDS})
       )
       INSERT INTO response (attempt_id, item_id, answer, seq, flagged, saved_at)
       SELECT id, $3, $4::jsonb, $5, $6, now() FROM open_attempt
       ON CONFLICT (attempt_id, item_id) DO UPDATE
         SET answer = EXCLUDED.answer, seq = EXCLUDED.seq, flagged = EXCLUDED.flagged, saved_at = EXCLUDED.saved_at
         WHERE response.seq < EXCLUDED.seq
       RETURNING seq, saved_at`,
      [attemptId, personId, itemId, answer === null ? null : JSON.stringify(answer), seq, flagged],
    );
    if (rows.length) return { kind: 'saved', seq: rows[0].seq, savedAt: new Date(rows[0].saved_at) };
    // Nothing written: find out why (the rare path).
    const [state] = (await this.ds.query(
      `SELECT a.status, now() > a.deadline + make_interval(secs => ${SAVE_GRACE_SECONDS}) AS late,
              EXISTS (SELECT 1 FROM attempt_item ai WHERE ai.attempt_id = a.id AND ai.item_id = $3) AS has_item,
              EXISTS (SELECT 1 FROM attempt_item ai WHERE ai.attempt_id = a.id AND ai.item_id = $3 AND ai.locked_at IS NOT NULL) AS locked,
              r.seq, r.saved_at
       FROM attempt a LEFT JOIN response r ON r.attempt_id = a.id AND r.item_id = $3
       WHERE a.id = $1 AND a.person_id = $2`,
      [attemptId, personId, itemId],
    )) as { status: string; late: boolean; has_item: boolean; locked: boolean; seq: number | null; saved_at: Date | null }[];
    if (!state) return { kind: 'attempt_not_found' };
    if (!state.has_item) return { kind: 'item_not_in_attempt' };
    if (state.status !== 'in_progress') return { kind: 'closed', status: state.status };
    if (state.late) return { kind: 'deadline_passed' };
    if (state.locked) return { kind: 'item_locked' };
    return { kind: 'stale', seq: state.seq ?? 0, savedAt: new Date(state.saved_at ?? Date.now()) };
  }

  /** Open attempts whose deadline and grace have passed. */
  async dueForExpiry(limit: number): Promise<string[]> {
    const rows = (await this.ds.query(
      `SELECT id FROM attempt WHERE status = 'in_progress' AND deadline + make_interval(secs => ${SAVE_GRACE_SECONDS}) < now() ORDER BY deadline LIMIT $1`,
      [limit],
    )) as { id: string }[];
    return rows.map((r) => r.id);
  }

  /**
   * Closes an attempt and stores its results in one transaction. Only the first caller wins
   * (the row is locked and must still be open or submitted), so scoring twice is harmless.
   */
  async close(
    attemptId: string,
    closedAs: 'submitted' | 'expired',
    compute: (
      m: EntityManager,
      attempt: AttemptEntity,
    ) => Promise<{ results: AttemptResultEntity[]; measurements: Omit<CompetencyMeasurementEntity, 'id'>[] }>,
  ): Promise<boolean> {
    return this.ds.transaction(async (m) => {
      const attempt = await m
        .getRepository(AttemptEntity)
        .createQueryBuilder('a')
        .setLock('pessimistic_write')
        .where('a.id = :attemptId', { attemptId })
        .getOne();
      if (!attempt || attempt.status === 'scored') return false;
      const now = new Date();
      const { results, measurements } = await compute(m, attempt);
      await m.insert(AttemptResultEntity, results);
      if (measurements.length) await m.insert(CompetencyMeasurementEntity, measurements);
      await m.update(
        AttemptEntity,
        { id: attemptId },
        { status: 'scored', submittedAt: attempt.submittedAt ?? (closedAs === 'submitted' ? now : attempt.deadline), scoredAt: now },
      );
      return true;
    });
  }

  responsesIn(m: EntityManager, attemptId: string): Promise<ResponseEntity[]> {
    return m.findBy(ResponseEntity, { attemptId });
  }

  itemsIn(m: EntityManager, attemptId: string): Promise<AttemptItemEntity[]> {
    return m.find(AttemptItemEntity, { where: { attemptId }, order: { position: 'ASC' } });
  }

  results(attemptId: string): Promise<AttemptResultEntity[]> {
    return this.ds.getRepository(AttemptResultEntity).findBy({ attemptId });
  }

  /** The latest measured level of each competency of a person. */
  async latestLevels(personId: string): Promise<{ competencyCode: string; level: number; measuredAt: Date; attemptId: string }[]> {
    const rows = (await this.ds.query(
      `SELECT DISTINCT ON (competency_code) competency_code, level, measured_at, attempt_id
       FROM competency_measurement WHERE person_id = $1 ORDER BY competency_code, measured_at DESC, id DESC`,
      [personId],
    )) as { competency_code: string; level: number; measured_at: Date; attempt_id: string }[];
    return rows.map((r) => ({
      competencyCode: r.competency_code,
      level: r.level,
      measuredAt: new Date(r.measured_at),
      attemptId: r.attempt_id,
    }));
  }
}
