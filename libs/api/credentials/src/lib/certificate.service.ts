import { randomBytes, randomUUID } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import type {
  Certificate,
  CertificateListQuery,
  CertificateOutcome,
  DecisionOutcome,
  Language,
  LocalizedText,
  RevocationReason,
  RevokeInput,
} from '@civics/contracts';
import { isWellFormedSerial, makeSerial } from '@civics/domain';
import { type Actor, AppConfig, JobsService, type RequestMeta } from '@civics/api-platform';
import { ScopeService } from '@civics/api-identity';
import { AuditService } from '@civics/api-audit';
import { NotificationService } from '@civics/api-training';
import { MailService } from '@civics/api-mail';
import { type CertificateRow, CertificateRepository } from './certificate.repository';
import { CertificateView } from './certificate-view';
import { CredentialSigner } from './credential-signer';
import { buildCredential, envelope } from './open-badge';
import { CredentialsErrorCode, CredentialsException } from './credentials.exception';
import { renderCertificatePdf } from './pdf/certificate-pdf';

export const ISSUE_CERTIFICATE_QUEUE = 'credentials.issue';

/** What a decision hands over for its certificate (the attestation feature builds it). */
export interface IssueRequest {
  /** The decided candidacy; with `round`, at most one certificate each. */
  readonly sourceId: string;
  readonly round: number;
  readonly sessionId: string | null;
  readonly personId: string;
  readonly outcome: DecisionOutcome;
  readonly decidedAt: string;
  /** "Meets subject to training": the deadline of the development plan (the certificate's note). */
  readonly trainingDeadline: string | null;
  readonly methodologyVersionId: string;
  readonly positionCode: string | null;
  readonly competencies: readonly { competencyCode: string; level: number; required: number }[];
  readonly actorAccountId: string | null;
}

function addMonths(date: Date, months: number): string {
  const d = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + months, date.getUTCDate()));
  return d.toISOString().slice(0, 10);
}

const malformed = (serial: string) =>
  new CredentialsException(CredentialsErrorCode.MalformedSerial, 'This is not a certificate serial number.', [
    {
      field: 'params.serial',
      message: `Expected ICT-yyyy- and ten characters with a valid check character, got ${serial.slice(0, 40)}`,
      code: 'malformed_serial',
    },
  ]);
const notFound = () => new CredentialsException(CredentialsErrorCode.CertificateNotFound, 'No certificate has this serial number.');

/** Issues, lists, renders and revokes certificates. */
@Injectable()
export class CertificateService {
  private readonly logger = new Logger('credentials');

  constructor(
    private readonly repo: CertificateRepository,
    private readonly view: CertificateView,
    private readonly signer: CredentialSigner,
    private readonly config: AppConfig,
    private readonly jobs: JobsService,
    private readonly scope: ScopeService,
    private readonly audit: AuditService,
    private readonly notifications: NotificationService,
    private readonly mail: MailService,
  ) {}

  /** A certificate is issued on "meets" and on "meets subject to training"; never on "does not meet". */
  assertPassing(outcome: DecisionOutcome): asserts outcome is CertificateOutcome {
    if (outcome !== 'meets' && outcome !== 'meets_subject_to_training')
      throw new CredentialsException(
        CredentialsErrorCode.DecisionNotPassing,
        'A certificate is issued only for a decision that meets the requirements.',
      );
  }

  /** Queues the issue job (the job writes and signs it); refused for a non-passing decision or a second certificate. */
  async requestIssue(req: IssueRequest): Promise<void> {
    this.assertPassing(req.outcome);
    if (await this.repo.bySource(req.sourceId, req.round))
      throw new CredentialsException(CredentialsErrorCode.CertificateExists, 'The certificate of this decision was already issued.');
    if (!this.jobs.running) {
      // A process without the job runner (JOBS_ENABLED=false) issues at once rather than never.
      await this.issue(req);
      return;
    }
    await this.jobs.send(ISSUE_CERTIFICATE_QUEUE, req, { singletonKey: `${req.sourceId}:${req.round}` });
  }

  /** Issues the certificate of a decision once (a repeated job returns the one issued). */
  async issue(req: IssueRequest, now = new Date()): Promise<Certificate> {
    this.assertPassing(req.outcome);
    const outcome = req.outcome;
    const existing = await this.repo.bySource(req.sourceId, req.round);
    if (existing) return this.view.toCertificate(existing);
    const person = await this.repo.personFacts(req.personId);
    if (!person) throw new Error(`person ${req.personId} not found`);
    const version = await this.view.version(req.methodologyVersionId);
    const titles = new Map(version.content.areas.flatMap((a) => a.competencies.map((c) => [c.code, c.title] as const)));
    const position = version.content.positionProfiles.find((p) => p.code === req.positionCode) ?? null;
    const validUntil = addMonths(now, version.content.attestationRules.certificateValidityMonths);
    const note: LocalizedText | null =
      outcome === 'meets_subject_to_training'
        ? {
            az: `Təlim şərti ilə: inkişaf planı ${req.trainingDeadline ?? '—'} tarixinədək yerinə yetirilməlidir.`,
            ru: `При условии обучения: план развития должен быть выполнен до ${req.trainingDeadline ?? '—'}.`,
            en: `Subject to training: the development plan is to be completed by ${req.trainingDeadline ?? '—'}.`,
          }
        : null;
    let serial = makeSerial(now.getUTCFullYear(), randomBytes(9));
    while (await this.repo.serialTaken(serial)) serial = makeSerial(now.getUTCFullYear(), randomBytes(9));
    const id = randomUUID();
    await this.repo.insertWithStatusEntry(async ({ listId, index }) => {
      const credential = buildCredential({
        certificateId: id,
        serial,
        publicUrl: this.config.publicUrl,
        issuer: this.issuer(),
        holderName: person.name,
        outcome,
        note,
        issuedAt: now,
        validUntil,
        methodology: { id: version.id, title: version.title, versionNumber: version.versionNumber },
        position: req.positionCode ? { code: req.positionCode, title: position?.title ?? null } : null,
        scale: version.content.scale.map((s) => ({ level: s.level, label: s.label })),
        competencies: req.competencies.map((c) => ({ ...c, title: titles.get(c.competencyCode) ?? { en: c.competencyCode } })),
        status: { listUrl: this.statusListUrl(listId), index },
      });
      const { jws, kid } = await this.signer.sign(credential);
      return {
        id,
        serial,
        personId: req.personId,
        holderName: person.name,
        sourceId: req.sourceId,
        sourceRound: req.round,
        sessionId: req.sessionId,
        outcome,
        note,
        methodologyVersionId: version.id,
        positionCode: req.positionCode,
        competencies: [...req.competencies],
        issuedAt: now,
        validUntil,
        keyId: kid,
        jws,
        statusListId: listId,
        statusIndex: index,
      };
    });
    await this.audit.record({
      actorAccountId: req.actorAccountId,
      action: 'credentials.certificate_issued',
      subjectPersonId: req.personId,
      purpose: 'attestation certificate',
      details: { serial, outcome, methodologyVersionId: version.id, sourceId: req.sourceId, round: req.round },
    });
    await this.tellHolder(req.personId, serial, validUntil);
    this.logger.log(`Issued certificate ${serial}`);
    return this.view.toCertificate((await this.repo.bySerial(serial)) as CertificateRow);
  }

  async mine(actor: Actor): Promise<Certificate[]> {
    if (!actor.personId) return [];
    return this.view.many(await this.repo.ofPerson(actor.personId));
  }

  async list(actor: Actor, q: CertificateListQuery): Promise<Certificate[]> {
    const roots = this.scope.organisationRoots(actor);
    if (q.organisationId && !(await this.scope.canManageOrganisation(actor, q.organisationId))) return [];
    const all = await this.view.many(await this.repo.inScope(roots, q.organisationId));
    return q.status ? all.filter((c) => c.status === q.status) : all;
  }

  /** Certificates made from these sources (attestation candidacies), with the decision round; oldest first. */
  async ofSources(sourceIds: readonly string[]): Promise<{ sourceId: string; round: number; certificate: Certificate }[]> {
    const rows = await this.repo.ofSources(sourceIds);
    const out: { sourceId: string; round: number; certificate: Certificate }[] = [];
    for (const r of rows) out.push({ sourceId: r.sourceId, round: r.sourceRound, certificate: await this.view.toCertificate(r) });
    return out;
  }

  /** Each person's latest certificate that is not revoked (expired or not), for deciding who is due. */
  async latestByPersons(
    personIds: readonly string[],
  ): Promise<Map<string, { serial: string; validUntil: string; positionCode: string | null }>> {
    return new Map((await this.repo.latestNotRevoked(personIds)).map((r) => [r.personId, r]));
  }

  async get(actor: Actor, serial: string): Promise<Certificate> {
    return this.view.toCertificate(await this.visible(actor, serial, 'certificate'));
  }

  async pdf(actor: Actor, serial: string, language: Language): Promise<{ fileName: string; bytes: Buffer }> {
    const row = await this.visible(actor, serial, 'certificate PDF');
    const c = await this.view.toCertificate(row);
    const version = await this.view.version(row.methodologyVersionId);
    const position = version.content.positionProfiles.find((p) => p.code === row.positionCode);
    const bytes = await renderCertificatePdf({
      certificate: c,
      language,
      issuerName: this.config.credentialIssuerName,
      positionTitle: position?.title[language] ?? position?.title.az ?? row.positionCode ?? '',
      verifyPageUrl: this.view.verifyPageUrl(row.serial),
      keyId: row.keyId,
    });
    return { fileName: `${row.serial}-${language}.pdf`, bytes };
  }

  /** The signed credential as a VC 2.0 `EnvelopedVerifiableCredential` file. */
  async credentialFile(actor: Actor, serial: string): Promise<{ fileName: string; json: Record<string, unknown> }> {
    const row = await this.visible(actor, serial, 'certificate credential');
    return { fileName: `${row.serial}.credential.json`, json: envelope(row.jws) };
  }

  async revoke(actor: Actor, serial: string, input: RevokeInput, meta: RequestMeta | null): Promise<Certificate> {
    const row = await this.visible(actor, serial, null);
    await this.revokeRow(row, input.reason, input.note, actor.accountId, meta?.requestId ?? null);
    return this.view.toCertificate((await this.repo.bySerial(serial)) as CertificateRow);
  }

  /** Revokes the certificate of a source (e.g. a decision changed on appeal); nothing when it has none or it is revoked. */
  async revokeForSource(
    sourceId: string,
    round: number,
    reason: RevocationReason,
    note: string,
    actorAccountId: string | null,
  ): Promise<string | null> {
    const row = await this.repo.bySource(sourceId, round);
    if (!row || row.revokedAt) return null;
    await this.revokeRow(row, reason, note, actorAccountId, null);
    return row.serial;
  }

  private async revokeRow(
    row: CertificateRow,
    reason: RevocationReason,
    note: string,
    actorAccountId: string | null,
    requestId: string | null,
  ): Promise<void> {
    if (!(await this.repo.revoke(row.id, reason, note, actorAccountId)))
      throw new CredentialsException(CredentialsErrorCode.AlreadyRevoked, 'This certificate is already revoked.');
    await this.audit.record({
      actorAccountId,
      action: 'credentials.certificate_revoked',
      subjectPersonId: row.personId,
      purpose: 'attestation certificate',
      requestId,
      details: { serial: row.serial, reason, note, statusList: row.statusListId, statusIndex: row.statusIndex },
    });
    await this.notifications.notify(
      row.personId,
      'certificate_revoked',
      `certificate_revoked:${row.serial}`,
      {
        az: `${row.serial} nömrəli sertifikatınız ləğv edilib.`,
        ru: `Ваш сертификат ${row.serial} отозван.`,
        en: `Your certificate ${row.serial} has been revoked.`,
      },
      '/attestation/my',
    );
  }

  /** The issuer profile every credential names. */
  issuer(): { id: string; name: string } {
    return { id: `${this.config.publicUrl}/api/credentials/issuer`, name: this.config.credentialIssuerName };
  }

  statusListUrl(listId: number): string {
    return `${this.config.publicUrl}/api/credentials/status/${listId}`;
  }

  /** The serial checked for shape first, so a malformed one never reaches the database. */
  async bySerial(serial: string): Promise<CertificateRow> {
    if (!isWellFormedSerial(serial)) throw malformed(serial);
    const row = await this.repo.bySerial(serial);
    if (!row) throw notFound();
    return row;
  }

  /** The holder, HR of the holder's organisation subtree and administrators; others: not found. HR reads are audited. */
  private async visible(actor: Actor, serial: string, readPurpose: string | null): Promise<CertificateRow> {
    const row = await this.bySerial(serial);
    if (actor.personId === row.personId) return row;
    if (!actor.permissions.has('attestation:manage') || !(await this.scope.canManageOrganisation(actor, row.organisationId)))
      throw notFound();
    if (readPurpose)
      await this.audit.record({
        actorAccountId: actor.accountId,
        action: 'credentials.certificate_read',
        subjectPersonId: row.personId,
        purpose: readPurpose,
        details: { serial: row.serial },
      });
    return row;
  }

  private async tellHolder(personId: string, serial: string, validUntil: string): Promise<void> {
    const url = this.view.verifyPageUrl(serial);
    await this.notifications.notify(
      personId,
      'certificate_issued',
      `certificate_issued:${serial}`,
      {
        az: `Sertifikatınız verildi: ${serial} (etibarlıdır ${validUntil} tarixinədək).`,
        ru: `Ваш сертификат выдан: ${serial} (действителен до ${validUntil}).`,
        en: `Your certificate has been issued: ${serial} (valid until ${validUntil}).`,
      },
      '/attestation/my',
    );
    await this.mail.queue({
      personId,
      kind: 'certificate_issued',
      dedupeKey: `certificate_issued:${serial}`,
      subject: { az: `Sertifikat ${serial}`, ru: `Сертификат ${serial}`, en: `Certificate ${serial}` },
      text: {
        az: `Hörmətli qulluqçu,\n\nAttestasiya üzrə sertifikatınız verildi: ${serial}.\nEtibarlıdır: ${validUntil} tarixinədək.\nYoxlama: ${url}\n\nSertifikatı PDF və yoxlanıla bilən sənəd kimi platformadan yükləyə bilərsiniz.`,
        ru: `Уважаемый служащий,\n\nВаш сертификат по аттестации выдан: ${serial}.\nДействителен до: ${validUntil}.\nПроверка: ${url}\n\nСертификат можно скачать на платформе в виде PDF и проверяемого документа.`,
        en: `Dear colleague,\n\nYour attestation certificate has been issued: ${serial}.\nValid until: ${validUntil}.\nVerify: ${url}\n\nYou can download it from the platform as a PDF and as a verifiable credential.`,
      },
    });
  }
}
