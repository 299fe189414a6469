import { hkdfSync } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { toDataURL } from 'qrcode';
import { type TotpEnrolment, type TotpStatus, TOTP_ROLES } from '@civics/contracts';
import { type Actor, AppConfig, type RequestMeta, SigningSecret } from '@civics/api-platform';
import { AuditAction, AuditService } from '@civics/api-audit';
import { TotpRepository } from './totp.repository';
import { matchTotp, newTotpSecret, otpauthUri } from './totp';
import { open, seal } from './secret-box';
import { IdentityErrorCode, IdentityException } from '../identity.exception';

const ISSUER = 'Civics';

/** The optional authenticator second factor of HR, methodologist and administrator accounts. */
@Injectable()
export class TotpService {
  private readonly key: Uint8Array;

  constructor(
    private readonly repo: TotpRepository,
    private readonly audit: AuditService,
    config: AppConfig,
    secret: SigningSecret,
  ) {
    // TOTP_ENCRYPTION_KEY, or a key derived from the configured signing secret (never stored).
    this.key = config.totpEncryptionKey ?? new Uint8Array(hkdfSync('sha256', secret.value, 'civics', 'totp-secret-sealing', 32));
  }

  async status(actor: Actor): Promise<TotpStatus> {
    const row = await this.repo.find(actor.accountId);
    return { available: available(actor), enabled: !!row?.enabledAt };
  }

  async enrol(actor: Actor): Promise<TotpEnrolment> {
    if (!available(actor))
      throw new IdentityException(
        IdentityErrorCode.TotpNotAvailable,
        'The second factor is for HR, methodologist and administrator accounts.',
      );
    if ((await this.repo.find(actor.accountId))?.enabledAt)
      throw new IdentityException(IdentityErrorCode.TotpAlreadyEnabled, 'The second factor is on already; turn it off first.');
    const secret = newTotpSecret();
    await this.repo.setPending(actor.accountId, seal(this.key, secret));
    const uri = otpauthUri(secret, actor.username, ISSUER);
    return { otpauthUri: uri, secret, qrDataUrl: await toDataURL(uri, { errorCorrectionLevel: 'M', margin: 2, width: 220 }) };
  }

  async confirm(actor: Actor, code: string, meta: RequestMeta): Promise<TotpStatus> {
    const row = await this.repo.find(actor.accountId);
    if (!row?.pendingSealed) throw new IdentityException(IdentityErrorCode.TotpNotEnrolling, 'Start the enrolment first.');
    const step = matchTotp(open(this.key, row.pendingSealed), code, Date.now() / 1000);
    if (step === null) throw wrongCode();
    await this.repo.enable(actor.accountId, step);
    await this.audit.record({ actorAccountId: actor.accountId, action: AuditAction.TotpEnabled, requestId: meta.requestId });
    return { available: true, enabled: true };
  }

  async disable(actor: Actor, code: string, meta: RequestMeta): Promise<TotpStatus> {
    if (!(await this.check(actor.accountId, code))) throw wrongCode();
    await this.repo.disable(actor.accountId);
    await this.audit.record({ actorAccountId: actor.accountId, action: AuditAction.TotpDisabled, requestId: meta.requestId });
    return { available: available(actor), enabled: false };
  }

  async isEnabled(accountId: string): Promise<boolean> {
    return !!(await this.repo.find(accountId))?.enabledAt;
  }

  /** True when the code is right for an enabled factor; each step is accepted once. */
  async check(accountId: string, code: string): Promise<boolean> {
    const row = await this.repo.find(accountId);
    if (!row?.secretSealed) return false;
    const step = matchTotp(open(this.key, row.secretSealed), code, Date.now() / 1000, row.lastStep);
    return step !== null && (await this.repo.useStep(accountId, step));
  }
}

function available(actor: Actor): boolean {
  return actor.roles.some((r) => (TOTP_ROLES as readonly string[]).includes(r));
}

function wrongCode(): IdentityException {
  return new IdentityException(IdentityErrorCode.TotpInvalid, 'The code is not correct.', [
    { field: 'body.code', message: 'Not correct or already used', code: 'invalid' },
  ]);
}
