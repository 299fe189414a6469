import { ChangeDetectionStrategy, Component, computed, inject, input, signal, type OnInit } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import type { Notification, Plan, PlanItem } from '@civics/contracts';
import { I18nService, TranslatePipe, problemOf } from '@civics/web-core';
import { TrainingApi } from '../data/training-api';
import { TrainingPages } from '../data/training-paths';
import { TrainingText } from '../shared/training-text';
import { date } from '../shared/format';

/**
 * `/training/plan` (my plan) and `/training/people/:personId` (HR: a person in scope): the
 * development plan proposed from the gaps, with its items, sessions, due dates and reminders.
 */
@Component({
  selector: 'app-plan-page',
  imports: [MatButtonModule, MatProgressBarModule, RouterLink, TranslatePipe, TrainingText],
  template: `
    <div class="page">
      <h1 class="page-title">
        {{ (personId() ? 'training.plan.headingFor' : 'training.plan.heading') | t: { name: plan()?.personName ?? '' } }}
      </h1>
      <p class="lead">{{ 'training.plan.lead' | t }}</p>
      @if (loading()) {
        <mat-progress-bar mode="indeterminate" [attr.aria-label]="'training.loading' | t" />
      } @else if (error(); as e) {
        <p class="error" role="alert">{{ e }}</p>
      } @else if (plan(); as p) {
        @if (message(); as m) {
          <p role="status" data-testid="plan-message">{{ m }}</p>
        }
        <div class="actions">
          <button mat-stroked-button type="button" (click)="propose()" [disabled]="busy()">{{ 'training.plan.propose' | t }}</button>
          <a mat-button [routerLink]="cataloguePath">{{ 'training.plan.toCatalogue' | t }}</a>
        </div>
        @if (p.uncovered.length) {
          <p class="error" data-testid="plan-uncovered">
            {{ 'training.plan.uncovered' | t: { list: uncoveredList() } }}
          </p>
        }
        <div class="table-wrap" tabindex="0" role="region" [attr.aria-label]="'training.scrollTable' | t">
          <table class="table" data-testid="plan-table">
            <caption class="meta">
              {{
                'training.plan.caption' | t: { open: openCount(), total: p.items.length }
              }}
            </caption>
            <thead>
              <tr>
                <th scope="col">{{ 'training.competency' | t }}</th>
                <th scope="col">{{ 'training.plan.levels' | t }}</th>
                <th scope="col">{{ 'training.plan.course' | t }}</th>
                <th scope="col">{{ 'training.plan.session' | t }}</th>
                <th scope="col">{{ 'training.plan.due' | t }}</th>
                <th scope="col">{{ 'training.plan.status' | t }}</th>
                <th scope="col">{{ 'training.session.action' | t }}</th>
              </tr>
            </thead>
            <tbody>
              @for (i of p.items; track i.id) {
                <tr data-testid="plan-item" [attr.data-competency]="i.competencyCode" [attr.data-status]="i.status">
                  <th scope="row">{{ i.competencyCode }}</th>
                  <td>{{ i.fromLevel }} → {{ i.targetLevel }}</td>
                  <td>
                    @if (i.courseId) {
                      <a [routerLink]="coursePath(i.courseId)"><app-training-text [text]="i.courseTitle" /></a>
                    } @else {
                      —
                    }
                  </td>
                  <td>
                    {{ when(i.sessionStartsOn) }}
                    @if (i.enrolmentStatus) {
                      <span class="status" [class]="i.enrolmentStatus">{{ 'training.enrolment.' + i.enrolmentStatus | t }}</span>
                    }
                  </td>
                  <td>
                    {{ when(i.dueDate) }}
                    @if (i.overdue) {
                      <span class="status overdue">{{ 'training.plan.overdue' | t }}</span>
                    }
                  </td>
                  <td>
                    <span class="status" [class]="i.status" data-testid="plan-item-status">{{
                      'training.plan.statuses.' + i.status | t
                    }}</span>
                    @if (i.status === 'closed') {
                      <span class="meta"> {{ 'training.plan.closedAt' | t: { level: i.closedLevel ?? '', date: when(i.closedAt) } }}</span>
                    }
                  </td>
                  <td class="actions">
                    @if (i.status === 'proposed') {
                      <button mat-stroked-button type="button" (click)="accept(i)" [disabled]="busy()">
                        {{ 'training.plan.accept' | t }}
                      </button>
                    }
                    @if (!personId() && i.sessionId && !i.enrolmentStatus && (i.status === 'proposed' || i.status === 'accepted')) {
                      <button mat-flat-button type="button" (click)="enrol(i)" [disabled]="busy()" data-testid="plan-enrol">
                        {{ 'training.session.enrol' | t }}
                      </button>
                    }
                    @if (i.status === 'proposed' || i.status === 'accepted') {
                      <button mat-button type="button" (click)="cancel(i)" [disabled]="busy()">{{ 'training.plan.cancel' | t }}</button>
                    }
                  </td>
                </tr>
              } @empty {
                <tr>
                  <td colspan="7">{{ 'training.plan.empty' | t }}</td>
                </tr>
              }
            </tbody>
          </table>
        </div>
        @if (!personId()) {
          <h2>{{ 'training.plan.reminders' | t }}</h2>
          <ul data-testid="notifications">
            @for (n of notifications(); track n.id) {
              <li>
                <app-training-text [text]="n.text" /> <span class="meta">({{ when(n.createdAt) }})</span>
              </li>
            } @empty {
              <li class="meta">{{ 'training.plan.noReminders' | t }}</li>
            }
          </ul>
        }
      }
    </div>
  `,
  styleUrl: '../shared/pages.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PlanPage implements OnInit {
  readonly personId = input<string | undefined>(undefined);
  private readonly api = inject(TrainingApi);
  private readonly i18n = inject(I18nService);
  protected readonly cataloguePath = TrainingPages.catalogue;
  protected readonly loading = signal(true);
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly message = signal<string | null>(null);
  protected readonly plan = signal<Plan | null>(null);
  protected readonly notifications = signal<Notification[]>([]);
  protected readonly openCount = computed(
    () => (this.plan()?.items ?? []).filter((i) => i.status === 'proposed' || i.status === 'accepted').length,
  );
  protected readonly uncoveredList = computed(() =>
    (this.plan()?.uncovered ?? []).map((u) => `${u.competencyCode} ${u.achieved}→${u.required}`).join(', '),
  );

  async ngOnInit(): Promise<void> {
    try {
      this.plan.set(await this.api.plan(this.personId()));
      if (!this.personId()) {
        this.notifications.set(await this.api.notifications());
      }
    } catch (error) {
      const code = problemOf(error)?.code ?? '';
      this.error.set(
        this.i18n.t(code === 'no_person_record' || code === 'no_position_profile' ? 'training.plan.noPerson' : 'training.loadFailed'),
      );
    } finally {
      this.loading.set(false);
    }
  }

  async propose(): Promise<void> {
    await this.act(async () => {
      this.plan.set(await this.api.propose(this.personId()));
      return 'training.plan.proposed';
    });
  }

  async accept(i: PlanItem): Promise<void> {
    await this.act(async () => {
      await this.api.updateItem(i.id, { status: 'accepted' });
      return 'training.plan.accepted';
    });
  }

  async cancel(i: PlanItem): Promise<void> {
    await this.act(async () => {
      await this.api.updateItem(i.id, { status: 'cancelled' });
      return 'training.plan.cancelled';
    });
  }

  async enrol(i: PlanItem): Promise<void> {
    if (!i.sessionId) {
      return;
    }
    const sessionId = i.sessionId;
    await this.act(async () => {
      const e = await this.api.enrol(sessionId, i.id);
      return e.status === 'waiting' ? 'training.session.waiting' : 'training.session.enrolled';
    });
  }

  private async act(work: () => Promise<string>): Promise<void> {
    this.busy.set(true);
    try {
      const key = await work();
      this.plan.set(await this.api.plan(this.personId()));
      this.message.set(this.i18n.t(key));
    } catch (error) {
      this.message.set(problemOf(error)?.detail ?? this.i18n.t('training.actionFailed'));
    } finally {
      this.busy.set(false);
    }
  }

  protected coursePath(id: string): string {
    return TrainingPages.course(id);
  }

  protected when(iso: string | null): string {
    return date(iso, this.i18n.locale());
  }
}
