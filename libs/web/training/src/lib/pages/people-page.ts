import { ChangeDetectionStrategy, Component, inject, signal, type OnInit } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { RouterLink } from '@angular/router';
import type { Person } from '@civics/contracts';
import { TranslatePipe } from '@civics/web-core';
import { TrainingApi } from '../data/training-api';
import { TrainingPages } from '../data/training-paths';

/** `/training/people`: HR finds a civil servant in scope and opens their development plan. */
@Component({
  selector: 'app-people-page',
  imports: [FormsModule, MatButtonModule, MatFormFieldModule, MatInputModule, RouterLink, TranslatePipe],
  template: `
    <div class="page">
      <h1 class="page-title">{{ 'training.people.heading' | t }}</h1>
      <form class="filters" role="search" (ngSubmit)="load()">
        <mat-form-field class="wide">
          <mat-label>{{ 'training.people.search' | t }}</mat-label>
          <input matInput name="q" [(ngModel)]="q" />
        </mat-form-field>
        <button mat-flat-button type="submit">{{ 'training.catalogue.apply' | t }}</button>
      </form>
      <table class="table">
        <thead>
          <tr>
            <th scope="col">{{ 'training.provider.person' | t }}</th>
            <th scope="col">{{ 'training.people.position' | t }}</th>
            <th scope="col">{{ 'training.session.action' | t }}</th>
          </tr>
        </thead>
        <tbody>
          @for (p of people(); track p.id) {
            <tr>
              <th scope="row">
                {{ p.lastName }} {{ p.firstName }} <span class="meta">({{ p.personalCode }})</span>
              </th>
              <td>{{ p.positionTitle }}</td>
              <td>
                <a mat-button [routerLink]="planPath(p.id)">{{ 'training.people.openPlan' | t }}</a>
              </td>
            </tr>
          }
        </tbody>
      </table>
    </div>
  `,
  styleUrl: '../shared/pages.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PeoplePage implements OnInit {
  private readonly api = inject(TrainingApi);
  protected q = '';
  protected readonly people = signal<Person[]>([]);

  async ngOnInit(): Promise<void> {
    await this.load();
  }

  async load(): Promise<void> {
    this.people.set((await this.api.persons(this.q)).items);
  }

  protected planPath(id: string): string {
    return TrainingPages.personPlan(id);
  }
}
