import { Injectable } from '@nestjs/common';
import type { DemoSeeder } from '@civics/api-platform';
import { TemplateService } from './template.service';
import { TemplateRepository } from './template.repository';

/** Two demo templates: a diagnostic against the person's position and a short practice test. */
@Injectable()
export class DemoTemplatesSeeder implements DemoSeeder {
  readonly name = 'assessment templates';
  readonly order = 40;

  constructor(
    private readonly templates: TemplateService,
    private readonly repo: TemplateRepository,
  ) {}

  async run(): Promise<string[]> {
    if ((await this.repo.countAll()) > 0) return [];
    await this.templates.create(
      null,
      {
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
        shuffleOptions: true,
        navigation: 'free',
        maxAttempts: 5,
        retakeWaitDays: 0,
        allowReview: true,
        active: true,
      },
      null,
    );
    await this.templates.create(
      null,
      {
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
        shuffleOptions: true,
        navigation: 'free',
        maxAttempts: 10,
        retakeWaitDays: 0,
        allowReview: true,
        active: true,
      },
      null,
    );
    return ['Assessment templates: position diagnostic, information-security check'];
  }
}
