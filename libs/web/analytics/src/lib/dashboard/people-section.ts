import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import type { ComplianceDashboard, PersonComplianceRow } from '@civics/contracts';
import { I18nService, TranslatePipe } from '@civics/web-core';
import { AnalyticsApi, type Query } from '../data/analytics-api';
import { AnalyticsPages } from '../data/analytics-paths';
import { ExportButtons } from '../shared/export-buttons';
import { date, integer, percent } from '../shared/format';

const PAGE = 25;

/**
 * The people with the largest gaps (Σ g_c, then the lowest CI); "everyone" pages through the
 * whole subtree with a search. A name opens the person's figures (an audited read).
 */
@Component({
  selector: 'app-people-section',
  imports: [FormsModule, RouterLink, MatButtonModule, MatFormFieldModule, MatInputModule, MatSelectModule, TranslatePipe, ExportButtons],
  template: `
    <section class="section" aria-labelledby="people-heading">
      <div class="section-head">
        <h2 id="people-heading">{{ (all() ? 'analytics.people.all' : 'analytics.people.heading') | t }}</h2>
        <app-export-buttons table="people" [title]="'analytics.people.all' | t" [filters]="filters()" />
      </div>
      <p class="meta">{{ 'analytics.people.lead' | t }}</p>
      @if (all()) {
        <form class="filters" role="search" (ngSubmit)="search(0)">
          <mat-form-field class="wide">
            <mat-label>{{ 'analytics.people.search' | t }}</mat-label>
            <input matInput name="q" [(ngModel)]="q" data-testid="people-search" />
          </mat-form-field>
          <mat-form-field>
            <mat-label>{{ 'analytics.people.sort' | t }}</mat-label>
            <mat-select name="sort" [(ngModel)]="sort" (selectionChange)="search(0)">
              <mat-option value="gap">{{ 'analytics.people.byGap' | t }}</mat-option>
              <mat-option value="ci">{{ 'analytics.people.byCi' | t }}</mat-option>
              <mat-option value="name">{{ 'analytics.people.byName' | t }}</mat-option>
            </mat-select>
          </mat-form-field>
          <button mat-flat-button type="submit">{{ 'analytics.people.find' | t }}</button>
        </form>
      }
      <div class="table-wrap" tabindex="0" role="region" [attr.aria-label]="'analytics.people.heading' | t">
        <table class="table" data-testid="people-table">
          <thead>
            <tr>
              <th scope="col">{{ 'analytics.col.name' | t }}</th>
              <th scope="col">{{ 'analytics.col.unitPosition' | t }}</th>
              <th scope="col" class="num">{{ 'analytics.col.ci' | t }}</th>
              <th scope="col" class="num">{{ 'analytics.col.gapTotal' | t }}</th>
              <th scope="col" class="num">{{ 'analytics.col.gapCount' | t }}</th>
              <th scope="col" class="num">{{ 'analytics.col.critical' | t }}</th>
              <th scope="col" class="num">{{ 'analytics.col.lastMeasured' | t }}</th>
            </tr>
          </thead>
          <tbody>
            @for (p of shown(); track p.personId) {
              <tr data-testid="person-row">
                <th scope="row" class="who">
                  <a
                    [routerLink]="personPath(p.personId)"
                    [queryParams]="{ versionId: data().version.isCurrent ? null : data().version.id }"
                    >{{ p.name }}</a
                  >
                  <div class="meta">{{ p.personalCode }}</div>
                </th>
                <td>
                  {{ p.organisation.name[i18n.language()] }}
                  <div class="meta">{{ position(p) }}</div>
                </td>
                <td class="num">{{ pct(p.ci) }}</td>
                <td class="num">{{ int(p.gapTotal) }}</td>
                <td class="num">{{ int(p.gapCount) }}</td>
                <td class="num">{{ int(p.criticalGaps) }}</td>
                <td class="num">{{ p.lastMeasuredAt ? day(p.lastMeasuredAt) : ('analytics.people.never' | t) }}</td>
              </tr>
            } @empty {
              <tr>
                <td colspan="7" class="meta">{{ 'analytics.people.none' | t }}</td>
              </tr>
            }
          </tbody>
        </table>
      </div>
      <div class="actions">
        @if (!all()) {
          <button mat-stroked-button type="button" (click)="showAll()" data-testid="people-all">
            {{ 'analytics.people.showAll' | t }}
          </button>
        } @else {
          <span class="meta" aria-live="polite">{{
            'analytics.people.range' | t: { from: offset() + 1, to: offset() + shown().length, total: total() }
          }}</span>
          <button mat-button type="button" [disabled]="offset() === 0" (click)="search(offset() - page)">
            {{ 'analytics.people.previous' | t }}
          </button>
          <button mat-button type="button" [disabled]="offset() + page >= total()" (click)="search(offset() + page)">
            {{ 'analytics.people.next' | t }}
          </button>
        }
      </div>
    </section>
  `,
  styleUrl: '../shared/pages.css',
  styles: `
    .who {
      min-width: 11rem;
    }
    .who a {
      font-weight: 500;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PeopleSection {
  private readonly api = inject(AnalyticsApi);
  protected readonly i18n = inject(I18nService);
  readonly data = input.required<ComplianceDashboard>();
  readonly filters = input.required<Query>();
  protected readonly page = PAGE;
  protected readonly all = signal(false);
  protected readonly list = signal<PersonComplianceRow[]>([]);
  protected readonly total = signal(0);
  protected readonly offset = signal(0);
  protected q = '';
  protected sort: 'gap' | 'ci' | 'name' = 'gap';
  protected readonly shown = computed(() => (this.all() ? this.list() : this.data().people));

  constructor() {
    // A new dashboard (another unit or filter) goes back to the short list.
    effect(() => {
      this.data();
      untracked(() => {
        this.all.set(false);
        this.q = '';
      });
    });
  }

  protected async showAll(): Promise<void> {
    this.all.set(true);
    await this.search(0);
  }

  protected async search(offset: number): Promise<void> {
    const f = this.filters();
    const page = await this.api.people({
      orgId: f['orgId'],
      positionCode: f['positionCode'],
      versionId: f['versionId'],
      q: this.q || undefined,
      sort: this.sort,
      limit: PAGE,
      offset: Math.max(0, offset),
    });
    this.list.set(page.items);
    this.total.set(page.total);
    this.offset.set(Math.max(0, offset));
  }

  protected personPath(id: string): string {
    return AnalyticsPages.person(id);
  }
  protected position(p: PersonComplianceRow): string {
    const t = this.data().positions.find((x) => x.code === p.positionCode)?.title;
    return t?.[this.i18n.language()] ?? t?.az ?? p.positionCode;
  }
  protected readonly pct = (v: number | null) => percent(v, this.i18n.locale());
  protected readonly int = (v: number) => integer(v, this.i18n.locale());
  protected readonly day = (v: string) => date(v, this.i18n.locale());
}
