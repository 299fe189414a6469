import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  afterNextRender,
  computed,
  inject,
  input,
  output,
  signal,
  untracked,
} from '@angular/core';
import { CdkDrag, CdkDropList } from '@angular/cdk/drag-drop';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatRadioModule } from '@angular/material/radio';
import type { Answer, ChoiceOption, DeliveredItem } from '@civics/contracts';
import { I18nService, TranslatePipe } from '@civics/web-core';
import { localize } from '../shared/content-text';
import { ContentTextView } from '../shared/content-text-view';
import { moved, parseDecimal } from './answers';

/**
 * The answer controls of one item, by type: radio group, checkbox group, true/false, ordering
 * with up/down buttons, a select per matching premise, a numeric and a text field. Every control
 * is a native or Material control with a label, so it works with the keyboard alone.
 */
@Component({
  selector: 'app-item-interaction',
  imports: [
    CdkDrag,
    CdkDropList,
    MatButtonModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatInputModule,
    MatRadioModule,
    TranslatePipe,
    ContentTextView,
  ],
  templateUrl: './item-interaction.html',
  styleUrl: './item-interaction.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ItemInteraction {
  private readonly i18n = inject(I18nService);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  readonly item = input.required<DeliveredItem>();
  readonly answer = input<Answer | null>(null);
  /** Id of the element holding the question text (labels the controls). */
  readonly labelledBy = input.required<string>();
  readonly changed = output<Answer | null>();

  /** Polite announcement after an ordering move. */
  protected readonly moveMessage = signal('');

  protected readonly choice = computed(() => {
    const a = this.answer();
    return a?.type === 'single_choice' ? a.choice : null;
  });
  protected readonly choices = computed(() => {
    const a = this.answer();
    return new Set(a?.type === 'multiple_response' ? a.choices : []);
  });
  protected readonly truth = computed(() => {
    const a = this.answer();
    return a?.type === 'true_false' ? String(a.value) : null;
  });
  /** The options in the person's order (the delivered order until they change it). */
  protected readonly order = computed<ChoiceOption[]>(() => {
    const interaction = this.item().interaction;
    if (interaction.type !== 'ordering') {
      return [];
    }
    const a = this.answer();
    if (a?.type !== 'ordering' || a.order.length !== interaction.options.length) {
      return interaction.options;
    }
    const byId = new Map(interaction.options.map((o) => [o.id, o]));
    const ordered = a.order.map((id) => byId.get(id)).filter((o): o is ChoiceOption => !!o);
    return ordered.length === interaction.options.length ? ordered : interaction.options;
  });
  protected readonly orderGiven = computed(() => this.answer()?.type === 'ordering');
  protected readonly pairs = computed(() => {
    const a = this.answer();
    return new Map(a?.type === 'matching' ? a.pairs : []);
  });
  // Text fields take their value when the item is shown, then the person owns it (re-setting it
  // from the parsed answer while typing would eat a trailing "," or ".").
  protected readonly numericText = computed(() => {
    this.item();
    const a = untracked(this.answer);
    return a?.type === 'numeric' ? String(a.value) : '';
  });
  protected readonly shortText = computed(() => {
    this.item();
    const a = untracked(this.answer);
    return a?.type === 'short_text' ? a.text : '';
  });
  protected readonly numericInvalid = signal(false);

  /** An option's text in the UI language, for labels and native options. */
  protected plain(option: ChoiceOption): string {
    return localize(option.text, this.i18n.language()).text;
  }

  protected selectChoice(choice: string): void {
    this.changed.emit({ type: 'single_choice', choice });
  }

  protected toggleChoice(id: string, checked: boolean): void {
    const next = new Set(this.choices());
    if (checked) {
      next.add(id);
    } else {
      next.delete(id);
    }
    const interaction = this.item().interaction;
    const all = interaction.type === 'multiple_response' ? interaction.options.map((o) => o.id) : [];
    this.changed.emit({ type: 'multiple_response', choices: all.filter((o) => next.has(o)) });
  }

  protected selectTruth(value: string): void {
    this.changed.emit({ type: 'true_false', value: value === 'true' });
  }

  protected move(index: number, delta: number, keepFocus = true): void {
    const list = this.order();
    const option = list[index];
    if (!option) {
      return;
    }
    const next = moved(list, index, delta);
    const to = next.indexOf(option);
    this.changed.emit({ type: 'ordering', order: next.map((o) => o.id) });
    this.moveMessage.set(
      this.i18n.t('exam.ordering.moved', {
        text: localize(option.text, this.i18n.language()).text,
        position: to + 1,
        total: next.length,
      }),
    );
    if (!keepFocus) {
      return;
    }
    // The row moved in the DOM, which takes focus away: give it back to the same control,
    // or to the other one when this one is now disabled (top or bottom).
    const direction = delta < 0 ? 'up' : 'down';
    const fallback = delta < 0 ? 'down' : 'up';
    const atEdge = delta < 0 ? to === 0 : to === next.length - 1;
    afterNextRender(
      () => {
        const id = `${this.item().itemId}-${option.id}-${atEdge ? fallback : direction}`;
        this.host.nativeElement.querySelector<HTMLElement>(`[data-move="${id}"]`)?.focus();
      },
      { injector: this.injector },
    );
  }

  /** Drag and drop (pointer), an alternative to the buttons. */
  protected dropped(from: number, to: number): void {
    if (from !== to) {
      this.move(from, to - from, false);
    }
  }

  protected confirmOrder(): void {
    this.changed.emit({ type: 'ordering', order: this.order().map((o) => o.id) });
  }

  protected matchPremise(premiseId: string, responseId: string): void {
    const pairs = new Map(this.pairs());
    if (responseId) {
      pairs.set(premiseId, responseId);
    } else {
      pairs.delete(premiseId);
    }
    const interaction = this.item().interaction;
    const premises = interaction.type === 'matching' ? interaction.premises.map((p) => p.id) : [];
    this.changed.emit({
      type: 'matching',
      pairs: premises.filter((p) => pairs.has(p)).map((p) => [p, pairs.get(p) ?? ''] as [string, string]),
    });
  }

  protected typeNumber(text: string): void {
    if (text.trim() === '') {
      this.numericInvalid.set(false);
      this.changed.emit(null);
      return;
    }
    const value = parseDecimal(text);
    this.numericInvalid.set(value === null);
    if (value !== null) {
      this.changed.emit({ type: 'numeric', value });
    }
  }

  protected typeText(text: string): void {
    this.changed.emit(text === '' ? null : { type: 'short_text', text });
  }
}
