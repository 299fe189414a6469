import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { DemoSeeder } from '@civics/api-platform';
import { ItemRepository } from './item.repository';
import { SEED_ITEMS } from './seed';

/** The seed items, active, unless the bank already holds them. */
@Injectable()
export class DemoItemsSeeder implements DemoSeeder {
  readonly name = 'item bank';
  readonly order = 30;

  constructor(private readonly repo: ItemRepository) {}

  async run(): Promise<string[]> {
    if (await this.repo.existsRef(SEED_ITEMS[0].ref)) return [];
    const now = new Date();
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
            irt: null,
            authorAccountId: null,
            reviewerAccountId: null,
            usageCount: 0,
            createdAt: now,
            updatedAt: now,
          },
          m,
        );
      }
    });
    return [`Item bank: ${SEED_ITEMS.length} active items`];
  }
}
