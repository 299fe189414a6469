import type { DataSource } from 'typeorm';
import type { AuditVerification } from '@civics/contracts';
import { AuditRepository } from './audit.repository';
import { AuditService } from './audit.service';

/** The chain check without the Nest container, for the `audit:verify` command. */
export function verifyAuditChain(ds: DataSource): Promise<AuditVerification> {
  return new AuditService(new AuditRepository(ds)).verify();
}
