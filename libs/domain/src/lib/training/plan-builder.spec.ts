import { bestSession, buildPlan, type PlanCourse, type PlanGap } from './plan-builder';

const today = '2026-12-01';
const session = (id: string, startsOn: string, language = 'az', freePlaces = 10) => ({ id, startsOn, language, freePlaces });
const course = (id: string, targets: [string, number, number][], extra: Partial<Omit<PlanCourse, 'id' | 'targets'>> = {}): PlanCourse => ({
  id,
  hours: 16,
  languages: ['az', 'ru', 'en'],
  targets: targets.map(([competencyCode, fromLevel, toLevel]) => ({ competencyCode, fromLevel, toLevel })),
  sessions: [session(`${id}-s1`, '2027-01-10')],
  ...extra,
});
const gap = (competencyCode: string, achieved: number, required: number): PlanGap => ({ competencyCode, achieved, required });

/** Checks that the items lift every covered gap from achieved to required. */
function coversAll(gaps: PlanGap[], items: ReturnType<typeof buildPlan>['items']): boolean {
  return gaps.every((g) => {
    const mine = items.filter((i) => i.competencyCode === g.competencyCode).sort((a, b) => a.fromLevel - b.fromLevel);
    let reach = g.achieved;
    for (const i of mine) if (i.fromLevel <= reach) reach = Math.max(reach, i.targetLevel);
    return reach >= g.required;
  });
}

describe('buildPlan', () => {
  it('covers every gap and picks the smallest set (one broad course beats three narrow ones)', () => {
    const gaps = [gap('IS1', 1, 3), gap('IS2', 0, 2), gap('ED2', 1, 2)];
    const courses = [
      course('narrow-is1', [['IS1', 1, 3]], { hours: 4 }),
      course('narrow-is2', [['IS2', 0, 2]], { hours: 4 }),
      course('narrow-ed2', [['ED2', 0, 2]], { hours: 4 }),
      course('broad', [
        ['IS1', 1, 3],
        ['IS2', 0, 2],
        ['ED2', 1, 2],
      ]),
    ];
    const plan = buildPlan({ gaps, courses, language: 'az', today });
    expect(plan.courseIds).toEqual(['broad']);
    expect(coversAll(gaps, plan.items)).toBe(true);
    expect(plan.items.map((i) => [i.competencyCode, i.fromLevel, i.targetLevel])).toEqual([
      ['IS1', 1, 3],
      ['IS2', 0, 2],
      ['ED2', 1, 2],
    ]);
    expect(plan.uncovered).toEqual([]);
  });

  it('finds the true minimum where the greedy choice would take three courses', () => {
    // Greedy takes the course covering most gaps first (A: 3 gaps) and then needs two more;
    // the minimum is B + C (2 courses).
    const gaps = ['G1', 'G2', 'G3', 'G4', 'G5', 'G6'].map((c) => gap(c, 0, 1));
    const t = (cs: string[]) => cs.map((c) => [c, 0, 1] as [string, number, number]);
    const courses = [
      course('A', t(['G2', 'G3', 'G4', 'G5'])),
      course('B', t(['G1', 'G2', 'G3'])),
      course('C', t(['G4', 'G5', 'G6'])),
      course('D', t(['G1'])),
      course('E', t(['G6'])),
    ];
    const plan = buildPlan({ gaps, courses, language: 'az', today });
    expect([...plan.courseIds].sort()).toEqual(['B', 'C']);
    expect(plan.exhaustive).toBe(true);
  });

  it('chains courses when no single course spans the whole gap', () => {
    const gaps = [gap('PM1', 0, 3)];
    const courses = [course('intro', [['PM1', 0, 1]]), course('adv', [['PM1', 1, 3]]), course('expert', [['PM1', 2, 4]])];
    const plan = buildPlan({ gaps, courses, language: 'az', today });
    expect(plan.items.map((i) => [i.courseId, i.fromLevel, i.targetLevel])).toEqual([
      ['intro', 0, 1],
      ['adv', 1, 3],
    ]);
  });

  it('does not use a course whose entry level the person has not reached', () => {
    const plan = buildPlan({ gaps: [gap('EG1', 0, 3)], courses: [course('advanced', [['EG1', 2, 3]])], language: 'az', today });
    expect(plan.items).toEqual([]);
    expect(plan.uncovered).toEqual([gap('EG1', 0, 3)]);
  });

  it('prefers a course in the person’s language among equally small sets', () => {
    const gaps = [gap('IS2', 1, 2)];
    const courses = [
      course('en-only', [['IS2', 0, 2]], { languages: ['en'], sessions: [session('e1', '2026-12-05', 'en')], hours: 8 }),
      course('ru-course', [['IS2', 1, 2]], { languages: ['ru'], sessions: [session('r1', '2027-03-01', 'ru')], hours: 40 }),
    ];
    expect(buildPlan({ gaps, courses, language: 'ru', today }).courseIds).toEqual(['ru-course']);
    expect(buildPlan({ gaps, courses, language: 'en', today }).courseIds).toEqual(['en-only']);
  });

  it('prefers sessions with free places, then sooner ones, then fewer hours', () => {
    const gaps = [gap('DF1', 0, 1)];
    const full = course('full', [['DF1', 0, 1]], { sessions: [session('f1', '2026-12-02', 'az', 0)] });
    const later = course('later', [['DF1', 0, 1]], { sessions: [session('l1', '2027-02-01')] });
    const sooner = course('sooner', [['DF1', 0, 1]], { sessions: [session('s1', '2026-12-20')], hours: 30 });
    const short = course('short', [['DF1', 0, 1]], { sessions: [session('h1', '2026-12-20')], hours: 6 });
    expect(buildPlan({ gaps, courses: [full, later], language: 'az', today }).courseIds).toEqual(['later']);
    expect(buildPlan({ gaps, courses: [full, later, sooner], language: 'az', today }).courseIds).toEqual(['sooner']);
    expect(buildPlan({ gaps, courses: [sooner, short, later], language: 'az', today }).courseIds).toEqual(['short']);
  });

  it('offers the session in the person’s language with free places, never a past one', () => {
    const c = course('c', [['ED1', 0, 2]], {
      sessions: [
        session('past', '2026-11-01', 'az'),
        session('ru-soon', '2026-12-03', 'ru'),
        session('az-full', '2026-12-04', 'az', 0),
        session('az-free', '2027-01-15', 'az', 3),
      ],
    });
    expect(bestSession(c, 'az', today)?.id).toBe('az-free');
    expect(buildPlan({ gaps: [gap('ED1', 0, 2)], courses: [c], language: 'az', today }).items[0].sessionId).toBe('az-free');
    const onlyPast = course('p', [['ED1', 0, 2]], { sessions: [session('old', '2026-01-01')] });
    expect(buildPlan({ gaps: [gap('ED1', 0, 2)], courses: [onlyPast], language: 'az', today }).items[0].sessionId).toBeNull();
  });

  it('ignores met competencies and reports gaps nobody teaches', () => {
    const plan = buildPlan({
      gaps: [gap('IS1', 3, 3), gap('IS3', 0, 2), gap('IS2', 0, 1)],
      courses: [course('c', [['IS2', 0, 1]])],
      language: 'az',
      today,
    });
    expect(plan.items.map((i) => i.competencyCode)).toEqual(['IS2']);
    expect(plan.uncovered.map((g) => g.competencyCode)).toEqual(['IS3']);
  });

  it('on random cases always covers every coverable gap with no superfluous course', () => {
    let seed = 7;
    const rnd = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    for (let k = 0; k < 60; k++) {
      const codes = ['A', 'B', 'C', 'D', 'E', 'F'];
      const gaps = codes.map((c) => gap(c, Math.floor(rnd() * 2), 2 + Math.floor(rnd() * 2)));
      const courses = Array.from({ length: 8 }, (_, i) =>
        course(
          `c${i}`,
          codes.filter(() => rnd() < 0.35).map((c) => [c, Math.floor(rnd() * 2), 2 + Math.floor(rnd() * 3)] as [string, number, number]),
        ),
      ).filter((c) => c.targets.length > 0);
      const plan = buildPlan({ gaps, courses, language: 'az', today });
      const covered = gaps.filter((g) => !plan.uncovered.includes(g));
      expect(coversAll(covered, plan.items)).toBe(true);
      // Minimal: dropping any chosen course breaks coverage.
      for (const id of plan.courseIds) {
        const without = plan.items.filter((i) => i.courseId !== id);
        expect(coversAll(covered, without)).toBe(false);
      }
    }
  });
});
