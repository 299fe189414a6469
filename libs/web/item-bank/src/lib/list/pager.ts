import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatSelectModule } from '@angular/material/select';
import { TranslatePipe } from '@civics/web-core';
import { PAGE_SIZES, lastPageOffset, pageRange } from '../util/list-query';

/** "21–40 of 48" with previous / next buttons and a page-size choice. */
@Component({
  selector: 'app-item-pager',
  imports: [MatButtonModule, MatFormFieldModule, MatSelectModule, TranslatePipe],
  template: `
    @let r = range();
    <nav class="pager" [attr.aria-label]="'items.list.pages' | t">
      <mat-form-field appearance="outline" subscriptSizing="dynamic" class="size">
        <mat-label>{{ 'items.list.pageSize' | t }}</mat-label>
        <mat-select [value]="limit()" (selectionChange)="limitChange.emit($event.value)" data-testid="page-size">
          @for (size of sizes; track size) {
            <mat-option [value]="size">{{ size }}</mat-option>
          }
        </mat-select>
      </mat-form-field>
      <span class="range" aria-live="polite" data-testid="page-range">
        {{ 'items.list.range' | t: { from: r.from, to: r.to, total: r.total } }}
      </span>
      <button mat-stroked-button type="button" [disabled]="offset() === 0" (click)="go(0)">
        {{ 'items.list.first' | t }}
      </button>
      <button mat-stroked-button type="button" [disabled]="offset() === 0" (click)="go(offset() - limit())" data-testid="page-prev">
        {{ 'items.list.previous' | t }}
      </button>
      <button mat-stroked-button type="button" [disabled]="!hasNext()" (click)="go(offset() + limit())" data-testid="page-next">
        {{ 'items.list.next' | t }}
      </button>
    </nav>
  `,
  styles: `
    .pager {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5rem 0.75rem;
      margin-top: 1rem;
    }
    .size {
      width: 12rem;
    }
    .range {
      font: var(--mat-sys-body-medium);
      margin-inline-end: auto;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ItemPager {
  readonly offset = input.required<number>();
  readonly limit = input.required<number>();
  readonly total = input.required<number>();
  readonly shown = input.required<number>();
  readonly pageChange = output<number>();
  readonly limitChange = output<number>();

  protected readonly sizes = PAGE_SIZES;
  protected readonly range = computed(() => pageRange(this.offset(), this.shown(), this.total()));
  protected readonly hasNext = computed(() => this.offset() + this.limit() < this.total());

  protected go(offset: number): void {
    this.pageChange.emit(Math.max(0, Math.min(offset, lastPageOffset(this.total(), this.limit()))));
  }
}
