import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatRadioModule } from '@angular/material/radio';
import { MatSelectModule } from '@angular/material/select';
import { TranslatePipe } from '@civics/web-core';
import { refocus } from '../shared/refocus';
import { ShownText } from '../shared/shown-text';
import { type EditorState, moveInList } from '../util/editor-state';

/**
 * The answer key for the item's type: the correct option, the correct set, true or false, the
 * correct order, the pairs, a number with its tolerance, or the accepted answers.
 */
@Component({
  selector: 'app-item-key-editor',
  imports: [
    MatButtonModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatInputModule,
    MatRadioModule,
    MatSelectModule,
    TranslatePipe,
    ShownText,
  ],
  templateUrl: './key-editor.html',
  styleUrl: './key-editor.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ItemKeyEditor {
  readonly state = input.required<EditorState>();
  readonly readonly = input(false);
  readonly patch = output<Partial<EditorState>>();

  private readonly focus = refocus();
  protected readonly optionById = computed(() => new Map(this.state().options.map((o) => [o.id, o] as const)));

  protected toggleMany(id: string, checked: boolean): void {
    const current = this.state().correctMany.filter((c) => c !== id);
    this.patch.emit({ correctMany: checked ? [...current, id] : current });
  }

  protected moveOrder(index: number, delta: number, id: string): void {
    this.patch.emit({ order: moveInList(this.state().order, index, delta) });
    const [same, other] = delta < 0 ? ['up', 'down'] : ['down', 'up'];
    this.focus([`key-order-${id}-${same}`, `key-order-${id}-${other}`]);
  }

  protected pair(premiseId: string, responseId: string): void {
    const pairs = { ...this.state().pairs };
    if (responseId) {
      pairs[premiseId] = responseId;
    } else {
      delete pairs[premiseId];
    }
    this.patch.emit({ pairs });
  }

  protected setAccepted(index: number, value: string): void {
    this.patch.emit({ accepted: this.state().accepted.map((a, i) => (i === index ? value : a)) });
  }

  protected addAccepted(): void {
    this.patch.emit({ accepted: [...this.state().accepted, ''] });
  }

  protected removeAccepted(index: number): void {
    const next = this.state().accepted.filter((_, i) => i !== index);
    this.patch.emit({ accepted: next.length ? next : [''] });
  }

  protected valueOf(event: Event): string {
    return (event.target as HTMLInputElement).value;
  }
}
