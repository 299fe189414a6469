import { ChangeDetectionStrategy, Component, computed, input, signal } from '@angular/core';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import type { ContentText, Interaction, Language } from '@civics/contracts';
import { TranslatePipe } from '@civics/web-core';
import { refocus } from '../shared/refocus';
import { ShownText } from '../shared/shown-text';
import { moveInList } from '../util/editor-state';
import { CONTENT_LANGUAGES, localize } from '@civics/web-core';

/**
 * The item as a candidate sees it, in a chosen language: the stem and the interaction, never
 * the key. The controls work (so the author can try them) but nothing is kept.
 */
@Component({
  selector: 'app-item-preview',
  imports: [MatButtonToggleModule, TranslatePipe, ShownText],
  templateUrl: './item-preview.html',
  styleUrl: './item-preview.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ItemPreview {
  readonly stem = input.required<ContentText>();
  readonly interaction = input.required<Interaction>();
  readonly initialLanguage = input<Language>('az');

  protected readonly languages = CONTENT_LANGUAGES;
  private readonly focus = refocus();
  private readonly chosen = signal<Language | null>(null);
  protected readonly language = computed(() => this.chosen() ?? this.initialLanguage());
  /** The order the author has arranged in the preview (ordering items). */
  private readonly arranged = signal<readonly string[] | null>(null);
  protected readonly orderIds = computed(() => {
    const i = this.interaction();
    if (i.type !== 'ordering') {
      return [];
    }
    const ids = i.options.map((o) => o.id);
    const arranged = this.arranged();
    return arranged && arranged.length === ids.length && arranged.every((id) => ids.includes(id)) ? arranged : ids;
  });
  protected readonly optionText = computed(() => {
    const i = this.interaction();
    const options = i.type === 'ordering' ? i.options : [];
    return new Map(options.map((o) => [o.id, o.text] as const));
  });

  protected say(text: ContentText, language: Language): string {
    return localize(text, language).text;
  }

  protected choose(language: Language): void {
    this.chosen.set(language);
  }

  protected move(index: number, delta: number, id: string): void {
    this.arranged.set(moveInList(this.orderIds(), index, delta));
    const [same, other] = delta < 0 ? ['up', 'down'] : ['down', 'up'];
    this.focus([`preview-order-${id}-${same}`, `preview-order-${id}-${other}`]);
  }
}
