import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

export interface TotpRow {
  readonly secretSealed: string | null;
  readonly pendingSealed: string | null;
  readonly enabledAt: Date | null;
  readonly lastStep: bigint | null;
}

@Injectable()
export class TotpRepository {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  async find(accountId: string): Promise<TotpRow | null> {
    const [r] = (await this.ds.query(
      `SELECT secret_sealed, pending_sealed, enabled_at, last_step::text AS last_step FROM account_totp WHERE account_id = $1`,
      [accountId],
    )) as { secret_sealed: string | null; pending_sealed: string | null; enabled_at: Date | null; last_step: string | null }[];
    if (!r) return null;
    return {
      secretSealed: r.secret_sealed,
      pendingSealed: r.pending_sealed,
      enabledAt: r.enabled_at,
      lastStep: r.last_step === null ? null : BigInt(r.last_step),
    };
  }

  async setPending(accountId: string, sealed: string): Promise<void> {
    await this.ds.query(
      `INSERT INTO account_totp (account_id, pending_sealed) VALUES ($1, $2)
       ON CONFLICT (account_id) DO UPDATE SET pending_sealed = EXCLUDED.pending_sealed`,
      [accountId, sealed],
    );
  }

  async enable(accountId: string, step: bigint): Promise<void> {
    await this.ds.query(
      `UPDATE account_totp SET secret_sealed = pending_sealed, pending_sealed = NULL, enabled_at = now(), last_step = $2 WHERE account_id = $1`,
      [accountId, step.toString()],
    );
  }

  /** Records a used step; false when another request used this step or a later one first. */
  async useStep(accountId: string, step: bigint): Promise<boolean> {
    const r = (await this.ds.query(
      `UPDATE account_totp SET last_step = $2 WHERE account_id = $1 AND (last_step IS NULL OR last_step < $2) RETURNING account_id`,
      [accountId, step.toString()],
    )) as [unknown[], number];
    return r[1] === 1;
  }

  async disable(accountId: string): Promise<void> {
    await this.ds.query(`DELETE FROM account_totp WHERE account_id = $1`, [accountId]);
  }
}
