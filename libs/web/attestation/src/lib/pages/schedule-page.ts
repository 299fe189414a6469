import { HttpClient } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, inject, signal, type OnInit } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { Router } from '@angular/router';
import { firstValueFrom } from 'rxjs';
import type { CommissionAccount, DueCandidate, FieldError, Organisation, Person, Template } from '@civics/contracts';
import { ApiPaths, I18nService, TranslatePipe, problemOf } from '@civics/web-core';
import { AttestationApi } from '../data/attestation-api';
import { AttestationPages } from '../data/attestation-paths';
import { AttestationText } from '../shared/attestation-text';
import { date, fromLocalInput, toLocalInput } from '../shared/format';

interface Chosen {
  readonly personId: string;
  readonly name: string;
  readonly code: string;
}

/**
 * `/attestation/sessions/new` (HR): a session of the subtree — title, organisation, window, place
 * or link, attestation form, the commission and its chair, and candidates picked from those who
 * are due (or found by name). Refusals name the fields they concern.
 */
@Component({
  selector: 'app-schedule-page',
  imports: [
    FormsModule,
    MatButtonModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    MatSelectModule,
    TranslatePipe,
    AttestationText,
  ],
  template: `
    <div class="page stack">
      <h1 class="page-title">{{ 'attestation.schedule.heading' | t }}</h1>
      <p class="lead">{{ 'attestation.schedule.lead' | t }}</p>
      @if (loading()) {
        <mat-progress-bar mode="indeterminate" [attr.aria-label]="'attestation.loading' | t" />
      } @else {
        <form (ngSubmit)="submit()" [attr.aria-label]="'attestation.schedule.heading' | t" data-testid="schedule-form">
          <fieldset>
            <legend>{{ 'attestation.schedule.when' | t }}</legend>
            <div class="form-grid">
              <mat-form-field class="full">
                <mat-label>{{ 'attestation.session.title' | t }}</mat-label>
                <input matInput name="title" required maxlength="200" [(ngModel)]="title" data-testid="title" />
              </mat-form-field>
              <mat-form-field>
                <mat-label>{{ 'attestation.session.organisation' | t }}</mat-label>
                <mat-select name="organisation" required [(ngModel)]="organisationId" data-testid="organisation">
                  @for (o of organisations(); track o.id) {
                    <mat-option [value]="o.id">{{ o.name[lang()] }} ({{ o.code }})</mat-option>
                  }
                </mat-select>
              </mat-form-field>
              <mat-form-field>
                <mat-label>{{ 'attestation.schedule.starts' | t }}</mat-label>
                <input matInput type="datetime-local" name="startsAt" required [(ngModel)]="startsAt" data-testid="starts-at" />
              </mat-form-field>
              <mat-form-field>
                <mat-label>{{ 'attestation.schedule.ends' | t }}</mat-label>
                <input matInput type="datetime-local" name="endsAt" required [(ngModel)]="endsAt" data-testid="ends-at" />
              </mat-form-field>
              <mat-form-field>
                <mat-label>{{ 'attestation.session.place' | t }}</mat-label>
                <input matInput name="place" maxlength="500" [(ngModel)]="place" data-testid="place" />
              </mat-form-field>
              <mat-form-field>
                <mat-label>{{ 'attestation.schedule.onlineUrl' | t }}</mat-label>
                <input matInput type="url" name="onlineUrl" maxlength="500" [(ngModel)]="onlineUrl" />
              </mat-form-field>
              <mat-form-field class="full">
                <mat-label>{{ 'attestation.session.form' | t }}</mat-label>
                <mat-select name="template" required [(ngModel)]="templateId" data-testid="template">
                  @for (tpl of templates(); track tpl.id) {
                    <mat-option [value]="tpl.id"><app-attestation-text [text]="tpl.title" /></mat-option>
                  }
                </mat-select>
              </mat-form-field>
            </div>
          </fieldset>

          <fieldset data-testid="members">
            <legend>{{ 'attestation.schedule.commission' | t }}</legend>
            <p class="meta">{{ 'attestation.schedule.commissionHint' | t }}</p>
            @for (a of accounts(); track a.accountId) {
              <div>
                <mat-checkbox
                  [checked]="members().includes(a.accountId)"
                  (change)="toggleMember(a.accountId, $event.checked)"
                  [attr.data-member]="a.username"
                >
                  {{ a.name }} ({{ a.username }})
                </mat-checkbox>
              </div>
            }
            <mat-form-field>
              <mat-label>{{ 'attestation.role.chair' | t }}</mat-label>
              <mat-select name="chair" required [(ngModel)]="chairId" data-testid="chair">
                @for (a of chosenMembers(); track a.accountId) {
                  <mat-option [value]="a.accountId">{{ a.name }}</mat-option>
                }
              </mat-select>
            </mat-form-field>
          </fieldset>

          <fieldset>
            <legend>{{ 'attestation.schedule.candidates' | t: { count: chosen().length } }}</legend>
            <h2 id="due-heading">{{ 'attestation.schedule.due' | t }}</h2>
            <div class="table-wrap" tabindex="0" role="region" aria-labelledby="due-heading">
              <table class="table" data-testid="due-table">
                <thead>
                  <tr>
                    <th scope="col">{{ 'attestation.schedule.pick' | t }}</th>
                    <th scope="col">{{ 'attestation.schedule.person' | t }}</th>
                    <th scope="col">{{ 'attestation.schedule.position' | t }}</th>
                    <th scope="col">{{ 'attestation.schedule.reasons' | t }}</th>
                  </tr>
                </thead>
                <tbody>
                  @for (d of due(); track d.personId) {
                    <tr data-testid="due-row" [attr.data-person]="d.personalCode">
                      <td>
                        <mat-checkbox
                          [checked]="isChosen(d.personId)"
                          (change)="toggle({ personId: d.personId, name: d.personName, code: d.personalCode }, $event.checked)"
                          [aria-label]="'attestation.schedule.pickPerson' | t: { name: d.personName }"
                        />
                      </td>
                      <th scope="row">
                        {{ d.personName }} <span class="meta">({{ d.personalCode }})</span>
                      </th>
                      <td>{{ d.positionTitle }}</td>
                      <td>
                        @for (r of d.reasons; track r) {
                          <span class="chip">{{ 'attestation.due.' + r | t }}</span>
                        }
                        @if (d.certificateValidUntil) {
                          <span class="meta">{{ 'attestation.schedule.certUntil' | t: { date: day(d.certificateValidUntil) } }}</span>
                        }
                      </td>
                    </tr>
                  } @empty {
                    <tr>
                      <td colspan="4">{{ 'attestation.schedule.noneDue' | t }}</td>
                    </tr>
                  }
                </tbody>
              </table>
            </div>
            <div class="filters">
              <mat-form-field class="wide">
                <mat-label>{{ 'attestation.schedule.search' | t }}</mat-label>
                <input matInput name="q" [(ngModel)]="q" (keydown.enter)="$event.preventDefault(); search()" data-testid="person-search" />
              </mat-form-field>
              <button mat-stroked-button type="button" (click)="search()">{{ 'attestation.schedule.find' | t }}</button>
            </div>
            @if (found().length) {
              <ul class="plain" data-testid="found">
                @for (p of found(); track p.id) {
                  <li>
                    {{ p.firstName }} {{ p.lastName }} ({{ p.personalCode }})
                    <button
                      mat-button
                      type="button"
                      (click)="toggle({ personId: p.id, name: p.firstName + ' ' + p.lastName, code: p.personalCode }, true)"
                      [disabled]="isChosen(p.id)"
                      [attr.data-testid]="'add-' + p.personalCode"
                    >
                      {{ 'attestation.schedule.add' | t }}
                    </button>
                  </li>
                }
              </ul>
            }
            <h3>{{ 'attestation.schedule.chosen' | t }}</h3>
            <ul class="chips" data-testid="chosen">
              @for (c of chosen(); track c.personId) {
                <li class="chip">
                  {{ c.name }} ({{ c.code }})
                  <button
                    mat-button
                    type="button"
                    (click)="toggle(c, false)"
                    [attr.aria-label]="'attestation.schedule.remove' | t: { name: c.name }"
                  >
                    ×
                  </button>
                </li>
              } @empty {
                <li class="meta">{{ 'attestation.schedule.noneChosen' | t }}</li>
              }
            </ul>
          </fieldset>

          @if (problem(); as p) {
            <div role="alert" class="error" data-testid="schedule-problem">
              <p>{{ p.message }}</p>
              @if (p.errors.length) {
                <ul class="problems">
                  @for (e of p.errors; track $index) {
                    <li>{{ fieldText(e) }}</li>
                  }
                </ul>
              }
            </div>
          }
          <div class="actions">
            <button mat-flat-button type="submit" data-testid="schedule-submit" [disabled]="busy()">
              {{ 'attestation.schedule.submit' | t }}
            </button>
          </div>
          @if (busy()) {
            <mat-progress-bar mode="indeterminate" [attr.aria-label]="'attestation.schedule.saving' | t" />
          }
        </form>
      }
    </div>
  `,
  styleUrl: '../shared/pages.css',
  styles: `
    .plain {
      padding-inline-start: 1.1rem;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SchedulePage implements OnInit {
  private readonly api = inject(AttestationApi);
  private readonly http = inject(HttpClient);
  private readonly i18n = inject(I18nService);
  private readonly router = inject(Router);
  protected readonly lang = this.i18n.language;
  protected readonly loading = signal(true);
  protected readonly busy = signal(false);
  protected readonly organisations = signal<Organisation[]>([]);
  protected readonly templates = signal<Template[]>([]);
  protected readonly accounts = signal<CommissionAccount[]>([]);
  protected readonly due = signal<DueCandidate[]>([]);
  protected readonly found = signal<Person[]>([]);
  protected readonly members = signal<string[]>([]);
  protected readonly chosen = signal<Chosen[]>([]);
  protected readonly problem = signal<{ message: string; errors: FieldError[] } | null>(null);
  protected readonly chosenMembers = computed(() => this.accounts().filter((a) => this.members().includes(a.accountId)));
  protected title = '';
  protected organisationId = '';
  protected startsAt = '';
  protected endsAt = '';
  protected place = '';
  protected onlineUrl = '';
  protected templateId = '';
  protected chairId = '';
  protected q = '';

  async ngOnInit(): Promise<void> {
    const start = new Date(Math.ceil(Date.now() / 300_000) * 300_000);
    this.startsAt = toLocalInput(start);
    this.endsAt = toLocalInput(new Date(start.getTime() + 3 * 3_600_000));
    try {
      const [organisations, templates, accounts, due] = await Promise.all([
        firstValueFrom(this.http.get<Organisation[]>(ApiPaths.organisations)),
        this.api.templates(),
        this.api.commissionAccounts(),
        this.api.due(),
      ]);
      this.organisations.set(organisations);
      this.templates.set(templates);
      this.accounts.set(accounts);
      this.due.set(due);
      this.organisationId = organisations[0]?.id ?? '';
      this.templateId = templates[0]?.id ?? '';
    } finally {
      this.loading.set(false);
    }
  }

  protected toggleMember(accountId: string, on: boolean): void {
    this.members.update((list) => (on ? [...new Set([...list, accountId])] : list.filter((x) => x !== accountId)));
    if (!this.members().includes(this.chairId)) {
      this.chairId = this.members()[0] ?? '';
    }
  }

  protected isChosen(personId: string): boolean {
    return this.chosen().some((c) => c.personId === personId);
  }

  protected toggle(c: Chosen, on: boolean): void {
    this.chosen.update((list) =>
      on ? (list.some((x) => x.personId === c.personId) ? list : [...list, c]) : list.filter((x) => x.personId !== c.personId),
    );
  }

  async search(): Promise<void> {
    this.found.set(this.q.trim() ? (await this.api.persons(this.q.trim())).items : []);
  }

  async submit(): Promise<void> {
    const startsAt = fromLocalInput(this.startsAt);
    const endsAt = fromLocalInput(this.endsAt);
    if (!startsAt || !endsAt) {
      this.problem.set({ message: this.i18n.t('attestation.schedule.badWindow'), errors: [] });
      return;
    }
    this.busy.set(true);
    this.problem.set(null);
    try {
      const session = await this.api.schedule({
        title: this.title.trim(),
        organisationId: this.organisationId,
        startsAt,
        endsAt,
        place: this.place.trim() || null,
        onlineUrl: this.onlineUrl.trim() || null,
        templateId: this.templateId,
        memberAccountIds: this.members(),
        chairAccountId: this.chairId,
        candidatePersonIds: this.chosen().map((c) => c.personId),
      });
      await this.router.navigateByUrl(AttestationPages.session(session.id));
    } catch (error) {
      const p = problemOf(error);
      const key = p ? `attestation.errors.${p.code}` : '';
      this.problem.set({
        message: key && this.i18n.has(key) ? this.i18n.t(key) : (p?.detail ?? this.i18n.t('attestation.actionFailed')),
        errors: p?.errors ?? [],
      });
    } finally {
      this.busy.set(false);
    }
  }

  /** A field error in the UI language, naming the candidate or member it is about. */
  protected fieldText(e: FieldError): string {
    const candidate = /candidatePersonIds\[(\d+)\]/.exec(e.field);
    const member = /memberAccountIds\[(\d+)\]/.exec(e.field);
    const who = candidate
      ? this.chosen()[Number(candidate[1])]?.name
      : member
        ? this.accounts().find((a) => a.accountId === this.members()[Number(member[1])])?.name
        : undefined;
    const key = `attestation.errors.${e.code}`;
    const text = this.i18n.has(key) ? this.i18n.t(key) : e.message;
    return who ? `${who}: ${text}` : text;
  }

  protected day(iso: string | null): string {
    return date(iso, this.i18n.locale());
  }
}
