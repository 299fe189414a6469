import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { Router } from '@angular/router';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import type { SessionInfo } from '@civics/contracts';
import { AuthService, I18nService, TranslatePipe } from '@civics/web-core';
import { ConfirmDialog } from '@civics/web-core/dialogs';
import { PrivacyApi } from '../data/privacy-api';
import { moment } from '../shared/format';
import { TotpSection } from './totp-section';

/** `/privacy/security`: my live sign-ins; end one, or sign out everywhere. */
@Component({
  selector: 'app-security-page',
  imports: [MatButtonModule, TranslatePipe, TotpSection],
  template: `
    <div class="page">
      <h1>{{ 'privacy.security.title' | t }}</h1>
      <p class="lead">{{ 'privacy.security.lead' | t }}</p>
      @if (failed()) {
        <p class="error" role="alert">{{ 'privacy.loadFailed' | t }}</p>
      }
      <div class="table-wrap" tabindex="0" role="region" [attr.aria-label]="'privacy.security.title' | t">
        <table data-testid="sessions">
          <thead>
            <tr>
              <th scope="col">{{ 'privacy.security.device' | t }}</th>
              <th scope="col">{{ 'privacy.security.address' | t }}</th>
              <th scope="col">{{ 'privacy.security.created' | t }}</th>
              <th scope="col">{{ 'privacy.security.lastUsed' | t }}</th>
              <th scope="col">{{ 'privacy.security.actions' | t }}</th>
            </tr>
          </thead>
          <tbody>
            @for (s of sessions(); track s.id) {
              <tr>
                <td>
                  {{ s.userAgent ?? ('privacy.security.unknownDevice' | t) }}
                  @if (s.current) {
                    <span class="badge"> · {{ 'privacy.security.current' | t }}</span>
                  }
                </td>
                <td>{{ s.ipPrefix ?? '—' }}</td>
                <td>{{ when(s.createdAt) }}</td>
                <td>{{ when(s.lastUsedAt) }}</td>
                <td>
                  @if (!s.current) {
                    <button mat-stroked-button type="button" (click)="revoke(s)" data-testid="revoke-session">
                      {{ 'privacy.security.revoke' | t }}
                    </button>
                  }
                </td>
              </tr>
            }
          </tbody>
        </table>
      </div>
      <app-totp-section />
      <div class="actions">
        <button mat-flat-button type="button" (click)="revokeAll()" data-testid="revoke-all">{{ 'privacy.security.revokeAll' | t }}</button>
      </div>
    </div>
  `,
  styleUrl: '../shared/pages.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SecurityPage {
  private readonly api = inject(PrivacyApi);
  private readonly dialog = inject(MatDialog);
  private readonly auth = inject(AuthService);
  private readonly router = inject(Router);
  protected readonly i18n = inject(I18nService);
  protected readonly sessions = signal<SessionInfo[]>([]);
  protected readonly failed = signal(false);

  protected when(iso: string): string {
    return moment(iso, this.i18n.language());
  }

  constructor() {
    void this.load();
  }

  private async load(): Promise<void> {
    try {
      this.sessions.set(await this.api.sessions());
      this.failed.set(false);
    } catch {
      this.failed.set(true);
    }
  }

  protected async revoke(s: SessionInfo): Promise<void> {
    try {
      await this.api.revoke(s.id);
    } finally {
      await this.load();
    }
  }

  protected async revokeAll(): Promise<void> {
    const ok = await ConfirmDialog.ask(this.dialog, {
      titleKey: 'privacy.security.revokeAll',
      messageKey: 'privacy.security.revokeAllConfirm',
      confirmKey: 'privacy.security.revokeAll',
      cancelKey: 'privacy.cancel',
      danger: true,
    });
    if (!ok) return;
    await this.api.revokeAll();
    this.auth.clear();
    await this.router.navigateByUrl('/sign-in');
  }
}
