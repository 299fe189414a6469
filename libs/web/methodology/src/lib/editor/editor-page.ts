import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatTabsModule } from '@angular/material/tabs';
import { Router, RouterLink } from '@angular/router';
import type { ContentText, FieldError, MethodologyContent, MethodologyDetail, MethodologySummary } from '@civics/contracts';
import { AuthService, I18nService, TranslatePipe } from '@civics/web-core';
import { KeyValueList } from '@civics/web-ui';
import { MethodologyApi } from '../data/methodology-api';
import { METHODOLOGY_MANAGE } from '../data/methodology-paths';
import { FrameworkView } from '../framework/framework-view';
import { ConfirmDialog } from '@civics/web-core/dialogs';
import { ExportButtons } from '../shared/export-buttons';
import { LanguageFields } from '../shared/language-fields';
import { legalBasisFacts } from '../shared/legal-basis-facts';
import { LocalizedText } from '../shared/localized-text';
import { failureOf } from '../shared/problem-text';
import { StatusChip } from '../shared/status-chip';
import * as edit from '../util/content-edit';
import { describePath, errorCounts, targetOf } from '../util/content-paths';
import { withLanguage } from '@civics/web-core';
import { type EditorSelection, selectionAfterRemoval } from '../util/editor-selection';
import { ApproveDialog, type ApproveData } from './approve-dialog';
import { AreaForm, type TextEdit } from './area-form';
import { AreaTree } from './area-tree';
import { CompetencyForm, type IndicatorEdit } from './competency-form';
import { type CellEdit, ProfileMatrix } from './profile-matrix';
import { type ProfileTextEdit, ProfilesForm } from './profiles-form';
import { RetireDialog, type RetireData } from './retire-dialog';
import { type RuleEdit, RulesForm } from './rules-form';
import type { HasUnsavedChanges } from './unsaved-changes.guard';

/**
 * `/methodology/:id`: one version. A draft is edited here (structure tree, competency texts per
 * language, profile matrix, rules) and saved whole; an approved or retired version is shown
 * frozen. Approve, clone, retire, delete and export act on it.
 */
@Component({
  selector: 'app-editor-page',
  imports: [
    MatButtonModule,
    MatProgressBarModule,
    MatTabsModule,
    RouterLink,
    TranslatePipe,
    KeyValueList,
    FrameworkView,
    ExportButtons,
    LanguageFields,
    LocalizedText,
    StatusChip,
    AreaTree,
    AreaForm,
    CompetencyForm,
    ProfileMatrix,
    ProfilesForm,
    RulesForm,
  ],
  templateUrl: './editor-page.html',
  styleUrl: './editor-page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { '(window:beforeunload)': 'warnBeforeUnload($event)' },
})
export class EditorPage implements HasUnsavedChanges {
  private readonly api = inject(MethodologyApi);
  private readonly auth = inject(AuthService);
  private readonly router = inject(Router);
  private readonly dialog = inject(MatDialog);
  protected readonly i18n = inject(I18nService);

  /** The version id, from the route. */
  readonly id = input.required<string>();

  protected readonly version = signal<MethodologyDetail | null>(null);
  protected readonly content = signal<MethodologyContent | null>(null);
  protected readonly title = signal<ContentText>({} as ContentText);
  protected readonly dirty = signal(false);
  protected readonly loading = signal(true);
  protected readonly busy = signal(false);
  protected readonly loadFailure = signal<string | null>(null);
  protected readonly failure = signal<string | null>(null);
  protected readonly notice = signal<string | null>(null);
  protected readonly fieldErrors = signal<readonly FieldError[]>([]);
  protected readonly selection = signal<EditorSelection>({ areaIndex: 0, competencyIndex: null });

  protected readonly canManage = computed(() => this.auth.permissions().has(METHODOLOGY_MANAGE));
  protected readonly editable = computed(() => this.version()?.status === 'draft' && this.canManage());
  protected readonly frozen = computed(() => {
    const status = this.version()?.status;
    return status === 'approved' || status === 'retired';
  });
  protected readonly selectedArea = computed(() => this.content()?.areas[this.selection().areaIndex] ?? null);
  protected readonly selectedCompetency = computed(() => {
    const index = this.selection().competencyIndex;
    return index === null ? null : (this.selectedArea()?.competencies[index] ?? null);
  });
  protected readonly errorCounts = computed(() => errorCounts(this.fieldErrors()));
  /** The field errors of the last save, each with a readable location. */
  protected readonly describedErrors = computed(() => {
    const level = this.i18n.t('methodology.level');
    return this.fieldErrors().map((e) => ({
      error: e,
      location: describePath(e.field, this.content(), level),
      target: targetOf(e.field),
    }));
  });
  /** Errors of the selected area or competency, for the form beside the tree. */
  protected readonly selectionErrors = computed(() => {
    const s = this.selection();
    return this.describedErrors()
      .filter(
        (d) =>
          d.target.areaIndex === s.areaIndex &&
          (s.competencyIndex === null ? d.target.competencyIndex === undefined : d.target.competencyIndex === s.competencyIndex),
      )
      .map((d) => `${d.location}: ${d.error.message}`);
  });
  protected readonly facts = computed(() => {
    const v = this.version();
    return v ? legalBasisFacts(v.legalBasis, v.effectiveDate, this.i18n.language(), (k) => this.i18n.t(k)) : [];
  });
  protected readonly missingCount = computed(() => this.version()?.missingTranslations.length ?? 0);
  /** Texts the saved draft still lacks a language in, by readable location (approval needs none). */
  protected readonly missingList = computed(() => {
    const v = this.version();
    const level = this.i18n.t('methodology.level');
    return (v?.missingTranslations ?? []).map((m) => ({
      location: describePath(m.path, v?.content ?? null, level),
      languages: m.languages.join(', '),
    }));
  });

  constructor() {
    effect(() => {
      const id = this.id();
      untracked(() => void this.load(id));
    });
  }

  hasUnsavedChanges(): boolean {
    return this.dirty() && this.editable();
  }

  protected warnBeforeUnload(event: BeforeUnloadEvent): void {
    if (this.hasUnsavedChanges()) {
      event.preventDefault();
    }
  }

  private async load(id: string): Promise<void> {
    this.loading.set(true);
    this.loadFailure.set(null);
    try {
      this.accept(await this.api.get(id));
      this.selection.set({ areaIndex: 0, competencyIndex: null });
    } catch (error) {
      this.loadFailure.set(failureOf(error).key);
    } finally {
      this.loading.set(false);
    }
  }

  private accept(version: MethodologyDetail): void {
    this.version.set(version);
    this.content.set(version.content);
    this.title.set(version.title);
    this.dirty.set(false);
    this.fieldErrors.set([]);
  }

  private change(apply: (c: MethodologyContent) => MethodologyContent): void {
    const content = this.content();
    if (content && this.editable()) {
      this.content.set(apply(content));
      this.dirty.set(true);
      this.notice.set(null);
    }
  }

  // Structure edits.
  protected select(selection: EditorSelection): void {
    this.selection.set(selection);
  }

  protected addArea(): void {
    const content = this.content();
    if (!content) return;
    const code = edit.nextFreeCode(
      'AREA',
      content.areas.map((a) => a.code),
    );
    this.change((c) => edit.addArea(c, code));
    this.selection.set({ areaIndex: content.areas.length, competencyIndex: null });
  }

  protected addCompetency(): void {
    const content = this.content();
    const area = this.selectedArea();
    if (!content || !area) return;
    const areaIndex = this.selection().areaIndex;
    const code = edit.nextFreeCode(area.code || 'C', edit.competencyCodes(content));
    this.change((c) => edit.addCompetency(c, areaIndex, code));
    this.selection.set({ areaIndex, competencyIndex: area.competencies.length });
  }

  protected async removeSelected(): Promise<void> {
    const s = this.selection();
    const name = s.competencyIndex === null ? this.selectedArea()?.code : this.selectedCompetency()?.code;
    const ok = await ConfirmDialog.ask(this.dialog, {
      titleKey: s.competencyIndex === null ? 'methodology.editor.removeArea' : 'methodology.editor.removeCompetency',
      messageKey: s.competencyIndex === null ? 'methodology.confirm.removeArea' : 'methodology.confirm.removeCompetency',
      params: { code: name ?? '' },
      confirmKey: 'methodology.actions.remove',
      cancelKey: 'methodology.actions.cancel',
      danger: true,
    });
    if (!ok) return;
    this.change((c) =>
      s.competencyIndex === null ? edit.removeArea(c, s.areaIndex) : edit.removeCompetency(c, s.areaIndex, s.competencyIndex),
    );
    this.selection.set(selectionAfterRemoval(s, this.content()?.areas.length ?? 0));
  }

  protected setAreaCode(code: string): void {
    const { areaIndex } = this.selection();
    this.change((c) => edit.setAreaCode(c, areaIndex, code));
  }

  protected setAreaText(e: TextEdit): void {
    const { areaIndex } = this.selection();
    this.change((c) => edit.setAreaText(c, areaIndex, e.field, e.language, e.value));
  }

  protected setCompetencyCode(code: string): void {
    const { areaIndex, competencyIndex } = this.selection();
    if (competencyIndex !== null) this.change((c) => edit.setCompetencyCode(c, areaIndex, competencyIndex, code));
  }

  protected setCompetencyText(e: TextEdit): void {
    const { areaIndex, competencyIndex } = this.selection();
    if (competencyIndex !== null) {
      this.change((c) => edit.setCompetencyText(c, areaIndex, competencyIndex, e.field, e.language, e.value));
    }
  }

  protected setIndicator(e: IndicatorEdit): void {
    const { areaIndex, competencyIndex } = this.selection();
    if (competencyIndex !== null) {
      this.change((c) => edit.setIndicatorText(c, areaIndex, competencyIndex, e.level, e.language, e.value));
    }
  }

  protected setCell(e: CellEdit): void {
    this.change((c) => edit.setMatrixCell(c, e.profileIndex, e.competencyCode, e.patch));
  }

  protected addProfile(): void {
    const content = this.content();
    if (!content) return;
    const code = edit.nextFreeCode(
      'POSITION_',
      content.positionProfiles.map((p) => p.code),
    );
    this.change((c) => edit.addProfile(c, code));
  }

  protected async removeProfile(profileIndex: number): Promise<void> {
    const code = this.content()?.positionProfiles[profileIndex]?.code ?? '';
    const ok = await ConfirmDialog.ask(this.dialog, {
      titleKey: 'methodology.profiles.remove',
      messageKey: 'methodology.confirm.removeProfile',
      params: { code },
      confirmKey: 'methodology.actions.remove',
      cancelKey: 'methodology.actions.cancel',
      danger: true,
    });
    if (ok) this.change((c) => edit.removeProfile(c, profileIndex));
  }

  protected setProfileCode(profileIndex: number, code: string): void {
    this.change((c) => edit.setProfileCode(c, profileIndex, code));
  }

  protected setProfileText(e: ProfileTextEdit): void {
    this.change((c) => edit.setProfileText(c, e.profileIndex, e.field, e.language, e.value));
  }

  protected setRule(e: RuleEdit): void {
    this.change((c) => edit.setRule(c, e.key, e.value as never));
  }

  protected setTitle(language: keyof ContentText, value: string): void {
    if (!this.editable()) return;
    this.title.update((t) => withLanguage(t, language, value));
    this.dirty.set(true);
  }

  // Life-cycle actions.
  protected async save(): Promise<void> {
    const v = this.version();
    const content = this.content();
    if (!v || !content) return;
    await this.run(async () => {
      this.accept(await this.api.update(v.id, { title: this.title(), content }));
      this.notice.set('methodology.editor.saved');
    });
  }

  protected async approve(): Promise<void> {
    const v = this.version();
    const content = this.content();
    if (!v || !content) return;
    if (this.dirty()) {
      this.failure.set('methodology.editor.saveFirst');
      return;
    }
    const ref = this.dialog.open<ApproveDialog, ApproveData, MethodologyDetail>(ApproveDialog, {
      data: { id: v.id, content },
      width: '48rem',
      maxWidth: '95vw',
      autoFocus: 'first-tabbable',
    });
    ref.afterClosed().subscribe((approved) => {
      if (approved) {
        this.accept(approved);
        this.notice.set('methodology.editor.approved');
      }
    });
  }

  protected async clone(): Promise<void> {
    const v = this.version();
    if (!v) return;
    const ok = await ConfirmDialog.ask(this.dialog, {
      titleKey: 'methodology.actions.clone',
      messageKey: 'methodology.confirm.clone',
      params: { n: v.versionNumber, code: v.code },
      confirmKey: 'methodology.actions.clone',
      cancelKey: 'methodology.actions.cancel',
    });
    if (!ok) return;
    await this.run(async () => {
      const draft = await this.api.clone(v.id);
      await this.router.navigate(['/methodology', draft.id]);
    });
  }

  protected async retire(): Promise<void> {
    const v = this.version();
    if (!v) return;
    let successors: MethodologySummary[] = [];
    try {
      successors = (await this.api.list()).filter((s) => s.status === 'approved' && s.id !== v.id);
    } catch {
      // The dialog still opens; the API explains a missing successor.
    }
    const ref = this.dialog.open<RetireDialog, RetireData, MethodologyDetail>(RetireDialog, {
      data: { version: v, successors },
      width: '36rem',
      maxWidth: '95vw',
    });
    ref.afterClosed().subscribe((retired) => {
      if (retired) {
        this.accept(retired);
        this.notice.set('methodology.editor.retired');
      }
    });
  }

  protected async remove(): Promise<void> {
    const v = this.version();
    if (!v) return;
    const ok = await ConfirmDialog.ask(this.dialog, {
      titleKey: 'methodology.actions.delete',
      messageKey: 'methodology.confirm.delete',
      params: { n: v.versionNumber, code: v.code },
      confirmKey: 'methodology.actions.delete',
      cancelKey: 'methodology.actions.cancel',
      danger: true,
    });
    if (!ok) return;
    await this.run(async () => {
      await this.api.remove(v.id);
      this.dirty.set(false);
      await this.router.navigate(['/methodology']);
    });
  }

  private async run(action: () => Promise<void>): Promise<void> {
    this.busy.set(true);
    this.failure.set(null);
    this.notice.set(null);
    try {
      await action();
    } catch (error) {
      const f = failureOf(error);
      this.failure.set(f.key);
      this.fieldErrors.set(f.errors);
    } finally {
      this.busy.set(false);
    }
  }
}
