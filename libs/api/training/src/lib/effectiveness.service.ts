import { Injectable } from '@nestjs/common';
import type { EffectivenessReport } from '@civics/contracts';
import { type Actor } from '@civics/api-platform';
import { type BeforeAfter, DEFAULT_MIN_GROUP_SIZE, differenceInDifferences, meanCompliance } from '@civics/domain';
import { MethodologyService } from '@civics/api-methodology';
import { TrainingRepository } from './training.repository';
import { TrainingErrorCode, TrainingException } from './training.exception';
import { isAdmin, isReviewer, providerIdOf } from './training-access';

interface Measurement {
  code: string;
  level: number;
  at: number;
}

/**
 * Effectiveness per course and provider (DESIGN.md §4). For a course with targeted competencies T:
 *
 * - a **completer** contributes (before, after): the mean m_c over T of the latest measurement at or
 *   before the session start, and of the latest measurement at or after the completion;
 * - the **comparison group** is everyone who did not take the course and has a measurement of T after
 *   the period (the earliest session start of the completers to the latest completion); "before" is
 *   their latest measurement at or before the period start;
 * - as in the profile, a competency never measured before counts as level 0 (DESIGN.md §4); a
 *   competency counts for a person only when measured after; m_c uses the person's required level
 *   r_c from their position profile (competencies with r_c = 0 are left out).
 *
 * A provider pools the observations of its courses.
 */
@Injectable()
export class EffectivenessService {
  constructor(
    private readonly repo: TrainingRepository,
    private readonly methodology: MethodologyService,
  ) {}

  async report(actor: Actor, providerFilter?: string): Promise<EffectivenessReport> {
    let providerId: string | null = providerFilter ?? null;
    if (!isReviewer(actor) && !isAdmin(actor) && !actor.roles.includes('hr_officer')) {
      const own = providerIdOf(actor);
      if (!own) throw new TrainingException(TrainingErrorCode.NoProviderScope, 'Your account does not act for a training provider.');
      if (providerFilter && providerFilter !== own)
        throw new TrainingException(TrainingErrorCode.ProviderNotFound, 'No such training provider.');
      providerId = own;
    }
    const courses = (await this.repo.coursesForManagement(providerId)).filter((c) => c.status === 'approved');
    const providers = await this.repo.providerDirectory();
    const completions = await this.repo.completions(providerId);
    const participants = await this.repo.participants();
    const codes = [...new Set(courses.flatMap((c) => c.targets.map((t) => t.competencyCode)))];
    const rows = await this.repo.measurements(codes);

    const version = await this.methodology.current();
    const required = new Map(
      version.content.positionProfiles.map((p) => [p.code, new Map(p.requirements.map((r) => [r.competencyCode, r.requiredLevel]))]),
    );
    const byPerson = new Map<string, { position: string; ms: Measurement[] }>();
    for (const r of rows) {
      let p = byPerson.get(r.personId);
      if (!p) byPerson.set(r.personId, (p = { position: r.positionCode, ms: [] }));
      p.ms.push({ code: r.code, level: r.level, at: new Date(r.at).getTime() });
    }

    const observe = (personId: string, target: readonly string[], beforeAt: number, afterAt: number): BeforeAfter | null => {
      const p = byPerson.get(personId);
      if (!p) return null;
      const req = required.get(p.position);
      const pairs: { b: number; a: number; r: number }[] = [];
      for (const code of target) {
        const r = req?.get(code) ?? 0;
        if (r <= 0) continue;
        const mine = p.ms.filter((m) => m.code === code);
        // a_c is 0 when never measured (DESIGN.md §4); an observation needs a measurement after.
        const before = mine.filter((m) => m.at <= beforeAt).at(-1)?.level ?? 0;
        const after = mine.filter((m) => m.at >= afterAt).at(-1);
        if (after) pairs.push({ b: before, a: after.level, r });
      }
      const before = meanCompliance(pairs.map((x) => ({ achieved: x.b, required: x.r })));
      const after = meanCompliance(pairs.map((x) => ({ achieved: x.a, required: x.r })));
      return before === null || after === null ? null : { before, after };
    };

    const took = new Map<string, Set<string>>();
    for (const p of participants) {
      if (!took.has(p.courseId)) took.set(p.courseId, new Set());
      took.get(p.courseId)?.add(p.personId);
    }

    const pooled = new Map<string, { treated: BeforeAfter[]; comparison: BeforeAfter[]; completers: number }>();
    const courseResults = courses.map((c) => {
      const target = c.targets.map((t) => t.competencyCode);
      const done = completions.filter((x) => x.courseId === c.id);
      const treated: BeforeAfter[] = [];
      for (const d of done) {
        const o = observe(d.personId, target, Date.parse(`${d.startsOn}T00:00:00Z`), new Date(d.completedAt).getTime());
        if (o) treated.push(o);
      }
      const comparison: BeforeAfter[] = [];
      if (done.length) {
        const start = Math.min(...done.map((d) => Date.parse(`${d.startsOn}T00:00:00Z`)));
        const end = Math.max(...done.map((d) => new Date(d.completedAt).getTime()));
        const excluded = took.get(c.id) ?? new Set<string>();
        for (const personId of byPerson.keys()) {
          if (excluded.has(personId)) continue;
          const o = observe(personId, target, start, end);
          if (o) comparison.push(o);
        }
      }
      const pool = pooled.get(c.providerId) ?? { treated: [], comparison: [], completers: 0 };
      pool.treated.push(...treated);
      pool.comparison.push(...comparison);
      pool.completers += done.length;
      pooled.set(c.providerId, pool);
      return {
        courseId: c.id,
        courseTitle: c.title,
        providerId: c.providerId,
        completers: done.length,
        ...differenceInDifferences(treated, comparison, { seed: hashSeed(c.id) }),
      };
    });

    const providerResults = providers
      .filter((p) => !providerId || p.id === providerId)
      .map((p) => {
        const pool = pooled.get(p.id) ?? { treated: [], comparison: [], completers: 0 };
        return {
          providerId: p.id,
          providerName: p.name,
          completers: pool.completers,
          ...differenceInDifferences(pool.treated, pool.comparison, { seed: hashSeed(p.id) }),
        };
      });
    return { minimumGroupSize: DEFAULT_MIN_GROUP_SIZE, courses: courseResults, providers: providerResults };
  }
}

/** A stable bootstrap seed per course or provider, so the same data always give the same interval. */
function hashSeed(id: string): number {
  let h = 2166136261;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 16777619);
  return h >>> 0;
}
