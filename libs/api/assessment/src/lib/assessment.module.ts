import { Module, type OnModuleInit } from '@nestjs/common';
import { AppConfig, DemoSeedRegistry } from '@civics/api-platform';
import { MethodologyModule } from '@civics/api-methodology';
import { IdentityModule } from '@civics/api-identity';
import { ItemBankModule } from '@civics/api-item-bank';
import { AttemptRepository } from './attempt.repository';
import { TemplateRepository } from './template.repository';
import { TemplateService } from './template.service';
import { DeliveryService } from './delivery.service';
import { ScoringService } from './scoring.service';
import { ProfileService } from './profile.service';
import { ItemCatalog } from './item-catalog';
import { AssessmentController } from './assessment.controller';
import { DemoTemplatesSeeder } from './demo-templates.seeder';
import { ExpiryJob } from './expiry.job';
import { ASSESSMENT_ENTITIES } from './entities';
import { CreateAssessment1763884000000 } from './migrations/1763884000000-CreateAssessment';
import { AddAdaptiveAndCalibration1763885100000 } from './migrations/1763885100000-AddAdaptiveAndCalibration';
import { AddAttemptAttestationSession1763887000000 } from './migrations/1763887000000-AddAttemptAttestationSession';
import { AdaptiveService } from './adaptive/adaptive.service';
import { QualityRepository } from './quality/quality.repository';
import { ItemStatisticsService } from './quality/item-statistics.service';
import { CalibrationService } from './quality/calibration.service';
import { QualityController } from './quality/quality.controller';

export { ASSESSMENT_ENTITIES };
export const ASSESSMENT_MIGRATIONS = [
  CreateAssessment1763884000000,
  AddAdaptiveAndCalibration1763885100000,
  AddAttemptAttestationSession1763887000000,
];

@Module({
  imports: [MethodologyModule, IdentityModule, ItemBankModule],
  controllers: [AssessmentController, QualityController],
  providers: [
    AttemptRepository,
    TemplateRepository,
    TemplateService,
    DeliveryService,
    ScoringService,
    ProfileService,
    ItemCatalog,
    DemoTemplatesSeeder,
    ExpiryJob,
    AdaptiveService,
    QualityRepository,
    ItemStatisticsService,
    CalibrationService,
  ],
  exports: [DeliveryService, ProfileService, TemplateService],
})
export class AssessmentModule implements OnModuleInit {
  constructor(
    private readonly seeds: DemoSeedRegistry,
    private readonly seeder: DemoTemplatesSeeder,
    private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    if (this.config.seedDemo) this.seeds.register(this.seeder);
  }
}
