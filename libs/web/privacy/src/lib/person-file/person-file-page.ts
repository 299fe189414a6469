import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import type { Person } from '@civics/contracts';
import { TranslatePipe } from '@civics/web-core';
import { PrivacyApi } from '../data/privacy-api';
import { PurposeDialog } from './purpose-dialog';

/**
 * `/privacy/person-file`: an HR officer finds a person and opens their file — only after stating
 * why (the purpose goes to the person's "Who used my data").
 */
@Component({
  selector: 'app-person-file-page',
  imports: [FormsModule, MatButtonModule, MatFormFieldModule, MatInputModule, TranslatePipe],
  template: `
    <div class="page">
      <h1>{{ 'privacy.file.title' | t }}</h1>
      <p class="lead">{{ 'privacy.file.lead' | t }}</p>
      <form class="actions" (ngSubmit)="search()">
        <mat-form-field appearance="outline">
          <mat-label>{{ 'privacy.file.search' | t }}</mat-label>
          <input matInput name="q" [(ngModel)]="q" data-testid="person-search" />
        </mat-form-field>
        <button mat-stroked-button type="submit">{{ 'privacy.file.find' | t }}</button>
      </form>
      @if (failed()) {
        <p class="error" role="alert">{{ 'privacy.loadFailed' | t }}</p>
      }
      @if (found().length) {
        <div class="table-wrap" tabindex="0" role="region" [attr.aria-label]="'privacy.file.results' | t">
          <table data-testid="person-results">
            <thead>
              <tr>
                <th scope="col">{{ 'privacy.file.name' | t }}</th>
                <th scope="col">{{ 'privacy.file.position' | t }}</th>
                <th scope="col">{{ 'privacy.security.actions' | t }}</th>
              </tr>
            </thead>
            <tbody>
              @for (p of found(); track p.id) {
                <tr>
                  <td>{{ p.firstName }} {{ p.lastName }}</td>
                  <td>{{ p.positionTitle }}</td>
                  <td>
                    <button mat-flat-button type="button" (click)="open(p)" data-testid="open-file">{{ 'privacy.file.open' | t }}</button>
                  </td>
                </tr>
              }
            </tbody>
          </table>
        </div>
      }
      @if (opened(); as p) {
        <section aria-labelledby="file-heading" data-testid="person-file">
          <h2 id="file-heading">{{ p.firstName }} {{ p.lastName }}</h2>
          <dl>
            <dt>{{ 'privacy.file.personalCode' | t }}</dt>
            <dd>{{ p.personalCode }}</dd>
            <dt>{{ 'privacy.file.email' | t }}</dt>
            <dd>{{ p.email ?? '—' }}</dd>
            <dt>{{ 'privacy.file.position' | t }}</dt>
            <dd>{{ p.positionTitle }} ({{ p.positionCode }})</dd>
            <dt>{{ 'privacy.file.hired' | t }}</dt>
            <dd>{{ p.hiredOn ?? '—' }}</dd>
          </dl>
          <p class="lead">{{ 'privacy.file.recorded' | t }}</p>
        </section>
      }
    </div>
  `,
  styleUrl: '../shared/pages.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PersonFilePage {
  private readonly api = inject(PrivacyApi);
  private readonly dialog = inject(MatDialog);
  protected q = '';
  protected readonly found = signal<Person[]>([]);
  protected readonly opened = signal<Person | null>(null);
  protected readonly failed = signal(false);

  protected async search(): Promise<void> {
    try {
      this.found.set((await this.api.findPersons(this.q.trim())).items);
      this.failed.set(false);
    } catch {
      this.failed.set(true);
    }
  }

  protected async open(p: Person): Promise<void> {
    const purpose = await PurposeDialog.ask(this.dialog, `${p.firstName} ${p.lastName}`);
    if (!purpose) return;
    try {
      this.opened.set(await this.api.openPerson(p.id, purpose));
      this.failed.set(false);
    } catch {
      this.failed.set(true);
    }
  }
}
