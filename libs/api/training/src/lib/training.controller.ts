import { Body, Controller } from '@nestjs/common';
import {
  type CatalogueQuery,
  type CompletionReport,
  type Course,
  type CourseInput,
  type EffectivenessReport,
  type Enrolment,
  type EnrolRequest,
  type IdParam,
  type Notification,
  type Plan,
  type PlanItem,
  type PlanItemCreate,
  type PlanItemUpdate,
  type Provider,
  type ProviderInput,
  type RecordOutcome,
  type Resource,
  type ResourceInput,
  type ResourceQuery,
  type Session,
  type SessionInput,
  TrainingRoutes as R,
  type XapiStatement,
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
import { CatalogueService } from './catalogue.service';
import { EnrolmentService } from './enrolment.service';
import { PlanService } from './plan.service';
import { EffectivenessService } from './effectiveness.service';
import { PlanRemindersJob } from './plan-reminders.job';

@Controller()
export class TrainingController {
  constructor(
    private readonly catalogue: CatalogueService,
    private readonly enrolments: EnrolmentService,
    private readonly plans: PlanService,
    private readonly effectivenessService: EffectivenessService,
    private readonly reminders: PlanRemindersJob,
  ) {}

  /* providers */

  @Endpoint(R.listProviders)
  listProviders(): Promise<Provider[]> {
    return this.catalogue.providers();
  }

  @Endpoint(R.getProvider)
  getProvider(@ValidParams(R.getProvider) p: IdParam): Promise<Provider> {
    return this.catalogue.provider(p.id);
  }

  @Endpoint(R.createProvider)
  createProvider(
    @CurrentActor() actor: Actor,
    @ValidBody(R.createProvider) body: ProviderInput,
    @CurrentRequestMeta() meta: RequestMeta,
  ): Promise<Provider> {
    return this.catalogue.createProvider(actor, body, meta);
  }

  @Endpoint(R.updateProvider)
  updateProvider(
    @CurrentActor() actor: Actor,
    @ValidParams(R.updateProvider) p: IdParam,
    @ValidBody(R.updateProvider) body: ProviderInput,
  ): Promise<Provider> {
    return this.catalogue.updateProvider(actor, p.id, body);
  }

  /* courses */

  @Endpoint(R.catalogue)
  listCourses(@ValidQuery(R.catalogue) q: CatalogueQuery): Promise<Course[]> {
    return this.catalogue.catalogue(q);
  }

  @Endpoint(R.manageCourses)
  manageCourses(@CurrentActor() actor: Actor, @ValidQuery(R.manageCourses) q: { status?: Course['status'] }): Promise<Course[]> {
    return this.catalogue.manage(actor, q.status);
  }

  @Endpoint(R.getCourse)
  getCourse(@OptionalActor() actor: Actor | undefined, @ValidParams(R.getCourse) p: IdParam): Promise<Course> {
    return this.catalogue.course(actor, p.id);
  }

  @Endpoint(R.createCourse)
  createCourse(
    @CurrentActor() actor: Actor,
    @ValidBody(R.createCourse) body: CourseInput,
    @CurrentRequestMeta() meta: RequestMeta,
  ): Promise<Course> {
    return this.catalogue.createCourse(actor, body, meta);
  }

  @Endpoint(R.updateCourse)
  updateCourse(
    @CurrentActor() actor: Actor,
    @ValidParams(R.updateCourse) p: IdParam,
    @ValidBody(R.updateCourse) body: CourseInput,
  ): Promise<Course> {
    return this.catalogue.updateCourse(actor, p.id, body);
  }

  @Endpoint(R.submitCourse)
  submitCourse(@CurrentActor() actor: Actor, @ValidParams(R.submitCourse) p: IdParam): Promise<Course> {
    return this.catalogue.submit(actor, p.id);
  }

  @Endpoint(R.approveCourse)
  approveCourse(
    @CurrentActor() actor: Actor,
    @ValidParams(R.approveCourse) p: IdParam,
    @ValidBody(R.approveCourse) body: { comment?: string },
    @CurrentRequestMeta() meta: RequestMeta,
  ): Promise<Course> {
    return this.catalogue.review(actor, p.id, 'approved', body.comment ?? null, meta);
  }

  @Endpoint(R.rejectCourse)
  rejectCourse(
    @CurrentActor() actor: Actor,
    @ValidParams(R.rejectCourse) p: IdParam,
    @ValidBody(R.rejectCourse) body: { comment: string },
    @CurrentRequestMeta() meta: RequestMeta,
  ): Promise<Course> {
    return this.catalogue.review(actor, p.id, 'rejected', body.comment, meta);
  }

  @Endpoint(R.addSession)
  addSession(
    @CurrentActor() actor: Actor,
    @ValidParams(R.addSession) p: IdParam,
    @ValidBody(R.addSession) body: SessionInput,
  ): Promise<Session> {
    return this.catalogue.addSession(actor, p.id, body);
  }

  /* enrolments */

  @Endpoint(R.sessionEnrolments)
  sessionEnrolments(@CurrentActor() actor: Actor, @ValidParams(R.sessionEnrolments) p: IdParam): Promise<Enrolment[]> {
    return this.enrolments.ofSession(actor, p.id);
  }

  @Endpoint(R.uploadCompletions)
  uploadCompletions(
    @CurrentActor() actor: Actor,
    @ValidParams(R.uploadCompletions) p: IdParam,
    @ValidQuery(R.uploadCompletions) _q: { format?: string },
    @Body() body: unknown,
  ): Promise<CompletionReport> {
    return this.enrolments.upload(actor, p.id, body);
  }

  @Endpoint(R.enrol)
  enrol(@CurrentActor() actor: Actor, @ValidBody(R.enrol) body: EnrolRequest): Promise<Enrolment> {
    return this.enrolments.enrol(actor, body);
  }

  @Endpoint(R.myEnrolments)
  myEnrolments(@CurrentActor() actor: Actor): Promise<Enrolment[]> {
    return this.enrolments.mine(actor);
  }

  @Endpoint(R.withdraw)
  withdraw(@CurrentActor() actor: Actor, @ValidParams(R.withdraw) p: IdParam): Promise<Enrolment> {
    return this.enrolments.withdraw(actor, p.id);
  }

  @Endpoint(R.recordOutcome)
  recordOutcome(
    @CurrentActor() actor: Actor,
    @ValidParams(R.recordOutcome) p: IdParam,
    @ValidBody(R.recordOutcome) body: RecordOutcome,
  ): Promise<Enrolment> {
    return this.enrolments.record(actor, p.id, body);
  }

  @Endpoint(R.xapiStatements)
  xapi(@CurrentActor() actor: Actor, @ValidBody(R.xapiStatements) body: XapiStatement | XapiStatement[]): Promise<string[]> {
    return this.enrolments.xapi(actor, body);
  }

  /* plans */

  @Endpoint(R.myPlan)
  myPlan(@CurrentActor() actor: Actor): Promise<Plan> {
    return this.plans.mine(actor);
  }

  @Endpoint(R.personPlan)
  personPlan(@CurrentActor() actor: Actor, @ValidParams(R.personPlan) p: { personId: string }): Promise<Plan> {
    return this.plans.forPerson(actor, p.personId);
  }

  @Endpoint(R.proposeMine)
  proposeMine(@CurrentActor() actor: Actor): Promise<Plan> {
    return this.plans.proposeMine(actor);
  }

  @Endpoint(R.proposeForPerson)
  proposeForPerson(@CurrentActor() actor: Actor, @ValidParams(R.proposeForPerson) p: { personId: string }): Promise<Plan> {
    return this.plans.proposeFor(actor, p.personId);
  }

  @Endpoint(R.addPlanItem)
  addPlanItem(
    @CurrentActor() actor: Actor,
    @ValidParams(R.addPlanItem) p: IdParam,
    @ValidBody(R.addPlanItem) body: PlanItemCreate,
  ): Promise<PlanItem> {
    return this.plans.addItem(actor, p.id, body);
  }

  @Endpoint(R.updatePlanItem)
  updatePlanItem(
    @CurrentActor() actor: Actor,
    @ValidParams(R.updatePlanItem) p: IdParam,
    @ValidBody(R.updatePlanItem) body: PlanItemUpdate,
  ): Promise<PlanItem> {
    return this.plans.updateItem(actor, p.id, body);
  }

  @Endpoint(R.myNotifications)
  myNotifications(@CurrentActor() actor: Actor): Promise<Notification[]> {
    return this.reminders.mine(actor);
  }

  /* effectiveness and library */

  @Endpoint(R.effectiveness)
  effectiveness(@CurrentActor() actor: Actor, @ValidQuery(R.effectiveness) q: { providerId?: string }): Promise<EffectivenessReport> {
    return this.effectivenessService.report(actor, q.providerId);
  }

  @Endpoint(R.listResources)
  listResources(@ValidQuery(R.listResources) q: ResourceQuery): Promise<Resource[]> {
    return this.catalogue.resources(q);
  }

  @Endpoint(R.createResource)
  createResource(@CurrentActor() actor: Actor, @ValidBody(R.createResource) body: ResourceInput): Promise<Resource> {
    return this.catalogue.createResource(actor, body);
  }
}
