import { type DynamicModule, Module } from '@nestjs/common';
import { type AppConfig, PlatformModule } from '@civics/api-platform';
import { AuditModule } from '@civics/api-audit';
import { IdentityModule } from '@civics/api-identity';
import { MethodologyModule } from '@civics/api-methodology';
import { ItemBankModule } from '@civics/api-item-bank';
import { AssessmentModule } from '@civics/api-assessment';
import { TrainingModule } from '@civics/api-training';
import { MailModule } from '@civics/api-mail';
import { CredentialsModule } from '@civics/api-credentials';
import { AttestationModule } from '@civics/api-attestation';
import { AnalyticsModule } from '@civics/api-analytics';
import { PrivacyModule } from '@civics/api-privacy';
import { SCHEMA } from './schema';

@Module({})
export class AppModule {
  static forRoot(config: AppConfig, databaseUrl: string): DynamicModule {
    return {
      module: AppModule,
      imports: [
        PlatformModule.forRoot({ config, databaseUrl, schema: SCHEMA }),
        AuditModule,
        IdentityModule,
        MethodologyModule,
        ItemBankModule,
        AssessmentModule,
        TrainingModule,
        MailModule,
        CredentialsModule,
        AttestationModule,
        AnalyticsModule,
        PrivacyModule,
      ],
    };
  }
}
