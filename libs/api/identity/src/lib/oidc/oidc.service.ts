import { Injectable, Logger } from '@nestjs/common';
import { AppConfig, type RequestMeta } from '@civics/api-platform';
import type { OidcStatus } from '@civics/contracts';
import { AccountRepository } from '../accounts/account.repository';
import { AuthService, type IssuedSession } from '../auth/auth.service';
import { IdentityErrorCode, IdentityException } from '../identity.exception';

/** What travels in the signed, short-lived cookie between start and callback. */
export interface OidcPending {
  readonly state: string;
  readonly nonce: string;
  readonly verifier: string;
}

type OidcClient = typeof import('openid-client');
type Configuration = Awaited<ReturnType<OidcClient['discovery']>>;

/**
 * OpenID Connect sign-in (authorisation code + PKCE). Provider accounts are matched to
 * platform accounts by a linked subject, or once by a verified e-mail address; nobody
 * gets an account just by signing in at the provider.
 */
@Injectable()
export class OidcService {
  private readonly logger = new Logger('oidc');
  private configuration: Promise<Configuration> | null = null;

  constructor(
    private readonly config: AppConfig,
    private readonly accounts: AccountRepository,
    private readonly auth: AuthService,
  ) {}

  status(): OidcStatus {
    return { enabled: this.config.oidc !== null, label: this.config.oidc?.label ?? null };
  }

  get redirectUri(): string {
    return `${this.config.publicUrl}/api/auth/oidc/callback`;
  }

  async start(): Promise<{ url: string; pending: OidcPending }> {
    const client = await import('openid-client');
    const cfg = await this.discover();
    const pending = { state: client.randomState(), nonce: client.randomNonce(), verifier: client.randomPKCECodeVerifier() };
    const url = client.buildAuthorizationUrl(cfg, {
      redirect_uri: this.redirectUri,
      scope: this.settings().scopes,
      response_type: 'code',
      state: pending.state,
      nonce: pending.nonce,
      code_challenge: await client.calculatePKCECodeChallenge(pending.verifier),
      code_challenge_method: 'S256',
    });
    return { url: url.href, pending };
  }

  async callback(currentUrl: string, pending: OidcPending | null, meta: RequestMeta): Promise<IssuedSession> {
    if (!pending) throw new IdentityException(IdentityErrorCode.SsoFailed, 'The single sign-on attempt expired; start again.');
    const client = await import('openid-client');
    const cfg = await this.discover();
    let claims: { sub: string; email?: unknown; email_verified?: unknown } | undefined;
    try {
      const tokens = await client.authorizationCodeGrant(cfg, new URL(currentUrl), {
        pkceCodeVerifier: pending.verifier,
        expectedState: pending.state,
        expectedNonce: pending.nonce,
        idTokenExpected: true,
      });
      claims = tokens.claims();
      // Many providers put the e-mail in userinfo rather than the ID token.
      if (claims && typeof claims.email !== 'string') {
        const info = await client.fetchUserInfo(cfg, tokens.access_token, claims.sub);
        claims = { ...claims, email: info.email, email_verified: info.email_verified };
      }
    } catch (e) {
      this.logger.warn(`OIDC code exchange failed: ${(e as Error).message}`);
      throw new IdentityException(IdentityErrorCode.SsoFailed, 'The identity provider did not confirm the sign-in.');
    }
    if (!claims?.sub) throw new IdentityException(IdentityErrorCode.SsoFailed, 'The identity provider sent no subject.');
    const issuer = this.settings().issuer;
    let account = await this.accounts.findByOidc(issuer, claims.sub);
    if (!account && typeof claims.email === 'string' && claims.email_verified === true) {
      const byEmail = await this.accounts.findByEmail(claims.email);
      if (byEmail && !byEmail.oidcSubject) {
        await this.accounts.linkOidc(byEmail.id, issuer, claims.sub);
        account = byEmail;
      }
    }
    if (!account?.active) throw new IdentityException(IdentityErrorCode.SsoNoAccount, 'No platform account is linked to this identity.');
    return this.auth.startSession(account, 'oidc', meta);
  }

  private settings() {
    const oidc = this.config.oidc;
    if (!oidc) throw new IdentityException(IdentityErrorCode.SsoNotConfigured, 'Single sign-on is not configured.');
    return oidc;
  }

  private discover(): Promise<Configuration> {
    const oidc = this.settings();
    this.configuration ??= import('openid-client').then((client) =>
      client.discovery(
        new URL(oidc.issuer),
        oidc.clientId,
        { redirect_uris: [this.redirectUri] },
        client.ClientSecretPost(oidc.clientSecret),
        {
          execute: oidc.allowHttp ? [client.allowInsecureRequests] : [],
        },
      ),
    );
    // A failed discovery is retried on the next attempt instead of being cached.
    this.configuration.catch(() => (this.configuration = null));
    return this.configuration;
  }
}
