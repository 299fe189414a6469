import { ChangeDetectionStrategy, Component, inject, signal, type OnInit } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import type { Course, CourseInput, Enrolment, FieldError, Language } from '@civics/contracts';
import { I18nService, TranslatePipe, problemOf } from '@civics/web-core';
import { TrainingApi } from '../data/training-api';
import { TrainingText } from '../shared/training-text';
import { date } from '../shared/format';

interface Draft {
  code: string;
  title: Record<Language, string>;
  description: Record<Language, string>;
  targets: { competencyCode: string; fromLevel: number; toLevel: number }[];
  format: CourseInput['format'];
  hours: number;
  languages: Record<Language, boolean>;
}

function emptyDraft(): Draft {
  return {
    code: '',
    title: { az: '', ru: '', en: '' },
    description: { az: '', ru: '', en: '' },
    targets: [{ competencyCode: '', fromLevel: 0, toLevel: 2 }],
    format: 'online',
    hours: 8,
    languages: { az: true, ru: false, en: false },
  };
}

/**
 * `/training/courses`: a provider's courses (status, refusal comments), new drafts, sessions,
 * and for each session its enrolments with attendance and completion, one by one or from a
 * CSV/XLSX file.
 */
@Component({
  selector: 'app-provider-courses-page',
  imports: [
    FormsModule,
    MatButtonModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    MatSelectModule,
    TranslatePipe,
    TrainingText,
  ],
  template: `
    <div class="page">
      <h1 class="page-title">{{ 'training.provider.heading' | t }}</h1>
      @if (message(); as m) {
        <p role="status" data-testid="provider-message">{{ m }}</p>
      }
      @if (problems().length) {
        <ul class="problems" role="alert" data-testid="problems">
          @for (p of problems(); track $index) {
            <li>{{ p.field }}: {{ p.message }}</li>
          }
        </ul>
      }
      @if (loading()) {
        <mat-progress-bar mode="indeterminate" [attr.aria-label]="'training.loading' | t" />
      }
      <div class="table-wrap" tabindex="0" role="region" [attr.aria-label]="'training.scrollTable' | t">
        <table class="table" data-testid="provider-courses">
          <caption class="meta">
            {{
              'training.provider.caption' | t: { count: courses().length }
            }}
          </caption>
          <thead>
            <tr>
              <th scope="col">{{ 'training.plan.course' | t }}</th>
              <th scope="col">{{ 'training.targets' | t }}</th>
              <th scope="col">{{ 'training.plan.status' | t }}</th>
              <th scope="col">{{ 'training.session.action' | t }}</th>
            </tr>
          </thead>
          <tbody>
            @for (c of courses(); track c.id) {
              <tr>
                <th scope="row">
                  <app-training-text [text]="c.title" /> <span class="meta">({{ c.code }})</span>
                </th>
                <td>
                  @for (t of c.targets; track t.competencyCode) {
                    <span class="chip">{{ t.competencyCode }} {{ t.fromLevel }}→{{ t.toLevel }}</span>
                  }
                </td>
                <td>
                  <span class="status" [class]="c.status">{{ 'training.courseStatus.' + c.status | t }}</span>
                  @if (c.reviewComment && c.status === 'rejected') {
                    <div class="error">{{ c.reviewComment }}</div>
                  }
                </td>
                <td class="actions">
                  @if (c.status === 'draft' || c.status === 'rejected') {
                    <button mat-stroked-button type="button" (click)="submit(c)">{{ 'training.provider.submit' | t }}</button>
                    <button mat-button type="button" (click)="edit(c)">{{ 'training.provider.edit' | t }}</button>
                  }
                  <button mat-button type="button" (click)="select(c)" [attr.aria-pressed]="selected()?.id === c.id">
                    {{ 'training.provider.sessions' | t: { count: c.sessions.length } }}
                  </button>
                </td>
              </tr>
            }
          </tbody>
        </table>
      </div>

      @if (selected(); as c) {
        <section aria-labelledby="sessions-heading">
          <h2 id="sessions-heading">{{ 'training.provider.sessionsOf' | t }} <app-training-text [text]="c.title" /></h2>
          @for (s of c.sessions; track s.id) {
            <div class="card">
              <h3>
                {{ when(s.startsOn) }} – {{ when(s.endsOn) }} · {{ 'languages.' + s.language | t }} · {{ s.enrolled }}/{{ s.capacity }}
                @if (s.waiting) {
                  · {{ 'training.provider.waiting' | t: { count: s.waiting } }}
                }
              </h3>
              <div class="actions">
                <button mat-stroked-button type="button" (click)="openSession(s.id)" data-testid="open-session">
                  {{ 'training.provider.enrolments' | t }}
                </button>
                <label class="upload">
                  {{ 'training.provider.upload' | t }}
                  <input type="file" accept=".csv,.xlsx,text/csv" (change)="upload(s.id, $event)" data-testid="upload-input" />
                </label>
              </div>
              @if (openSessionId() === s.id) {
                <table class="table" data-testid="enrolments-table">
                  <thead>
                    <tr>
                      <th scope="col">{{ 'training.provider.person' | t }}</th>
                      <th scope="col">{{ 'training.plan.status' | t }}</th>
                      <th scope="col" class="num">{{ 'training.provider.score' | t }}</th>
                      <th scope="col">{{ 'training.session.action' | t }}</th>
                    </tr>
                  </thead>
                  <tbody>
                    @for (e of enrolments(); track e.id) {
                      <tr data-testid="enrolment-row" [attr.data-person]="e.personalCode">
                        <th scope="row">
                          {{ e.personName }} <span class="meta">({{ e.personalCode }})</span>
                        </th>
                        <td>
                          <span class="status" [class]="e.status">{{ 'training.enrolment.' + e.status | t }}</span>
                          @if (e.waitingPosition) {
                            #{{ e.waitingPosition }}
                          }
                        </td>
                        <td class="num">{{ e.score ?? '—' }}</td>
                        <td class="actions">
                          @if (e.status !== 'waiting' && e.status !== 'withdrawn') {
                            <button mat-button type="button" (click)="record(e, 'in_progress')">
                              {{ 'training.provider.attended' | t }}
                            </button>
                            <button mat-stroked-button type="button" (click)="record(e, 'completed')" data-testid="record-completed">
                              {{ 'training.provider.completed' | t }}
                            </button>
                            <button mat-button type="button" (click)="record(e, 'failed')">{{ 'training.provider.failed' | t }}</button>
                          }
                        </td>
                      </tr>
                    } @empty {
                      <tr>
                        <td colspan="4">{{ 'training.provider.noEnrolments' | t }}</td>
                      </tr>
                    }
                  </tbody>
                </table>
              }
            </div>
          }
          <h3>{{ 'training.provider.newSession' | t }}</h3>
          <form class="form-grid" (ngSubmit)="addSession(c)">
            <mat-form-field>
              <mat-label>{{ 'training.session.starts' | t }}</mat-label>
              <input matInput type="date" name="startsOn" [(ngModel)]="session.startsOn" required />
            </mat-form-field>
            <mat-form-field>
              <mat-label>{{ 'training.session.ends' | t }}</mat-label>
              <input matInput type="date" name="endsOn" [(ngModel)]="session.endsOn" required />
            </mat-form-field>
            <mat-form-field>
              <mat-label>{{ 'training.language' | t }}</mat-label>
              <mat-select name="language" [(ngModel)]="session.language">
                @for (l of languages; track l) {
                  <mat-option [value]="l">{{ 'languages.' + l | t }}</mat-option>
                }
              </mat-select>
            </mat-form-field>
            <mat-form-field>
              <mat-label>{{ 'training.session.where' | t }}</mat-label>
              <input matInput name="place" [(ngModel)]="session.where" required />
            </mat-form-field>
            <mat-form-field>
              <mat-label>{{ 'training.session.capacity' | t }}</mat-label>
              <input matInput type="number" min="1" name="capacity" [(ngModel)]="session.capacity" required />
            </mat-form-field>
            <div>
              <button mat-flat-button type="submit">{{ 'training.provider.addSession' | t }}</button>
            </div>
          </form>
        </section>
      }

      <section aria-labelledby="new-course-heading">
        <h2 id="new-course-heading">{{ (editingId() ? 'training.provider.editCourse' : 'training.provider.newCourse') | t }}</h2>
        <form class="form-grid" (ngSubmit)="create()">
          <mat-form-field>
            <mat-label>{{ 'training.provider.code' | t }}</mat-label>
            <input matInput name="code" [(ngModel)]="draft.code" required />
          </mat-form-field>
          @for (l of languages; track l) {
            <mat-form-field>
              <mat-label>{{ 'training.provider.title' | t: { language: 'languages.' + l | t } }}</mat-label>
              <input matInput [name]="'title-' + l" [(ngModel)]="draft.title[l]" required [attr.lang]="l" />
            </mat-form-field>
          }
          @for (l of languages; track l) {
            <mat-form-field class="full">
              <mat-label>{{ 'training.provider.description' | t: { language: 'languages.' + l | t } }}</mat-label>
              <textarea matInput [name]="'description-' + l" [(ngModel)]="draft.description[l]" required [attr.lang]="l"></textarea>
            </mat-form-field>
          }
          @for (target of draft.targets; track $index; let i = $index) {
            <fieldset class="full target" [attr.aria-label]="'training.provider.targetN' | t: { n: i + 1 }">
              <mat-form-field>
                <mat-label>{{ 'training.competency' | t }}</mat-label>
                <input matInput [name]="'competency-' + i" [(ngModel)]="target.competencyCode" required />
              </mat-form-field>
              <mat-form-field>
                <mat-label>{{ 'training.provider.fromLevel' | t }}</mat-label>
                <input matInput type="number" min="0" [name]="'fromLevel-' + i" [(ngModel)]="target.fromLevel" />
              </mat-form-field>
              <mat-form-field>
                <mat-label>{{ 'training.provider.toLevel' | t }}</mat-label>
                <input matInput type="number" min="1" [name]="'toLevel-' + i" [(ngModel)]="target.toLevel" />
              </mat-form-field>
              @if (draft.targets.length > 1) {
                <button mat-button type="button" (click)="removeTarget(i)">{{ 'training.provider.removeTarget' | t }}</button>
              }
            </fieldset>
          }
          <div class="full">
            <button mat-stroked-button type="button" (click)="addTarget()">{{ 'training.provider.addTarget' | t }}</button>
          </div>
          <mat-form-field>
            <mat-label>{{ 'training.format' | t }}</mat-label>
            <mat-select name="format" [(ngModel)]="draft.format">
              @for (f of formats; track f) {
                <mat-option [value]="f">{{ 'training.formats.' + f | t }}</mat-option>
              }
            </mat-select>
          </mat-form-field>
          <mat-form-field>
            <mat-label>{{ 'training.provider.hours' | t }}</mat-label>
            <input matInput type="number" min="1" name="hours" [(ngModel)]="draft.hours" />
          </mat-form-field>
          <fieldset class="full">
            <legend>{{ 'training.provider.languages' | t }}</legend>
            @for (l of languages; track l) {
              <mat-checkbox [name]="'lang-' + l" [(ngModel)]="draft.languages[l]">{{ 'languages.' + l | t }}</mat-checkbox>
            }
          </fieldset>
          <div>
            <button mat-flat-button type="submit">{{ 'training.provider.create' | t }}</button>
          </div>
        </form>
      </section>
    </div>
  `,
  styleUrl: '../shared/pages.css',
  styles: `
    .upload input {
      margin-inline-start: 0.5rem;
    }
    fieldset {
      border: none;
      padding: 0;
    }
    .target {
      display: flex;
      flex-wrap: wrap;
      gap: 0 1rem;
      align-items: baseline;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ProviderCoursesPage implements OnInit {
  private readonly api = inject(TrainingApi);
  private readonly i18n = inject(I18nService);
  protected readonly languages: readonly Language[] = ['az', 'ru', 'en'];
  protected readonly formats = ['online', 'classroom', 'blended'] as const;
  protected readonly loading = signal(true);
  protected readonly courses = signal<Course[]>([]);
  protected readonly selected = signal<Course | null>(null);
  protected readonly openSessionId = signal<string | null>(null);
  protected readonly enrolments = signal<Enrolment[]>([]);
  protected readonly message = signal<string | null>(null);
  protected readonly problems = signal<readonly FieldError[]>([]);
  protected readonly editingId = signal<string | null>(null);
  protected draft: Draft = emptyDraft();
  private editedModules: CourseInput['modules'] = [];
  private editedPrice: number | null = null;
  protected session = { startsOn: '', endsOn: '', language: 'az' as Language, where: '', capacity: 20 };

  async ngOnInit(): Promise<void> {
    await this.reload();
  }

  private async reload(): Promise<void> {
    try {
      const list = await this.api.manageCourses();
      this.courses.set(list);
      const sel = this.selected();
      this.selected.set(sel ? (list.find((c) => c.id === sel.id) ?? null) : null);
    } catch {
      this.message.set(this.i18n.t('training.loadFailed'));
    } finally {
      this.loading.set(false);
    }
  }

  protected select(c: Course): void {
    this.selected.set(c);
    this.openSessionId.set(null);
  }

  async openSession(id: string): Promise<void> {
    this.openSessionId.set(id);
    this.enrolments.set(await this.api.sessionEnrolments(id));
  }

  async submit(c: Course): Promise<void> {
    await this.act(() => this.api.submitCourse(c.id), 'training.provider.submitted');
  }

  async record(e: Enrolment, status: 'in_progress' | 'completed' | 'failed'): Promise<void> {
    await this.act(() => this.api.recordOutcome(e.id, { status }), 'training.provider.recorded');
    await this.openSession(e.sessionId);
  }

  async upload(sessionId: string, event: Event): Promise<void> {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) {
      return;
    }
    await this.act(async () => {
      const report = await this.api.uploadCompletions(sessionId, file);
      return report;
    }, 'training.provider.uploaded');
    input.value = '';
    await this.openSession(sessionId);
  }

  async addSession(c: Course): Promise<void> {
    const where = this.session.where.trim();
    const online = /^https?:\/\//.test(where);
    await this.act(
      () =>
        this.api.addSession(c.id, {
          startsOn: this.session.startsOn,
          endsOn: this.session.endsOn || this.session.startsOn,
          language: this.session.language,
          place: online ? null : where,
          onlineUrl: online ? where : null,
          capacity: Number(this.session.capacity),
        }),
      'training.provider.sessionAdded',
    );
  }

  protected addTarget(): void {
    this.draft.targets.push({ competencyCode: '', fromLevel: 0, toLevel: 2 });
  }

  protected removeTarget(i: number): void {
    this.draft.targets.splice(i, 1);
  }

  /** Loads a draft or refused course into the form. */
  protected edit(c: Course): void {
    this.editingId.set(c.id);
    this.editedModules = c.modules;
    this.editedPrice = c.priceAzn;
    this.draft = {
      code: c.code,
      title: { ...c.title },
      description: { ...c.description },
      targets: c.targets.map((t) => ({ ...t })),
      format: c.format,
      hours: c.hours,
      languages: { az: c.languages.includes('az'), ru: c.languages.includes('ru'), en: c.languages.includes('en') },
    };
  }

  protected stopEditing(): void {
    this.editingId.set(null);
    this.editedModules = [];
    this.editedPrice = null;
    this.draft = emptyDraft();
  }

  async create(): Promise<void> {
    const d = this.draft;
    const input: CourseInput = {
      code: d.code.trim().toUpperCase(),
      title: d.title,
      description: d.description,
      targets: d.targets.map((t) => ({
        competencyCode: t.competencyCode.trim().toUpperCase(),
        fromLevel: Number(t.fromLevel),
        toLevel: Number(t.toLevel),
      })),
      format: d.format,
      hours: Number(d.hours),
      languages: this.languages.filter((l) => d.languages[l]),
      modules: this.editedModules,
      priceAzn: this.editedPrice,
    };
    const id = this.editingId();
    const ok = await this.act(
      () => (id ? this.api.updateCourse(id, input) : this.api.createCourse(input)),
      id ? 'training.provider.saved' : 'training.provider.created',
    );
    if (ok) {
      this.stopEditing();
    }
  }

  private async act(work: () => Promise<unknown>, key: string): Promise<boolean> {
    this.problems.set([]);
    try {
      await work();
      this.message.set(this.i18n.t(key));
      await this.reload();
      return true;
    } catch (error) {
      const p = problemOf(error);
      this.message.set(p?.detail ?? this.i18n.t('training.actionFailed'));
      this.problems.set(p?.errors ?? []);
      return false;
    }
  }

  protected when(iso: string): string {
    return date(iso, this.i18n.locale());
  }
}
