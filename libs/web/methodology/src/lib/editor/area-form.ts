import { ChangeDetectionStrategy, Component, computed, inject, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import type { Area } from '@civics/contracts';
import { I18nService, TranslatePipe } from '@civics/web-core';
import { CompletenessBadge } from '../shared/completeness-badge';
import { LanguageFields, type LanguageEdit } from '../shared/language-fields';
import type { TextField } from '../util/content-edit';
import { textsCompleteness } from '@civics/web-core';

export interface TextEdit extends LanguageEdit {
  readonly field: TextField;
}

/** The code, title and description of one area, with adding a competency and removing the area. */
@Component({
  selector: 'app-area-form',
  imports: [MatButtonModule, MatFormFieldModule, MatInputModule, TranslatePipe, LanguageFields, CompletenessBadge],
  template: `
    <div class="header">
      <h2>{{ 'methodology.editor.area' | t }} {{ area().code }}</h2>
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
      <input matInput [value]="area().code" (change)="codeChange.emit(valueOf($event))" data-testid="area-code" />
    </mat-form-field>
    <app-language-fields
      [label]="i18n.t('methodology.editor.title')"
      [text]="area().title"
      (changed)="textChange.emit({ field: 'title', language: $event.language, value: $event.value })"
      testId="area-title"
    />
    <app-language-fields
      [label]="i18n.t('methodology.editor.description')"
      [text]="area().description"
      [multiline]="true"
      (changed)="textChange.emit({ field: 'description', language: $event.language, value: $event.value })"
      testId="area-description"
    />
    <div class="row-actions">
      <button mat-flat-button type="button" (click)="addCompetency.emit()" data-testid="add-competency">
        {{ 'methodology.editor.addCompetency' | t }}
      </button>
      <button mat-stroked-button class="remove" type="button" (click)="remove.emit()" data-testid="remove-area">
        {{ 'methodology.editor.removeArea' | t }}
      </button>
    </div>
  `,
  styleUrl: './item-form.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AreaForm {
  protected readonly i18n = inject(I18nService);
  readonly area = input.required<Area>();
  readonly errors = input<readonly string[]>([]);
  readonly codeChange = output<string>();
  readonly textChange = output<TextEdit>();
  readonly addCompetency = output();
  readonly remove = output();

  protected readonly completeness = computed(() => textsCompleteness([this.area().title, this.area().description]));

  protected valueOf(event: Event): string {
    return (event.target as HTMLInputElement).value.trim().toUpperCase();
  }
}
