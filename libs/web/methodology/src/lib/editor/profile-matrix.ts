import { ChangeDetectionStrategy, Component, computed, inject, input, output } from '@angular/core';
import type { MethodologyContent } from '@civics/contracts';
import { I18nService, TranslatePipe } from '@civics/web-core';
import { LocalizedText } from '../shared/localized-text';
import { type MatrixCell, matrixCell } from '../util/content-edit';
import { localize } from '@civics/web-core';

export interface CellEdit {
  readonly profileIndex: number;
  readonly competencyCode: string;
  readonly patch: Partial<MatrixCell>;
}

/**
 * The position-profile matrix: competencies as rows (grouped by area), profiles as columns;
 * each cell holds the required level (0 = not required), the weight and the critical flag.
 * Native controls keep it compact; each is labelled with its profile and competency.
 */
@Component({
  selector: 'app-profile-matrix',
  imports: [TranslatePipe, LocalizedText],
  templateUrl: './profile-matrix.html',
  styleUrl: './profile-matrix.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ProfileMatrix {
  private readonly i18n = inject(I18nService);
  readonly content = input.required<MethodologyContent>();
  readonly editable = input(true);
  readonly cellChange = output<CellEdit>();

  protected readonly levels = computed(() => [0, ...this.content().scale.map((l) => l.level)]);
  protected readonly profiles = computed(() => this.content().positionProfiles.map((p) => ({ code: p.code, title: p.title })));
  protected readonly rows = computed(() => {
    const content = this.content();
    const language = this.i18n.language();
    return content.areas.map((area) => ({
      area,
      competencies: area.competencies.map((c) => ({
        code: c.code,
        title: c.title,
        name: `${c.code} ${localize(c.title, language).text}`,
        cells: content.positionProfiles.map((_p, pi) => matrixCell(content, pi, c.code)),
      })),
    }));
  });

  protected label(key: string, profile: string, competency: string): string {
    return this.i18n.t(key, { profile, competency });
  }

  protected setLevel(profileIndex: number, competencyCode: string, event: Event): void {
    const requiredLevel = Number((event.target as HTMLSelectElement).value);
    this.cellChange.emit({ profileIndex, competencyCode, patch: { requiredLevel } });
  }

  protected setWeight(profileIndex: number, competencyCode: string, event: Event): void {
    const input = event.target as HTMLInputElement;
    const weight = input.valueAsNumber;
    if (Number.isFinite(weight) && weight >= 0 && weight <= 100) {
      this.cellChange.emit({ profileIndex, competencyCode, patch: { weight } });
    }
  }

  protected setCritical(profileIndex: number, competencyCode: string, event: Event): void {
    const critical = (event.target as HTMLInputElement).checked;
    this.cellChange.emit({ profileIndex, competencyCode, patch: { critical } });
  }
}
