import { randomInt, randomUUID } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import type { Attempt, AttemptResult, MethodologyDetail, SaveAck, SaveResponse } from '@civics/contracts';
import {
  answerCredit,
  assembleForm,
  complianceIndex,
  isFullyCompliant,
  levelCuts,
  levelRange,
  optionOrder,
  type FormCell,
} from '@civics/domain';
import type { Actor } from '@civics/api-platform';
import { MethodologyService } from '@civics/api-methodology';
import { PersonRepository } from '@civics/api-identity';
import { ItemRepository } from '@civics/api-item-bank';
import { AttemptRepository, SAVE_GRACE_SECONDS } from './attempt.repository';
import { isSelfService, TemplateService } from './template.service';
import { ScoringService } from './scoring.service';
import { answerFitsItem, deliveredView, ItemCatalog, shuffledIdsOf } from './item-catalog';
import { AssessmentErrorCode, AssessmentException } from './assessment.exception';
import type { AssessmentTemplateEntity, AttemptEntity, AttemptItemEntity, ResponseEntity } from './entities';
import { blueprintCompetencies } from './blueprint-competencies';
import { AdaptiveService } from './adaptive/adaptive.service';

/** An attempt as the attestation feature sees it (see `DeliveryService.summary`). */
export interface AttemptSummary {
  readonly id: string;
  readonly personId: string;
  readonly templateId: string;
  readonly methodologyVersionId: string;
  readonly positionCode: string | null;
  readonly status: AttemptEntity['status'];
  readonly startedAt: Date;
  readonly deadline: Date;
  readonly scoredAt: Date | null;
  readonly attestationSessionId: string | null;
  /** Competencies the template's form attests for this position. */
  readonly scope: readonly string[];
  /** Achieved level per measured competency (scored attempts only). */
  readonly levels: readonly { competencyCode: string; level: number }[];
}

const notFound = () => new AssessmentException(AssessmentErrorCode.AttemptNotFound, 'The attempt was not found.');

/** Starting, resuming, answering and submitting attempts. The server owns the clock. */
@Injectable()
export class DeliveryService {
  private readonly logger = new Logger('delivery');

  constructor(
    private readonly attempts: AttemptRepository,
    private readonly templates: TemplateService,
    private readonly items: ItemRepository,
    private readonly catalog: ItemCatalog,
    private readonly scoring: ScoringService,
    private readonly methodology: MethodologyService,
    private readonly persons: PersonRepository,
    private readonly adaptive: AdaptiveService,
  ) {}

  async start(actor: Actor, templateId: string): Promise<Attempt> {
    const personId = this.personOf(actor);
    const template = await this.templates.entity(templateId);
    if (!template.active) throw new AssessmentException(AssessmentErrorCode.TemplateNotFound, 'The assessment template was not found.');
    if (!isSelfService(template))
      throw new AssessmentException(AssessmentErrorCode.NotSelfService, 'Attestation exams are started from the attestation session.');
    let state = await this.attempts.startState(personId, templateId);
    const open = state.openId ? await this.attempts.findById(state.openId) : null;
    if (open) {
      if (!this.isLate(open)) return this.view(open, template);
      // The rare path: the expired attempt is scored, then counted with the finished ones.
      await this.scoring.score(open.id, 'expired');
      state = await this.attempts.startState(personId, templateId);
    }
    if (state.finished >= template.maxAttempts)
      throw new AssessmentException(AssessmentErrorCode.AttemptsExhausted, `You have used all ${template.maxAttempts} attempts.`);
    if (state.lastStartedAt && template.retakeWaitDays > 0) {
      const allowed = new Date(state.lastStartedAt.getTime() + template.retakeWaitDays * 86_400_000);
      if (allowed > new Date())
        throw new AssessmentException(AssessmentErrorCode.RetakeTooSoon, `You may try again from ${allowed.toISOString().slice(0, 10)}.`);
    }
    return this.begin(personId, state.positionCode, template, null, null);
  }

  /**
   * The attestation feature's hook: a listed candidate sits the session's form. The session, not
   * the template's attempt limits, says who may sit and when (the caller checks the window); the
   * attempt records the session and ends no later than the window does.
   */
  async startInSession(personId: string, templateId: string, sessionId: string, windowEndsAt: Date): Promise<Attempt> {
    const template = await this.templates.entity(templateId);
    const open = await this.attempts.findOpen(personId, templateId);
    if (open && !this.isLate(open)) {
      if (open.attestationSessionId === sessionId) return this.view(open, template);
      throw new AssessmentException(AssessmentErrorCode.AttemptOpenElsewhere, 'Another attempt at this form is still open.');
    }
    if (open) await this.scoring.score(open.id, 'expired');
    const person = await this.persons.findById(personId);
    return this.begin(personId, person?.positionCode ?? null, template, sessionId, windowEndsAt);
  }

  /**
   * What the attestation feature needs of an attempt: its state, version, position, the
   * competencies its form attests and the achieved levels (an attempt past its time is scored first).
   */
  async summary(attemptId: string): Promise<AttemptSummary | null> {
    let attempt = await this.attempts.findById(attemptId);
    if (!attempt) return null;
    if (attempt.status === 'in_progress' && this.isLate(attempt)) {
      await this.scoring.score(attempt.id, 'expired');
      attempt = (await this.attempts.findById(attemptId)) as AttemptEntity;
    }
    const template = await this.templates.entity(attempt.templateId);
    const version = await this.methodology.get(undefined, attempt.methodologyVersionId);
    let scope: string[] = [];
    try {
      scope = blueprintCompetencies(template, version, attempt.positionCode).map((c) => c.code);
    } catch {
      // No position profile: nothing to attest against.
    }
    const levels =
      attempt.status === 'scored'
        ? (await this.attempts.results(attemptId)).map((r) => ({ competencyCode: r.competencyCode, level: r.achievedLevel }))
        : [];
    return {
      id: attempt.id,
      personId: attempt.personId,
      templateId: attempt.templateId,
      methodologyVersionId: attempt.methodologyVersionId,
      positionCode: attempt.positionCode,
      status: attempt.status,
      startedAt: attempt.startedAt,
      deadline: attempt.deadline,
      scoredAt: attempt.scoredAt,
      attestationSessionId: attempt.attestationSessionId,
      scope,
      levels,
    };
  }

  private async begin(
    personId: string,
    positionCode: string | null,
    template: AssessmentTemplateEntity,
    sessionId: string | null,
    closesAt: Date | null,
  ): Promise<Attempt> {
    const version = await this.methodology.get(undefined, template.methodologyVersionId);
    const seed = randomInt(1, 2_147_483_647);
    const startedAt = new Date();
    const timeUp = new Date(startedAt.getTime() + template.timeLimitMinutes * 60_000);
    const attempt: AttemptEntity = {
      id: randomUUID(),
      personId,
      templateId: template.id,
      methodologyVersionId: template.methodologyVersionId,
      positionCode,
      seed,
      status: 'in_progress',
      startedAt,
      deadline: closesAt && closesAt < timeUp ? closesAt : timeUp,
      submittedAt: null,
      scoredAt: null,
      attestationSessionId: sessionId,
    };
    // Adaptive attempts start empty: the engine adds one item at a time (GET /api/attempts/:id/next).
    const sequence =
      template.mode === 'adaptive'
        ? await this.assertAdaptiveBank(template, version, attempt.positionCode)
        : await this.fixedForm(template, version, attempt);
    const { attempt: stored, created } = await this.attempts.insertOpen(attempt, sequence);
    // A new attempt has no answers yet and its sequence is known: no need to read them back.
    return created ? this.view(stored, template, true, { sequence, responses: [] }) : this.view(stored, template);
  }

  async get(actor: Actor, id: string): Promise<Attempt> {
    const attempt = await this.own(actor, id);
    const template = await this.templates.entity(attempt.templateId);
    if (attempt.status === 'in_progress' && this.isLate(attempt)) {
      await this.scoring.score(attempt.id, 'expired');
      return this.view((await this.attempts.findById(id)) as AttemptEntity, template);
    }
    return this.view(attempt, template);
  }

  async list(actor: Actor): Promise<Omit<Attempt, 'items' | 'responses'>[]> {
    const personId = this.personOf(actor);
    const rows = await this.attempts.forPerson(personId);
    const out: Omit<Attempt, 'items' | 'responses'>[] = [];
    for (const a of rows) {
      const t = await this.templates.entity(a.templateId);
      const { items: _i, responses: _r, ...summary } = await this.view(a, t, false);
      out.push(summary);
    }
    return out;
  }

  async save(actor: Actor, attemptId: string, itemId: string, input: SaveResponse): Promise<SaveAck> {
    const personId = this.personOf(actor);
    if (input.answer) {
      const item = await this.catalog.one(itemId);
      if (!item) throw new AssessmentException(AssessmentErrorCode.ItemNotInAttempt, 'The item is not part of this attempt.');
      if (!answerFitsItem(item, input.answer)) {
        throw new AssessmentException(AssessmentErrorCode.AnswerWrongType, `The answer does not fit this ${item.type} item.`, [
          { field: 'body.answer', message: `Expected a ${item.type} answer with this item's options`, code: 'answer_wrong_type' },
        ]);
      }
    }
    const outcome = await this.attempts.saveResponse(attemptId, personId, itemId, input.answer, input.seq, input.flagged);
    switch (outcome.kind) {
      case 'saved':
        return { itemId, storedSeq: outcome.seq, applied: true, savedAt: outcome.savedAt.toISOString() };
      case 'stale':
        return { itemId, storedSeq: outcome.seq, applied: false, savedAt: outcome.savedAt.toISOString() };
      case 'attempt_not_found':
        throw notFound();
      case 'item_not_in_attempt':
        throw new AssessmentException(AssessmentErrorCode.ItemNotInAttempt, 'The item is not part of this attempt.');
      case 'item_locked':
        throw new AssessmentException(
          AssessmentErrorCode.ItemLocked,
          'This adaptive item was already scored; its answer can no longer change.',
        );
      case 'closed':
        throw new AssessmentException(AssessmentErrorCode.AttemptClosed, 'This attempt is already submitted.');
      case 'deadline_passed':
        throw new AssessmentException(AssessmentErrorCode.DeadlinePassed, 'The time for this attempt is over; the answer was not saved.');
    }
  }

  async submit(actor: Actor, id: string): Promise<AttemptResult> {
    const attempt = await this.own(actor, id);
    if (attempt.status === 'in_progress') await this.scoring.score(id, this.isLate(attempt) ? 'expired' : 'submitted');
    return this.result(actor, id);
  }

  async result(actor: Actor, id: string): Promise<AttemptResult> {
    let attempt = await this.own(actor, id);
    if (attempt.status === 'in_progress' && this.isLate(attempt)) {
      await this.scoring.score(id, 'expired');
      attempt = (await this.attempts.findById(id)) as AttemptEntity;
    }
    if (attempt.status !== 'scored' || !attempt.scoredAt)
      throw new AssessmentException(AssessmentErrorCode.NotScored, 'Submit the attempt to see its result.');
    const template = await this.templates.entity(attempt.templateId);
    const version = await this.methodology.get(undefined, attempt.methodologyVersionId);
    const profile = version.content.positionProfiles.find((p) => p.code === attempt.positionCode) ?? null;
    const titles = new Map(version.content.areas.flatMap((a) => a.competencies.map((c) => [c.code, c.title] as const)));
    const rows = await this.attempts.results(id);
    const cuts = levelCuts(version.content.scale.length, version.content.scoringRule.irtCuts);
    const competencies = rows
      .map((r) => {
        const req = profile?.requirements.find((q) => q.competencyCode === r.competencyCode);
        const irt = r.theta !== null && r.theta !== undefined && r.se !== null && r.se !== undefined;
        const range = irt ? levelRange(r.theta as number, r.se as number, cuts) : null;
        return {
          competencyCode: r.competencyCode,
          title: titles.get(r.competencyCode) ?? { en: r.competencyCode },
          achievedLevel: r.achievedLevel,
          requiredLevel: req?.requiredLevel ?? null,
          gap: req ? Math.max(0, req.requiredLevel - r.achievedLevel) : null,
          earned: r.earned,
          possible: r.possible,
          theta: irt ? (r.theta as number) : null,
          se: irt ? (r.se as number) : null,
          levelLow: range?.low ?? null,
          levelHigh: range?.high ?? null,
        };
      })
      .sort((a, b) => a.competencyCode.localeCompare(b.competencyCode));
    let ci: number | null = null;
    let full: boolean | null = null;
    if (profile) {
      const measured = Object.fromEntries(rows.map((r) => [r.competencyCode, r.achievedLevel]));
      const reqs = profile.requirements.filter((q) => q.competencyCode in measured);
      ci = complianceIndex(reqs, measured, { scaleSize: version.content.scale.length });
      full = isFullyCompliant(reqs, measured, { scaleSize: version.content.scale.length });
    }
    return {
      attemptId: id,
      status: attempt.status,
      scoredAt: attempt.scoredAt.toISOString(),
      methodologyVersionId: attempt.methodologyVersionId,
      positionCode: attempt.positionCode,
      competencies,
      complianceIndex: ci,
      fullyCompliant: full,
      review: template.allowReview ? await this.review(attempt) : null,
      trail: template.mode === 'adaptive' ? await this.adaptive.trail(id) : null,
    };
  }

  /** Runs from the expiry job: scores attempts whose time and grace have passed. */
  async expireDue(limit = 200): Promise<number> {
    let n = 0;
    for (const id of await this.attempts.dueForExpiry(limit)) if (await this.scoring.score(id, 'expired')) n++;
    return n;
  }

  private async review(attempt: AttemptEntity): Promise<AttemptResult['review']> {
    const sequence = await this.attempts.items(attempt.id);
    const items = await this.catalog.load(sequence.map((s) => s.itemId));
    const answers = new Map((await this.attempts.responses(attempt.id)).map((r) => [r.itemId, r.answer]));
    return sequence.flatMap((s) => {
      const item = items.get(s.itemId);
      if (!item) return [];
      const answer = answers.get(item.id) ?? null;
      return [
        {
          ...deliveredView(item, s.position, s.optionOrder),
          answer,
          credit: item.content.key ? answerCredit(item.content.key, answer) : 0,
          correctAnswer: item.content.key,
          explanation: item.content.explanation ?? null,
        },
      ];
    });
  }

  /** The fixed form: items per competency × level cell of the blueprint, drawn and shuffled from the attempt's seed. */
  private async fixedForm(
    template: AssessmentTemplateEntity,
    version: MethodologyDetail,
    attempt: AttemptEntity,
  ): Promise<AttemptItemEntity[]> {
    const cells = this.cells(template, version, attempt.positionCode);
    const bank = await this.items.activeFor([...new Set(cells.map((c) => c.competencyCode))]);
    const form = assembleForm(bank, cells, template.blueprint.itemsPerCell, attempt.seed, template.shuffleItems);
    if (form.itemIds.length === 0)
      throw new AssessmentException(AssessmentErrorCode.FormEmpty, 'No active items are available for this form.');
    if (form.shortCells.length) this.logger.warn(`Form for template ${template.id} is short in ${form.shortCells.length} cells`);
    const byId = new Map(bank.map((i) => [i.id, i]));
    return form.itemIds.map((itemId, position) => {
      const item = byId.get(itemId);
      const ids = item ? shuffledIdsOf(item.content.interaction) : null;
      // Ordering items are always shuffled: their authored order is the answer.
      const shuffle = ids && (template.shuffleOptions || item?.type === 'ordering');
      return { attemptId: attempt.id, position, itemId, optionOrder: shuffle ? optionOrder(ids, attempt.seed, position) : null };
    });
  }

  private async assertAdaptiveBank(
    template: AssessmentTemplateEntity,
    version: MethodologyDetail,
    positionCode: string | null,
  ): Promise<AttemptItemEntity[]> {
    const codes = blueprintCompetencies(template, version, positionCode).map((c) => c.code);
    if ((await this.items.activeFor(codes)).length === 0)
      throw new AssessmentException(AssessmentErrorCode.FormEmpty, 'No active items are available for this test.');
    return [];
  }

  private cells(template: AssessmentTemplateEntity, version: MethodologyDetail, positionCode: string | null): FormCell[] {
    const n = version.content.scale.length;
    const b = template.blueprint;
    return blueprintCompetencies(template, version, positionCode).flatMap(({ code, required }) => {
      // A chosen set measures every level; a position profile up to the required one when asked.
      const top = b.levels === 'up_to_required' && b.source === 'position_profile' ? Math.min(n, required ?? n) : n;
      return Array.from({ length: top }, (_, i) => ({ competencyCode: code, level: i + 1 }));
    });
  }

  private async view(
    attempt: AttemptEntity,
    template: AssessmentTemplateEntity,
    withItems = true,
    known?: { sequence: AttemptItemEntity[]; responses: ResponseEntity[] },
  ): Promise<Attempt> {
    const now = new Date();
    const base = {
      id: attempt.id,
      templateId: attempt.templateId,
      templateTitle: template.title,
      purpose: template.purpose,
      methodologyVersionId: attempt.methodologyVersionId,
      status: attempt.status,
      mode: template.mode,
      navigation: template.navigation,
      startedAt: attempt.startedAt.toISOString(),
      deadline: attempt.deadline.toISOString(),
      serverTime: now.toISOString(),
      remainingSeconds: attempt.status === 'in_progress' ? Math.max(0, Math.floor((attempt.deadline.getTime() - now.getTime()) / 1000)) : 0,
    };
    if (!withItems) return { ...base, items: [], responses: [] };
    const sequence = known?.sequence ?? (await this.attempts.items(attempt.id));
    const items = await this.catalog.load(sequence.map((s) => s.itemId));
    const responses = known?.responses ?? (await this.attempts.responses(attempt.id));
    return {
      ...base,
      items: sequence.flatMap((s) => {
        const item = items.get(s.itemId);
        return item ? [deliveredView(item, s.position, s.optionOrder)] : [];
      }),
      responses: responses.map((r) => ({
        itemId: r.itemId,
        answer: r.answer,
        seq: r.seq,
        flagged: r.flagged,
        savedAt: r.savedAt.toISOString(),
      })),
    };
  }

  private async own(actor: Actor, id: string): Promise<AttemptEntity> {
    const attempt = await this.attempts.findById(id);
    if (!attempt || attempt.personId !== actor.personId) throw notFound();
    return attempt;
  }

  private personOf(actor: Actor): string {
    if (!actor.personId)
      throw new AssessmentException(AssessmentErrorCode.NoPerson, 'Your account is not linked to a civil servant record.');
    return actor.personId;
  }

  private isLate(a: AttemptEntity): boolean {
    return Date.now() > a.deadline.getTime() + SAVE_GRACE_SECONDS * 1000;
  }
}
