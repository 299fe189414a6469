import { Body, Controller, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import {
  type IdParam,
  type MethodologyApprove,
  type MethodologyCreate,
  type MethodologyDetail,
  type MethodologyDiff,
  type MethodologyRetire,
  MethodologyRoutes,
  type MethodologySummary,
  type MethodologyUpdate,
  type MethodologyStatus,
  type ExchangeFormat,
  type ImportQuery,
} from '@civics/contracts';
import {
  type Actor,
  CurrentActor,
  CurrentRequestMeta,
  Endpoint,
  OptionalActor,
  type RequestMeta,
  ValidBody,
  ValidParams,
  ValidQuery,
} from '@civics/api-platform';
import { MethodologyService } from './methodology.service';
import { MethodologyExchangeService } from './methodology-exchange.service';

@Controller()
export class MethodologyController {
  constructor(
    private readonly methodologies: MethodologyService,
    private readonly exchange: MethodologyExchangeService,
  ) {}

  @Endpoint(MethodologyRoutes.list)
  list(
    @OptionalActor() actor: Actor | undefined,
    @ValidQuery(MethodologyRoutes.list) query: { status?: MethodologyStatus },
  ): Promise<MethodologySummary[]> {
    return this.methodologies.list(actor, query.status);
  }

  @Endpoint(MethodologyRoutes.current)
  current(): Promise<MethodologyDetail> {
    return this.methodologies.currentFramework();
  }

  @Endpoint(MethodologyRoutes.get)
  get(@OptionalActor() actor: Actor | undefined, @ValidParams(MethodologyRoutes.get) p: IdParam): Promise<MethodologyDetail> {
    return this.methodologies.get(actor, p.id);
  }

  @Endpoint(MethodologyRoutes.create)
  create(
    @CurrentActor() actor: Actor,
    @ValidBody(MethodologyRoutes.create) body: MethodologyCreate,
    @CurrentRequestMeta() meta: RequestMeta,
  ): Promise<MethodologyDetail> {
    return this.methodologies.create(actor, body, meta);
  }

  @Endpoint(MethodologyRoutes.update)
  update(
    @CurrentActor() actor: Actor,
    @ValidParams(MethodologyRoutes.update) p: IdParam,
    @ValidBody(MethodologyRoutes.update) body: MethodologyUpdate,
    @CurrentRequestMeta() meta: RequestMeta,
  ): Promise<MethodologyDetail> {
    return this.methodologies.update(actor, p.id, body, meta);
  }

  @Endpoint(MethodologyRoutes.remove)
  remove(
    @CurrentActor() actor: Actor,
    @ValidParams(MethodologyRoutes.remove) p: IdParam,
    @CurrentRequestMeta() meta: RequestMeta,
  ): Promise<void> {
    return this.methodologies.remove(actor, p.id, meta);
  }

  @Endpoint(MethodologyRoutes.approve)
  approve(
    @CurrentActor() actor: Actor,
    @ValidParams(MethodologyRoutes.approve) p: IdParam,
    @ValidBody(MethodologyRoutes.approve) body: MethodologyApprove,
    @CurrentRequestMeta() meta: RequestMeta,
  ): Promise<MethodologyDetail> {
    return this.methodologies.approve(actor, p.id, body, meta);
  }

  @Endpoint(MethodologyRoutes.clone)
  clone(
    @CurrentActor() actor: Actor,
    @ValidParams(MethodologyRoutes.clone) p: IdParam,
    @CurrentRequestMeta() meta: RequestMeta,
  ): Promise<MethodologyDetail> {
    return this.methodologies.clone(actor, p.id, meta);
  }

  @Endpoint(MethodologyRoutes.retire)
  retire(
    @CurrentActor() actor: Actor,
    @ValidParams(MethodologyRoutes.retire) p: IdParam,
    @ValidBody(MethodologyRoutes.retire) body: MethodologyRetire,
    @CurrentRequestMeta() meta: RequestMeta,
  ): Promise<MethodologyDetail> {
    return this.methodologies.retire(actor, p.id, body, meta);
  }

  @Endpoint(MethodologyRoutes.diff)
  diff(
    @OptionalActor() actor: Actor | undefined,
    @ValidParams(MethodologyRoutes.diff) p: { id: string; otherId: string },
  ): Promise<MethodologyDiff> {
    return this.methodologies.diff(actor, p.id, p.otherId);
  }

  @Endpoint(MethodologyRoutes.export)
  async export(
    @OptionalActor() actor: Actor | undefined,
    @ValidParams(MethodologyRoutes.export) p: IdParam,
    @ValidQuery(MethodologyRoutes.export) q: { format: ExchangeFormat },
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<string> {
    const file = await this.exchange.export(actor, p.id, q.format);
    void reply.header('content-type', file.contentType).header('content-disposition', `attachment; filename="${file.fileName}"`);
    return file.body;
  }

  @Endpoint(MethodologyRoutes.import)
  import(
    @CurrentActor() actor: Actor,
    @ValidQuery(MethodologyRoutes.import) q: ImportQuery,
    @Body() body: unknown,
    @CurrentRequestMeta() meta: RequestMeta,
  ): Promise<MethodologyDetail> {
    return this.exchange.import(actor, q.format, body, q.code, meta);
  }
}
