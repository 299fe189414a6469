import { ChangeDetectionStrategy, Component, computed, inject, input, output } from '@angular/core';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import type { AttestationRulesContract } from '@civics/contracts';
import { I18nService, TranslatePipe } from '@civics/web-core';
import { KeyValueList } from '@civics/web-ui';

export type NumericRule = Exclude<keyof AttestationRulesContract, 'criticalMustBeMet'>;

export interface RuleEdit {
  readonly key: keyof AttestationRulesContract;
  readonly value: number | boolean;
}

interface NumericField {
  readonly key: NumericRule;
  readonly min: number;
  readonly max: number;
  readonly step: number;
}

/** The numeric attestation rules with their bounds (contracts: AttestationRulesSchema). */
export const NUMERIC_RULES: readonly NumericField[] = [
  { key: 'complianceThreshold', min: 0, max: 1, step: 0.01 },
  { key: 'maxToleratedGap', min: 0, max: 10, step: 1 },
  { key: 'certificateValidityMonths', min: 1, max: 240, step: 1 },
  { key: 'retakeWaitingDays', min: 0, max: 3650, step: 1 },
  { key: 'trainingDeadlineDays', min: 1, max: 3650, step: 1 },
  { key: 'commissionQuorum', min: 0.01, max: 1, step: 0.01 },
];

/** The attestation rules of a version: a form for a draft, a list of facts otherwise. */
@Component({
  selector: 'app-rules-form',
  imports: [MatCheckboxModule, MatFormFieldModule, MatInputModule, TranslatePipe, KeyValueList],
  template: `
    @if (editable()) {
      <div class="grid">
        @for (f of fields; track f.key) {
          <mat-form-field appearance="outline">
            <mat-label>{{ 'methodology.rules.' + f.key | t }}</mat-label>
            <input
              matInput
              type="number"
              [min]="f.min"
              [max]="f.max"
              [step]="f.step"
              [value]="rules()[f.key]"
              (change)="setNumber(f, $event)"
              [attr.data-testid]="'rule-' + f.key"
            />
            <mat-hint>{{ 'methodology.rules.range' | t: { min: f.min, max: f.max } }}</mat-hint>
          </mat-form-field>
        }
      </div>
      <mat-checkbox [checked]="rules().criticalMustBeMet" (change)="changed.emit({ key: 'criticalMustBeMet', value: $event.checked })">
        {{ 'methodology.rules.criticalMustBeMet' | t }}
      </mat-checkbox>
    } @else {
      <app-key-value-list [items]="facts()" />
    }
  `,
  styles: `
    .grid {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(min(18rem, 100%), 1fr));
      gap: 0.5rem 1rem;
      margin-bottom: 0.5rem;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RulesForm {
  private readonly i18n = inject(I18nService);
  readonly rules = input.required<AttestationRulesContract>();
  readonly editable = input(true);
  readonly changed = output<RuleEdit>();

  protected readonly fields = NUMERIC_RULES;
  protected readonly facts = computed(() => {
    const rules = this.rules();
    const t = (k: string) => this.i18n.t(k);
    return [
      ...NUMERIC_RULES.map((f) => ({ label: t(`methodology.rules.${f.key}`), value: String(rules[f.key]) })),
      {
        label: t('methodology.rules.criticalMustBeMet'),
        value: t(rules.criticalMustBeMet ? 'methodology.yes' : 'methodology.no'),
      },
    ];
  });

  protected setNumber(field: NumericField, event: Event): void {
    const value = (event.target as HTMLInputElement).valueAsNumber;
    if (Number.isFinite(value) && value >= field.min && value <= field.max) {
      this.changed.emit({ key: field.key, value });
    }
  }
}
