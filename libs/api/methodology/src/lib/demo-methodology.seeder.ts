import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { DemoSeeder } from '@civics/api-platform';
import { MethodologyRepository } from './methodology.repository';
import { FRAMEWORK_V1_CONTENT } from './seed';

/** Version 1 of the framework, approved and current, unless it already exists. */
@Injectable()
export class DemoMethodologySeeder implements DemoSeeder {
  readonly name = 'methodology';
  readonly order = 20;

  constructor(private readonly repo: MethodologyRepository) {}

  async run(): Promise<string[]> {
    const c = FRAMEWORK_V1_CONTENT;
    if (await this.repo.findByCodeAndNumber(c.code, c.version)) return [];
    const now = new Date();
    await this.repo.transaction(async (m) => {
      const id = randomUUID();
      await this.repo.insert({
        id,
        code: c.code,
        versionNumber: c.version,
        title: c.title,
        status: 'approved',
        isCurrent: false,
        legalBasis: {
          documentType: c.legalBasis.documentType,
          number: c.legalBasis.number,
          date: c.legalBasis.date,
          issuer: c.legalBasis.issuer,
          citation: c.legalBasis.citation,
        },
        effectiveDate: c.effectiveDate,
        basedOnId: null,
        content: {
          scale: c.scale.map((l) => ({ ...l })),
          areas: c.areas.map((a) => ({
            ...a,
            competencies: a.competencies.map((comp) => ({ ...comp, indicators: comp.indicators.map((i) => ({ ...i })) })),
          })),
          positionProfiles: c.positionProfiles.map((p) => ({ ...p, requirements: p.requirements.map((r) => ({ ...r })) })),
          attestationRules: { ...c.attestationRules },
          scoringRule: { ...c.scoringRule },
        },
        approvedAt: now,
        approvedByAccountId: null,
        approvedByName: 'demo data',
        retiredAt: null,
        retireReason: null,
        createdByAccountId: null,
        createdAt: now,
        updatedAt: now,
      });
      await this.repo.makeCurrent(m, id);
    });
    return [`Methodology: ${c.code} version ${c.version} approved and current`];
  }
}
