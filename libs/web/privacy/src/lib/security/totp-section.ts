import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import type { TotpEnrolment, TotpStatus } from '@civics/contracts';
import { TranslatePipe } from '@civics/web-core';
import { PrivacyApi } from '../data/privacy-api';

/** The authenticator second factor: turn on (scan the QR, confirm a code) or off (with a code). */
@Component({
  selector: 'app-totp-section',
  imports: [FormsModule, MatButtonModule, MatFormFieldModule, MatInputModule, TranslatePipe],
  template: `
    @if (status(); as s) {
      @if (s.available) {
        <section aria-labelledby="totp-heading" data-testid="totp-section">
          <h2 id="totp-heading">{{ 'privacy.totp.title' | t }}</h2>
          <p class="lead" data-testid="totp-state">{{ (s.enabled ? 'privacy.totp.on' : 'privacy.totp.off') | t }}</p>
          @if (error()) {
            <p class="error" role="alert">{{ 'privacy.totp.invalid' | t }}</p>
          }
          @if (!s.enabled && !enrolment()) {
            <button mat-flat-button type="button" (click)="enrol()" data-testid="totp-enrol">{{ 'privacy.totp.turnOn' | t }}</button>
          }
          @if (enrolment(); as e) {
            <p>{{ 'privacy.totp.scan' | t }}</p>
            <img [src]="e.qrDataUrl" width="220" height="220" [alt]="'privacy.totp.qrAlt' | t" data-testid="totp-qr" />
            <p>
              {{ 'privacy.totp.manual' | t }} <code data-testid="totp-secret">{{ e.secret }}</code>
            </p>
          }
          @if (enrolment() || s.enabled) {
            <form class="actions" (ngSubmit)="s.enabled ? disable() : confirm()">
              <mat-form-field appearance="outline">
                <mat-label>{{ 'privacy.totp.code' | t }}</mat-label>
                <input
                  matInput
                  name="code"
                  [(ngModel)]="code"
                  inputmode="numeric"
                  autocomplete="one-time-code"
                  maxlength="6"
                  data-testid="totp-input"
                />
              </mat-form-field>
              <button mat-stroked-button type="submit" data-testid="totp-submit">
                {{ (s.enabled ? 'privacy.totp.turnOff' : 'privacy.totp.confirm') | t }}
              </button>
            </form>
          }
        </section>
      }
    }
  `,
  styleUrl: '../shared/pages.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TotpSection {
  private readonly api = inject(PrivacyApi);
  protected readonly status = signal<TotpStatus | null>(null);
  protected readonly enrolment = signal<TotpEnrolment | null>(null);
  protected readonly error = signal(false);
  protected code = '';

  constructor() {
    void this.api.totpStatus().then(
      (s) => this.status.set(s),
      () => this.status.set(null),
    );
  }

  protected async enrol(): Promise<void> {
    this.error.set(false);
    this.enrolment.set(await this.api.totpEnrol());
  }

  protected async confirm(): Promise<void> {
    await this.settle(() => this.api.totpConfirm(this.code.trim()));
    if (!this.error()) this.enrolment.set(null);
  }

  protected async disable(): Promise<void> {
    await this.settle(() => this.api.totpDisable(this.code.trim()));
  }

  private async settle(call: () => Promise<TotpStatus>): Promise<void> {
    try {
      this.status.set(await call());
      this.error.set(false);
      this.code = '';
    } catch {
      this.error.set(true);
    }
  }
}
