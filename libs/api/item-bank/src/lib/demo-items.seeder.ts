import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { DemoSeeder } from '@civics/api-platform';
import { levelCuts, startingIrtParameters } from '@civics/domain';
import { MethodologyService } from '@civics/api-methodology';
import { ItemRepository } from './item.repository';
import { SEED_ITEMS } from './seed';

/** The seed items, active, unless the bank already holds them. */
@Injectable()
export class DemoItemsSeeder implements DemoSeeder {
  readonly name = 'item bank';
  readonly order = 30;

  constructor(
    private readonly repo: ItemRepository,
    private readonly methodology: MethodologyService,
  ) {}

  async run(): Promise<string[]> {
    if (await this.repo.existsRef(SEED_ITEMS[0].ref)) return [];
    const now = new Date();
    const { content } = await this.methodology.current();
    const cuts = levelCuts(content.scale.length, content.scoringRule.irtCuts);
    await this.repo.transaction(async (m) => {
      for (const s of SEED_ITEMS) {
        await this.repo.insert(
          {
            id: randomUUID(),
            ref: s.ref,
            version: 1,
            status: 'active',
            type: s.interaction.type,
            competencyCode: s.competencyCode,
            level: s.level,
            content: {
              competencyCode: s.competencyCode,
              level: s.level,
              stem: s.stem,
              interaction: s.interaction,
              key: s.key,
              points: 1,
              explanation: s.explanation,
              scenarioId: null,
            },
            // Plausible starting parameters from the target level until the items are calibrated.
            irt: startingIrtParameters(s.level, cuts),
            authorAccountId: null,
            reviewerAccountId: null,
            reviewNote: null,
            usageCount: 0,
            createdAt: now,
            updatedAt: now,
          },
          m,
        );
      }
    });
    return [`Item bank: ${SEED_ITEMS.length} active items with starting IRT parameters`];
  }
}
