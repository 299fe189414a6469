import { Module } from '@nestjs/common';
import { MethodologyModule } from '@civics/api-methodology';
import { IdentityModule } from '@civics/api-identity';
import { TrainingModule } from '@civics/api-training';
import { MailModule } from '@civics/api-mail';
import { SigningKeys } from './signing-keys';
import { CredentialSigner } from './credential-signer';
import { CertificateRepository } from './certificate.repository';
import { CertificateView } from './certificate-view';
import { CertificateService } from './certificate.service';
import { VerificationService } from './verification.service';
import { CertificateIssueJob } from './certificate-issue.job';
import { ExpiryRemindersJob } from './expiry-reminders.job';
import { CredentialsController } from './credentials.controller';
import { WellKnownController } from './well-known.controller';
import { CREDENTIALS_ENTITIES } from './entities';
import { CreateCertificates1763887200000 } from './migrations/1763887200000-CreateCertificates';

export { CREDENTIALS_ENTITIES };
export const CREDENTIALS_MIGRATIONS = [CreateCertificates1763887200000];

/** Certificates as signed verifiable credentials, their PDF, public verification and revocation. */
@Module({
  imports: [MethodologyModule, IdentityModule, TrainingModule, MailModule],
  controllers: [CredentialsController, WellKnownController],
  providers: [
    SigningKeys,
    CredentialSigner,
    CertificateRepository,
    CertificateView,
    CertificateService,
    VerificationService,
    CertificateIssueJob,
    ExpiryRemindersJob,
  ],
  exports: [CertificateService, ExpiryRemindersJob],
})
export class CredentialsModule {}
