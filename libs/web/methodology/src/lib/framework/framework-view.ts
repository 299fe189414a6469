import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { MatExpansionModule } from '@angular/material/expansion';
import type { MethodologyContent } from '@civics/contracts';
import { TranslatePipe } from '@civics/web-core';
import { LocalizedText } from '../shared/localized-text';
import { indicatorOf } from '../util/content-edit';

/**
 * The framework of a version, read-only: the proficiency scale, then areas (expansion panels)
 * with their competencies and one behavioural indicator per level.
 */
@Component({
  selector: 'app-framework-view',
  imports: [MatExpansionModule, TranslatePipe, LocalizedText],
  templateUrl: './framework-view.html',
  styleUrl: './framework-view.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class FrameworkView {
  readonly content = input.required<MethodologyContent>();

  protected readonly scale = computed(() => this.content().scale);
  protected readonly indicatorOf = indicatorOf;
}
