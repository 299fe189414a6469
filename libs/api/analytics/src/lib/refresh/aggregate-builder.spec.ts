import { monthBoundary } from '@civics/domain';
import { buildAggregates, type VersionProfiles } from './aggregate-builder';
import { batchUnits } from './refresh.service';

const version: VersionProfiles = {
  id: 'v1',
  scaleSize: 4,
  profiles: new Map([
    [
      'SPEC',
      [
        { competencyCode: 'A', requiredLevel: 2, weight: 1, critical: true },
        { competencyCode: 'B', requiredLevel: 2, weight: 1, critical: false },
      ],
    ],
  ]),
};
const window = { months: ['2026-01', '2026-02', '2026-03'], now: Date.parse('2026-03-15T12:00:00Z'), today: '2026-03-15' };
const at = (iso: string) => Date.parse(iso);

describe('buildAggregates', () => {
  const staff = [
    { id: 'p1', organisationId: 'u1', positionCode: 'SPEC', hiredOn: '2020-01-01', leftOn: null },
    { id: 'p2', organisationId: 'u1', positionCode: 'SPEC', hiredOn: '2026-02-10', leftOn: null },
    { id: 'p3', organisationId: 'u1', positionCode: 'SPEC', hiredOn: null, leftOn: '2026-02-15' },
    { id: 'p4', organisationId: 'u1', positionCode: 'CLERK', hiredOn: null, leftOn: null },
  ];
  const measurements = [
    { personId: 'p1', competencyCode: 'A', level: 2, at: at('2026-01-20T09:00:00Z') },
    { personId: 'p1', competencyCode: 'B', level: 1, at: at('2026-01-20T09:00:00Z') },
    { personId: 'p1', competencyCode: 'B', level: 2, at: at('2026-03-10T09:00:00Z') },
    { personId: 'p3', competencyCode: 'A', level: 2, at: at('2026-01-05T09:00:00Z') },
    { personId: 'p3', competencyCode: 'B', level: 2, at: at('2026-01-05T09:00:00Z') },
  ];
  const rows = buildAggregates([version], staff, measurements, window);

  it('keeps current staff only, with their figures now', () => {
    expect(rows.persons.map((p) => [p.personId, p.hasProfile, p.ci, p.fullyCompliant, p.gapTotal])).toEqual([
      ['p1', true, 1, true, 0],
      ['p2', true, 0, false, 4],
      ['p4', false, null, null, 0],
    ]);
    expect(rows.summaries).toEqual(
      expect.arrayContaining([
        {
          versionId: 'v1',
          organisationId: 'u1',
          positionCode: 'SPEC',
          hasProfile: true,
          people: 2,
          measured: 1,
          ciSum: 1,
          fullyCompliant: 1,
        },
        {
          versionId: 'v1',
          organisationId: 'u1',
          positionCode: 'CLERK',
          hasProfile: false,
          people: 1,
          measured: 0,
          ciSum: 0,
          fullyCompliant: 0,
        },
      ]),
    );
  });

  it('counts people employed at each month end with their levels then', () => {
    const month = (m: string) => rows.months.find((r) => r.month === m);
    // January: p1 (A2 B1 → 0.75) and p3 (fully compliant); p2 not hired yet.
    expect(month('2026-01')).toMatchObject({ people: 2, measured: 2, ciSum: 1.75, fullyCompliant: 1 });
    // February: p3 has left, p2 joined unmeasured.
    expect(month('2026-02')).toMatchObject({ people: 2, measured: 1, ciSum: 0.75, fullyCompliant: 0 });
    // March (until now): p1 reached B2.
    expect(month('2026-03')).toMatchObject({ people: 2, measured: 1, ciSum: 1, fullyCompliant: 1 });
    expect(monthBoundary('2026-03')).toBeGreaterThan(window.now);
  });

  it('counts people per competency and gap size now', () => {
    const gap = (code: string, g: number) => rows.competencies.find((c) => c.competencyCode === code && c.gap === g)?.people ?? 0;
    expect([gap('A', 0), gap('A', 2), gap('B', 0), gap('B', 2)]).toEqual([1, 1, 1, 1]);
  });
});

describe('batchUnits', () => {
  it('keeps batches under the staff limit and never splits a unit', () => {
    const sizes = new Map([
      ['a', 3000],
      ['b', 3000],
      ['c', 9000],
      ['d', 10],
    ]);
    expect(batchUnits(['a', 'b', 'c', 'd', 'e'], sizes)).toEqual([['a'], ['b'], ['c'], ['d', 'e']]);
  });
});
