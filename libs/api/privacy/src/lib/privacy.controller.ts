import { Controller, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { type MyDataExport, type RetentionPreview, type RetentionRun, SecurityRoutes } from '@civics/contracts';
import { type Actor, CurrentActor, CurrentRequestMeta, Endpoint, type RequestMeta } from '@civics/api-platform';
import { ExportService } from './export.service';
import { RetentionService } from './retention.service';

@Controller()
export class PrivacyController {
  constructor(
    private readonly exports: ExportService,
    private readonly retention: RetentionService,
  ) {}

  @Endpoint(SecurityRoutes.exportJson)
  exportJson(@CurrentActor() actor: Actor, @CurrentRequestMeta() meta: RequestMeta): Promise<MyDataExport> {
    return this.exports.json(actor, meta);
  }

  @Endpoint(SecurityRoutes.exportPdf)
  async exportPdf(
    @CurrentActor() actor: Actor,
    @CurrentRequestMeta() meta: RequestMeta,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Buffer> {
    const pdf = await this.exports.pdf(actor, meta);
    void reply.header('content-type', 'application/pdf').header('content-disposition', 'attachment; filename="my-data.pdf"');
    return pdf;
  }

  @Endpoint(SecurityRoutes.retentionPreview)
  retentionPreview(): Promise<RetentionPreview> {
    return this.retention.preview();
  }

  @Endpoint(SecurityRoutes.retentionRun)
  retentionRun(@CurrentActor() actor: Actor): Promise<RetentionRun> {
    return this.retention.run(actor.accountId);
  }
}
