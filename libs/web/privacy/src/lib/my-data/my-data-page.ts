import { ChangeDetectionStrategy, Component, DOCUMENT, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import type { AccessLogEntry } from '@civics/contracts';
import { I18nService, TranslatePipe } from '@civics/web-core';
import { PrivacyApi } from '../data/privacy-api';
import { moment } from '../shared/format';
import { saveBlob } from '../shared/download';

/** `/privacy/my-data`: "Who used my data" — who, when, in which role and why — and my data export. */
@Component({
  selector: 'app-my-data-page',
  imports: [MatButtonModule, TranslatePipe],
  template: `
    <div class="page">
      <h1>{{ 'privacy.myData.title' | t }}</h1>
      <p class="lead">{{ 'privacy.myData.lead' | t }}</p>
      @if (failed()) {
        <p class="error" role="alert">{{ 'privacy.loadFailed' | t }}</p>
      } @else if (entries().length === 0) {
        <p data-testid="access-log-empty">{{ 'privacy.myData.empty' | t }}</p>
      } @else {
        <div class="table-wrap" tabindex="0" role="region" [attr.aria-label]="'privacy.myData.title' | t">
          <table data-testid="access-log">
            <thead>
              <tr>
                <th scope="col">{{ 'privacy.myData.when' | t }}</th>
                <th scope="col">{{ 'privacy.myData.who' | t }}</th>
                <th scope="col">{{ 'privacy.myData.what' | t }}</th>
                <th scope="col">{{ 'privacy.myData.purpose' | t }}</th>
              </tr>
            </thead>
            <tbody>
              @for (e of entries(); track e.seq) {
                <tr>
                  <td>{{ when(e.occurredAt) }}</td>
                  <td>
                    {{ e.actorName }}
                    @for (r of e.actorRoles; track r) {
                      <div class="lead">{{ 'roles.' + r | t }}</div>
                    }
                  </td>
                  <td>{{ actionKey(e.action) | t }}</td>
                  <td>{{ e.purpose ?? '—' }}</td>
                </tr>
              }
            </tbody>
          </table>
        </div>
      }
      <h2>{{ 'privacy.myData.exportTitle' | t }}</h2>
      <p class="lead">{{ 'privacy.myData.exportLead' | t }}</p>
      <div class="actions">
        <button mat-flat-button type="button" (click)="download('json')" data-testid="export-json">
          {{ 'privacy.myData.exportJson' | t }}
        </button>
        <button mat-stroked-button type="button" (click)="download('pdf')" data-testid="export-pdf">
          {{ 'privacy.myData.exportPdf' | t }}
        </button>
      </div>
    </div>
  `,
  styleUrl: '../shared/pages.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MyDataPage {
  private readonly api = inject(PrivacyApi);
  private readonly document = inject(DOCUMENT);
  protected readonly i18n = inject(I18nService);
  protected readonly entries = signal<AccessLogEntry[]>([]);
  protected readonly failed = signal(false);

  protected when(iso: string): string {
    return moment(iso, this.i18n.language());
  }

  constructor() {
    void this.api.accessLog().then(
      (e) => this.entries.set(e),
      () => this.failed.set(true),
    );
  }

  /** Known actions have a text; others show under a general one. */
  protected actionKey(action: string): string {
    return KNOWN_ACTIONS.has(action) ? `privacy.action.${action.replace(/\./g, '_')}` : 'privacy.action.other';
  }

  protected async download(kind: 'json' | 'pdf'): Promise<void> {
    const blob = await this.api.exportFile(kind);
    saveBlob(this.document, blob, kind === 'json' ? 'my-data.json' : 'my-data.pdf');
  }
}

const KNOWN_ACTIONS = new Set([
  'identity.person_read',
  'identity.person_updated',
  'identity.person_created',
  'identity.account_created',
  'identity.roles_changed',
  'credentials.certificate_read',
  'credentials.certificate_issued',
  'credentials.certificate_revoked',
  'privacy.person_pseudonymised',
]);
