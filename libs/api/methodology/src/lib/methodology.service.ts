import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import {
  type ContentText,
  type MethodologyApprove,
  type MethodologyContent,
  type MethodologyCreate,
  type MethodologyDetail,
  type MethodologyDiff,
  type MethodologyRetire,
  type MethodologyStatus,
  type MethodologySummary,
  type MethodologyUpdate,
  Permission,
} from '@civics/contracts';
import { diffMethodologyContent, integrityProblems, missingTranslations } from '@civics/domain';
import { type Actor, ExpiringCache, type RequestMeta } from '@civics/api-platform';
import { AuditService } from '@civics/api-audit';
import { MethodologyRepository } from './methodology.repository';
import { MethodologyErrorCode, MethodologyException } from './methodology.exception';
import { toDetail, toSummary } from './methodology.mapper';
import type { MethodologyVersionEntity } from './methodology-version.entity';

const VERSION_TTL_MS = 5000;

export const MethodologyAuditAction = {
  Created: 'methodology.created',
  Updated: 'methodology.updated',
  Deleted: 'methodology.deleted',
  Approved: 'methodology.approved',
  Retired: 'methodology.retired',
  Imported: 'methodology.imported',
} as const;

function canSeeDrafts(actor: Actor | undefined): boolean {
  return !!actor?.permissions.has(Permission.MethodologyReadDrafts);
}

/** The methodology life cycle: draft → approved (frozen, current) → retired. */
@Injectable()
export class MethodologyService {
  /** Unknown ids are not remembered. */
  private readonly versions = new ExpiringCache<{ status: string; detail: MethodologyDetail } | null>(
    VERSION_TTL_MS,
    100,
    (v) => v !== null,
  );
  /** The repository's generation the cached versions were loaded under. */
  private versionsGeneration = 0;

  constructor(
    private readonly repo: MethodologyRepository,
    private readonly audit: AuditService,
  ) {}

  async list(actor: Actor | undefined, status?: MethodologyStatus): Promise<MethodologySummary[]> {
    const visible: MethodologyStatus[] = canSeeDrafts(actor) ? ['draft', 'approved', 'retired'] : ['approved', 'retired'];
    const rows = await this.repo.list(status ? visible.filter((s) => s === status) : visible);
    return rows.map(toSummary);
  }

  async current(): Promise<MethodologyDetail> {
    const v = await this.repo.findCurrent();
    if (!v) throw new MethodologyException(MethodologyErrorCode.NoCurrent, 'No methodology version is approved yet.');
    return toDetail(v);
  }

  /** The current framework as readers browse it: served by a read replica when there is one. */
  async currentFramework(): Promise<MethodologyDetail> {
    const v = await this.repo.findCurrentOnReplica();
    if (!v) throw new MethodologyException(MethodologyErrorCode.NoCurrent, 'No methodology version is approved yet.');
    return toDetail(v);
  }

  /**
   * A version as the caller may see it. Every exam start and submit reads its version, so the
   * loaded version is kept for VERSION_TTL_MS and concurrent reads share one load; any
   * replica's write drops it at once (the repository's generation, bumped through ClusterEvents;
   * approved content never changes). Callers must not modify the result.
   */
  async get(actor: Actor | undefined, id: string): Promise<MethodologyDetail> {
    const v = await this.shared(id);
    if (!v || (v.status === 'draft' && !canSeeDrafts(actor)))
      throw new MethodologyException(MethodologyErrorCode.NotFound, 'The methodology version was not found.');
    return v.detail;
  }

  private shared(id: string): Promise<{ status: string; detail: MethodologyDetail } | null> {
    if (this.versionsGeneration !== this.repo.generation) {
      this.versions.clear();
      this.versionsGeneration = this.repo.generation;
    }
    return this.versions.get(id, () => this.repo.findById(id).then((v) => (v ? { status: v.status, detail: toDetail(v) } : null)));
  }

  /** The entity, when the caller may see it (drafts are the methodologists' working copies). */
  async visible(actor: Actor | undefined, id: string): Promise<MethodologyVersionEntity> {
    const v = await this.repo.findById(id);
    if (!v || (v.status === 'draft' && !canSeeDrafts(actor)))
      throw new MethodologyException(MethodologyErrorCode.NotFound, 'The methodology version was not found.');
    return v;
  }

  async create(
    actor: Actor,
    input: MethodologyCreate,
    meta: RequestMeta,
    action: string = MethodologyAuditAction.Created,
  ): Promise<MethodologyDetail> {
    this.assertIntegrity(input.content, 'body.content');
    const now = new Date();
    const v = await this.repo.transaction(async (m) =>
      this.repo.insert({
        id: randomUUID(),
        code: input.code,
        versionNumber: await this.repo.nextVersionNumber(input.code, m),
        title: input.title,
        status: 'draft',
        isCurrent: false,
        legalBasis: null,
        effectiveDate: null,
        basedOnId: null,
        content: input.content,
        approvedAt: null,
        approvedByAccountId: null,
        approvedByName: null,
        retiredAt: null,
        retireReason: null,
        createdByAccountId: actor.accountId,
        createdAt: now,
        updatedAt: now,
      }),
    );
    await this.audit.record({
      actorAccountId: actor.accountId,
      action,
      requestId: meta.requestId,
      details: { methodologyId: v.id, code: v.code, versionNumber: v.versionNumber },
    });
    return toDetail(v);
  }

  async update(actor: Actor, id: string, input: MethodologyUpdate, meta: RequestMeta): Promise<MethodologyDetail> {
    const v = await this.draft(actor, id);
    if (input.content) this.assertIntegrity(input.content, 'body.content');
    if (input.title) v.title = input.title;
    if (input.content) v.content = input.content;
    v.updatedAt = new Date();
    const saved = await this.repo.save(v);
    await this.audit.record({
      actorAccountId: actor.accountId,
      action: MethodologyAuditAction.Updated,
      requestId: meta.requestId,
      details: { methodologyId: id },
    });
    return toDetail(saved);
  }

  async remove(actor: Actor, id: string, meta: RequestMeta): Promise<void> {
    await this.draft(actor, id);
    await this.repo.delete(id);
    await this.audit.record({
      actorAccountId: actor.accountId,
      action: MethodologyAuditAction.Deleted,
      requestId: meta.requestId,
      details: { methodologyId: id },
    });
  }

  async approve(actor: Actor, id: string, input: MethodologyApprove, meta: RequestMeta): Promise<MethodologyDetail> {
    const v = await this.draft(actor, id);
    this.assertIntegrity(v.content, 'content');
    const missing = missingTranslations(v.content);
    const titleMissing = (['az', 'ru', 'en'] as const).filter((l) => !v.title[l]);
    if (missing.length || titleMissing.length) {
      throw new MethodologyException(
        MethodologyErrorCode.TranslationsMissing,
        'Every text needs Azerbaijani, Russian and English before approval.',
        [
          ...(titleMissing.length ? [{ field: 'title', message: `Missing: ${titleMissing.join(', ')}`, code: 'translation_missing' }] : []),
          ...missing.map((t) => ({
            field: `content.${t.path}`,
            message: `Missing: ${t.languages.join(', ')}`,
            code: 'translation_missing',
          })),
        ],
      );
    }
    await this.repo.transaction(async (m) => {
      const fresh = await this.repo.findByIdIn(m, id);
      if (fresh?.status !== 'draft') throw this.frozen();
      await this.repo.update(m, id, {
        status: 'approved',
        legalBasis: input.legalBasis,
        effectiveDate: input.effectiveDate,
        approvedAt: new Date(),
        approvedByAccountId: actor.accountId,
        approvedByName: actor.username,
        updatedAt: new Date(),
      });
      await this.repo.makeCurrent(m, id);
      await this.audit.record(
        {
          actorAccountId: actor.accountId,
          action: MethodologyAuditAction.Approved,
          requestId: meta.requestId,
          details: { methodologyId: id, code: v.code, versionNumber: v.versionNumber, legalBasis: input.legalBasis },
        },
        m,
      );
    });
    return this.get(actor, id);
  }

  async clone(actor: Actor, id: string, meta: RequestMeta): Promise<MethodologyDetail> {
    const source = await this.visible(actor, id);
    const created = await this.create(actor, { code: source.code, title: source.title as ContentText, content: source.content }, meta);
    const v = (await this.repo.findById(created.id)) as MethodologyVersionEntity;
    v.basedOnId = source.id;
    return toDetail(await this.repo.save(v));
  }

  async retire(actor: Actor, id: string, input: MethodologyRetire, meta: RequestMeta): Promise<MethodologyDetail> {
    await this.repo.transaction(async (m) => {
      const v = await this.repo.findByIdIn(m, id);
      if (!v) throw new MethodologyException(MethodologyErrorCode.NotFound, 'The methodology version was not found.');
      if (v.status !== 'approved')
        throw new MethodologyException(MethodologyErrorCode.NotApproved, 'Only an approved version can be retired.');
      if (v.isCurrent) {
        if (!input.successorId)
          throw new MethodologyException(
            MethodologyErrorCode.SuccessorRequired,
            'The current version needs an approved successor before it is retired.',
          );
        const successor = await this.repo.findByIdIn(m, input.successorId);
        if (!successor || successor.id === id || successor.status !== 'approved') {
          throw new MethodologyException(MethodologyErrorCode.InvalidSuccessor, 'The successor must be another approved version.', [
            { field: 'body.successorId', message: 'Not another approved version', code: 'invalid_successor' },
          ]);
        }
        await this.repo.update(m, id, { isCurrent: false });
        await this.repo.makeCurrent(m, successor.id);
      }
      await this.repo.update(m, id, { status: 'retired', retiredAt: new Date(), retireReason: input.reason, updatedAt: new Date() });
      await this.audit.record(
        {
          actorAccountId: actor.accountId,
          action: MethodologyAuditAction.Retired,
          requestId: meta.requestId,
          details: { methodologyId: id, successorId: input.successorId ?? null, reason: input.reason },
        },
        m,
      );
    });
    return this.get(actor, id);
  }

  async diff(actor: Actor | undefined, id: string, otherId: string): Promise<MethodologyDiff> {
    const [a, b] = await Promise.all([this.visible(actor, id), this.visible(actor, otherId)]);
    return { fromId: a.id, toId: b.id, ...diffMethodologyContent(a.content, b.content) };
  }

  private async draft(actor: Actor, id: string): Promise<MethodologyVersionEntity> {
    const v = await this.visible(actor, id);
    if (v.status !== 'draft') throw this.frozen();
    return v;
  }

  private frozen(): MethodologyException {
    return new MethodologyException(MethodologyErrorCode.Frozen, 'This version is approved and frozen; clone it to make changes.');
  }

  private assertIntegrity(content: MethodologyContent, prefix: string): void {
    const problems = integrityProblems(content);
    if (problems.length) {
      throw new MethodologyException(
        MethodologyErrorCode.InvalidContent,
        'The methodology content is inconsistent.',
        problems.map((p) => ({ field: `${prefix}.${p.path}`, message: p.message, code: p.code })),
      );
    }
  }
}
