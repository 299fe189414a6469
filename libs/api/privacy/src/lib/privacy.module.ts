import { Module } from '@nestjs/common';
import { IdentityModule } from '@civics/api-identity';
import { PrivacyController } from './privacy.controller';
import { PrivacyRepository } from './privacy.repository';
import { ExportService } from './export.service';
import { RetentionService } from './retention.service';
import { RetentionJob } from './retention.job';

/** Data-subject rights: the export of my data, and retention (pseudonymisation) of people who left. */
@Module({
  imports: [IdentityModule],
  controllers: [PrivacyController],
  providers: [PrivacyRepository, ExportService, RetentionService, RetentionJob],
  exports: [RetentionService],
})
export class PrivacyModule {}
