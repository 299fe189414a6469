import { httpResource } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, DOCUMENT, computed, effect, inject, signal, untracked } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import type { ContentText, Item, ItemType, MethodologyDetail } from '@civics/contracts';
import { AuthService, I18nService, TranslatePipe, type TranslationParams } from '@civics/web-core';
import { choicesOf } from '../data/competencies';
import { ItemApi } from '../data/item-api';
import { CURRENT_METHODOLOGY_PATH, ITEMS_MANAGE } from '../data/item-paths';
import { ItemPreview } from '../preview/item-preview';
import { ItemCompletenessBadge } from '../shared/completeness-badge';
import { ShownText } from '../shared/shown-text';
import { ItemStatusChip } from '../shared/status-chip';
import { canSave, editorProblems, translationCompleteness } from '../util/editor-problems';
import * as edit from '../util/editor-state';
import { type Failure, failureOf } from '../util/failure';
import { ITEM_TYPE_LIST, OPTION_LIMITS, maxOptions } from '../util/item-types';
import { textCompleteness } from '@civics/web-core';
import { ItemKeyEditor } from './key-editor';
import { ItemLanguageFields } from './language-fields';
import { ItemOptionsEditor, type OptionMove, type OptionText } from './options-editor';
import { ItemStatusActions } from './status-actions';
import type { LeavesSafely } from './unsaved-guard';

interface Notice {
  readonly key: string;
  readonly params?: TranslationParams;
}

/**
 * `/items/new` and `/items/:id`: author or change an item — classification, stem, options and
 * key for its type, scoring — with a live preview as the candidate sees it, and its status
 * actions. Saving a used or non-draft item makes a new draft version, which the page then shows.
 */
@Component({
  selector: 'app-item-editor-page',
  imports: [
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    MatProgressBarModule,
    RouterLink,
    TranslatePipe,
    ShownText,
    ItemStatusChip,
    ItemCompletenessBadge,
    ItemLanguageFields,
    ItemOptionsEditor,
    ItemKeyEditor,
    ItemPreview,
    ItemStatusActions,
  ],
  templateUrl: './editor-page.html',
  styleUrl: './editor-page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ItemEditorPage implements LeavesSafely {
  private readonly api = inject(ItemApi);
  private readonly route = inject(ActivatedRoute);
  private readonly router = inject(Router);
  private readonly auth = inject(AuthService);
  protected readonly i18n = inject(I18nService);
  private readonly document = inject(DOCUMENT);

  private readonly params = toSignal(this.route.paramMap, { requireSync: true });
  private readonly id = computed(() => this.params().get('id') ?? 'new');

  protected readonly item = signal<Item | null>(null);
  protected readonly state = signal<edit.EditorState>(edit.emptyEditorState());
  private readonly saved = signal<edit.EditorState>(edit.emptyEditorState());
  protected readonly loading = signal(false);
  protected readonly busy = signal(false);
  protected readonly loadFailure = signal<string | null>(null);
  protected readonly failure = signal<Failure | null>(null);
  protected readonly notice = signal<Notice | null>(null);

  private readonly methodology = httpResource<MethodologyDetail>(() => CURRENT_METHODOLOGY_PATH);
  protected readonly choices = computed(() => choicesOf(this.methodology.hasValue() ? this.methodology.value() : undefined));
  protected readonly areas = computed(() => {
    const groups = new Map<string, { code: string; title: ContentText; competencies: { code: string; title: ContentText }[] }>();
    for (const c of this.choices().competencies) {
      const group = groups.get(c.areaCode) ?? { code: c.areaCode, title: c.areaTitle, competencies: [] };
      group.competencies.push({ code: c.code, title: c.title });
      groups.set(c.areaCode, group);
    }
    return [...groups.values()];
  });

  protected readonly types = ITEM_TYPE_LIST;
  protected readonly limits = OPTION_LIMITS;
  protected readonly maxChoices = computed(() => maxOptions(this.state().type));
  protected readonly problems = computed(() => editorProblems(this.state()));
  protected readonly errors = computed(() => this.problems().filter((p) => p.severity === 'error'));
  protected readonly warnings = computed(() => this.problems().filter((p) => p.severity === 'warning'));
  protected readonly saveable = computed(() => canSave(this.problems()));
  protected readonly completeness = computed(() => translationCompleteness(this.state()));
  protected readonly dirty = computed(() => JSON.stringify(this.state()) !== JSON.stringify(this.saved()));
  protected readonly interaction = computed(() => edit.buildInteraction(this.state()));
  protected readonly myAccountId = computed(() => this.auth.me()?.accountId ?? null);
  protected readonly isNew = computed(() => this.id() === 'new');
  /** Administrators may look (items:read) but only methodologists change items. */
  protected readonly readOnly = computed(() => !this.auth.permissions().has(ITEMS_MANAGE));
  /** Saving this item makes a new version rather than changing it. */
  protected readonly savesNewVersion = computed(() => {
    const item = this.item();
    return !!item && (item.status !== 'draft' || item.usageCount > 0);
  });

  constructor() {
    effect(() => {
      const id = this.id();
      untracked(() => void this.load(id));
    });
  }

  /** Leaving with unsaved changes asks first (a native dialog: keyboard and screen-reader friendly). */
  canLeave(): boolean {
    return !this.dirty() || this.readOnly() || (this.document.defaultView?.confirm(this.i18n.t('items.editor.leave')) ?? true);
  }

  private async load(id: string): Promise<void> {
    this.failure.set(null);
    this.loadFailure.set(null);
    if (id === 'new') {
      this.item.set(null);
      this.reset(edit.emptyEditorState());
      return;
    }
    if (this.item()?.id === id) {
      return; // just saved as this id
    }
    this.notice.set(null);
    this.loading.set(true);
    try {
      this.show(await this.api.get(id));
    } catch (error) {
      this.loadFailure.set(failureOf(error).key);
    } finally {
      this.loading.set(false);
    }
  }

  private show(item: Item): void {
    this.item.set(item);
    this.reset(edit.editorStateFromContent(item.content));
  }

  private reset(state: edit.EditorState): void {
    this.state.set(state);
    this.saved.set(state);
  }

  protected change(patch: Partial<edit.EditorState>): void {
    this.state.update((s) => ({ ...s, ...patch }));
  }

  protected setType(type: ItemType): void {
    this.state.update((s) => edit.withType(s, type));
  }

  protected setLevel(level: number): void {
    this.change({ level });
  }

  protected addOption(list: edit.OptionList): void {
    this.state.update((s) => edit.addOption(s, list));
  }

  protected removeOption(list: edit.OptionList, id: string): void {
    this.state.update((s) => edit.removeOption(s, list, id));
  }

  protected moveOption(list: edit.OptionList, move: OptionMove): void {
    this.state.update((s) => edit.moveOption(s, list, move.index, move.delta));
  }

  protected setOptionText(list: edit.OptionList, change: OptionText): void {
    this.state.update((s) => edit.setOptionText(s, list, change.id, change.text));
  }

  /** A text given in at least one language (optional texts show their completeness only then). */
  protected given(text: ContentText): boolean {
    return textCompleteness(text).done > 0;
  }

  protected valueOf(event: Event): string {
    return (event.target as HTMLInputElement).value;
  }

  protected async save(): Promise<void> {
    if (!this.saveable() || this.busy() || this.readOnly()) {
      return;
    }
    const content = edit.buildContent(this.state());
    const before = this.item();
    this.busy.set(true);
    this.failure.set(null);
    this.notice.set(null);
    try {
      const saved = before ? await this.api.update(before.id, content) : await this.api.create(content);
      this.show(saved);
      if (!before) {
        this.notice.set({ key: 'items.editor.created', params: { ref: saved.ref } });
      } else if (saved.id !== before.id) {
        this.notice.set({ key: 'items.editor.newVersion', params: { n: saved.version } });
      } else {
        this.notice.set({ key: 'items.editor.saved' });
      }
      if (saved.id !== before?.id) {
        await this.router.navigate(['/items', saved.id], { replaceUrl: !before });
      }
    } catch (error) {
      this.failure.set(failureOf(error));
    } finally {
      this.busy.set(false);
    }
  }

  protected statusChanged(item: Item): void {
    this.item.set(item);
    this.notice.set({ key: 'items.editor.statusChanged', params: { status: this.i18n.t(`items.status.${item.status}`) } });
  }
}
