import { HttpClient } from '@angular/common/http';
import { Injectable, computed, inject, signal } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import type { Me, Permission, Role, TokenResponse } from '@civics/contracts';
import { ApiPaths } from '../api/api-paths';
import { OfflineExamStore } from '../offline/offline-exam-store';
import { isUnreachable } from './problem';

/**
 * The signed-in session. The access token lives only in memory (never in storage, where a
 * script could read it); the httpOnly refresh cookie set by the API restores the session after
 * a reload.
 */
@Injectable({ providedIn: 'root' })
export class AuthService {
  private readonly http = inject(HttpClient);
  private readonly offlineExams = inject(OfflineExamStore);

  private readonly token = signal<string | null>(null);
  private readonly account = signal<Me | null>(null);
  private refreshing: Promise<string | null> | null = null;
  private readonly serverUnreachable = signal(false);

  readonly me = this.account.asReadonly();
  readonly isSignedIn = computed(() => this.account() !== null);
  readonly roles = computed<readonly Role[]>(() => [...new Set(this.account()?.roles.map((g) => g.role) ?? [])]);
  readonly permissions = computed<ReadonlySet<string>>(() => new Set(this.account()?.permissions ?? []));
  /**
   * The last refresh got no answer from the server (offline), so whether the session is still
   * valid is unknown; only the cached exam may open then (see `offlineExamGuard`).
   */
  readonly unreachable = this.serverUnreachable.asReadonly();

  accessToken(): string | null {
    return this.token();
  }

  /**
   * Signs in with a user name (or e-mail) and password, and the authenticator code when the
   * account asks for one (`totp_required`). Rejects with the HttpErrorResponse.
   */
  async login(login: string, password: string, totpCode?: string): Promise<Me> {
    const body = totpCode ? { login, password, totpCode } : { login, password };
    const response = await firstValueFrom(this.http.post<TokenResponse>(ApiPaths.login, body));
    this.accept(response);
    return response.me;
  }

  /** Restores the session from the refresh cookie, e.g. on start or after single sign-on. */
  async restore(): Promise<Me | null> {
    return (await this.refresh()) ? this.account() : null;
  }

  /**
   * Exchanges the refresh cookie for a new access token. Concurrent callers share one request:
   * the refresh token rotates, so a second parallel refresh would present a spent token.
   */
  refresh(): Promise<string | null> {
    this.refreshing ??= firstValueFrom(this.http.post<TokenResponse>(ApiPaths.refresh, null))
      .then((response) => {
        this.accept(response);
        return response.accessToken;
      })
      .catch((error: unknown) => {
        const unreachable = isUnreachable(error);
        this.serverUnreachable.set(unreachable);
        this.forget();
        if (!unreachable) {
          // The session is really gone: nothing of the exam stays readable without signing in.
          this.offlineExams.clear();
        }
        return null;
      })
      .finally(() => {
        this.refreshing = null;
      });
    return this.refreshing;
  }

  /** Ends the session on the server (revokes the refresh cookie) and forgets it here. */
  async logout(): Promise<void> {
    try {
      await firstValueFrom(this.http.post<void>(ApiPaths.logout, null));
    } catch {
      // The local session ends anyway; the server session expires on its own.
    } finally {
      this.clear();
    }
  }

  /** Forgets the session without calling the server (it is already invalid there). */
  clear(): void {
    this.forget();
    this.offlineExams.clear();
  }

  hasRole(...roles: readonly Role[]): boolean {
    const held = this.roles();
    return roles.some((r) => held.includes(r));
  }

  hasPermission(permission: Permission): boolean {
    return this.permissions().has(permission);
  }

  private accept(response: TokenResponse): void {
    this.serverUnreachable.set(false);
    this.offlineExams.keepOnlyFor(response.me.accountId);
    this.token.set(response.accessToken);
    this.account.set(response.me);
  }

  private forget(): void {
    this.token.set(null);
    this.account.set(null);
  }
}
