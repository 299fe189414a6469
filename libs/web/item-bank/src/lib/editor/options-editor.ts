import { ChangeDetectionStrategy, Component, inject, input, output, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import type { ContentText } from '@civics/contracts';
import { I18nService, TranslatePipe } from '@civics/web-core';
import type { EditorOption } from '../util/editor-state';
import { refocus } from '../shared/refocus';
import { ItemLanguageFields } from './language-fields';

export interface OptionMove {
  readonly index: number;
  readonly delta: number;
}

export interface OptionText {
  readonly id: string;
  readonly text: ContentText;
}

/** A list of options (or premises / responses): each text in three languages; add, remove, reorder. */
@Component({
  selector: 'app-item-options-editor',
  imports: [MatButtonModule, TranslatePipe, ItemLanguageFields],
  template: `
    <section class="options" [attr.aria-labelledby]="testId() + '-heading'" [attr.data-testid]="testId()">
      <h3 [id]="testId() + '-heading'">{{ heading() }}</h3>
      <p class="hint">{{ 'items.options.hint' | t: { min: min(), max: max() } }}</p>
      <ol>
        @for (option of options(); track option.id; let i = $index, first = $first, last = $last) {
          <li class="option" [attr.data-testid]="testId() + '-' + i">
            <app-item-language-fields
              [readonly]="readonly()"
              [label]="'items.options.label' | t: { id: option.id }"
              [text]="option.text"
              [testId]="testId() + '-' + i"
              (changed)="text.emit({ id: option.id, text: $event })"
            />
            @if (!readonly()) {
              <div class="tools">
                <button
                  mat-button
                  type="button"
                  [id]="testId() + '-' + option.id + '-up'"
                  [disabled]="first"
                  (click)="moved(i, -1, option.id)"
                  [attr.aria-label]="'items.options.up' | t: { id: option.id }"
                >
                  ↑ {{ 'items.options.upShort' | t }}
                </button>
                <button
                  mat-button
                  type="button"
                  [id]="testId() + '-' + option.id + '-down'"
                  [disabled]="last"
                  (click)="moved(i, 1, option.id)"
                  [attr.aria-label]="'items.options.down' | t: { id: option.id }"
                >
                  ↓ {{ 'items.options.downShort' | t }}
                </button>
                <button
                  mat-button
                  type="button"
                  class="remove"
                  [disabled]="options().length <= min()"
                  (click)="removed(option.id)"
                  [attr.aria-label]="'items.options.remove' | t: { id: option.id }"
                  [attr.data-testid]="testId() + '-remove-' + i"
                >
                  ✕ {{ 'items.options.removeShort' | t }}
                </button>
              </div>
            }
          </li>
        }
      </ol>
      @if (!readonly()) {
        <button
          mat-stroked-button
          type="button"
          [id]="testId() + '-add'"
          [disabled]="options().length >= max()"
          (click)="add.emit()"
          [attr.data-testid]="testId() + '-add'"
        >
          + {{ addLabel() }}
        </button>
      }
      <div class="visually-hidden" aria-live="polite">{{ announcement() }}</div>
    </section>
  `,
  styles: `
    h3 {
      font: var(--mat-sys-title-medium);
      margin: 0;
    }
    .hint {
      margin: 0.25rem 0 0.5rem;
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-body-small);
    }
    ol {
      list-style: none;
      margin: 0 0 0.75rem;
      padding: 0;
      display: grid;
      gap: 0.75rem;
    }
    .option {
      padding: 0.75rem;
      border-radius: 12px;
      border: 1px solid var(--mat-sys-outline-variant);
    }
    .tools {
      display: flex;
      flex-wrap: wrap;
      justify-content: flex-end;
      gap: 0.25rem;
      margin-top: 0.25rem;
    }
    .remove:not(:disabled) {
      color: var(--mat-sys-error);
    }
    .visually-hidden {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ItemOptionsEditor {
  private readonly i18n = inject(I18nService);
  readonly options = input.required<readonly EditorOption[]>();
  readonly heading = input.required<string>();
  readonly addLabel = input.required<string>();
  readonly min = input(2);
  readonly max = input(10);
  readonly testId = input('options');
  readonly readonly = input(false);
  readonly add = output<void>();
  readonly remove = output<string>();
  readonly move = output<OptionMove>();
  readonly text = output<OptionText>();

  protected readonly announcement = signal('');
  private readonly focus = refocus();

  protected removed(id: string): void {
    this.remove.emit(id);
    this.announcement.set(this.i18n.t('items.options.removed', { id }));
    this.focus([`${this.testId()}-add`]);
  }

  protected moved(index: number, delta: number, id: string): void {
    this.move.emit({ index, delta });
    const [same, other] = delta < 0 ? ['up', 'down'] : ['down', 'up'];
    this.focus([`${this.testId()}-${id}-${same}`, `${this.testId()}-${id}-${other}`]);
    this.announcement.set(this.i18n.t('items.options.moved', { id, position: index + delta + 1 }));
  }
}
