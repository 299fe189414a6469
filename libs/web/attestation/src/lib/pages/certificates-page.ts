import { ChangeDetectionStrategy, Component, inject, signal, type OnInit } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { RouterLink } from '@angular/router';
import type { Certificate, CertificateStatus, RevocationReason } from '@civics/contracts';
import { I18nService, TranslatePipe, problemOf } from '@civics/web-core';
import { AttestationApi } from '../data/attestation-api';
import { AttestationPages } from '../data/attestation-paths';
import { date } from '../shared/format';

const REASONS: readonly RevocationReason[] = ['issued_in_error', 'fraud', 'superseded', 'decision_changed_on_appeal', 'other'];

/** `/attestation/certificates` (HR): certificates of the subtree, filtered by status; revocation with a reason. */
@Component({
  selector: 'app-certificates-page',
  imports: [
    FormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    MatSelectModule,
    RouterLink,
    TranslatePipe,
  ],
  template: `
    <div class="page stack">
      <h1 class="page-title">{{ 'attestation.certificates.heading' | t }}</h1>
      <p class="lead">{{ 'attestation.certificates.lead' | t }}</p>
      <div class="filters">
        <mat-form-field>
          <mat-label>{{ 'attestation.certificate.status' | t }}</mat-label>
          <mat-select name="status" [(ngModel)]="status" (selectionChange)="load()">
            <mat-option [value]="''">{{ 'attestation.any' | t }}</mat-option>
            @for (s of statuses; track s) {
              <mat-option [value]="s">{{ 'attestation.certificateStatus.' + s | t }}</mat-option>
            }
          </mat-select>
        </mat-form-field>
      </div>
      @if (message(); as m) {
        <p role="status" data-testid="certificates-message">{{ m }}</p>
      }
      @if (loading()) {
        <mat-progress-bar mode="indeterminate" [attr.aria-label]="'attestation.loading' | t" />
      } @else {
        <div class="table-wrap" tabindex="0" role="region" [attr.aria-label]="'attestation.certificates.heading' | t">
          <table class="table" data-testid="certificates-table">
            <thead>
              <tr>
                <th scope="col">{{ 'attestation.certificate.holder' | t }}</th>
                <th scope="col">{{ 'attestation.certificate.serial' | t }}</th>
                <th scope="col">{{ 'attestation.certificate.result' | t }}</th>
                <th scope="col">{{ 'attestation.certificate.validUntil' | t }}</th>
                <th scope="col">{{ 'attestation.certificate.status' | t }}</th>
                <th scope="col">{{ 'attestation.certificates.action' | t }}</th>
              </tr>
            </thead>
            <tbody>
              @for (c of list(); track c.id) {
                <tr data-testid="hr-certificate" [attr.data-serial]="c.serial">
                  <th scope="row">{{ c.holderName }}</th>
                  <td>
                    <a class="serial" [routerLink]="verifyPath(c.serial)">{{ c.serial }}</a>
                  </td>
                  <td>{{ 'attestation.outcome.' + c.outcome | t }}</td>
                  <td class="date">{{ day(c.validUntil) }}</td>
                  <td>
                    <span class="status" [class]="c.status">{{ 'attestation.certificateStatus.' + c.status | t }}</span>
                    @if (c.revocationReason) {
                      <span class="meta"> {{ 'attestation.revocation.' + c.revocationReason | t }}</span>
                    }
                  </td>
                  <td>
                    @if (c.status !== 'revoked') {
                      @if (revoking() === c.serial) {
                        <form
                          class="revoke"
                          (ngSubmit)="revoke(c)"
                          [attr.aria-label]="'attestation.certificates.revokeOf' | t: { serial: c.serial }"
                        >
                          <mat-form-field>
                            <mat-label>{{ 'attestation.certificates.reason' | t }}</mat-label>
                            <mat-select name="reason" [(ngModel)]="reason" required>
                              @for (r of reasons; track r) {
                                <mat-option [value]="r">{{ 'attestation.revocation.' + r | t }}</mat-option>
                              }
                            </mat-select>
                          </mat-form-field>
                          <mat-form-field>
                            <mat-label>{{ 'attestation.certificates.note' | t }}</mat-label>
                            <input matInput name="note" required minlength="3" maxlength="1000" [(ngModel)]="note" />
                          </mat-form-field>
                          <button mat-flat-button type="submit" [disabled]="busy()">{{ 'attestation.certificates.confirm' | t }}</button>
                          <button mat-button type="button" (click)="revoking.set(null)">{{ 'attestation.cancel' | t }}</button>
                        </form>
                      } @else {
                        <button
                          mat-stroked-button
                          type="button"
                          (click)="revoking.set(c.serial)"
                          [attr.aria-label]="'attestation.certificates.revokeOf' | t: { serial: c.serial }"
                        >
                          {{ 'attestation.certificates.revoke' | t }}
                        </button>
                      }
                    }
                  </td>
                </tr>
              } @empty {
                <tr>
                  <td colspan="6">{{ 'attestation.certificates.none' | t }}</td>
                </tr>
              }
            </tbody>
          </table>
        </div>
      }
    </div>
  `,
  styleUrl: '../shared/pages.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CertificatesPage implements OnInit {
  private readonly api = inject(AttestationApi);
  private readonly i18n = inject(I18nService);
  protected readonly statuses: readonly CertificateStatus[] = ['valid', 'revoked', 'expired'];
  protected readonly reasons = REASONS;
  protected readonly loading = signal(true);
  protected readonly busy = signal(false);
  protected readonly list = signal<Certificate[]>([]);
  protected readonly revoking = signal<string | null>(null);
  protected readonly message = signal<string | null>(null);
  protected status = '';
  protected reason: RevocationReason = 'issued_in_error';
  protected note = '';

  async ngOnInit(): Promise<void> {
    await this.load();
  }

  async load(): Promise<void> {
    this.loading.set(true);
    try {
      this.list.set(await this.api.certificates(this.status || undefined));
    } catch {
      this.message.set(this.i18n.t('attestation.loadFailed'));
    } finally {
      this.loading.set(false);
    }
  }

  async revoke(c: Certificate): Promise<void> {
    this.busy.set(true);
    try {
      await this.api.revoke(c.serial, { reason: this.reason, note: this.note.trim() });
      this.message.set(this.i18n.t('attestation.certificates.revoked', { serial: c.serial }));
      this.revoking.set(null);
      this.note = '';
      await this.load();
    } catch (error) {
      const p = problemOf(error);
      const key = p ? `attestation.errors.${p.code}` : '';
      this.message.set(key && this.i18n.has(key) ? this.i18n.t(key) : (p?.detail ?? this.i18n.t('attestation.actionFailed')));
    } finally {
      this.busy.set(false);
    }
  }

  protected day(iso: string | null): string {
    return date(iso, this.i18n.locale());
  }
  protected verifyPath(serial: string): string {
    return AttestationPages.verify(serial);
  }
}
