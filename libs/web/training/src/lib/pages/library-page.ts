import { ChangeDetectionStrategy, Component, inject, signal, type OnInit } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import type { Provider, Resource } from '@civics/contracts';
import { I18nService, TranslatePipe } from '@civics/web-core';
import { TrainingApi } from '../data/training-api';
import { TrainingText } from '../shared/training-text';
import { date } from '../shared/format';

/** `/training/library`: the resource library (legislation, methodologies, materials, analytics) and the provider directory. */
@Component({
  selector: 'app-library-page',
  imports: [FormsModule, MatButtonModule, MatFormFieldModule, MatInputModule, MatSelectModule, TranslatePipe, TrainingText],
  template: `
    <div class="page">
      <h1 class="page-title">{{ 'training.library.heading' | t }}</h1>
      <form class="filters" role="search" (ngSubmit)="load()" [attr.aria-label]="'training.catalogue.filters' | t">
        <mat-form-field class="wide">
          <mat-label>{{ 'training.catalogue.search' | t }}</mat-label>
          <input matInput name="q" [(ngModel)]="q" />
        </mat-form-field>
        <mat-form-field>
          <mat-label>{{ 'training.library.kind' | t }}</mat-label>
          <mat-select name="kind" [(ngModel)]="kind" (selectionChange)="load()">
            <mat-option [value]="''">{{ 'training.any' | t }}</mat-option>
            @for (k of kinds; track k) {
              <mat-option [value]="k">{{ 'training.library.kinds.' + k | t }}</mat-option>
            }
          </mat-select>
        </mat-form-field>
        <mat-form-field>
          <mat-label>{{ 'training.competency' | t }}</mat-label>
          <input matInput name="competency" [(ngModel)]="competency" />
        </mat-form-field>
        <button mat-flat-button type="submit">{{ 'training.catalogue.apply' | t }}</button>
      </form>
      <ul class="cards" data-testid="resources">
        @for (r of resources(); track r.id) {
          <li class="card">
            <h2>
              <a [href]="r.url" rel="noopener" target="_blank"><app-training-text [text]="r.title" /></a>
            </h2>
            <p class="meta">{{ 'training.library.kinds.' + r.kind | t }} · {{ when(r.publishedOn) }} · {{ r.languages.join(', ') }}</p>
            @if (r.summary) {
              <p><app-training-text [text]="r.summary" /></p>
            }
            <ul class="chips">
              @for (c of r.competencies; track c) {
                <li class="chip">{{ c }}</li>
              }
            </ul>
          </li>
        } @empty {
          <li>{{ 'training.library.none' | t }}</li>
        }
      </ul>
      <h2>{{ 'training.library.providers' | t }}</h2>
      <ul class="cards" data-testid="providers">
        @for (p of providers(); track p.id) {
          <li class="card">
            <h3><app-training-text [text]="p.name" /></h3>
            @if (p.description) {
              <p><app-training-text [text]="p.description" /></p>
            }
            <p class="meta">
              {{ 'training.library.accreditation' | t: { number: p.accreditation.number, until: when(p.accreditation.validUntil) } }}
            </p>
            <ul class="chips" [attr.aria-label]="'training.library.specialisations' | t">
              @for (s of p.specialisations; track s) {
                <li class="chip">{{ s }}</li>
              }
            </ul>
            <p>
              {{ 'training.library.courses' | t: { count: p.approvedCourses } }}
              @if (p.contacts.website) {
                · <a [href]="p.contacts.website" rel="noopener" target="_blank">{{ p.contacts.website }}</a>
              }
              @if (p.contacts.email) {
                · <a [href]="'mailto:' + p.contacts.email">{{ p.contacts.email }}</a>
              }
            </p>
          </li>
        }
      </ul>
    </div>
  `,
  styleUrl: '../shared/pages.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LibraryPage implements OnInit {
  private readonly api = inject(TrainingApi);
  private readonly i18n = inject(I18nService);
  protected readonly kinds = ['legislation', 'methodology', 'training_material', 'analytics'] as const;
  protected q = '';
  protected kind = '';
  protected competency = '';
  protected readonly resources = signal<Resource[]>([]);
  protected readonly providers = signal<Provider[]>([]);

  async ngOnInit(): Promise<void> {
    void this.api.providers().then(
      (p) => this.providers.set(p),
      () => undefined,
    );
    await this.load();
  }

  async load(): Promise<void> {
    try {
      this.resources.set(await this.api.resources({ q: this.q, kind: this.kind, competency: this.competency.trim().toUpperCase() }));
    } catch {
      this.resources.set([]);
    }
  }

  protected when(iso: string | null): string {
    return date(iso, this.i18n.locale());
  }
}
