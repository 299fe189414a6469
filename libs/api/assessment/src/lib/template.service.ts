import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { AdaptiveSettingsSchema, Permission, type Template, type TemplateInput } from '@civics/contracts';
import type { Actor, RequestMeta } from '@civics/api-platform';
import { AuditService } from '@civics/api-audit';
import { MethodologyService } from '@civics/api-methodology';
import { TemplateRepository } from './template.repository';
import { AssessmentErrorCode, AssessmentException } from './assessment.exception';
import type { AssessmentTemplateEntity } from './entities';

export function toTemplate(t: AssessmentTemplateEntity): Template {
  return {
    id: t.id,
    title: t.title,
    purpose: t.purpose,
    mode: t.mode,
    adaptive: t.adaptive,
    blueprint: t.blueprint,
    methodologyVersionId: t.methodologyVersionId,
    timeLimitMinutes: t.timeLimitMinutes,
    shuffleItems: t.shuffleItems,
    shuffleOptions: t.shuffleOptions,
    navigation: t.navigation,
    maxAttempts: t.maxAttempts,
    retakeWaitDays: t.retakeWaitDays,
    allowReview: t.allowReview,
    active: t.active,
    createdAt: t.createdAt.toISOString(),
  };
}

/** Adaptive templates keep their stopping rules (defaults when none were given) and move linearly. */
function adaptiveFields(input: TemplateInput): Pick<AssessmentTemplateEntity, 'adaptive' | 'navigation'> {
  if (input.mode !== 'adaptive') return { adaptive: null, navigation: input.navigation };
  return { adaptive: AdaptiveSettingsSchema.parse(input.adaptive ?? {}), navigation: 'linear' };
}

/** Purposes a person starts on their own; attestation forms open only through a session. */
const SELF_SERVICE = new Set(['diagnostic', 'pre_training', 'post_training']);

export function isSelfService(t: Pick<AssessmentTemplateEntity, 'purpose'>): boolean {
  return SELF_SERVICE.has(t.purpose);
}

@Injectable()
export class TemplateService {
  constructor(
    private readonly repo: TemplateRepository,
    private readonly methodology: MethodologyService,
    private readonly audit: AuditService,
  ) {}

  async list(actor: Actor): Promise<Template[]> {
    if (actor.permissions.has(Permission.TemplatesManage)) return (await this.repo.list(false)).map(toTemplate);
    return (await this.repo.list(true)).filter((t) => SELF_SERVICE.has(t.purpose)).map(toTemplate);
  }

  /** Active templates of one purpose (e.g. the attestation forms HR may schedule). */
  async activeOfPurpose(purpose: Template['purpose']): Promise<Template[]> {
    return (await this.repo.list(true)).filter((t) => t.purpose === purpose).map(toTemplate);
  }

  async entity(id: string): Promise<AssessmentTemplateEntity> {
    const t = await this.repo.findById(id);
    if (!t) throw new AssessmentException(AssessmentErrorCode.TemplateNotFound, 'The assessment template was not found.');
    return t;
  }

  /** New templates measure against the current approved methodology. */
  async create(actor: Actor | null, input: TemplateInput, meta: RequestMeta | null): Promise<Template> {
    const current = await this.methodology.current();
    this.assertBlueprint(
      input,
      current.content.areas.flatMap((a) => a.competencies.map((c) => c.code)),
    );
    const now = new Date();
    const t = await this.repo.insert({
      id: randomUUID(),
      ...input,
      ...adaptiveFields(input),
      methodologyVersionId: current.id,
      createdByAccountId: actor?.accountId ?? null,
      createdAt: now,
      updatedAt: now,
    });
    await this.audit.record({
      actorAccountId: actor?.accountId ?? null,
      action: 'assessment.template_created',
      requestId: meta?.requestId ?? null,
      details: { templateId: t.id },
    });
    return toTemplate(t);
  }

  async update(actor: Actor, id: string, input: TemplateInput, meta: RequestMeta): Promise<Template> {
    const t = await this.entity(id);
    const version = await this.methodology.get(actor, t.methodologyVersionId);
    this.assertBlueprint(
      input,
      version.content.areas.flatMap((a) => a.competencies.map((c) => c.code)),
    );
    const saved = await this.repo.save({ ...t, ...input, ...adaptiveFields(input), updatedAt: new Date() });
    await this.audit.record({
      actorAccountId: actor.accountId,
      action: 'assessment.template_updated',
      requestId: meta.requestId,
      details: { templateId: id },
    });
    return toTemplate(saved);
  }

  private assertBlueprint(input: TemplateInput, known: string[]): void {
    const b = input.blueprint;
    if (b.source === 'chosen' && !b.competencies?.length) {
      throw new AssessmentException(AssessmentErrorCode.FormEmpty, 'Choose the competencies of the form.', [
        { field: 'body.blueprint.competencies', message: 'Required when source is chosen', code: 'required' },
      ]);
    }
    const unknown = (b.competencies ?? []).filter((c) => !known.includes(c));
    if (unknown.length) {
      throw new AssessmentException(AssessmentErrorCode.FormEmpty, 'The blueprint names unknown competencies.', [
        { field: 'body.blueprint.competencies', message: `Unknown: ${unknown.join(', ')}`, code: 'unknown_competency' },
      ]);
    }
  }
}
