import { ChangeDetectionStrategy, Component, inject, signal, type OnInit } from '@angular/core';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import type { Mail } from '@civics/contracts';
import { I18nService, TranslatePipe } from '@civics/web-core';
import { AttestationApi } from '../data/attestation-api';
import { dateTime } from '../shared/format';

/** `/attestation/mail`: the e-mails the platform sent me (in development they are files, not delivered, so they are read here). */
@Component({
  selector: 'app-mail-page',
  imports: [MatProgressBarModule, TranslatePipe],
  template: `
    <div class="page stack">
      <h1 class="page-title">{{ 'attestation.mail.heading' | t }}</h1>
      <p class="lead">{{ 'attestation.mail.lead' | t }}</p>
      @if (loading()) {
        <mat-progress-bar mode="indeterminate" [attr.aria-label]="'attestation.loading' | t" />
      } @else {
        <ul class="mails" data-testid="mails">
          @for (m of mails(); track m.id) {
            <li class="card" data-testid="mail">
              <details>
                <summary>
                  <strong>{{ m.subject }}</strong>
                  <span class="meta"> · {{ at(m.createdAt) }} · {{ 'attestation.mail.status.' + m.status | t }}</span>
                </summary>
                <p class="meta">{{ 'attestation.mail.to' | t }}: {{ m.to }}</p>
                <pre class="body">{{ m.text }}</pre>
              </details>
            </li>
          } @empty {
            <li class="meta">{{ 'attestation.mail.none' | t }}</li>
          }
        </ul>
      }
    </div>
  `,
  styleUrl: '../shared/pages.css',
  styles: `
    .mails {
      list-style: none;
      padding: 0;
      display: grid;
      gap: 0.75rem;
    }
    .body {
      white-space: pre-wrap;
      font: inherit;
      margin: 0.5rem 0 0;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MailPage implements OnInit {
  private readonly api = inject(AttestationApi);
  private readonly i18n = inject(I18nService);
  protected readonly loading = signal(true);
  protected readonly mails = signal<Mail[]>([]);

  async ngOnInit(): Promise<void> {
    try {
      this.mails.set(await this.api.mail());
    } finally {
      this.loading.set(false);
    }
  }

  protected at(iso: string): string {
    return dateTime(iso, this.i18n.locale());
  }
}
