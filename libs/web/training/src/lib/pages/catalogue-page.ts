import { ChangeDetectionStrategy, Component, computed, inject, signal, type OnInit } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { RouterLink } from '@angular/router';
import type { Course, Provider } from '@civics/contracts';
import { I18nService, TranslatePipe } from '@civics/web-core';
import { TrainingApi } from '../data/training-api';
import { TrainingPages } from '../data/training-paths';
import { TrainingText } from '../shared/training-text';
import { date } from '../shared/format';

/** `/training/catalogue`: approved courses, filtered by competency, level, format, language, provider and date, and searched. */
@Component({
  selector: 'app-catalogue-page',
  imports: [
    FormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    MatSelectModule,
    RouterLink,
    TranslatePipe,
    TrainingText,
  ],
  template: `
    <div class="page">
      <h1 class="page-title">{{ 'training.catalogue.heading' | t }}</h1>
      <form class="filters" role="search" (ngSubmit)="load()" [attr.aria-label]="'training.catalogue.filters' | t">
        <mat-form-field class="wide">
          <mat-label>{{ 'training.catalogue.search' | t }}</mat-label>
          <input matInput name="q" [(ngModel)]="q" data-testid="catalogue-search" />
        </mat-form-field>
        <mat-form-field>
          <mat-label>{{ 'training.competency' | t }}</mat-label>
          <mat-select name="competency" [(ngModel)]="competency" (selectionChange)="load()">
            <mat-option [value]="''">{{ 'training.any' | t }}</mat-option>
            @for (c of competencies(); track c) {
              <mat-option [value]="c">{{ c }}</mat-option>
            }
          </mat-select>
        </mat-form-field>
        <mat-form-field>
          <mat-label>{{ 'training.level' | t }}</mat-label>
          <mat-select name="level" [(ngModel)]="level" (selectionChange)="load()">
            <mat-option [value]="''">{{ 'training.any' | t }}</mat-option>
            @for (l of [1, 2, 3, 4]; track l) {
              <mat-option [value]="l">{{ l }}</mat-option>
            }
          </mat-select>
        </mat-form-field>
        <mat-form-field>
          <mat-label>{{ 'training.format' | t }}</mat-label>
          <mat-select name="format" [(ngModel)]="format" (selectionChange)="load()">
            <mat-option [value]="''">{{ 'training.any' | t }}</mat-option>
            @for (f of formats; track f) {
              <mat-option [value]="f">{{ 'training.formats.' + f | t }}</mat-option>
            }
          </mat-select>
        </mat-form-field>
        <mat-form-field>
          <mat-label>{{ 'training.language' | t }}</mat-label>
          <mat-select name="language" [(ngModel)]="language" (selectionChange)="load()">
            <mat-option [value]="''">{{ 'training.any' | t }}</mat-option>
            @for (l of languages; track l) {
              <mat-option [value]="l">{{ 'languages.' + l | t }}</mat-option>
            }
          </mat-select>
        </mat-form-field>
        <mat-form-field>
          <mat-label>{{ 'training.providerLabel' | t }}</mat-label>
          <mat-select name="provider" [(ngModel)]="providerId" (selectionChange)="load()">
            <mat-option [value]="''">{{ 'training.any' | t }}</mat-option>
            @for (p of providers(); track p.id) {
              <mat-option [value]="p.id"><app-training-text [text]="p.name" /></mat-option>
            }
          </mat-select>
        </mat-form-field>
        <mat-form-field>
          <mat-label>{{ 'training.catalogue.from' | t }}</mat-label>
          <input matInput type="date" name="from" [(ngModel)]="from" (change)="load()" />
        </mat-form-field>
        <button mat-flat-button type="submit">{{ 'training.catalogue.apply' | t }}</button>
      </form>
      @if (loading()) {
        <mat-progress-bar mode="indeterminate" [attr.aria-label]="'training.loading' | t" />
      } @else if (failed()) {
        <p class="error" role="alert">{{ 'training.loadFailed' | t }}</p>
      } @else {
        <p class="meta" role="status" data-testid="catalogue-count">{{ 'training.catalogue.count' | t: { count: courses().length } }}</p>
        <ul class="cards">
          @for (c of courses(); track c.id) {
            <li class="card" data-testid="course-card">
              <h2>
                <a [routerLink]="coursePath(c.id)"><app-training-text [text]="c.title" /></a>
              </h2>
              <p class="meta">
                <app-training-text [text]="c.providerName" /> · {{ c.hours }} {{ 'training.hours' | t }} ·
                {{ 'training.formats.' + c.format | t }}
              </p>
              <ul class="chips" [attr.aria-label]="'training.targets' | t">
                @for (t of c.targets; track t.competencyCode) {
                  <li class="chip">{{ t.competencyCode }} {{ t.fromLevel }}→{{ t.toLevel }}</li>
                }
                @for (l of c.languages; track l) {
                  <li class="chip">{{ l }}</li>
                }
              </ul>
              @if (nextSession(c); as s) {
                <p>{{ 'training.catalogue.next' | t: { date: when(s.startsOn), free: s.freePlaces } }}</p>
              }
            </li>
          } @empty {
            <li>{{ 'training.catalogue.none' | t }}</li>
          }
        </ul>
      }
    </div>
  `,
  styleUrl: '../shared/pages.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CataloguePage implements OnInit {
  private readonly api = inject(TrainingApi);
  private readonly i18n = inject(I18nService);
  protected readonly formats = ['online', 'classroom', 'blended'] as const;
  protected readonly languages = ['az', 'ru', 'en'] as const;
  protected q = '';
  protected competency = '';
  protected level: number | '' = '';
  protected format = '';
  protected language = '';
  protected providerId = '';
  protected from = '';
  protected readonly loading = signal(true);
  protected readonly failed = signal(false);
  protected readonly courses = signal<Course[]>([]);
  protected readonly providers = signal<Provider[]>([]);
  private readonly codes = signal<string[]>([]);
  protected readonly competencies = computed(() => this.codes());

  async ngOnInit(): Promise<void> {
    void this.api.providers().then(
      (p) => this.providers.set(p),
      () => undefined,
    );
    void this.api.framework().then(
      (f) => this.codes.set(f.content.areas.flatMap((a) => a.competencies.map((c) => c.code))),
      () => undefined,
    );
    await this.load();
  }

  async load(): Promise<void> {
    this.loading.set(true);
    try {
      this.courses.set(
        await this.api.catalogue({
          q: this.q,
          competency: this.competency,
          level: this.level,
          format: this.format,
          language: this.language,
          providerId: this.providerId,
          from: this.from,
        }),
      );
      this.failed.set(false);
    } catch {
      this.failed.set(true);
    } finally {
      this.loading.set(false);
    }
  }

  protected coursePath(id: string): string {
    return TrainingPages.course(id);
  }

  protected nextSession(c: Course): Course['sessions'][number] | undefined {
    const today = new Date().toISOString().slice(0, 10);
    return c.sessions.find((s) => s.startsOn >= today);
  }

  protected when(iso: string): string {
    return date(iso, this.i18n.locale());
  }
}
