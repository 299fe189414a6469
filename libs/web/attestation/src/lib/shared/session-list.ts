import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { SessionSummary } from '@civics/contracts';
import { I18nService, TranslatePipe } from '@civics/web-core';
import { AttestationPages } from '../data/attestation-paths';
import { byMonth, monthName, window } from './format';

/** Sessions as a calendar: one table per month, in date order. */
@Component({
  selector: 'app-session-list',
  imports: [RouterLink, TranslatePipe],
  template: `
    @for (g of months(); track g.month) {
      <h3 [id]="'m-' + g.month">{{ month(g.month) }}</h3>
      <div class="table-wrap" tabindex="0" role="region" [attr.aria-labelledby]="'m-' + g.month">
        <table class="table" data-testid="session-table">
          <thead>
            <tr>
              <th scope="col">{{ 'attestation.session.title' | t }}</th>
              <th scope="col">{{ 'attestation.session.window' | t }}</th>
              <th scope="col">{{ 'attestation.session.organisation' | t }}</th>
              <th scope="col">{{ 'attestation.session.statusLabel' | t }}</th>
              <th scope="col" class="num">{{ 'attestation.session.candidatesShort' | t }}</th>
              <th scope="col" class="num">{{ 'attestation.session.decidedShort' | t }}</th>
            </tr>
          </thead>
          <tbody>
            @for (s of g.items; track s.id) {
              <tr data-testid="session-row" [attr.data-session]="s.id">
                <th scope="row">
                  <a [routerLink]="path(s.id)">{{ s.title }}</a>
                  @if (s.myRole) {
                    <span class="chip">{{ 'attestation.role.' + s.myRole | t }}</span>
                  }
                </th>
                <td>{{ when(s.startsAt, s.endsAt) }}</td>
                <td>{{ s.organisationName[lang()] }}</td>
                <td>
                  <span class="status" [class]="s.status">{{ 'attestation.sessionStatus.' + s.status | t }}</span>
                </td>
                <td class="num">{{ s.candidates.total }}</td>
                <td class="num">{{ s.candidates.decided }}</td>
              </tr>
            }
          </tbody>
        </table>
      </div>
    } @empty {
      <p data-testid="no-sessions">{{ 'attestation.sessions.none' | t }}</p>
    }
  `,
  styleUrl: './pages.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SessionList {
  private readonly i18n = inject(I18nService);
  readonly sessions = input.required<readonly SessionSummary[]>();
  protected readonly lang = this.i18n.language;
  protected readonly months = computed(() => byMonth(this.sessions()));

  protected month(key: string): string {
    return monthName(key, (k) => this.i18n.t(k));
  }
  protected when(start: string, end: string): string {
    return window(start, end, this.i18n.locale());
  }
  protected path(id: string): string {
    return AttestationPages.session(id);
  }
}
