import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { LoginRequest, TokenResponse } from '@civics/contracts';
import type { RequestMeta } from '@civics/api-platform';
import { AuditAction, AuditService } from '@civics/api-audit';
import { AccountRepository } from '../accounts/account.repository';
import { PasswordHasher } from '../passwords/password-hasher';
import { LoginThrottleService } from './login-throttle.service';
import { SessionRepository } from './session.repository';
import { TokenService } from './token.service';
import { MeService } from '../me/me.service';
import { TotpService } from '../totp/totp.service';
import { IdentityErrorCode, IdentityException } from '../identity.exception';
import type { AccountEntity } from '../entities';

/** A signed-in result: the body for the client and the refresh token for the cookie. */
export interface IssuedSession {
  readonly response: TokenResponse;
  readonly refreshToken: string;
  readonly refreshExpiresAt: Date;
}

@Injectable()
export class AuthService {
  constructor(
    private readonly accounts: AccountRepository,
    private readonly hasher: PasswordHasher,
    private readonly throttle: LoginThrottleService,
    private readonly sessions: SessionRepository,
    private readonly tokens: TokenService,
    private readonly me: MeService,
    private readonly audit: AuditService,
    private readonly totp: TotpService,
  ) {}

  async login(input: LoginRequest, meta: RequestMeta): Promise<IssuedSession> {
    await this.throttle.assertAllowed(input.login, meta.ip);
    const account = await this.accounts.findByLogin(input.login);
    const ok = await this.hasher.verify(account?.active ? account.passwordHash : null, input.password);
    if (!account || !ok) {
      await this.audit.record({
        actorAccountId: account?.id ?? null,
        action: AuditAction.SignInFailed,
        requestId: meta.requestId,
        details: { login: input.login.slice(0, 254), ip: meta.ip },
      });
      await this.throttle.recordFailure(input.login, meta.ip);
      // The same answer for an unknown user and a wrong password.
      throw new IdentityException(IdentityErrorCode.InvalidCredentials, 'The user name or password is not correct.');
    }
    await this.assertSecondFactor(account, input, meta);
    await this.throttle.recordSuccess(input.login);
    return this.startSession(account, 'password', meta);
  }

  /**
   * With the authenticator turned on, a right password alone answers `totp_required` (the web app
   * then asks for the code); a wrong code counts as a failed sign-in, so it is throttled the same way.
   */
  private async assertSecondFactor(account: AccountEntity, input: LoginRequest, meta: RequestMeta): Promise<void> {
    if (!(await this.totp.isEnabled(account.id))) return;
    if (!input.totpCode) throw new IdentityException(IdentityErrorCode.TotpRequired, 'Enter the code from your authenticator app.');
    if (await this.totp.check(account.id, input.totpCode)) return;
    await this.audit.record({
      actorAccountId: account.id,
      action: AuditAction.TotpFailed,
      requestId: meta.requestId,
      details: { ip: meta.ip },
    });
    await this.throttle.recordFailure(input.login, meta.ip);
    throw new IdentityException(IdentityErrorCode.TotpInvalid, 'The code is not correct.', [
      { field: 'body.totpCode', message: 'Not correct or already used', code: 'invalid' },
    ]);
  }

  /** Opens a session (a refresh-token family) for an authenticated account. */
  async startSession(account: AccountEntity, method: 'password' | 'oidc', meta: RequestMeta): Promise<IssuedSession> {
    const sessionId = randomUUID();
    const refresh = this.tokens.newRefreshToken();
    const now = new Date();
    await this.sessions.create(
      {
        id: sessionId,
        accountId: account.id,
        authMethod: method,
        createdAt: now,
        expiresAt: refresh.expiresAt,
        revokedAt: null,
        revokeReason: null,
        ip: meta.ip,
        userAgent: meta.userAgent,
      },
      { tokenHash: refresh.hash, sessionId, issuedAt: now, expiresAt: refresh.expiresAt, usedAt: null },
    );
    await this.audit.record({
      actorAccountId: account.id,
      action: AuditAction.SignIn,
      requestId: meta.requestId,
      details: { method, sessionId, ip: meta.ip },
    });
    return this.issue(account, sessionId, refresh);
  }

  async refresh(refreshToken: string | undefined, meta: RequestMeta): Promise<IssuedSession> {
    if (!refreshToken) throw new IdentityException(IdentityErrorCode.RefreshInvalid, 'Sign in again.');
    const next = this.tokens.newRefreshToken();
    const result = await this.sessions.rotate(TokenService.hashRefresh(refreshToken), {
      tokenHash: next.hash,
      sessionId: '',
      issuedAt: new Date(),
      expiresAt: next.expiresAt,
      usedAt: null,
    });
    if (result.kind === 'reused') {
      // A used token came back: someone holds a copy. End the whole session.
      await this.sessions.revoke(result.sessionId, 'refresh_token_reused');
      await this.audit.record({
        actorAccountId: null,
        action: AuditAction.SignOut,
        requestId: meta.requestId,
        details: { sessionId: result.sessionId, reason: 'refresh_token_reused' },
      });
      throw new IdentityException(IdentityErrorCode.RefreshReused, 'This sign-in was ended for safety. Sign in again.');
    }
    if (result.kind === 'invalid') throw new IdentityException(IdentityErrorCode.RefreshInvalid, 'Sign in again.');
    const account = await this.accounts.findById(result.session.accountId);
    if (!account?.active) {
      await this.sessions.revoke(result.session.id, 'account_inactive');
      throw new IdentityException(IdentityErrorCode.RefreshInvalid, 'Sign in again.');
    }
    return this.issue(account, result.session.id, next);
  }

  async logout(refreshToken: string | undefined, meta: RequestMeta): Promise<void> {
    if (!refreshToken) return;
    const token = await this.sessions.findByTokenHash(TokenService.hashRefresh(refreshToken));
    if (!token) return;
    const session = await this.sessions.findById(token.sessionId);
    await this.sessions.revoke(token.sessionId, 'sign_out');
    await this.audit.record({
      actorAccountId: session?.accountId ?? null,
      action: AuditAction.SignOut,
      requestId: meta.requestId,
      details: { sessionId: token.sessionId },
    });
  }

  private async issue(account: AccountEntity, sessionId: string, refresh: { token: string; expiresAt: Date }): Promise<IssuedSession> {
    const accessToken = await this.tokens.signAccess({ accountId: account.id, sessionId });
    return {
      response: { accessToken, tokenType: 'Bearer', expiresIn: this.tokens.accessTtlSeconds, me: await this.me.describe(account) },
      refreshToken: refresh.token,
      refreshExpiresAt: refresh.expiresAt,
    };
  }
}
