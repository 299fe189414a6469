import { Controller, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AuthRoutes, type LoginRequest, type OidcStatus, type TokenResponse } from '@civics/contracts';
import { AppConfig, AppException, CurrentRequestMeta, Endpoint, type RequestMeta, ValidBody } from '@civics/api-platform';
import { AuthService } from './auth.service';
import { isCrossSite } from './same-origin';
import { IdentityErrorCode, IdentityException } from '../identity.exception';
import { OidcService } from '../oidc/oidc.service';
import { clearRefreshCookie, readRefreshCookie, setOidcCookie, setRefreshCookie, takeOidcCookie } from './auth-cookies';

@Controller()
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly oidc: OidcService,
    private readonly config: AppConfig,
  ) {}

  @Endpoint(AuthRoutes.login)
  async login(
    @ValidBody(AuthRoutes.login) body: LoginRequest,
    @CurrentRequestMeta() meta: RequestMeta,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<TokenResponse> {
    const issued = await this.auth.login(body, meta);
    setRefreshCookie(reply, this.config, issued.refreshToken, issued.refreshExpiresAt);
    return issued.response;
  }

  @Endpoint(AuthRoutes.refresh)
  async refresh(
    @Req() req: FastifyRequest,
    @CurrentRequestMeta() meta: RequestMeta,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<TokenResponse> {
    this.assertSameSite(req);
    try {
      const issued = await this.auth.refresh(readRefreshCookie(req), meta);
      setRefreshCookie(reply, this.config, issued.refreshToken, issued.refreshExpiresAt);
      return issued.response;
    } catch (e) {
      clearRefreshCookie(reply, this.config);
      throw e;
    }
  }

  @Endpoint(AuthRoutes.logout)
  async logout(
    @Req() req: FastifyRequest,
    @CurrentRequestMeta() meta: RequestMeta,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<void> {
    this.assertSameSite(req);
    await this.auth.logout(readRefreshCookie(req), meta);
    clearRefreshCookie(reply, this.config);
  }

  @Endpoint(AuthRoutes.oidcStatus)
  oidcStatus(): OidcStatus {
    return this.oidc.status();
  }

  @Endpoint(AuthRoutes.oidcStart)
  async oidcStart(@Res() reply: FastifyReply): Promise<void> {
    const { url, pending } = await this.oidc.start();
    setOidcCookie(reply, this.config, pending);
    await reply.redirect(url, 302);
  }

  @Endpoint(AuthRoutes.oidcCallback)
  async oidcCallback(@Req() req: FastifyRequest, @CurrentRequestMeta() meta: RequestMeta, @Res() reply: FastifyReply): Promise<void> {
    const pending = takeOidcCookie(req, reply, this.config);
    try {
      const issued = await this.oidc.callback(`${this.config.publicUrl}${req.url}`, pending, meta);
      setRefreshCookie(reply, this.config, issued.refreshToken, issued.refreshExpiresAt);
      await reply.redirect('/', 302);
    } catch (e) {
      // The browser is mid-redirect: send it to the sign-in page with the reason.
      const code = e instanceof AppException ? e.code : 'sso_failed';
      await reply.redirect(`/sign-in?sso_error=${encodeURIComponent(code)}`, 302);
    }
  }

  /** The cookie endpoints answer only requests from this site (CSRF). */
  private assertSameSite(req: FastifyRequest): void {
    if (isCrossSite(req.headers, this.config.publicUrl))
      throw new IdentityException(IdentityErrorCode.CrossSiteRequest, 'Requests from another site are refused.');
  }
}
