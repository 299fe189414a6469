import { ChangeDetectionStrategy, Component, computed, inject, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import type { Competency, ScaleLevel } from '@civics/contracts';
import { I18nService, TranslatePipe } from '@civics/web-core';
import { CompletenessBadge } from '../shared/completeness-badge';
import { LanguageFields, type LanguageEdit } from '../shared/language-fields';
import { indicatorOf } from '../util/content-edit';
import { localize, textsCompleteness } from '@civics/web-core';
import type { TextEdit } from './area-form';

export interface IndicatorEdit extends LanguageEdit {
  readonly level: number;
}

/** One competency: code, title, description and a behavioural indicator per level, each in three languages. */
@Component({
  selector: 'app-competency-form',
  imports: [MatButtonModule, MatFormFieldModule, MatInputModule, TranslatePipe, LanguageFields, CompletenessBadge],
  template: `
    <div class="header">
      <h2>{{ 'methodology.editor.competency' | t }} {{ competency().code }}</h2>
      <app-completeness-badge [completeness]="completeness()" unit="texts" />
    </div>
    @if (errors().length) {
      <ul class="errors" role="list">
        @for (e of errors(); track $index) {
          <li>{{ e }}</li>
        }
      </ul>
    }
    <mat-form-field appearance="outline" class="code-field">
      <mat-label>{{ 'methodology.editor.code' | t }}</mat-label>
      <input matInput [value]="competency().code" (change)="codeChange.emit(valueOf($event))" data-testid="competency-code" />
    </mat-form-field>
    <app-language-fields
      [label]="i18n.t('methodology.editor.title')"
      [text]="competency().title"
      (changed)="textChange.emit({ field: 'title', language: $event.language, value: $event.value })"
      testId="competency-title"
    />
    <app-language-fields
      [label]="i18n.t('methodology.editor.description')"
      [text]="competency().description"
      [multiline]="true"
      (changed)="textChange.emit({ field: 'description', language: $event.language, value: $event.value })"
      testId="competency-description"
    />
    <h3>{{ 'methodology.editor.indicators' | t }}</h3>
    @for (level of levels(); track level.level) {
      <app-language-fields
        [label]="level.label"
        [text]="level.text"
        [multiline]="true"
        (changed)="indicatorChange.emit({ level: level.level, language: $event.language, value: $event.value })"
        [testId]="'indicator-' + level.level"
      />
    }
    <div class="row-actions">
      <button mat-stroked-button class="remove" type="button" (click)="remove.emit()" data-testid="remove-competency">
        {{ 'methodology.editor.removeCompetency' | t }}
      </button>
    </div>
  `,
  styleUrl: './item-form.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CompetencyForm {
  protected readonly i18n = inject(I18nService);
  readonly competency = input.required<Competency>();
  readonly scale = input.required<readonly ScaleLevel[]>();
  readonly errors = input<readonly string[]>([]);
  readonly codeChange = output<string>();
  readonly textChange = output<TextEdit>();
  readonly indicatorChange = output<IndicatorEdit>();
  readonly remove = output();

  protected readonly levels = computed(() => {
    const language = this.i18n.language();
    const word = this.i18n.t('methodology.level');
    return this.scale().map((l) => ({
      level: l.level,
      label: `${word} ${l.level} — ${localize(l.label, language).text}`,
      text: indicatorOf(this.competency(), l.level)?.text,
    }));
  });
  protected readonly completeness = computed(() => {
    const c = this.competency();
    return textsCompleteness([c.title, c.description, ...this.scale().map((l) => indicatorOf(c, l.level)?.text)]);
  });

  protected valueOf(event: Event): string {
    return (event.target as HTMLInputElement).value.trim().toUpperCase();
  }
}
