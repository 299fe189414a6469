import { Module, type OnModuleInit } from '@nestjs/common';
import { AppConfig, DemoSeedRegistry } from '@civics/api-platform';
import { MethodologyModule } from '@civics/api-methodology';
import { IdentityModule } from '@civics/api-identity';
import { AssessmentModule } from '@civics/api-assessment';
import { TrainingRepository } from './training.repository';
import { CatalogueService } from './catalogue.service';
import { EnrolmentService } from './enrolment.service';
import { PlanService } from './plan.service';
import { EffectivenessService } from './effectiveness.service';
import { PlanRemindersJob } from './plan-reminders.job';
import { NotificationService } from './notification.service';
import { TrainingController } from './training.controller';
import { DemoTrainingSeeder } from './demo/demo-training.seeder';
import { TRAINING_ENTITIES } from './entities';
import { CreateTraining1763886000000 } from './migrations/1763886000000-CreateTraining';

export { TRAINING_ENTITIES };
export const TRAINING_MIGRATIONS = [CreateTraining1763886000000];

@Module({
  imports: [MethodologyModule, IdentityModule, AssessmentModule],
  controllers: [TrainingController],
  providers: [
    TrainingRepository,
    CatalogueService,
    EnrolmentService,
    PlanService,
    EffectivenessService,
    PlanRemindersJob,
    NotificationService,
    DemoTrainingSeeder,
  ],
  exports: [PlanService, EffectivenessService, PlanRemindersJob, NotificationService],
})
export class TrainingModule implements OnModuleInit {
  constructor(
    private readonly seeds: DemoSeedRegistry,
    private readonly seeder: DemoTrainingSeeder,
    private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    if (this.config.seedDemo) this.seeds.register(this.seeder);
  }
}
