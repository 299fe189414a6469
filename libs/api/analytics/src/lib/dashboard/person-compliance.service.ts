import { Injectable } from '@nestjs/common';
import type { CompliancePeoplePage, CompliancePeopleQuery, PersonCompliance } from '@civics/contracts';
import { complianceHistory, complianceTimeline, type CompetencyRequirement } from '@civics/domain';
import type { Actor, RequestMeta } from '@civics/api-platform';
import { ScopeService } from '@civics/api-identity';
import { AuditService } from '@civics/api-audit';
import { AnalyticsRepository } from '../analytics.repository';
import { AnalyticsErrorCode, AnalyticsException } from '../analytics.exception';
import { DashboardScope } from './dashboard-scope';
import { DashboardService, toPersonRow } from './dashboard.service';
import { OrgTree, orgRef } from './org-tree';

export const PERSON_READ_ACTION = 'analytics.person_read';
export const PERSON_READ_PURPOSE = 'compliance analytics';

/** Drill-down to people: the paged list of a subtree and one person's figures (an audited read). */
@Injectable()
export class PersonComplianceService {
  constructor(
    private readonly repo: AnalyticsRepository,
    private readonly scopes: DashboardScope,
    private readonly scope: ScopeService,
    private readonly dashboard: DashboardService,
    private readonly audit: AuditService,
  ) {}

  async list(actor: Actor, q: CompliancePeopleQuery): Promise<CompliancePeoplePage> {
    const [scope, { detail }] = await Promise.all([this.scopes.resolve(actor, q.orgId), this.dashboard.version(q.versionId)]);
    const filter = {
      versionId: detail.id,
      organisationIds: scope.unitIds ? [...scope.unitIds] : null,
      positionCode: q.positionCode ?? null,
      q: q.q,
      sort: q.sort,
    };
    const [rows, total] = await Promise.all([this.repo.people(filter, q.limit, q.offset), this.repo.peopleCount(filter)]);
    return { items: rows.map((r) => toPersonRow(r, scope.tree)), total };
  }

  /** One person against a version; HR outside their scope get 404; every read by someone else is audited. */
  async person(actor: Actor, personId: string, versionId: string | undefined, meta: RequestMeta): Promise<PersonCompliance> {
    const person = await this.repo.person(personId);
    if (!person) throw new AnalyticsException(AnalyticsErrorCode.PersonNotFound, 'The person was not found.');
    try {
      await this.scope.assertPersonVisible(actor, person);
    } catch {
      throw new AnalyticsException(AnalyticsErrorCode.PersonNotFound, 'The person was not found.');
    }
    const [{ detail, versions }, organisations, measurements] = await Promise.all([
      this.dashboard.version(versionId),
      this.repo.organisations(),
      this.repo.measurementsOfPerson(personId),
    ]);
    const tree = new OrgTree(organisations);
    const org = tree.get(person.organisationId);
    const roots = this.scope.organisationRoots(actor);
    const scaleSize = detail.content.scale.length;
    const profile = detail.content.positionProfiles.find((p) => p.code === person.positionCode);
    const requirements: CompetencyRequirement[] = (profile?.requirements ?? []).map((r) => ({
      competencyCode: r.competencyCode,
      requiredLevel: r.requiredLevel,
      weight: r.weight,
      critical: r.critical,
    }));
    const lastAt = new Map<string, number>();
    for (const m of measurements) lastAt.set(m.competencyCode, m.at);
    const [now] = complianceTimeline(requirements, measurements, [Date.now() + 1], scaleSize);
    const achieved = new Map<string, number>();
    for (const m of measurements) achieved.set(m.competencyCode, Math.max(0, Math.min(scaleSize, m.level)));
    const byCode = new Map(requirements.map((r) => [r.competencyCode, r]));
    const competencies = detail.content.areas.flatMap((a) =>
      a.competencies
        .filter((c) => (byCode.get(c.code)?.requiredLevel ?? 0) > 0)
        .map((c) => {
          const r = byCode.get(c.code) as CompetencyRequirement;
          const level = achieved.get(c.code) ?? 0;
          const at = lastAt.get(c.code);
          return {
            code: c.code,
            areaCode: a.code,
            title: c.title,
            required: r.requiredLevel,
            achieved: level,
            gap: Math.max(0, r.requiredLevel - level),
            weight: r.weight,
            critical: r.critical,
            measuredAt: at === undefined ? null : new Date(at).toISOString(),
          };
        }),
    );
    if (actor.personId !== person.id)
      await this.audit.record({
        actorAccountId: actor.accountId,
        action: PERSON_READ_ACTION,
        subjectPersonId: person.id,
        purpose: PERSON_READ_PURPOSE,
        requestId: meta.requestId,
        details: { versionId: detail.id },
      });
    return {
      person: {
        id: person.id,
        personalCode: person.personalCode,
        name: `${person.firstName} ${person.lastName}`,
        email: person.email,
        positionCode: person.positionCode,
        positionTitle: person.positionTitle,
        hiredOn: person.hiredOn,
        organisation: org ? orgRef(org) : { id: person.organisationId, code: '', kind: 'unit', name: { az: '', ru: '', en: '' } },
        breadcrumb: org ? tree.lineage(org.id, roots).map(orgRef) : [],
      },
      version: versions.find((x) => x.id === detail.id) ?? versions[0],
      versions,
      hasProfile: !!profile,
      ci: profile ? now.ci : null,
      fullyCompliant: profile ? now.fullyCompliant : null,
      competencies,
      history: profile
        ? complianceHistory(requirements, measurements, scaleSize).map((h) => ({
            at: new Date(h.at).toISOString(),
            ci: h.ci,
            fullyCompliant: h.fullyCompliant,
          }))
        : [],
    };
  }
}
