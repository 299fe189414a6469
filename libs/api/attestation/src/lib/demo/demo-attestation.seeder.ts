import { randomInt, randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { type DecisionOutcome, TemplateInputSchema } from '@civics/contracts';
import { tallyVotes } from '@civics/domain';
import type { DemoSeeder } from '@civics/api-platform';
import { TemplateService } from '@civics/api-assessment';
import { MethodologyService } from '@civics/api-methodology';
import { PlanService } from '@civics/api-training';
import { CertificateService } from '@civics/api-credentials';
import { AttestationRepository } from '../attestation.repository';
import { EvidenceService } from '../evidence.service';
import { AttestationNotifier } from '../attestation-notifier';
import { candidateInvited, memberInvited } from '../notices';
import { DEMO_ATTESTATION_TEMPLATE_TITLE, DEMO_OPEN_SESSION_ID, DEMO_PAST_CANDIDATES, DEMO_PAST_SESSION_ID } from './demo-attestation.data';

const DAY = 86_400_000;
const addDays = (d: Date, n: number) => new Date(d.getTime() + n * DAY);

/**
 * Demo attestation: an attestation template (fixed form by position profile), an open session
 * with the demo `servant` as a candidate (commission: `commission` chairing, `commission2`), and
 * a session decided almost three years ago whose candidates hold certificates that now expire
 * soon (so the due list, the reminders, the certificates and the verify page have real data).
 */
@Injectable()
export class DemoAttestationSeeder implements DemoSeeder {
  readonly name = 'attestation';
  readonly order = 70;

  constructor(
    private readonly repo: AttestationRepository,
    private readonly templates: TemplateService,
    private readonly methodology: MethodologyService,
    private readonly evidence: EvidenceService,
    private readonly plans: PlanService,
    private readonly certificates: CertificateService,
    private readonly notifier: AttestationNotifier,
  ) {}

  async run(): Promise<string[]> {
    const template = await this.template();
    const [org] = await this.repo.query<{ id: string }[]>(`SELECT id FROM organisation WHERE code = 'MDDT-EGOV'`);
    const [unit] = await this.repo.query<{ id: string }[]>(`SELECT id FROM organisation WHERE code = 'MDDT-EGOV-ES'`);
    const members = await this.repo.query<{ id: string; username: string; personId: string | null }[]>(
      `SELECT id, username, person_id AS "personId" FROM account WHERE username IN ('commission', 'commission2') ORDER BY username`,
    );
    const [servant] = await this.repo.query<{ id: string }[]>(`SELECT person_id AS id FROM account WHERE username = 'servant'`);
    if (!org || !unit || members.length < 2 || !servant) return ['Attestation: demo organisations or accounts missing'];
    const commission = members.map((m) => ({ accountId: m.id, chair: m.username === 'commission', personId: m.personId }));

    const people = new Map<string, string>();
    for (const p of DEMO_PAST_CANDIDATES) {
      await this.repo.query(
        `INSERT INTO person (id, personal_code, first_name, last_name, email, organisation_id, position_code, position_title, hired_on)
         VALUES ($1, $2, $3, $4, $5, $6, 'SPECIALIST', 'Baş məsləhətçi', '2018-09-01') ON CONFLICT (personal_code) DO NOTHING`,
        [randomUUID(), p.personalCode, p.firstName, p.lastName, p.email, unit.id],
      );
      const [row] = await this.repo.query<{ id: string }[]>(`SELECT id FROM person WHERE personal_code = $1`, [p.personalCode]);
      people.set(p.personalCode, row.id);
    }

    const lines: string[] = [];
    if (!(await this.repo.session(DEMO_PAST_SESSION_ID))) await this.pastSession(org.id, template, commission, people);
    const certs = (await this.certificates.ofSources((await this.repo.candidates(DEMO_PAST_SESSION_ID)).map((c) => c.id))).map(
      (x) => x.certificate.serial,
    );
    if (!(await this.repo.session(DEMO_OPEN_SESSION_ID)))
      await this.openSession(org.id, template, commission, [servant.id, people.get('AT003DM') as string]);
    lines.push(
      `Attestation: an open session (candidate: servant; commission: commission, commission2) and a decided one; certificates ${certs.join(', ')}`,
    );
    return lines;
  }

  private async template(): Promise<{ id: string; methodologyVersionId: string }> {
    const existing = (await this.templates.activeOfPurpose('attestation')).find((t) => t.title.az === DEMO_ATTESTATION_TEMPLATE_TITLE.az);
    if (existing) return existing;
    return this.templates.create(
      null,
      TemplateInputSchema.parse({
        title: DEMO_ATTESTATION_TEMPLATE_TITLE,
        purpose: 'attestation',
        mode: 'fixed',
        blueprint: { source: 'position_profile', levels: 'up_to_required', itemsPerCell: 1 },
        timeLimitMinutes: 45,
        shuffleItems: true,
        shuffleOptions: true,
        navigation: 'free',
        maxAttempts: 1,
        retakeWaitDays: 0,
        allowReview: false,
        active: true,
      }),
      null,
    );
  }

  private async openSession(
    organisationId: string,
    template: { id: string; methodologyVersionId: string },
    commission: { accountId: string; chair: boolean; personId: string | null }[],
    candidates: string[],
  ): Promise<void> {
    const startsAt = new Date(Date.now() - 60 * 60_000);
    const endsAt = addDays(startsAt, 30);
    const session = {
      id: DEMO_OPEN_SESSION_ID,
      title: 'Elektron hökumət departamenti — attestasiya',
      organisationId,
      startsAt,
      endsAt,
      place: 'Bakı, Rəqəmsal İnkişaf və Nəqliyyat Nazirliyi, 305-ci otaq',
      onlineUrl: null,
      templateId: template.id,
      methodologyVersionId: template.methodologyVersionId,
      createdByAccountId: null,
    };
    await this.repo.insertSession({
      ...session,
      members: commission.map(({ accountId, chair }) => ({ accountId, chair })),
      candidates: candidates.map((personId) => ({ id: randomUUID(), personId, dueReasons: ['no_certificate'] })),
    });
    for (const personId of candidates)
      await this.notifier.tell(
        personId,
        'attestation_invited',
        `attestation_invited:${session.id}:${personId}`,
        candidateInvited(session, this.notifier.url('/attestation/my')),
        '/attestation/my',
      );
    for (const m of commission)
      await this.notifier.tell(
        m.personId,
        'attestation_commission',
        `attestation_commission:${session.id}:${m.accountId}`,
        memberInvited(session, m.chair, this.notifier.url(`/attestation/sessions/${session.id}`)),
        `/attestation/sessions/${session.id}`,
      );
  }

  /** A session held 35 months ago, with real attempts, votes, decisions and certificates. */
  private async pastSession(
    organisationId: string,
    template: { id: string; methodologyVersionId: string },
    commission: { accountId: string; chair: boolean }[],
    people: Map<string, string>,
  ): Promise<void> {
    const version = await this.methodology.get(undefined, template.methodologyVersionId);
    const profile = version.content.positionProfiles.find((p) => p.code === 'SPECIALIST');
    if (!profile) return;
    const startsAt = new Date(Date.UTC(new Date().getUTCFullYear(), new Date().getUTCMonth() - 35, 10, 5, 0));
    const endsAt = new Date(startsAt.getTime() + 4 * 60 * 60_000);
    const decidedAt = addDays(endsAt, 1);
    const candidates = DEMO_PAST_CANDIDATES.map((p) => ({
      id: randomUUID(),
      personId: people.get(p.personalCode) as string,
      short: p.short,
    }));
    await this.repo.insertSession({
      id: DEMO_PAST_SESSION_ID,
      title: 'Elektron xidmətlər şöbəsi — illik attestasiya',
      organisationId,
      startsAt,
      endsAt,
      place: 'Bakı, Rəqəmsal İnkişaf və Nəqliyyat Nazirliyi, 305-ci otaq',
      onlineUrl: null,
      templateId: template.id,
      methodologyVersionId: version.id,
      createdByAccountId: null,
      members: commission,
      candidates: candidates.map((c) => ({ id: c.id, personId: c.personId, dueReasons: ['no_certificate'] })),
    });
    const chair = commission.find((m) => m.chair) as { accountId: string };
    for (const c of candidates) {
      if (!c.short) {
        await this.repo.query(`UPDATE attestation_candidate SET status = 'absent', absent_at = $2 WHERE id = $1`, [c.id, endsAt]);
        continue;
      }
      const attemptId = await this.sitExam(c.personId, template.id, version.id, profile.requirements, c.short, startsAt);
      await this.repo.setAttempt(c.id, attemptId);
      const evidence = await this.evidence.of(attemptId);
      if (!evidence) continue;
      const outcome: DecisionOutcome = evidence.recommendation;
      for (const m of commission)
        await this.repo.query(
          `INSERT INTO attestation_vote (candidate_id, round, account_id, outcome, cast_at) VALUES ($1, 1, $2, $3, $4)`,
          [c.id, m.accountId, outcome, addDays(endsAt, 0.5)],
        );
      const rules = version.content.attestationRules;
      const trainingDeadline =
        outcome === 'meets_subject_to_training' ? addDays(decidedAt, rules.trainingDeadlineDays).toISOString().slice(0, 10) : null;
      const tally = tallyVotes(
        commission.map((m) => ({ outcome, chair: m.chair })),
        commission.length,
        rules.commissionQuorum,
      );
      await this.repo.insertDecision({
        candidateId: c.id,
        round: 1,
        outcome,
        recommendation: evidence.recommendation,
        justification: null,
        evidence,
        votes: tally.counts,
        methodologyVersionId: version.id,
        decidedAt,
        decidedByAccountId: chair.accountId,
        trainingDeadline,
        retakeOn: null,
      });
      if (trainingDeadline) {
        const plan = await this.plans.fromAttestation(c.personId, trainingDeadline);
        await this.repo.setDecisionPlan(c.id, 1, plan.id);
      }
      if (outcome !== 'does_not_meet')
        await this.certificates.issue(
          {
            sourceId: c.id,
            round: 1,
            sessionId: DEMO_PAST_SESSION_ID,
            personId: c.personId,
            outcome,
            decidedAt: decidedAt.toISOString(),
            trainingDeadline,
            methodologyVersionId: version.id,
            positionCode: 'SPECIALIST',
            competencies: evidence.competencies.map((k) => ({ competencyCode: k.competencyCode, level: k.achieved, required: k.required })),
            actorAccountId: null,
          },
          decidedAt,
        );
    }
    await this.repo.query(`UPDATE attestation_session SET status = 'decided', closed_at = $2, closed_by_account_id = $3 WHERE id = $1`, [
      DEMO_PAST_SESSION_ID,
      addDays(decidedAt, 0.1),
      chair.accountId,
    ]);
  }

  /** A scored attempt of the attestation form taken at `at`: every required level reached except the `short` ones. */
  private async sitExam(
    personId: string,
    templateId: string,
    versionId: string,
    requirements: readonly { competencyCode: string; requiredLevel: number }[],
    short: Record<string, number>,
    at: Date,
  ): Promise<string> {
    const id = randomUUID();
    const started = new Date(at.getTime() + 20 * 60_000);
    const scored = new Date(started.getTime() + 35 * 60_000);
    await this.repo.query(
      `INSERT INTO attempt (id, person_id, template_id, methodology_version_id, position_code, seed, status, started_at, deadline, submitted_at,
         scored_at, attestation_session_id) VALUES ($1, $2, $3, $4, 'SPECIALIST', $5, 'scored', $6, $7, $8, $8, $9)`,
      [
        id,
        personId,
        templateId,
        versionId,
        randomInt(1, 2_000_000_000),
        started,
        new Date(started.getTime() + 45 * 60_000),
        scored,
        DEMO_PAST_SESSION_ID,
      ],
    );
    for (const r of requirements.filter((x) => x.requiredLevel > 0)) {
      const level = short[r.competencyCode] ?? r.requiredLevel;
      await this.repo.query(
        `INSERT INTO attempt_result (attempt_id, competency_code, earned, possible, achieved_level) VALUES ($1, $2, $3, $4, $5)`,
        [id, r.competencyCode, level, r.requiredLevel, level],
      );
      await this.repo.query(
        `INSERT INTO competency_measurement (person_id, competency_code, level, attempt_id, methodology_version_id, measured_at)
         VALUES ($1, $2, $3, $4, $5, $6)`,
        [personId, r.competencyCode, level, id, versionId, scored],
      );
    }
    return id;
  }
}
