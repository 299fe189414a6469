import { Global, Module } from '@nestjs/common';
import { AuditRepository } from './audit.repository';
import { AuditService } from './audit.service';
import { AuditController } from './audit.controller';
import { AuditEventEntity } from './audit-event.entity';
import { CreateAuditEvent1763881000000 } from './migrations/1763881000000-CreateAuditEvent';
import { RestrictAppRole1763889000000 } from './migrations/1763889000000-RestrictAppRole';

export const AUDIT_ENTITIES = [AuditEventEntity];
/** RestrictAppRole runs after every other feature's tables exist (see schema.ts). */
export const AUDIT_MIGRATIONS = [CreateAuditEvent1763881000000];
export const AUDIT_LATE_MIGRATIONS = [RestrictAppRole1763889000000];

@Global()
@Module({
  controllers: [AuditController],
  providers: [AuditRepository, AuditService],
  exports: [AuditService],
})
export class AuditModule {}
