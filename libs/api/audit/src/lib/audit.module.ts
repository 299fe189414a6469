import { Global, Module } from '@nestjs/common';
import { AuditRepository } from './audit.repository';
import { AuditService } from './audit.service';
import { AuditController } from './audit.controller';
import { AuditEventEntity } from './audit-event.entity';
import { CreateAuditEvent1763881000000 } from './migrations/1763881000000-CreateAuditEvent';

export const AUDIT_ENTITIES = [AuditEventEntity];
export const AUDIT_MIGRATIONS = [CreateAuditEvent1763881000000];

@Global()
@Module({
  controllers: [AuditController],
  providers: [AuditRepository, AuditService],
  exports: [AuditService],
})
export class AuditModule {}
