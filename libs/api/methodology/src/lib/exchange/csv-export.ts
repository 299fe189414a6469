import { LANGUAGES, type Area, type Competency, type ContentText } from '@civics/contracts';
import { csvHeader } from './csv-columns';
import { formatCsv } from './csv-codec';
import type { ExchangeVersion } from './exchange-version';

const texts = (text: ContentText | undefined): string[] => LANGUAGES.map((l) => text?.[l] ?? '');

function row(area: Area, competency: Competency | undefined, levels: number): string[] {
  const cells = [area.code, ...texts(area.title), ...texts(area.description)];
  cells.push(competency?.code ?? '', ...texts(competency?.title), ...texts(competency?.description));
  for (let n = 1; n <= levels; n++) {
    cells.push(...texts(competency?.indicators.find((i) => i.level === n)?.text));
  }
  return cells;
}

/**
 * The framework (areas, competencies, indicators) as CSV: one row per competency, area columns
 * repeated; an area without competencies gets one row with empty competency cells. Levels
 * beyond the scale are still written so that no indicator is lost. CRLF line ends, no BOM.
 */
export function exportCsv(v: ExchangeVersion): string {
  const { scale, areas } = v.content;
  const maxIndicatorLevel = Math.max(0, ...areas.flatMap((a) => a.competencies.flatMap((c) => c.indicators.map((i) => i.level))));
  const levels = Math.max(scale.length, maxIndicatorLevel);
  const rows: string[][] = [csvHeader(levels)];
  for (const area of areas) {
    if (area.competencies.length === 0) rows.push(row(area, undefined, levels));
    for (const competency of area.competencies) rows.push(row(area, competency, levels));
  }
  return formatCsv(rows);
}
