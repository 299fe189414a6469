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
    dl {
      margin: 0;
      display: grid;
      gap: 0.5rem;
    }
    .row {
      display: grid;
      grid-template-columns: minmax(8rem, 35%) 1fr;
      gap: 1rem;
    }
    dt {
      font-weight: 600;
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
      .row {
        grid-template-columns: 1fr;
        gap: 0;
      }
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class KeyValueList {
  readonly items = input.required<readonly KeyValue[]>();
}
