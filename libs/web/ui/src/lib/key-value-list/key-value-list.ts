import { ChangeDetectionStrategy, Component, input } from '@angular/core';

export interface KeyValue {
  /** Already translated label. */
  readonly label: string;
  readonly value: string;
  /** Render the value in a monospace font (identifiers, codes). */
  readonly code?: boolean;
}

/** A definition list of labelled facts, e.g. the fields of a person on a home page. */
@Component({
  selector: 'app-key-value-list',
  template: `
    <dl>
      @for (item of items(); track item.label) {
        <div class="row">
          <dt>{{ item.label }}</dt>
          <dd [class.code]="item.code">{{ item.value }}</dd>
        </div>
      }
    </dl>
  `,
  styles: `
    /* One grid for all rows so the values line up; a long label wraps instead of overlapping. */
    dl {
      margin: 0;
      display: grid;
      grid-template-columns: fit-content(45%) 1fr;
      gap: 0.5rem 1.5rem;
    }
    .row {
      display: contents;
    }
    dt {
      font-weight: 600;
      overflow-wrap: break-word;
    }
    dd {
      margin: 0;
      overflow-wrap: anywhere;
    }
    .code {
      font-family: ui-monospace, 'DejaVu Sans Mono', 'Liberation Mono', monospace;
      font-size: 0.9em;
    }
    @media (max-width: 599.98px) {
      dl {
        grid-template-columns: 1fr;
        row-gap: 0;
      }
      dd {
        margin-bottom: 0.5rem;
      }
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class KeyValueList {
  readonly items = input.required<readonly KeyValue[]>();
}
