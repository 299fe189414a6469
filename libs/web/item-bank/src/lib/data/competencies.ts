import type { ContentText, MethodologyDetail } from '@civics/contracts';

/** A competency as the pickers show it, with its area. */
export interface CompetencyChoice {
  readonly code: string;
  readonly title: ContentText;
  readonly areaCode: string;
  readonly areaTitle: ContentText;
}

export interface LevelChoice {
  readonly level: number;
  readonly label: ContentText;
}

/** The competency and level choices of the current methodology. */
export function choicesOf(methodology: MethodologyDetail | undefined): {
  competencies: CompetencyChoice[];
  levels: LevelChoice[];
} {
  if (!methodology) {
    return { competencies: [], levels: [] };
  }
  const content = methodology.content;
  return {
    competencies: content.areas.flatMap((area) =>
      area.competencies.map((c) => ({ code: c.code, title: c.title, areaCode: area.code, areaTitle: area.title })),
    ),
    levels: content.scale.map((s) => ({ level: s.level, label: s.label })),
  };
}
