import { Injectable } from '@nestjs/common';
import type { DemoSeeder } from '@civics/api-platform';
import type { TemplateInput } from '@civics/contracts';
import { TemplateService } from './template.service';
import { TemplateRepository } from './template.repository';

/** Demo templates: a fixed diagnostic against the person's position, a short practice test and an adaptive diagnostic. */
@Injectable()
export class DemoTemplatesSeeder implements DemoSeeder {
  readonly name = 'assessment templates';
  readonly order = 40;

  constructor(
    private readonly templates: TemplateService,
    private readonly repo: TemplateRepository,
  ) {}

  async run(): Promise<string[]> {
    const existing = new Set((await this.repo.list(false)).map((t) => t.title.en));
    const missing = DEMO_TEMPLATES.filter((t) => !existing.has(t.title.en));
    for (const t of missing) await this.templates.create(null, t, null);
    return missing.length ? [`Assessment templates: ${missing.map((t) => t.title.en).join(', ')}`] : [];
  }
}

const COMMON = { shuffleOptions: true, maxAttempts: 10, retakeWaitDays: 0, allowReview: true, active: true, adaptive: null } as const;

const DEMO_TEMPLATES: TemplateInput[] = [
  {
    ...COMMON,
    title: {
      az: 'Vəzifə profili üzrə diaqnostik test',
      ru: 'Диагностический тест по профилю должности',
      en: 'Diagnostic test for my position',
    },
    purpose: 'diagnostic',
    mode: 'fixed',
    blueprint: { source: 'position_profile', levels: 'up_to_required', itemsPerCell: 1 },
    timeLimitMinutes: 45,
    shuffleItems: true,
    navigation: 'free',
    maxAttempts: 5,
  },
  {
    ...COMMON,
    title: {
      az: 'İnformasiya təhlükəsizliyi: qısa yoxlama',
      ru: 'Информационная безопасность: короткая проверка',
      en: 'Information security: short check',
    },
    purpose: 'diagnostic',
    mode: 'fixed',
    blueprint: { source: 'chosen', competencies: ['IS1', 'IS2'], levels: 'all', itemsPerCell: 1 },
    timeLimitMinutes: 15,
    shuffleItems: false,
    navigation: 'free',
  },
  {
    ...COMMON,
    title: {
      az: 'Adaptiv diaqnostika: vəzifəm üzrə',
      ru: 'Адаптивная диагностика по моей должности',
      en: 'Adaptive diagnostic for my position',
    },
    purpose: 'diagnostic',
    mode: 'adaptive',
    adaptive: { itemCap: 6, minItems: 2, seTarget: 0.45 },
    blueprint: { source: 'position_profile', levels: 'all', itemsPerCell: 1 },
    timeLimitMinutes: 40,
    shuffleItems: true,
    navigation: 'linear',
  },
];
