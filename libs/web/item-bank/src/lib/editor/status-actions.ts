import { ChangeDetectionStrategy, Component, computed, inject, input, output, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import type { Item } from '@civics/contracts';
import { TranslatePipe } from '@civics/web-core';
import { ItemApi, type ItemTransition } from '../data/item-api';
import { ConfirmDialog } from '@civics/web-core/dialogs';
import { failureOf } from '../util/failure';

/** Which status changes an item in `status` allows (the API: draft → reviewed → active; retire from any but retired). */
export function allowedTransitions(status: Item['status']): ItemTransition[] {
  switch (status) {
    case 'draft':
      return ['review', 'retire'];
    case 'reviewed':
      return ['activate', 'retire'];
    case 'active':
      return ['retire'];
    case 'retired':
      return [];
  }
}

/** Review, activate and retire, each after a confirmation; errors are explained in words. */
@Component({
  selector: 'app-item-status-actions',
  imports: [MatButtonModule, TranslatePipe],
  template: `
    @let it = item();
    <div class="actions">
      @for (action of actions(); track action) {
        @if (action === 'retire') {
          <button
            mat-stroked-button
            type="button"
            class="danger"
            [disabled]="busy() || dirty()"
            [attr.aria-describedby]="hintId()"
            (click)="run(action)"
            data-testid="action-retire"
          >
            {{ 'items.actions.retire' | t }}
          </button>
        } @else {
          <button
            mat-flat-button
            type="button"
            [disabled]="busy() || dirty() || (action === 'review' && isAuthor())"
            [attr.aria-describedby]="hintId()"
            (click)="run(action)"
            [attr.data-testid]="'action-' + action"
          >
            {{ 'items.actions.' + action | t }}
          </button>
        }
      }
    </div>
    <p class="hint" [id]="hintId()">
      @if (dirty()) {
        {{ 'items.status.saveFirst' | t }}
      } @else if (isAuthor() && it.status === 'draft') {
        {{ 'items.status.authorCannotReview' | t }}
      } @else {
        {{ 'items.status.next.' + it.status | t }}
      }
    </p>
    <div role="alert">
      @if (failure(); as key) {
        <p class="error" data-testid="status-error">{{ key | t }}</p>
      }
    </div>
  `,
  styles: `
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
    }
    .danger:not(:disabled) {
      color: var(--mat-sys-error);
      border-color: var(--mat-sys-error);
    }
    .hint {
      margin: 0.5rem 0 0;
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-body-small);
    }
    .error {
      color: var(--mat-sys-error);
      font-weight: 600;
      margin: 0.5rem 0 0;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ItemStatusActions {
  private readonly api = inject(ItemApi);
  private readonly dialog = inject(MatDialog);

  readonly item = input.required<Item>();
  /** Unsaved changes in the editor: status changes wait until they are saved. */
  readonly dirty = input(false);
  readonly myAccountId = input<string | null>(null);
  readonly changed = output<Item>();

  protected readonly busy = signal(false);
  protected readonly failure = signal<string | null>(null);
  protected readonly actions = computed(() => allowedTransitions(this.item().status));
  protected readonly isAuthor = computed(() => {
    const author = this.item().authorAccountId;
    return !!author && author === this.myAccountId();
  });
  protected readonly hintId = computed(() => `status-hint-${this.item().id}`);

  protected async run(action: ItemTransition): Promise<void> {
    const item = this.item();
    const ok = await ConfirmDialog.ask(this.dialog, {
      titleKey: `items.confirm.${action}.title`,
      messageKey: `items.confirm.${action}.message`,
      params: { ref: item.ref, n: item.version },
      confirmKey: `items.actions.${action}`,
      cancelKey: 'items.actions.cancel',
      danger: action === 'retire',
    });
    if (!ok) {
      return;
    }
    this.busy.set(true);
    this.failure.set(null);
    try {
      this.changed.emit(await this.api.transition(item.id, action));
    } catch (error) {
      this.failure.set(failureOf(error).key);
    } finally {
      this.busy.set(false);
    }
  }
}
