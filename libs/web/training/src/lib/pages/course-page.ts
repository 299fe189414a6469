import { ChangeDetectionStrategy, Component, computed, inject, input, signal, type OnInit } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import type { Course, Enrolment } from '@civics/contracts';
import { AuthService, I18nService, TranslatePipe, problemOf } from '@civics/web-core';
import { TrainingApi } from '../data/training-api';
import { TrainingPages } from '../data/training-paths';
import { TrainingText } from '../shared/training-text';
import { date } from '../shared/format';

/** `/training/catalogue/:id`: one course with its modules and sessions; a civil servant enrols here. */
@Component({
  selector: 'app-course-page',
  imports: [MatButtonModule, MatProgressBarModule, RouterLink, TranslatePipe, TrainingText],
  template: `
    <div class="page">
      <p>
        <a [routerLink]="cataloguePath">← {{ 'training.catalogue.back' | t }}</a>
      </p>
      @if (loading()) {
        <mat-progress-bar mode="indeterminate" [attr.aria-label]="'training.loading' | t" />
      } @else if (!course()) {
        <p class="error" role="alert">{{ 'training.course.notFound' | t }}</p>
      } @else if (course(); as c) {
        <h1 class="page-title"><app-training-text [text]="c.title" /></h1>
        <p class="meta">
          <app-training-text [text]="c.providerName" /> · {{ c.code }} · {{ c.hours }} {{ 'training.hours' | t }} ·
          {{ 'training.formats.' + c.format | t }}
          @if (c.priceAzn !== null) {
            · {{ c.priceAzn }} AZN
          }
        </p>
        <p><app-training-text [text]="c.description" /></p>
        <h2>{{ 'training.targets' | t }}</h2>
        <ul class="chips">
          @for (t of c.targets; track t.competencyCode) {
            <li class="chip">{{ 'training.course.target' | t: { code: t.competencyCode, from: t.fromLevel, to: t.toLevel } }}</li>
          }
        </ul>
        @if (c.modules.length) {
          <h2>{{ 'training.course.modules' | t }}</h2>
          <ol>
            @for (m of c.modules; track $index) {
              <li><app-training-text [text]="m.title" /> ({{ m.hours }} {{ 'training.hours' | t }})</li>
            }
          </ol>
        }
        <h2 id="sessions-heading">{{ 'training.course.sessions' | t }}</h2>
        @if (message(); as m) {
          <p role="status" data-testid="enrol-message">{{ m }}</p>
        }
        <div class="table-wrap" tabindex="0" role="region" [attr.aria-label]="'training.scrollTable' | t">
          <table class="table" aria-labelledby="sessions-heading">
            <thead>
              <tr>
                <th scope="col">{{ 'training.session.dates' | t }}</th>
                <th scope="col">{{ 'training.language' | t }}</th>
                <th scope="col">{{ 'training.session.where' | t }}</th>
                <th scope="col" class="num">{{ 'training.session.free' | t }}</th>
                @if (canEnrol()) {
                  <th scope="col">{{ 'training.session.action' | t }}</th>
                }
              </tr>
            </thead>
            <tbody>
              @for (s of c.sessions; track s.id) {
                <tr data-testid="session-row">
                  <td>{{ when(s.startsOn) }} – {{ when(s.endsOn) }}</td>
                  <td>{{ 'languages.' + s.language | t }}</td>
                  <td>{{ s.place ?? s.onlineUrl }}</td>
                  <td class="num">{{ s.freePlaces }} / {{ s.capacity }}</td>
                  @if (canEnrol()) {
                    <td>
                      @if (mine(s.id); as e) {
                        <span class="status">{{ 'training.enrolment.' + e.status | t }}</span>
                      } @else if (s.startsOn >= today) {
                        <button mat-stroked-button type="button" (click)="enrol(s.id)" [disabled]="busy()">
                          {{ (s.freePlaces > 0 ? 'training.session.enrol' : 'training.session.wait') | t }}
                        </button>
                      }
                    </td>
                  }
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
export class CoursePage implements OnInit {
  readonly id = input.required<string>();
  private readonly api = inject(TrainingApi);
  private readonly i18n = inject(I18nService);
  private readonly auth = inject(AuthService);
  protected readonly cataloguePath = TrainingPages.catalogue;
  protected readonly today = new Date().toISOString().slice(0, 10);
  protected readonly loading = signal(true);
  protected readonly busy = signal(false);
  protected readonly course = signal<Course | null>(null);
  protected readonly enrolments = signal<Enrolment[]>([]);
  protected readonly message = signal<string | null>(null);
  protected readonly canEnrol = computed(() => this.auth.hasPermission('training:enrol'));

  async ngOnInit(): Promise<void> {
    try {
      this.course.set(await this.api.course(this.id()));
      if (this.canEnrol()) {
        this.enrolments.set(await this.api.myEnrolments());
      }
    } catch {
      this.course.set(null);
    } finally {
      this.loading.set(false);
    }
  }

  protected mine(sessionId: string): Enrolment | undefined {
    return this.enrolments().find((e) => e.sessionId === sessionId && e.status !== 'withdrawn');
  }

  async enrol(sessionId: string): Promise<void> {
    this.busy.set(true);
    try {
      const e = await this.api.enrol(sessionId);
      this.message.set(this.i18n.t(e.status === 'waiting' ? 'training.session.waiting' : 'training.session.enrolled'));
      this.enrolments.set(await this.api.myEnrolments());
      this.course.set(await this.api.course(this.id()));
    } catch (error) {
      this.message.set(problemOf(error)?.detail ?? this.i18n.t('training.actionFailed'));
    } finally {
      this.busy.set(false);
    }
  }

  protected when(iso: string): string {
    return date(iso, this.i18n.locale());
  }
}
