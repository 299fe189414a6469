import { ChangeDetectionStrategy, Component, computed, inject, signal, type OnInit } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import type { Pipeline, SessionSummary } from '@civics/contracts';
import { I18nService, TranslatePipe } from '@civics/web-core';
import { BarChart, type BarSeries } from '@civics/web-ui';
import { AttestationApi } from '../data/attestation-api';
import { AttestationPages } from '../data/attestation-paths';
import { SessionList } from '../shared/session-list';
import { wholeTicks } from '../shared/format';

const STAGES = [
  'invited',
  'inProgress',
  'awaitingDecision',
  'appealed',
  'absent',
  'meets',
  'meetsSubjectToTraining',
  'doesNotMeet',
] as const;

/** `/attestation/sessions` (HR): the pipeline of the subtree as a chart and a table, and the calendar of sessions. */
@Component({
  selector: 'app-sessions-page',
  imports: [MatButtonModule, MatProgressBarModule, RouterLink, TranslatePipe, BarChart, SessionList],
  template: `
    <div class="page stack">
      <h1 class="page-title">{{ 'attestation.sessions.heading' | t }}</h1>
      <p class="lead">{{ 'attestation.sessions.lead' | t }}</p>
      <div class="actions">
        <a mat-flat-button [routerLink]="schedulePath" data-testid="schedule-link">{{ 'attestation.sessions.schedule' | t }}</a>
        <a mat-button [routerLink]="certificatesPath">{{ 'attestation.nav.certificates' | t }}</a>
      </div>
      @if (loading()) {
        <mat-progress-bar mode="indeterminate" [attr.aria-label]="'attestation.loading' | t" />
      } @else if (failed()) {
        <p class="error" role="alert">{{ 'attestation.loadFailed' | t }}</p>
      } @else {
        @if (pipeline(); as p) {
          <section aria-labelledby="pipeline-heading">
            <h2 id="pipeline-heading">{{ 'attestation.pipeline.heading' | t }}</h2>
            <p data-testid="due-count">
              {{ 'attestation.pipeline.due' | t: { count: p.due } }}
              <a [routerLink]="schedulePath">{{ 'attestation.pipeline.scheduleThem' | t }}</a>
            </p>
            <app-bar-chart
              [labels]="stageLabels()"
              [series]="stageSeries()"
              [horizontal]="true"
              [min]="0"
              [format]="ticks"
              [label]="'attestation.pipeline.chartLabel' | t"
              [height]="16"
            />
            <div class="table-wrap" tabindex="0" role="region" [attr.aria-label]="'attestation.pipeline.tableLabel' | t">
              <table class="table" data-testid="pipeline-table">
                <thead>
                  <tr>
                    <th scope="col">{{ 'attestation.pipeline.stage' | t }}</th>
                    <th scope="col" class="num">{{ 'attestation.pipeline.people' | t }}</th>
                  </tr>
                </thead>
                <tbody>
                  @for (s of stages; track s) {
                    <tr>
                      <th scope="row">{{ 'attestation.pipeline.' + s | t }}</th>
                      <td class="num">{{ p.candidates[s] }}</td>
                    </tr>
                  }
                </tbody>
              </table>
            </div>
          </section>
        }
        <section aria-labelledby="calendar-heading">
          <h2 id="calendar-heading">{{ 'attestation.sessions.calendar' | t }}</h2>
          <app-session-list [sessions]="sessions()" />
        </section>
      }
    </div>
  `,
  styleUrl: '../shared/pages.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SessionsPage implements OnInit {
  private readonly api = inject(AttestationApi);
  private readonly i18n = inject(I18nService);
  protected readonly stages = STAGES;
  protected readonly ticks = wholeTicks;
  protected readonly schedulePath = AttestationPages.schedule;
  protected readonly certificatesPath = AttestationPages.certificates;
  protected readonly loading = signal(true);
  protected readonly failed = signal(false);
  protected readonly sessions = signal<SessionSummary[]>([]);
  protected readonly pipeline = signal<Pipeline | null>(null);
  protected readonly stageLabels = computed(() => STAGES.map((s) => this.i18n.t(`attestation.pipeline.${s}`)));
  protected readonly stageSeries = computed<BarSeries[]>(() => {
    const p = this.pipeline();
    return [{ label: this.i18n.t('attestation.pipeline.people'), data: STAGES.map((s) => p?.candidates[s] ?? 0), tone: 'primary' }];
  });

  async ngOnInit(): Promise<void> {
    try {
      const [sessions, pipeline] = await Promise.all([this.api.sessions(), this.api.pipeline()]);
      this.sessions.set(sessions);
      this.pipeline.set(pipeline);
    } catch {
      this.failed.set(true);
    } finally {
      this.loading.set(false);
    }
  }
}
