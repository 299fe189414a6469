import { Controller } from '@nestjs/common';
import { AuditRoutes, type AuditVerification } from '@civics/contracts';
import { Endpoint } from '@civics/api-platform';
import { AuditService } from './audit.service';

@Controller()
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @Endpoint(AuditRoutes.verify)
  verify(): Promise<AuditVerification> {
    return this.audit.verify();
  }
}
