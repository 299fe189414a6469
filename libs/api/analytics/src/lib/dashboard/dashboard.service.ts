import { Inject, Injectable } from '@nestjs/common';
import type {
  AttestationPipeline,
  ComplianceDashboard,
  ComplianceFilter,
  GapsByCompetency,
  GapsByPosition,
  HeatmapRow,
  MethodologyDetail,
  PersonComplianceRow,
  TrendPoint,
  UnitFigures,
  VersionRef,
} from '@civics/contracts';
import { addMonths, addSums, groupFigures, monthBoundary, monthRange, NO_PEOPLE, share, type GroupSums } from '@civics/domain';
import type { Actor } from '@civics/api-platform';
import { MethodologyService } from '@civics/api-methodology';
import { AnalyticsRepository, type PersonFigureRow, type SumsRow } from '../analytics.repository';
import { AnalyticsErrorCode, AnalyticsException } from '../analytics.exception';
import { ATTESTATION_PIPELINE_SOURCE, type AttestationPipelineSource } from '../attestation/attestation-pipeline';
import { trendWindow } from '../refresh/refresh.service';
import { DashboardScope, type ResolvedScope } from './dashboard-scope';
import { orgRef, type OrgTree } from './org-tree';

/** People listed on the dashboard itself (the whole list is paged and exported). */
export const TOP_PEOPLE = 10;
/** Default length of the trend. */
const DEFAULT_PERIOD_MONTHS = 12;

export interface Period {
  from: string;
  to: string;
  earliest: string;
  latest: string;
}

/** The chosen period, kept inside the months the aggregates hold. */
export function periodOf(q: { from?: string; to?: string }, now = new Date()): Period {
  const { months } = trendWindow(now);
  const earliest = months[0];
  const latest = months[months.length - 1];
  const clamp = (m: string) => (m < earliest ? earliest : m > latest ? latest : m);
  const to = clamp(q.to ?? latest);
  let from = clamp(q.from ?? addMonths(to, -(DEFAULT_PERIOD_MONTHS - 1)));
  if (from > to) from = to;
  return { from, to, earliest, latest };
}

function sumsOf(r: SumsRow): GroupSums {
  return { people: r.people, measured: r.measured, ciSum: r.ciSum, fullyCompliant: r.fullyCompliant };
}

function change(a: number | null | undefined, b: number | null | undefined): number | null {
  return a === null || a === undefined || b === null || b === undefined ? null : b - a;
}

export function toPersonRow(r: PersonFigureRow, tree: OrgTree): PersonComplianceRow {
  const org = tree.get(r.organisationId);
  return {
    personId: r.personId,
    personalCode: r.personalCode,
    name: r.name,
    organisation: org ? orgRef(org) : { id: r.organisationId, code: '', kind: 'unit', name: { az: '', ru: '', en: '' } },
    positionCode: r.positionCode,
    ci: r.ci,
    fullyCompliant: r.fullyCompliant,
    gapTotal: r.gapTotal,
    gapCount: r.gapCount,
    criticalGaps: r.criticalGaps,
    lastMeasuredAt: r.lastMeasuredAt ? new Date(r.lastMeasuredAt).toISOString() : null,
  };
}

/**
 * The compliance dashboard of an organisation subtree, read from the aggregates (never from the
 * raw measurements): figures of DESIGN.md §4 for the subtree and for each child, the trend, the
 * heatmap, gap distributions, the people with the largest gaps, attestation and training.
 */
@Injectable()
export class DashboardService {
  constructor(
    private readonly repo: AnalyticsRepository,
    private readonly scopes: DashboardScope,
    private readonly methodology: MethodologyService,
    @Inject(ATTESTATION_PIPELINE_SOURCE) private readonly attestation: AttestationPipelineSource,
  ) {}

  /** Approved and retired versions (what figures exist for), and the chosen one in full. */
  async version(versionId: string | undefined): Promise<{ detail: MethodologyDetail; versions: VersionRef[] }> {
    const summaries = (await this.methodology.list(undefined)).filter((s) => s.status !== 'draft');
    const versions: VersionRef[] = summaries.map((s) => ({
      id: s.id,
      title: s.title,
      versionNumber: s.versionNumber,
      status: s.status,
      isCurrent: s.isCurrent,
    }));
    const chosen = versionId ? summaries.find((s) => s.id === versionId) : summaries.find((s) => s.isCurrent);
    if (!chosen) throw new AnalyticsException(AnalyticsErrorCode.VersionNotFound, 'The methodology version was not found.');
    return { detail: await this.methodology.get(undefined, chosen.id), versions };
  }

  async dashboard(actor: Actor, q: ComplianceFilter, now = new Date()): Promise<ComplianceDashboard> {
    const [scope, version] = await Promise.all([this.scopes.resolve(actor, q.orgId), this.version(q.versionId)]);
    return this.compose(scope, version, q, now);
  }

  /** The dashboard of an organisation's subtree for the system (monthly reports), not for a caller. */
  async forOrganisation(orgId: string, q: ComplianceFilter, now = new Date()): Promise<ComplianceDashboard> {
    const [scope, version] = await Promise.all([this.scopes.forOrganisation(orgId), this.version(q.versionId)]);
    return this.compose(scope, version, q, now);
  }

  private async compose(
    scope: ResolvedScope,
    { detail, versions }: { detail: MethodologyDetail; versions: VersionRef[] },
    q: ComplianceFilter,
    now: Date,
  ): Promise<ComplianceDashboard> {
    const period = periodOf(q, now);
    const position = q.positionCode ?? null;
    const v = detail.id;
    const { unitIds, groups } = scope.mapping;
    const [unitSums, trendRows, gapRows, people, training, attestation, state, pendingPeople] = await Promise.all([
      this.repo.unitSums(v, unitIds, groups, position),
      this.repo.trend(v, scope.unitIds, position, period.from, period.to),
      this.repo.gaps(
        v,
        scope.groups.filter((g) => g.scope === 'subtree').map((g) => g.org.id),
        scope.groups.flatMap((g, i) => (g.scope === 'subtree' ? [i] : [])),
        scope.organisation ? { id: scope.organisation.id, grp: scope.groups.findIndex((g) => g.scope === 'direct') } : null,
        position,
      ),
      this.repo.people(
        { versionId: v, organisationIds: scope.unitIds ? [...scope.unitIds] : null, positionCode: position, sort: 'gap' },
        TOP_PEOPLE,
        0,
      ),
      this.repo.trainingStatus(scope.unitIds, position, period.from, period.to),
      this.pipeline(scope, position, period),
      this.repo.state(),
      this.repo.pendingPeople(),
    ]);

    const scaleSize = detail.content.scale.length;
    const competencies = detail.content.areas.flatMap((a) =>
      a.competencies.map((c) => ({ code: c.code, areaCode: a.code, title: c.title })),
    );

    // Breakdown: each group's sums; the summary is their total.
    const profiled = scope.groups.map(() => NO_PEOPLE);
    let total = NO_PEOPLE;
    let noProfile = 0;
    for (const r of unitSums) {
      if (!r.hasProfile) {
        noProfile += r.people;
        continue;
      }
      profiled[r.grp] = addSums(profiled[r.grp], sumsOf(r));
      total = addSums(total, sumsOf(r));
    }
    const units: UnitFigures[] = scope.groups
      .map((g, i) => ({ ...groupFigures(profiled[i]), organisation: orgRef(g.org), scope: g.scope, hasChildren: g.hasChildren }))
      .filter((u, i) => u.scope === 'subtree' || u.people > 0 || unitSums.some((r) => r.grp === i));

    const byMonth = new Map(trendRows.map((r) => [r.month, r]));
    const trend: TrendPoint[] = monthRange(period.from, period.to).map((month) => {
      const r = byMonth.get(month);
      return { month, ...groupFigures(r ? sumsOf(r) : NO_PEOPLE) };
    });

    // Heatmap and gaps by competency from the same (group, competency, gap) counts.
    const cell = new Map<string, { required: number; met: number }>();
    const gapCounts = new Map<string, number[]>(competencies.map((c) => [c.code, new Array<number>(scaleSize + 1).fill(0)]));
    for (const r of gapRows.byGroup) {
      const key = `${r.grp}|${r.competencyCode}`;
      const c = cell.get(key) ?? { required: 0, met: 0 };
      c.required += r.people;
      if (r.gap === 0) c.met += r.people;
      cell.set(key, c);
      const counts = gapCounts.get(r.competencyCode);
      if (counts && r.gap <= scaleSize) counts[r.gap] += r.people;
    }
    const heatmap: HeatmapRow[] = scope.groups
      .map((g, i) => ({
        organisation: orgRef(g.org),
        scope: g.scope,
        cells: competencies.map((c) => {
          const x = cell.get(`${i}|${c.code}`) ?? { required: 0, met: 0 };
          return { competencyCode: c.code, required: x.required, met: x.met, share: share(x.met, x.required) };
        }),
      }))
      .filter((row) => row.scope === 'subtree' || row.cells.some((c) => c.required > 0));
    const gapsByCompetency: GapsByCompetency[] = competencies.map((c) => {
      const counts = gapCounts.get(c.code) as number[];
      const required = counts.reduce((a, b) => a + b, 0);
      return {
        competencyCode: c.code,
        required,
        counts,
        meanGap: required ? counts.reduce((acc, n, g) => acc + n * g, 0) / required : null,
      };
    });

    const profiles = new Map(detail.content.positionProfiles.map((p) => [p.code, p.title]));
    const positionCounts = new Map<string, number[]>();
    for (const r of gapRows.byPosition) {
      const counts = positionCounts.get(r.positionCode) ?? new Array<number>(scaleSize + 1).fill(0);
      if (r.gap <= scaleSize) counts[r.gap] += r.people;
      positionCounts.set(r.positionCode, counts);
    }
    const positionSums = new Map<string, GroupSums>();
    for (const r of unitSums)
      if (r.hasProfile) positionSums.set(r.positionCode, addSums(positionSums.get(r.positionCode) ?? NO_PEOPLE, sumsOf(r)));
    const positionCodes = [...new Set([...positionSums.keys(), ...positionCounts.keys()])].sort();
    const gapsByPosition: GapsByPosition[] = positionCodes.map((code) => ({
      positionCode: code,
      title: profiles.get(code) ?? null,
      counts: positionCounts.get(code) ?? new Array<number>(scaleSize + 1).fill(0),
      ...groupFigures(positionSums.get(code) ?? NO_PEOPLE),
    }));

    const first = trend[0];
    const last = trend[trend.length - 1];
    return {
      organisation: scope.organisation ? orgRef(scope.organisation) : null,
      breadcrumb: scope.breadcrumb.map(orgRef),
      version: versions.find((x) => x.id === v) as VersionRef,
      versions,
      positions: detail.content.positionProfiles.map((p) => ({ code: p.code, title: p.title })),
      competencies,
      scaleSize,
      positionCode: position,
      period,
      refreshedAt: state.refreshedAt ? new Date(state.refreshedAt).toISOString() : null,
      pendingPeople,
      summary: {
        ...groupFigures(total),
        noProfile,
        meanCiChange: change(first?.meanCi, last?.meanCi),
        fullyCompliantShareChange: change(first?.fullyCompliantShare, last?.fullyCompliantShare),
      },
      trend,
      units,
      heatmap,
      gapsByCompetency,
      gapsByPosition,
      people: people.map((p) => toPersonRow(p, scope.tree)),
      attestation,
      training,
    };
  }

  private async pipeline(
    scope: ResolvedScope,
    positionCode: string | null,
    period: { from: string; to: string },
  ): Promise<AttestationPipeline> {
    const counts = await this.attestation.counts({
      organisationIds: scope.unitIds,
      positionCode,
      from: new Date(monthBoundary(addMonths(period.from, -1))),
      to: new Date(monthBoundary(period.to)),
    });
    if (!counts) return { available: false };
    const { meets, meetsSubjectToTraining, doesNotMeet } = counts.decided;
    const decided = meets + meetsSubjectToTraining + doesNotMeet;
    return {
      available: true,
      due: counts.due,
      scheduled: counts.scheduled,
      decided,
      overdue: counts.overdue,
      outcomes: { meets, meetsSubjectToTraining, doesNotMeet },
      passRate: share(meets + meetsSubjectToTraining, decided),
    };
  }
}
