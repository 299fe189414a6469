import { Module, type OnModuleInit } from '@nestjs/common';
import { AppConfig, DemoSeedRegistry } from '@civics/api-platform';
import { MethodologyModule } from '@civics/api-methodology';
import { IdentityModule } from '@civics/api-identity';
import { AssessmentModule } from '@civics/api-assessment';
import { TrainingModule } from '@civics/api-training';
import { MailModule } from '@civics/api-mail';
import { CredentialsModule } from '@civics/api-credentials';
import { AttestationRepository } from './attestation.repository';
import { EvidenceService } from './evidence.service';
import { SessionView } from './session-view';
import { SessionService } from './session.service';
import { DecisionService } from './decision.service';
import { AttestationNotifier } from './attestation-notifier';
import { WindowJob } from './window.job';
import { PipelineCountsRepository } from './pipeline-counts.repository';
import { AttestationPipelineCounts } from './pipeline-counts.service';
import { AttestationController } from './attestation.controller';
import { DemoAttestationSeeder } from './demo/demo-attestation.seeder';
import { ATTESTATION_ENTITIES } from './entities';
import { CreateAttestation1763887300000 } from './migrations/1763887300000-CreateAttestation';

export { ATTESTATION_ENTITIES };
export const ATTESTATION_MIGRATIONS = [CreateAttestation1763887300000];

/** Attestation sessions: scheduling, the exam inside the window, votes, decisions, the protocol and appeals. */
@Module({
  imports: [MethodologyModule, IdentityModule, AssessmentModule, TrainingModule, MailModule, CredentialsModule],
  controllers: [AttestationController],
  providers: [
    AttestationRepository,
    EvidenceService,
    SessionView,
    SessionService,
    DecisionService,
    AttestationNotifier,
    WindowJob,
    DemoAttestationSeeder,
    PipelineCountsRepository,
    AttestationPipelineCounts,
  ],
  exports: [WindowJob, AttestationPipelineCounts],
})
export class AttestationModule implements OnModuleInit {
  constructor(
    private readonly seeds: DemoSeedRegistry,
    private readonly seeder: DemoAttestationSeeder,
    private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    if (this.config.seedDemo) this.seeds.register(this.seeder);
  }
}
