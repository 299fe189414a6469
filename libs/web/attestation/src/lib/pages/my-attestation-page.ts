import { ChangeDetectionStrategy, Component, DestroyRef, inject, signal, type OnInit } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { Router, RouterLink } from '@angular/router';
import { type Certificate, type Language, type MyAttestation } from '@civics/contracts';
import { I18nService, TranslatePipe, problemOf } from '@civics/web-core';
import { AttestationApi } from '../data/attestation-api';
import { AttestationPages } from '../data/attestation-paths';
import { AttestationText } from '../shared/attestation-text';
import { EvidenceView } from '../shared/evidence-view';
import { date, dateTime, window } from '../shared/format';

/** How often, and how long, the page looks again while a certificate is being issued. */
const POLL_MS = 3000;
const POLL_LIMIT = 40;

/**
 * `/attestation/my` (civil servant): my sessions — window, place, the exam button inside the
 * window — results and decisions with the appeal form, and my certificates with their PDF (az,
 * ru, en), the signed credential and the public verify page.
 */
@Component({
  selector: 'app-my-attestation-page',
  imports: [
    FormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    RouterLink,
    TranslatePipe,
    AttestationText,
    EvidenceView,
  ],
  template: `
    <div class="page stack">
      <h1 class="page-title">{{ 'attestation.my.heading' | t }}</h1>
      <p class="lead">{{ 'attestation.my.lead' | t }}</p>
      @if (message(); as m) {
        <p role="status" data-testid="my-message">{{ m }}</p>
      }
      @if (loading()) {
        <mat-progress-bar mode="indeterminate" [attr.aria-label]="'attestation.loading' | t" />
      } @else if (failed()) {
        <p class="error" role="alert">{{ 'attestation.loadFailed' | t }}</p>
      } @else {
        <section aria-labelledby="my-sessions">
          <h2 id="my-sessions">{{ 'attestation.my.sessions' | t }}</h2>
          @for (m of items(); track m.candidateId) {
            <article class="card" data-testid="my-session" [attr.data-session]="m.session.id" [attr.aria-labelledby]="'s-' + m.candidateId">
              <h3 [id]="'s-' + m.candidateId">{{ m.session.title }}</h3>
              <dl class="facts">
                <dt>{{ 'attestation.session.window' | t }}</dt>
                <dd>{{ when(m.session.startsAt, m.session.endsAt) }}</dd>
                <dt>{{ 'attestation.session.place' | t }}</dt>
                <dd>
                  {{ m.session.place ?? '' }}
                  @if (m.session.onlineUrl; as url) {
                    <a [href]="url" target="_blank" rel="noopener">{{ 'attestation.session.online' | t }}</a>
                  }
                </dd>
                <dt>{{ 'attestation.session.form' | t }}</dt>
                <dd>
                  <app-attestation-text [text]="m.session.templateTitle" /> ({{
                    'attestation.session.minutes' | t: { minutes: m.session.timeLimitMinutes }
                  }})
                </dd>
                <dt>{{ 'attestation.my.status' | t }}</dt>
                <dd>
                  <span class="status" [class]="m.status" data-testid="candidate-status">{{
                    'attestation.candidateStatus.' + m.status | t
                  }}</span>
                </dd>
              </dl>
              <div class="actions">
                @if (m.canStart) {
                  <button mat-flat-button type="button" data-testid="start-exam" (click)="start(m)" [disabled]="busy()">
                    {{ (m.attemptId ? 'attestation.my.resume' : 'attestation.my.start') | t }}
                  </button>
                } @else if (m.status === 'invited' && m.session.status === 'scheduled') {
                  <p class="meta">{{ 'attestation.my.opensAt' | t: { at: at(m.session.startsAt) } }}</p>
                }
                @if (m.attemptId && m.attemptStatus && m.attemptStatus !== 'in_progress') {
                  <a mat-button [routerLink]="resultPath(m.attemptId)">{{ 'attestation.my.result' | t }}</a>
                }
              </div>
              @if (m.decision; as d) {
                <h4>{{ 'attestation.my.decision' | t }}</h4>
                <p data-testid="my-decision">
                  <span class="status" [class]="d.outcome">{{ 'attestation.outcome.' + d.outcome | t }}</span>
                  <span class="meta"> {{ 'attestation.decision.on' | t: { date: day(d.decidedAt) } }}</span>
                </p>
                @if (d.trainingDeadline) {
                  <p>
                    {{ 'attestation.decision.deadline' | t: { date: day(d.trainingDeadline) } }}
                    <a routerLink="/training/plan">{{ 'attestation.my.toPlan' | t }}</a>
                  </p>
                }
                @if (d.retakeOn) {
                  <p>{{ 'attestation.decision.retake' | t: { date: day(d.retakeOn) } }}</p>
                }
                @if (d.justification) {
                  <p>
                    <strong>{{ 'attestation.decision.justification' | t }}:</strong> {{ d.justification }}
                  </p>
                }
                @if (m.evidence; as e) {
                  <details>
                    <summary>{{ 'attestation.my.evidence' | t }}</summary>
                    <app-evidence-view [evidence]="e" [name]="m.session.title" />
                  </details>
                }
              }
              @if (m.appeal; as ap) {
                <p data-testid="my-appeal">
                  <strong>{{ 'attestation.appeal.filed' | t: { date: day(ap.appealedAt) } }}</strong> {{ ap.reason }}
                </p>
              }
              @if (m.canAppeal) {
                <form class="appeal" (ngSubmit)="appeal(m)" [attr.aria-label]="'attestation.appeal.form' | t">
                  <mat-form-field class="full-width">
                    <mat-label>{{ 'attestation.appeal.reason' | t }}</mat-label>
                    <textarea
                      matInput
                      name="reason"
                      rows="3"
                      [(ngModel)]="reasons[m.candidateId]"
                      minlength="20"
                      maxlength="4000"
                    ></textarea>
                    <mat-hint>{{ 'attestation.appeal.until' | t: { date: at(m.appealUntil) } }}</mat-hint>
                  </mat-form-field>
                  <button mat-stroked-button type="submit" data-testid="appeal" [disabled]="busy()">
                    {{ 'attestation.appeal.submit' | t }}
                  </button>
                </form>
              }
              @if (m.certificatePending) {
                <p role="status" data-testid="certificate-pending">{{ 'attestation.my.certificatePending' | t }}</p>
                <mat-progress-bar mode="indeterminate" [attr.aria-label]="'attestation.my.certificatePending' | t" />
              } @else if (m.certificateSerial; as serial) {
                <p>
                  {{ 'attestation.my.certificate' | t }}: <a class="serial" [routerLink]="verifyPath(serial)">{{ serial }}</a>
                </p>
              }
            </article>
          } @empty {
            <p data-testid="my-none">{{ 'attestation.my.none' | t }}</p>
          }
        </section>

        <section aria-labelledby="my-certificates">
          <h2 id="my-certificates">{{ 'attestation.my.certificates' | t }}</h2>
          <div class="table-wrap" tabindex="0" role="region" [attr.aria-label]="'attestation.my.certificates' | t">
            <table class="table" data-testid="my-certificates">
              <thead>
                <tr>
                  <th scope="col">{{ 'attestation.certificate.serial' | t }}</th>
                  <th scope="col">{{ 'attestation.certificate.result' | t }}</th>
                  <th scope="col">{{ 'attestation.certificate.issued' | t }}</th>
                  <th scope="col">{{ 'attestation.certificate.validUntil' | t }}</th>
                  <th scope="col">{{ 'attestation.certificate.status' | t }}</th>
                  <th scope="col">{{ 'attestation.certificate.files' | t }}</th>
                </tr>
              </thead>
              <tbody>
                @for (c of certificates(); track c.id) {
                  <tr data-testid="certificate-row" [attr.data-serial]="c.serial">
                    <th scope="row">
                      <a class="serial" [routerLink]="verifyPath(c.serial)">{{ c.serial }}</a>
                    </th>
                    <td>{{ 'attestation.outcome.' + c.outcome | t }}</td>
                    <td class="date">{{ day(c.issuedAt) }}</td>
                    <td class="date">{{ day(c.validUntil) }}</td>
                    <td>
                      <span class="status" [class]="c.status">{{ 'attestation.certificateStatus.' + c.status | t }}</span>
                    </td>
                    <td class="actions">
                      @for (l of languages; track l) {
                        <button
                          mat-stroked-button
                          type="button"
                          [attr.data-testid]="'download-pdf-' + l"
                          (click)="pdf(c, l)"
                          [attr.aria-describedby]="'cert-' + c.id"
                        >
                          PDF ({{ 'languages.' + l | t }})
                        </button>
                      }
                      <button
                        mat-button
                        type="button"
                        data-testid="download-credential"
                        (click)="credential(c)"
                        [attr.aria-describedby]="'cert-' + c.id"
                      >
                        {{ 'attestation.certificate.credential' | t }}
                      </button>
                    </td>
                  </tr>
                } @empty {
                  <tr>
                    <td colspan="6">{{ 'attestation.my.noCertificates' | t }}</td>
                  </tr>
                }
              </tbody>
            </table>
          </div>
          <p>
            <a [routerLink]="mailPath">{{ 'attestation.my.toMail' | t }}</a>
          </p>
        </section>
      }
    </div>
  `,
  styleUrl: '../shared/pages.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MyAttestationPage implements OnInit {
  private readonly api = inject(AttestationApi);
  private readonly i18n = inject(I18nService);
  private readonly router = inject(Router);
  protected readonly languages: readonly Language[] = ['az', 'ru', 'en'];
  protected readonly mailPath = AttestationPages.mail;
  protected readonly loading = signal(true);
  protected readonly failed = signal(false);
  protected readonly busy = signal(false);
  protected readonly message = signal<string | null>(null);
  protected readonly items = signal<MyAttestation[]>([]);
  protected readonly certificates = signal<Certificate[]>([]);
  protected readonly reasons: Record<string, string> = {};
  private polls = 0;
  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor() {
    inject(DestroyRef).onDestroy(() => {
      if (this.timer) {
        clearTimeout(this.timer);
      }
    });
  }

  async ngOnInit(): Promise<void> {
    await this.load();
  }

  private async load(): Promise<void> {
    try {
      const [items, certificates] = await Promise.all([this.api.mine(), this.api.myCertificates()]);
      this.items.set(items);
      this.certificates.set(certificates);
      this.failed.set(false);
      // A certificate is issued by a background job: look again until it is there.
      if (items.some((i) => i.certificatePending) && this.polls++ < POLL_LIMIT) {
        this.timer = setTimeout(() => void this.load(), POLL_MS);
      }
    } catch {
      this.failed.set(true);
    } finally {
      this.loading.set(false);
    }
  }

  async start(m: MyAttestation): Promise<void> {
    this.busy.set(true);
    try {
      const attempt = await this.api.start(m.session.id);
      await this.router.navigateByUrl(AttestationPages.exam(attempt.id));
    } catch (error) {
      this.message.set(this.problemText(error));
      await this.load();
    } finally {
      this.busy.set(false);
    }
  }

  async appeal(m: MyAttestation): Promise<void> {
    const reason = (this.reasons[m.candidateId] ?? '').trim();
    if (reason.length < 20) {
      this.message.set(this.i18n.t('attestation.appeal.tooShort'));
      return;
    }
    this.busy.set(true);
    try {
      await this.api.appeal(m.candidateId, reason);
      this.message.set(this.i18n.t('attestation.appeal.sent'));
      await this.load();
    } catch (error) {
      this.message.set(this.problemText(error));
    } finally {
      this.busy.set(false);
    }
  }

  async pdf(c: Certificate, language: Language): Promise<void> {
    await this.save(() => this.api.download(this.api.pdfPath(c.serial, language), `${c.serial}-${language}.pdf`));
  }

  async credential(c: Certificate): Promise<void> {
    await this.save(() => this.api.download(this.api.credentialPath(c.serial), `${c.serial}.credential.json`));
  }

  private async save(work: () => Promise<void>): Promise<void> {
    try {
      await work();
    } catch (error) {
      this.message.set(this.problemText(error));
    }
  }

  private problemText(error: unknown): string {
    const p = problemOf(error);
    const key = p ? `attestation.errors.${p.code}` : '';
    return key && this.i18n.has(key) ? this.i18n.t(key) : (p?.detail ?? this.i18n.t('attestation.actionFailed'));
  }

  protected when(start: string, end: string): string {
    return window(start, end, this.i18n.locale());
  }
  protected at(iso: string | null): string {
    return dateTime(iso, this.i18n.locale());
  }
  protected day(iso: string | null): string {
    return date(iso, this.i18n.locale());
  }
  protected verifyPath(serial: string): string {
    return AttestationPages.verify(serial);
  }
  protected resultPath(attemptId: string): string {
    return `${AttestationPages.exam(attemptId)}/result`;
  }
}
