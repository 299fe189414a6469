import type { AnalyticsTable, ComplianceDashboard, ContentText, Language, PersonComplianceRow } from '@civics/contracts';
import { LABELS } from './labels';
import type { Cell, Column, TableSpec } from './table-writer';

/** A content text in `language`, else the first language it has. */
export function text(t: ContentText | null | undefined, language: Language): string {
  if (!t) return '';
  return t[language] ?? t.az ?? t.ru ?? t.en ?? '';
}

function round(x: number | null, digits = 4): number | null {
  return x === null ? null : Math.round(x * 10 ** digits) / 10 ** digits;
}

/** `2026-12-02 06:48 UTC`: a moment people read the same way in every language. */
export function stamp(iso: string): string {
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
}

/** A position's title in `language`, else its code. */
export function positionTitle(d: ComplianceDashboard, code: string, language: Language): string {
  return text(d.positions.find((p) => p.code === code)?.title, language) || code;
}

/** Facts that travel with every exported table and the report. */
export function aboutFacts(d: ComplianceDashboard, language: Language, now = new Date()): [string, string][] {
  const L = LABELS[language];
  const position = d.positionCode ? positionTitle(d, d.positionCode, language) : L.about.allPositions;
  return [
    [L.about.organisation, d.organisation ? d.organisation.name[language] : L.wholeService],
    [L.about.version, `${text(d.version.title, language)} (v${d.version.versionNumber})`],
    [L.about.position, position],
    [L.about.period, `${d.period.from} – ${d.period.to}`],
    [L.about.generated, stamp(now.toISOString())],
    [L.about.refreshed, d.refreshedAt ? stamp(d.refreshedAt) : '—'],
  ];
}

/**
 * One dashboard table as columns and rows, with headers in `language`. Shares are fractions
 * (0.734), formatted as percentages in XLSX; the people table streams from `people`.
 */
export function dashboardTable(
  table: AnalyticsTable,
  d: ComplianceDashboard,
  language: Language,
  people: () => AsyncIterable<PersonComplianceRow[]>,
): TableSpec {
  const L = LABELS[language];
  const C = L.columns;
  const about = { title: L.about.sheet, facts: aboutFacts(d, language) };
  const spec = (columns: Column[], rows: Cell[][] | AsyncIterable<Cell[][]>): TableSpec => ({
    title: L.tables[table],
    columns,
    rows: Array.isArray(rows) ? [rows] : rows,
    about,
  });
  const figures: Column[] = [
    { header: C.people, kind: 'int' },
    { header: C.measured, kind: 'int' },
    { header: C.meanCi, kind: 'share' },
    { header: C.fullyCompliant, kind: 'int' },
    { header: C.fullyCompliantShare, kind: 'share' },
  ];
  const figureCells = (f: {
    people: number;
    measured: number;
    meanCi: number | null;
    fullyCompliant: number;
    fullyCompliantShare: number | null;
  }) => [f.people, f.measured, round(f.meanCi), f.fullyCompliant, round(f.fullyCompliantShare)];
  const gapColumns = Array.from({ length: d.scaleSize + 1 }, (_, g): Column => ({ header: C.gap(g), kind: 'int' }));

  switch (table) {
    case 'trend':
      return spec(
        [{ header: C.month, kind: 'text' }, ...figures],
        d.trend.map((p) => [p.month, ...figureCells(p)]),
      );
    case 'units':
      return spec(
        [{ header: C.organisation, kind: 'text' }, { header: C.code, kind: 'text' }, { header: C.scope, kind: 'text' }, ...figures],
        d.units.map((u) => [u.organisation.name[language], u.organisation.code, L.scopes[u.scope], ...figureCells(u)]),
      );
    case 'heatmap':
      return spec(
        [
          { header: C.organisation, kind: 'text' },
          { header: C.code, kind: 'text' },
          ...d.competencies.map((c): Column => ({ header: c.code, kind: 'share' })),
        ],
        d.heatmap.map((r) => [r.organisation.name[language], r.organisation.code, ...r.cells.map((c) => round(c.share))]),
      );
    case 'gaps-by-competency':
      return spec(
        [
          { header: C.competency, kind: 'text' },
          { header: C.title, kind: 'text' },
          { header: C.required, kind: 'int' },
          ...gapColumns,
          { header: C.meanGap, kind: 'number' },
        ],
        d.gapsByCompetency.map((g) => [
          g.competencyCode,
          text(d.competencies.find((c) => c.code === g.competencyCode)?.title, language),
          g.required,
          ...g.counts,
          round(g.meanGap),
        ]),
      );
    case 'gaps-by-position':
      return spec(
        [{ header: C.position, kind: 'text' }, { header: C.title, kind: 'text' }, ...figures, ...gapColumns],
        d.gapsByPosition.map((p) => [p.positionCode, text(p.title, language), ...figureCells(p), ...p.counts]),
      );
    case 'people':
      return spec(
        [
          { header: C.personalCode, kind: 'text' },
          { header: C.name, kind: 'text' },
          { header: C.organisation, kind: 'text' },
          { header: C.position, kind: 'text' },
          { header: C.ci, kind: 'share' },
          { header: C.fullyCompliant, kind: 'text' },
          { header: C.gapTotal, kind: 'int' },
          { header: C.gapCount, kind: 'int' },
          { header: C.criticalGaps, kind: 'int' },
          { header: C.lastMeasured, kind: 'date' },
        ],
        (async function* () {
          for await (const batch of people())
            yield batch.map((p): Cell[] => [
              p.personalCode,
              p.name,
              p.organisation.name[language],
              p.positionCode,
              round(p.ci),
              p.fullyCompliant ? L.yes : L.no,
              p.gapTotal,
              p.gapCount,
              p.criticalGaps,
              p.lastMeasuredAt ? p.lastMeasuredAt.slice(0, 10) : null,
            ]);
        })(),
      );
    case 'attestation': {
      const A = L.attestation;
      const a = d.attestation;
      const rows: Cell[][] = a.available
        ? [
            [A.due, a.due],
            [A.scheduled, a.scheduled],
            [A.decided, a.decided],
            [A.overdue, a.overdue],
            [A.meets, a.outcomes.meets],
            [A.meetsSubjectToTraining, a.outcomes.meetsSubjectToTraining],
            [A.doesNotMeet, a.outcomes.doesNotMeet],
            [A.passRate, round(a.passRate)],
          ]
        : [[A.unavailable, null]];
      return spec(
        [
          { header: C.indicator, kind: 'text' },
          { header: C.value, kind: 'number' },
        ],
        rows,
      );
    }
    case 'training': {
      const T = L.training;
      const t = d.training;
      return spec(
        [
          { header: C.indicator, kind: 'text' },
          { header: C.value, kind: 'int' },
        ],
        [
          [T.planned, t.planned],
          [T.enrolled, t.enrolled],
          [T.waiting, t.waiting],
          [T.completed, t.completed],
          [T.closedByMeasurement, t.closedByMeasurement],
        ],
      );
    }
  }
}
