import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import type { Area } from '@civics/contracts';
import { TranslatePipe } from '@civics/web-core';
import { LocalizedText } from '../shared/localized-text';
import type { EditorSelection } from '../util/editor-selection';

/**
 * The areas and their competencies as a two-level list of buttons; the chosen one is marked
 * `aria-current`. Items with field errors from the last save carry a count.
 */
@Component({
  selector: 'app-area-tree',
  imports: [MatButtonModule, TranslatePipe, LocalizedText],
  template: `
    <nav [attr.aria-label]="'methodology.editor.structure' | t">
      <ul class="areas">
        @for (area of areas(); track $index; let ai = $index) {
          <li>
            <button
              type="button"
              class="item area"
              [class.selected]="isSelected(ai, null)"
              [attr.aria-current]="isSelected(ai, null) ? 'true' : null"
              (click)="selectedChange.emit({ areaIndex: ai, competencyIndex: null })"
              data-testid="tree-area"
            >
              <span class="code">{{ area.code || '…' }}</span>
              <app-localized-text [text]="area.title" />
              @if (errorCounts().get('' + ai); as n) {
                <span class="errors">{{ 'methodology.editor.errorCount' | t: { count: n } }}</span>
              }
            </button>
            <ul class="competencies">
              @for (competency of area.competencies; track $index; let ci = $index) {
                <li>
                  <button
                    type="button"
                    class="item"
                    [class.selected]="isSelected(ai, ci)"
                    [attr.aria-current]="isSelected(ai, ci) ? 'true' : null"
                    (click)="selectedChange.emit({ areaIndex: ai, competencyIndex: ci })"
                    [attr.data-testid]="'tree-competency-' + competency.code"
                  >
                    <span class="code">{{ competency.code || '…' }}</span>
                    <app-localized-text [text]="competency.title" />
                    @if (errorCounts().get(ai + '.' + ci); as n) {
                      <span class="errors">{{ 'methodology.editor.errorCount' | t: { count: n } }}</span>
                    }
                  </button>
                </li>
              }
            </ul>
          </li>
        }
      </ul>
    </nav>
    @if (editable()) {
      <button mat-stroked-button type="button" class="add" (click)="addArea.emit()" data-testid="add-area">
        {{ 'methodology.editor.addArea' | t }}
      </button>
    }
  `,
  styles: `
    ul {
      list-style: none;
      margin: 0;
      padding: 0;
    }
    .competencies {
      padding-inline-start: 1rem;
      margin-bottom: 0.25rem;
    }
    .item {
      display: block;
      width: 100%;
      text-align: start;
      padding: 0.4rem 0.6rem;
      border: none;
      border-radius: 8px;
      background: none;
      color: var(--mat-sys-on-surface);
      font: var(--mat-sys-body-medium);
      cursor: pointer;
    }
    .item:hover {
      background: var(--mat-sys-surface-container-high);
    }
    .item.area {
      font-weight: 600;
    }
    .item.selected {
      background: var(--mat-sys-secondary-container);
      color: var(--mat-sys-on-secondary-container);
    }
    .code {
      font-family: ui-monospace, 'DejaVu Sans Mono', monospace;
      margin-inline-end: 0.4rem;
    }
    .errors {
      display: inline-block;
      margin-inline-start: 0.4rem;
      padding: 0 0.4rem;
      border-radius: 1rem;
      background: var(--mat-sys-error);
      color: var(--mat-sys-on-error);
      font: var(--mat-sys-label-small);
    }
    .add {
      margin-top: 0.5rem;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AreaTree {
  readonly areas = input.required<readonly Area[]>();
  readonly selected = input.required<EditorSelection>();
  readonly errorCounts = input<ReadonlyMap<string, number>>(new Map());
  readonly editable = input(true);
  readonly selectedChange = output<EditorSelection>();
  readonly addArea = output();

  protected isSelected(areaIndex: number, competencyIndex: number | null): boolean {
    const s = this.selected();
    return s.areaIndex === areaIndex && s.competencyIndex === competencyIndex;
  }
}
