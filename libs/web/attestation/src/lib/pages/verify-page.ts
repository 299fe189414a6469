import { ChangeDetectionStrategy, Component, effect, inject, input, signal, untracked } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { Router } from '@angular/router';
import type { CredentialCheck, Verification } from '@civics/contracts';
import { I18nService, TranslatePipe, problemOf } from '@civics/web-core';
import { AttestationApi } from '../data/attestation-api';
import { AttestationPages } from '../data/attestation-paths';
import { AttestationText } from '../shared/attestation-text';
import { date } from '../shared/format';

/**
 * `/verify/:serial` (public, no sign-in): whether a certificate is valid, revoked or expired, its
 * holder's name and result, the signature check and the credential itself; and a check of a
 * credential file someone presents.
 */
@Component({
  selector: 'app-verify-page',
  imports: [FormsModule, MatButtonModule, MatFormFieldModule, MatInputModule, MatProgressBarModule, TranslatePipe, AttestationText],
  template: `
    <div class="page stack">
      <h1 class="page-title">{{ 'attestation.verify.heading' | t }}</h1>
      <p class="lead">{{ 'attestation.verify.lead' | t }}</p>
      <form class="filters" role="search" (ngSubmit)="go()" [attr.aria-label]="'attestation.verify.heading' | t">
        <mat-form-field class="wide">
          <mat-label>{{ 'attestation.certificate.serial' | t }}</mat-label>
          <input matInput name="serial" [(ngModel)]="typed" placeholder="ICT-2026-…" autocomplete="off" data-testid="verify-serial" />
        </mat-form-field>
        <button mat-flat-button type="submit" data-testid="verify-submit">{{ 'attestation.verify.check' | t }}</button>
      </form>

      @if (loading()) {
        <mat-progress-bar mode="indeterminate" [attr.aria-label]="'attestation.loading' | t" />
      } @else if (error(); as e) {
        <p class="error" role="alert" data-testid="verify-error">{{ e }}</p>
      } @else if (result(); as v) {
        <section
          class="card verdict"
          [class]="v.status"
          aria-labelledby="verdict"
          data-testid="verify-result"
          [attr.data-status]="v.status"
        >
          <h2 id="verdict" role="status" data-testid="verify-status">
            {{ 'attestation.verify.status.' + (v.status === 'valid' && !v.signatureValid ? 'unsigned' : v.status) | t }}
          </h2>
          <dl class="facts">
            <dt>{{ 'attestation.certificate.holder' | t }}</dt>
            <dd data-testid="verify-holder">{{ v.holderName }}</dd>
            <dt>{{ 'attestation.certificate.result' | t }}</dt>
            <dd>{{ 'attestation.outcome.' + v.outcome | t }}</dd>
            @if (v.note; as note) {
              <dt>{{ 'attestation.verify.condition' | t }}</dt>
              <dd>{{ note[lang()] }}</dd>
            }
            <dt>{{ 'attestation.verify.methodology' | t }}</dt>
            <dd>
              <app-attestation-text [text]="v.methodology.title" /> ({{
                'attestation.verify.version' | t: { n: v.methodology.versionNumber }
              }})
            </dd>
            <dt>{{ 'attestation.certificate.serial' | t }}</dt>
            <dd class="serial">{{ v.serial }}</dd>
            <dt>{{ 'attestation.certificate.issued' | t }}</dt>
            <dd>{{ day(v.issuedAt) }}</dd>
            <dt>{{ 'attestation.certificate.validUntil' | t }}</dt>
            <dd>{{ day(v.validUntil) }}</dd>
            @if (v.revokedAt) {
              <dt>{{ 'attestation.verify.revokedOn' | t }}</dt>
              <dd>
                {{ day(v.revokedAt) }}
                @if (v.revocationReason) {
                  — {{ 'attestation.revocation.' + v.revocationReason | t }}
                }
              </dd>
            }
            <dt>{{ 'attestation.verify.signature' | t }}</dt>
            <dd data-testid="verify-signature">
              {{
                (v.signatureValid ? 'attestation.verify.signatureOk' : 'attestation.verify.signatureBad') | t: { kid: v.keyId.slice(0, 16) }
              }}
            </dd>
            <dt>{{ 'attestation.verify.issuer' | t }}</dt>
            <dd>{{ v.issuer.name }}</dd>
          </dl>
          <h3 id="verify-competencies">{{ 'attestation.verify.competencies' | t }}</h3>
          <div class="table-wrap" tabindex="0" role="region" aria-labelledby="verify-competencies">
            <table class="table">
              <thead>
                <tr>
                  <th scope="col">{{ 'attestation.competency' | t }}</th>
                  <th scope="col" class="num">{{ 'attestation.evidence.achieved' | t }}</th>
                </tr>
              </thead>
              <tbody>
                @for (c of v.competencies; track c.competencyCode) {
                  <tr>
                    <th scope="row">{{ c.competencyCode }} — <app-attestation-text [text]="c.title" /></th>
                    <td class="num">{{ c.level }}</td>
                  </tr>
                }
              </tbody>
            </table>
          </div>
          <details>
            <summary>{{ 'attestation.verify.showCredential' | t }}</summary>
            <p class="meta">
              {{ 'attestation.verify.statusEntry' | t: { index: v.statusListIndex } }}
              <a [href]="v.statusListCredential">{{ v.statusListCredential }}</a>
            </p>
            <pre class="json" tabindex="0" role="region" [attr.aria-label]="'attestation.verify.showCredential' | t">{{
              json(v.credential)
            }}</pre>
          </details>
        </section>
      }

      <section aria-labelledby="check-heading">
        <h2 id="check-heading">{{ 'attestation.verify.checkHeading' | t }}</h2>
        <p class="meta">{{ 'attestation.verify.checkLead' | t }}</p>
        <form (ngSubmit)="check()" [attr.aria-label]="'attestation.verify.checkHeading' | t">
          <mat-form-field class="full-width">
            <mat-label>{{ 'attestation.verify.credential' | t }}</mat-label>
            <textarea matInput rows="4" name="presented" [(ngModel)]="presented" data-testid="check-input"></textarea>
          </mat-form-field>
          <div class="actions">
            <label class="file">
              {{ 'attestation.verify.file' | t }}
              <input type="file" accept=".json,.jwt,application/json" (change)="readFile($event)" />
            </label>
            <button mat-stroked-button type="submit" data-testid="check-submit">{{ 'attestation.verify.checkSubmit' | t }}</button>
          </div>
        </form>
        @if (checked(); as c) {
          <p role="status" data-testid="check-result" [class.error]="!c.valid">
            {{ (c.valid ? 'attestation.verify.checkValid' : 'attestation.verify.checkInvalid') | t }}
            @for (p of c.problems; track p) {
              <span class="chip">{{ 'attestation.verify.problem.' + p | t }}</span>
            }
          </p>
        }
      </section>
    </div>
  `,
  styleUrl: '../shared/pages.css',
  styles: `
    .verdict.valid {
      border-color: var(--mat-sys-primary);
      border-width: 2px;
    }
    .verdict.revoked,
    .verdict.expired {
      border-color: var(--mat-sys-error);
      border-width: 2px;
    }
    .verdict h2 {
      margin-top: 0;
    }
    .file input {
      margin-inline-start: 0.5rem;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class VerifyPage {
  readonly serial = input<string | undefined>(undefined);
  private readonly api = inject(AttestationApi);
  private readonly i18n = inject(I18nService);
  private readonly router = inject(Router);
  protected readonly lang = this.i18n.language;
  protected readonly loading = signal(false);
  protected readonly result = signal<Verification | null>(null);
  protected readonly error = signal<string | null>(null);
  protected readonly checked = signal<CredentialCheck | null>(null);
  protected typed = '';
  protected presented = '';

  constructor() {
    effect(() => {
      const serial = this.serial();
      untracked(() => void this.lookUp(serial));
    });
  }

  private async lookUp(serial: string | undefined): Promise<void> {
    this.result.set(null);
    this.error.set(null);
    if (!serial) {
      return;
    }
    this.typed = serial;
    this.loading.set(true);
    try {
      this.result.set(await this.api.verify(serial));
    } catch (error) {
      const code = problemOf(error)?.code;
      this.error.set(
        this.i18n.t(
          code === 'malformed_serial' || code === 'certificate_not_found' ? `attestation.errors.${code}` : 'attestation.loadFailed',
        ),
      );
    } finally {
      this.loading.set(false);
    }
  }

  async go(): Promise<void> {
    const serial = this.typed.trim().toUpperCase();
    if (serial) {
      await this.router.navigateByUrl(AttestationPages.verify(serial));
    }
  }

  async readFile(event: Event): Promise<void> {
    const file = (event.target as HTMLInputElement).files?.[0];
    if (file) {
      this.presented = await file.text();
      await this.check();
    }
  }

  async check(): Promise<void> {
    const text = this.presented.trim();
    if (!text) {
      return;
    }
    let credential: string | Record<string, unknown> = text;
    if (text.startsWith('{')) {
      try {
        credential = JSON.parse(text) as Record<string, unknown>;
      } catch {
        credential = text;
      }
    }
    try {
      this.checked.set(await this.api.checkCredential(credential));
    } catch {
      this.checked.set({
        valid: false,
        signatureValid: false,
        keyId: null,
        problems: ['malformed'],
        serial: null,
        status: null,
        credential: null,
      });
    }
  }

  protected day(iso: string | null): string {
    return date(iso, this.i18n.locale());
  }
  protected json(value: unknown): string {
    return JSON.stringify(value, null, 2);
  }
}
