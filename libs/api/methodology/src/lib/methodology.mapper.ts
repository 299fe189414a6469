import type { MethodologyDetail, MethodologySummary } from '@civics/contracts';
import { missingTranslations } from '@civics/domain';
import type { MethodologyVersionEntity } from './methodology-version.entity';

export function toSummary(v: MethodologyVersionEntity): MethodologySummary {
  const c = v.content;
  return {
    id: v.id,
    code: v.code,
    title: v.title,
    versionNumber: v.versionNumber,
    status: v.status,
    isCurrent: v.isCurrent,
    legalBasis: v.legalBasis,
    effectiveDate: v.effectiveDate,
    basedOnId: v.basedOnId,
    approvedAt: v.approvedAt?.toISOString() ?? null,
    approvedBy: v.approvedByName,
    retiredAt: v.retiredAt?.toISOString() ?? null,
    createdAt: v.createdAt.toISOString(),
    updatedAt: v.updatedAt.toISOString(),
    counts: {
      levels: c.scale.length,
      areas: c.areas.length,
      competencies: c.areas.reduce((n, a) => n + a.competencies.length, 0),
      profiles: c.positionProfiles.length,
    },
  };
}

export function toDetail(v: MethodologyVersionEntity): MethodologyDetail {
  return { ...toSummary(v), content: v.content, missingTranslations: missingTranslations(v.content) };
}
