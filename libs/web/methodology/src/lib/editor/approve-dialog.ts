import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import type { ContentText, LegalBasis, MethodologyContent, MethodologyDetail } from '@civics/contracts';
import { I18nService, TranslatePipe } from '@civics/web-core';
import { MethodologyApi } from '../data/methodology-api';
import { LanguageFields } from '../shared/language-fields';
import { failureOf } from '../shared/problem-text';
import { withLanguage } from '@civics/web-core';
import { describePath } from '../util/content-paths';

export interface ApproveData {
  readonly id: string;
  readonly content: MethodologyContent;
}

export const DOCUMENT_TYPES: readonly LegalBasis['documentType'][] = ['decision', 'order', 'decree'];

/**
 * Approval of a draft with its legal basis and effective date. The dialog calls the API itself
 * so that a refusal (texts missing a language, invalid fields) is listed here; it closes with the
 * approved version.
 */
@Component({
  selector: 'app-approve-dialog',
  imports: [
    MatDialogModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    MatProgressBarModule,
    TranslatePipe,
    LanguageFields,
  ],
  templateUrl: './approve-dialog.html',
  styleUrl: './dialog-form.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ApproveDialog {
  private readonly data = inject<ApproveData>(MAT_DIALOG_DATA);
  private readonly ref = inject<MatDialogRef<ApproveDialog, MethodologyDetail>>(MatDialogRef);
  private readonly api = inject(MethodologyApi);
  protected readonly i18n = inject(I18nService);

  protected readonly documentTypes = DOCUMENT_TYPES;
  protected readonly documentType = signal<LegalBasis['documentType']>('decision');
  protected readonly number = signal('');
  protected readonly date = signal('');
  protected readonly effectiveDate = signal('');
  protected readonly issuer = signal<ContentText>({} as ContentText);
  protected readonly citation = signal<ContentText>({} as ContentText);
  protected readonly busy = signal(false);
  protected readonly submitted = signal(false);
  protected readonly failure = signal<{ key: string; problems: string[] } | null>(null);

  protected readonly missing = computed(() => ({
    number: this.number().trim() === '',
    date: this.date() === '',
    effectiveDate: this.effectiveDate() === '',
    issuer: !Object.values(this.issuer()).some((v) => !!v?.trim()),
  }));
  protected readonly valid = computed(() => !Object.values(this.missing()).some(Boolean));

  protected valueOf(event: Event): string {
    return (event.target as HTMLInputElement).value;
  }

  protected async approve(): Promise<void> {
    this.submitted.set(true);
    if (!this.valid() || this.busy()) {
      return;
    }
    const citation = this.citation();
    const legalBasis: LegalBasis = {
      documentType: this.documentType(),
      number: this.number().trim(),
      date: this.date(),
      issuer: this.issuer(),
      ...(Object.values(citation).some((v) => !!v?.trim()) ? { citation } : {}),
    };
    this.busy.set(true);
    this.failure.set(null);
    try {
      const approved = await this.api.approve(this.data.id, { legalBasis, effectiveDate: this.effectiveDate() });
      this.ref.close(approved);
    } catch (error) {
      const f = failureOf(error);
      const level = this.i18n.t('methodology.level');
      this.failure.set({
        key: f.key,
        problems: f.errors.map((e) => `${describePath(e.field, this.data.content, level)}: ${e.message}`),
      });
    } finally {
      this.busy.set(false);
    }
  }

  protected setIssuer(language: keyof ContentText, value: string): void {
    this.issuer.update((t) => withLanguage(t, language, value));
  }

  protected setCitation(language: keyof ContentText, value: string): void {
    this.citation.update((t) => withLanguage(t, language, value));
  }
}
