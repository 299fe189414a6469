import { ChangeDetectionStrategy, Component, computed, inject, signal, type OnInit } from '@angular/core';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import type { SessionSummary } from '@civics/contracts';
import { TranslatePipe } from '@civics/web-core';
import { AttestationApi } from '../data/attestation-api';
import { SessionList } from '../shared/session-list';

/** `/attestation/commission` (commission members): the sessions I sit on, those awaiting our decision first. */
@Component({
  selector: 'app-commission-page',
  imports: [MatProgressBarModule, TranslatePipe, SessionList],
  template: `
    <div class="page stack">
      <h1 class="page-title">{{ 'attestation.commission.heading' | t }}</h1>
      <p class="lead">{{ 'attestation.commission.lead' | t }}</p>
      @if (loading()) {
        <mat-progress-bar mode="indeterminate" [attr.aria-label]="'attestation.loading' | t" />
      } @else if (failed()) {
        <p class="error" role="alert">{{ 'attestation.loadFailed' | t }}</p>
      } @else {
        @if (awaiting().length) {
          <p role="status" data-testid="awaiting">{{ 'attestation.commission.awaiting' | t: { count: awaiting().length } }}</p>
        }
        <app-session-list [sessions]="sessions()" />
      }
    </div>
  `,
  styleUrl: '../shared/pages.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CommissionPage implements OnInit {
  private readonly api = inject(AttestationApi);
  protected readonly loading = signal(true);
  protected readonly failed = signal(false);
  protected readonly sessions = signal<SessionSummary[]>([]);
  protected readonly awaiting = computed(() => this.sessions().filter((s) => s.status === 'closed' || s.candidates.appealed > 0));

  async ngOnInit(): Promise<void> {
    try {
      this.sessions.set(await this.api.commissionSessions());
    } catch {
      this.failed.set(true);
    } finally {
      this.loading.set(false);
    }
  }
}
