import { ChangeDetectionStrategy, Component, inject, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatExpansionModule } from '@angular/material/expansion';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import type { PositionProfile } from '@civics/contracts';
import { I18nService, TranslatePipe } from '@civics/web-core';
import { LanguageFields } from '../shared/language-fields';
import { LocalizedText } from '../shared/localized-text';
import type { TextEdit } from './area-form';

export interface ProfileTextEdit extends TextEdit {
  readonly profileIndex: number;
}

/** The position profiles themselves (the matrix columns): code, title and description, add and remove. */
@Component({
  selector: 'app-profiles-form',
  imports: [MatButtonModule, MatExpansionModule, MatFormFieldModule, MatInputModule, TranslatePipe, LanguageFields, LocalizedText],
  template: `
    <mat-accordion multi>
      @for (profile of profiles(); track $index; let pi = $index) {
        <mat-expansion-panel data-testid="profile-panel">
          <mat-expansion-panel-header>
            <mat-panel-title>
              <span class="code">{{ profile.code || '…' }}</span>
              <app-localized-text [text]="profile.title" />
            </mat-panel-title>
          </mat-expansion-panel-header>
          <ng-template matExpansionPanelContent>
            <mat-form-field appearance="outline" class="code-field">
              <mat-label>{{ 'methodology.editor.code' | t }}</mat-label>
              <input matInput [value]="profile.code" (change)="codeChange.emit({ profileIndex: pi, code: valueOf($event) })" />
            </mat-form-field>
            <app-language-fields
              [label]="i18n.t('methodology.editor.title')"
              [text]="profile.title"
              (changed)="textChange.emit({ profileIndex: pi, field: 'title', language: $event.language, value: $event.value })"
            />
            <app-language-fields
              [label]="i18n.t('methodology.editor.description')"
              [text]="profile.description"
              [multiline]="true"
              (changed)="textChange.emit({ profileIndex: pi, field: 'description', language: $event.language, value: $event.value })"
            />
            <button mat-stroked-button class="remove" type="button" (click)="remove.emit(pi)">
              {{ 'methodology.profiles.remove' | t }}
            </button>
          </ng-template>
        </mat-expansion-panel>
      }
    </mat-accordion>
    <button mat-stroked-button type="button" class="add" (click)="add.emit()" data-testid="add-profile">
      {{ 'methodology.profiles.add' | t }}
    </button>
  `,
  styles: `
    .code {
      font-family: ui-monospace, 'DejaVu Sans Mono', monospace;
      font-weight: 600;
      margin-inline-end: 0.5rem;
    }
    .code-field {
      width: 16rem;
      max-width: 100%;
    }
    .remove {
      --mat-button-outlined-label-text-color: var(--mat-sys-error);
    }
    .add {
      margin-top: 0.75rem;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ProfilesForm {
  protected readonly i18n = inject(I18nService);
  readonly profiles = input.required<readonly PositionProfile[]>();
  readonly codeChange = output<{ profileIndex: number; code: string }>();
  readonly textChange = output<ProfileTextEdit>();
  readonly add = output();
  readonly remove = output<number>();

  protected valueOf(event: Event): string {
    return (event.target as HTMLInputElement).value.trim().toUpperCase();
  }
}
