import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { seededRandom } from '@civics/domain';
import type { DemoSeeder } from '@civics/api-platform';
import { MethodologyService } from '@civics/api-methodology';
import { RefreshService } from '../refresh/refresh.service';
import { DemoDataRepository, type DemoMeasurement } from './demo-data.repository';
import { DEMO_UNITS, FAMILY_NAMES, NAMES, ROUNDS } from './demo-analytics.data';

const DAY = 86_400_000;

/**
 * Demo staff for the compliance dashboard: more units in the demo ministry (the HR account's
 * scope) and in the State Tax Service, about 150 people measured in up to three diagnostic rounds
 * over the last 16 months (so the trend moves), development plans with items still open or
 * closed by a later measurement, then a full refresh of the aggregates.
 */
@Injectable()
export class DemoAnalyticsSeeder implements DemoSeeder {
  readonly name = 'analytics staff';
  readonly order = 70;

  constructor(
    private readonly repo: DemoDataRepository,
    private readonly methodology: MethodologyService,
    private readonly refresh: RefreshService,
  ) {}

  async run(): Promise<string[]> {
    if (await this.repo.organisationExists(DEMO_UNITS[0].code)) return [];
    const template = await this.repo.diagnosticTemplate();
    if (!template) return ['Analytics: no diagnostic template, no demo staff'];
    const version = await this.methodology.current();
    const profiles = new Map(version.content.positionProfiles.map((p) => [p.code, p.requirements]));
    const codes = version.content.areas.flatMap((a) => a.competencies.map((c) => c.code));
    const random = seededRandom(909);
    const now = Date.now();
    let people = 0;
    let measured = 0;
    let planItems = 0;
    let n = 0;

    for (const unit of DEMO_UNITS) {
      const orgId = await this.repo.insertOrganisation(randomUUID(), unit.code, unit.parentCode, unit.kind, unit.name);
      const staff: { id: string; position: string; hiredAt: number }[] = [];
      for (let i = 0; i < unit.staff; i++, n++) {
        const position = unit.positions[i % unit.positions.length];
        // Most have served for years; a few joined in the last months (the headcount grows on the trend).
        const hiredAt = random() < 0.12 ? now - (30 + Math.floor(random() * 150)) * DAY : now - (700 + Math.floor(random() * 3000)) * DAY;
        const [first, sex] = NAMES[n % NAMES.length];
        const family = FAMILY_NAMES[(n * 7) % FAMILY_NAMES.length];
        const last = sex === 'f' ? `${family}a` : family;
        const id = randomUUID();
        await this.repo.insertPerson({
          id,
          personalCode: `AN${String(n + 1).padStart(4, '0')}X`,
          firstName: first,
          lastName: last,
          email: `demo.staff${n + 1}@example.gov.az`,
          language: n % 6 === 5 ? 'ru' : 'az',
          organisationId: orgId,
          positionCode: position,
          positionTitle:
            position === 'HEAD_OF_DEPARTMENT' ? 'Departament müdiri' : position === 'LEADING_ADVISER' ? 'Aparıcı məsləhətçi' : 'Məsləhətçi',
          hiredOn: new Date(hiredAt).toISOString().slice(0, 10),
        });
        staff.push({ id, position, hiredAt });
      }
      people += staff.length;

      for (const s of staff) {
        const requirements = profiles.get(s.position) ?? [];
        const level = new Map<string, number>();
        for (const r of requirements) {
          const base = r.requiredLevel * (0.45 + 0.55 * unit.strength) + (random() - 0.5) * 1.4;
          level.set(r.competencyCode, Math.max(0, Math.min(4, Math.round(base))));
        }
        let afterSecond: Map<string, number> | null = null;
        let secondAt = 0;
        for (const [round, spec] of ROUNDS.entries()) {
          const at = now - spec.daysAgo * DAY + Math.floor(random() * 10) * DAY;
          if (at < s.hiredAt || random() > spec.share) continue;
          if (spec.gain)
            for (const [code, l] of level) if (l < 4 && random() < spec.gain * (0.3 + 0.5 * unit.strength)) level.set(code, l + 1);
          // The last round: some close every gap (training done and measured again).
          if (round === ROUNDS.length - 1 && random() < 0.15 + 0.35 * unit.strength)
            for (const r of requirements) level.set(r.competencyCode, Math.max(level.get(r.competencyCode) ?? 0, r.requiredLevel));
          const attemptId = randomUUID();
          await this.repo.insertAttempt(attemptId, s.id, template, version.id, s.position, Math.floor(random() * 1e9), new Date(at));
          const rows: DemoMeasurement[] = codes.map((code) => ({
            personId: s.id,
            code,
            level: level.get(code) ?? Math.floor(random() * 2),
            attemptId,
            at: new Date(at + 1800_000),
          }));
          await this.repo.insertMeasurements(rows, version.id);
          measured++;
          if (round === 1) {
            afterSecond = new Map(level);
            secondAt = at;
          }
          if (round === 2 && afterSecond) planItems += await this.plan(s.id, requirements, afterSecond, level, secondAt, at);
        }
      }
    }
    await this.refresh.refresh({ full: true });
    return [`Analytics: ${DEMO_UNITS.length} more units, ${people} staff, ${measured} diagnostic attempts, ${planItems} plan items`];
  }

  /** Items opened after the second round for its gaps; closed by the third round where it reached the level. */
  private async plan(
    personId: string,
    requirements: readonly { competencyCode: string; requiredLevel: number }[],
    before: ReadonlyMap<string, number>,
    after: ReadonlyMap<string, number>,
    createdAt: number,
    measuredAt: number,
  ): Promise<number> {
    const gaps = requirements.filter((r) => (before.get(r.competencyCode) ?? 0) < r.requiredLevel).slice(0, 2);
    if (!gaps.length) return 0;
    const planId = await this.repo.ensurePlan(randomUUID(), personId, new Date(createdAt + 10 * DAY));
    for (const g of gaps) {
      const from = before.get(g.competencyCode) ?? 0;
      const reached = (after.get(g.competencyCode) ?? 0) >= g.requiredLevel;
      await this.repo.insertPlanItem({
        id: randomUUID(),
        planId,
        competencyCode: g.competencyCode,
        fromLevel: from,
        targetLevel: g.requiredLevel,
        dueDate: new Date(Date.now() + 45 * DAY).toISOString().slice(0, 10),
        status: reached ? 'closed' : 'accepted',
        createdAt: new Date(createdAt + 10 * DAY),
        closedAt: reached ? new Date(measuredAt + 1800_000) : null,
        closedLevel: reached ? (after.get(g.competencyCode) ?? null) : null,
      });
    }
    return gaps.length;
  }
}
