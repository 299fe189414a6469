import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { AuditVerification } from '@civics/contracts';
import { AuditRepository, type NewAuditEvent } from './audit.repository';
import { chainHash, GENESIS_HASH } from './audit-hash';

export const AuditAction = {
  SignIn: 'auth.sign_in',
  SignInFailed: 'auth.sign_in_failed',
  SignOut: 'auth.sign_out',
  PasswordChanged: 'auth.password_changed',
  AccountCreated: 'identity.account_created',
  PersonCreated: 'identity.person_created',
  PersonUpdated: 'identity.person_updated',
  PersonRead: 'identity.person_read',
  OrganisationCreated: 'identity.organisation_created',
  SessionRevoked: 'auth.session_revoked',
  SignedOutEverywhere: 'auth.signed_out_everywhere',
  RolesChanged: 'identity.roles_changed',
  DataExported: 'privacy.data_exported',
  PersonPseudonymised: 'privacy.person_pseudonymised',
  TotpEnabled: 'auth.totp_enabled',
  TotpDisabled: 'auth.totp_disabled',
  TotpFailed: 'auth.totp_failed',
} as const;

/** The audit trail other features write to; append-only and hash-chained. */
@Injectable()
export class AuditService {
  constructor(private readonly repo: AuditRepository) {}

  async record(event: NewAuditEvent, manager?: EntityManager): Promise<void> {
    await this.repo.append(event, manager);
  }

  /** Walks the whole chain; reports the first event whose link or content does not match. */
  async verify(): Promise<AuditVerification> {
    let prevHash = GENESIS_HASH;
    let prevSeq = 0n;
    let checked = 0;
    let after = '0';
    for (;;) {
      const rows = await this.repo.page(after, 1000);
      if (rows.length === 0) break;
      for (const row of rows) {
        const seq = BigInt(row.seq);
        if (row.prevHash !== prevHash)
          return broken(
            checked,
            row.seq,
            seq !== prevSeq + 1n ? 'an earlier event is missing or moved' : 'link to the previous event does not match',
          );
        if (chainHash(row.prevHash, row) !== row.hash) return broken(checked, row.seq, 'event content was changed');
        prevHash = row.hash;
        prevSeq = seq;
        checked++;
      }
      after = rows[rows.length - 1].seq;
    }
    return { valid: true, checked, firstBrokenSeq: null, reason: null };
  }
}

function broken(checked: number, seq: string, reason: string): AuditVerification {
  return { valid: false, checked, firstBrokenSeq: Number(seq), reason };
}
