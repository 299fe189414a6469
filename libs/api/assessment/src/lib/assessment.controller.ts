import { Controller } from '@nestjs/common';
import {
  AssessmentRoutes,
  type Attempt,
  type AttemptResult,
  type CompetencyProfile,
  type IdParam,
  type NextItem,
  type SaveAck,
  type SaveResponse,
  type Template,
  type TemplateInput,
} from '@civics/contracts';
import { type Actor, CurrentActor, CurrentRequestMeta, Endpoint, type RequestMeta, ValidBody, ValidParams } from '@civics/api-platform';
import { TemplateService } from './template.service';
import { DeliveryService } from './delivery.service';
import { ProfileService } from './profile.service';
import { AdaptiveService } from './adaptive/adaptive.service';

@Controller()
export class AssessmentController {
  constructor(
    private readonly templates: TemplateService,
    private readonly delivery: DeliveryService,
    private readonly profiles: ProfileService,
    private readonly adaptive: AdaptiveService,
  ) {}

  @Endpoint(AssessmentRoutes.listTemplates)
  listTemplates(@CurrentActor() actor: Actor): Promise<Template[]> {
    return this.templates.list(actor);
  }

  @Endpoint(AssessmentRoutes.createTemplate)
  createTemplate(
    @CurrentActor() actor: Actor,
    @ValidBody(AssessmentRoutes.createTemplate) body: TemplateInput,
    @CurrentRequestMeta() meta: RequestMeta,
  ): Promise<Template> {
    return this.templates.create(actor, body, meta);
  }

  @Endpoint(AssessmentRoutes.updateTemplate)
  updateTemplate(
    @CurrentActor() actor: Actor,
    @ValidParams(AssessmentRoutes.updateTemplate) p: IdParam,
    @ValidBody(AssessmentRoutes.updateTemplate) body: TemplateInput,
    @CurrentRequestMeta() meta: RequestMeta,
  ): Promise<Template> {
    return this.templates.update(actor, p.id, body, meta);
  }

  @Endpoint(AssessmentRoutes.myAttempts)
  myAttempts(@CurrentActor() actor: Actor): Promise<Omit<Attempt, 'items' | 'responses'>[]> {
    return this.delivery.list(actor);
  }

  @Endpoint(AssessmentRoutes.start)
  start(@CurrentActor() actor: Actor, @ValidBody(AssessmentRoutes.start) body: { templateId: string }): Promise<Attempt> {
    return this.delivery.start(actor, body.templateId);
  }

  @Endpoint(AssessmentRoutes.get)
  get(@CurrentActor() actor: Actor, @ValidParams(AssessmentRoutes.get) p: IdParam): Promise<Attempt> {
    return this.delivery.get(actor, p.id);
  }

  @Endpoint(AssessmentRoutes.next)
  next(@CurrentActor() actor: Actor, @ValidParams(AssessmentRoutes.next) p: IdParam): Promise<NextItem> {
    return this.adaptive.next(actor, p.id);
  }

  @Endpoint(AssessmentRoutes.saveResponse)
  save(
    @CurrentActor() actor: Actor,
    @ValidParams(AssessmentRoutes.saveResponse) p: { id: string; itemId: string },
    @ValidBody(AssessmentRoutes.saveResponse) body: SaveResponse,
  ): Promise<SaveAck> {
    return this.delivery.save(actor, p.id, p.itemId, body);
  }

  @Endpoint(AssessmentRoutes.submit)
  submit(@CurrentActor() actor: Actor, @ValidParams(AssessmentRoutes.submit) p: IdParam): Promise<AttemptResult> {
    return this.delivery.submit(actor, p.id);
  }

  @Endpoint(AssessmentRoutes.result)
  result(@CurrentActor() actor: Actor, @ValidParams(AssessmentRoutes.result) p: IdParam): Promise<AttemptResult> {
    return this.delivery.result(actor, p.id);
  }

  @Endpoint(AssessmentRoutes.myProfile)
  myProfile(@CurrentActor() actor: Actor): Promise<CompetencyProfile> {
    return this.profiles.forMe(actor);
  }
}
