import { ChangeDetectionStrategy, Component, inject, signal, type OnInit } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import type { Course } from '@civics/contracts';
import { I18nService, TranslatePipe, problemOf } from '@civics/web-core';
import { TrainingApi } from '../data/training-api';
import { TrainingText } from '../shared/training-text';

/** `/training/review`: courses sent for approval; the methodologist approves or refuses with a comment. */
@Component({
  selector: 'app-review-page',
  imports: [FormsModule, MatButtonModule, MatFormFieldModule, MatInputModule, MatProgressBarModule, TranslatePipe, TrainingText],
  template: `
    <div class="page">
      <h1 class="page-title">{{ 'training.review.heading' | t }}</h1>
      @if (message(); as m) {
        <p role="status">{{ m }}</p>
      }
      @if (loading()) {
        <mat-progress-bar mode="indeterminate" [attr.aria-label]="'training.loading' | t" />
      } @else {
        <ul class="cards">
          @for (c of courses(); track c.id) {
            <li class="card" data-testid="review-card">
              <h2><app-training-text [text]="c.title" /></h2>
              <p class="meta"><app-training-text [text]="c.providerName" /> · {{ c.code }} · {{ c.hours }} {{ 'training.hours' | t }}</p>
              <p><app-training-text [text]="c.description" /></p>
              <ul class="chips">
                @for (t of c.targets; track t.competencyCode) {
                  <li class="chip">{{ t.competencyCode }} {{ t.fromLevel }}→{{ t.toLevel }}</li>
                }
              </ul>
              <mat-form-field class="full">
                <mat-label>{{ 'training.review.comment' | t }}</mat-label>
                <textarea matInput [name]="'comment-' + c.id" [(ngModel)]="comments[c.id]"></textarea>
              </mat-form-field>
              <div class="actions">
                <button mat-flat-button type="button" (click)="approve(c)">{{ 'training.review.approve' | t }}</button>
                <button mat-stroked-button type="button" (click)="reject(c)">{{ 'training.review.reject' | t }}</button>
              </div>
            </li>
          } @empty {
            <li>{{ 'training.review.none' | t }}</li>
          }
        </ul>
      }
    </div>
  `,
  styleUrl: '../shared/pages.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReviewPage implements OnInit {
  private readonly api = inject(TrainingApi);
  private readonly i18n = inject(I18nService);
  protected readonly loading = signal(true);
  protected readonly courses = signal<Course[]>([]);
  protected readonly message = signal<string | null>(null);
  protected comments: Record<string, string> = {};

  async ngOnInit(): Promise<void> {
    await this.reload();
  }

  private async reload(): Promise<void> {
    try {
      this.courses.set(await this.api.manageCourses('submitted'));
    } finally {
      this.loading.set(false);
    }
  }

  async approve(c: Course): Promise<void> {
    await this.act(() => this.api.approveCourse(c.id, this.comments[c.id]), 'training.review.approved');
  }

  async reject(c: Course): Promise<void> {
    await this.act(() => this.api.rejectCourse(c.id, this.comments[c.id] ?? ''), 'training.review.rejected');
  }

  private async act(work: () => Promise<unknown>, key: string): Promise<void> {
    try {
      await work();
      this.message.set(this.i18n.t(key));
      await this.reload();
    } catch (error) {
      const p = problemOf(error);
      this.message.set(p?.errors?.[0]?.message ?? p?.detail ?? this.i18n.t('training.actionFailed'));
    }
  }
}
