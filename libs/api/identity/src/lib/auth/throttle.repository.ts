import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

export interface ThrottleState {
  readonly failures: number;
  readonly lockedUntil: Date | null;
}

@Injectable()
export class ThrottleRepository {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  /** Keys locked right now, with the time each lock ends. */
  async locked(keys: readonly string[]): Promise<Map<string, Date>> {
    const rows = (await this.ds.query(`SELECT key, locked_until FROM login_throttle WHERE key = ANY($1) AND locked_until > now()`, [
      keys,
    ])) as {
      key: string;
      locked_until: Date;
    }[];
    return new Map(rows.map((r) => [r.key, new Date(r.locked_until)]));
  }

  /**
   * Counts one failure atomically; a window older than `windowSeconds` starts afresh.
   * Returns the failures counted in the current window.
   */
  async fail(key: string, windowSeconds: number): Promise<number> {
    const rows = (await this.ds.query(
      `INSERT INTO login_throttle (key, failures, window_started_at) VALUES ($1, 1, now())
       ON CONFLICT (key) DO UPDATE SET
         failures = CASE WHEN login_throttle.window_started_at < now() - make_interval(secs => $2) THEN 1 ELSE login_throttle.failures + 1 END,
         window_started_at = CASE WHEN login_throttle.window_started_at < now() - make_interval(secs => $2) THEN now() ELSE login_throttle.window_started_at END
       RETURNING failures`,
      [key, windowSeconds],
    )) as { failures: number }[];
    return rows[0].failures;
  }

  async lock(key: string, seconds: number): Promise<void> {
    await this.ds.query(`UPDATE login_throttle SET locked_until = now() + make_interval(secs => $2) WHERE key = $1`, [key, seconds]);
  }

  async clear(key: string): Promise<void> {
    await this.ds.query(`DELETE FROM login_throttle WHERE key = $1`, [key]);
  }
}
