import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { Language, ResourceInput } from '@civics/contracts';
import { seededRandom } from '@civics/domain';
import type { DemoSeeder } from '@civics/api-platform';
import { DEMO_PROVIDER_ID } from '@civics/api-identity';
import { MethodologyService } from '@civics/api-methodology';
import { TrainingRepository } from '../training.repository';
import { CatalogueService } from '../catalogue.service';
import { addDays, todayIso } from '../training-access';
import { DEMO_COURSES, DEMO_MODULES, DEMO_PROVIDERS, DEMO_RESOURCES, DEMO_SECOND_PROVIDER_ID, describe } from './demo-courses.data';

/** Courses with a finished session whose completers and a comparison group were measured before and after. */
const EFFECTIVENESS_COURSES: Record<string, number> = { 'IS-PDL': 8, 'ED-FOUND': 8, 'PM1-BPMN': 8, 'EG2-INT': 2 };
const POPULATION = 32;

const FIRST = [
  'Nigar',
  'Rauf',
  'Leyla',
  'Tural',
  'Sevinc',
  'Orxan',
  'Könül',
  'Fuad',
  'Aynur',
  'Kamran',
  'Nərmin',
  'Elçin',
  'Gülnar',
  'Vüsal',
  'Səbinə',
  'Ramil',
];
const LAST = ['Abbasov', 'Hüseynova', 'Kərimov', 'Rzayeva', 'Məmmədov', 'Cəfərova', 'Qasımov', 'Nəsirova'];

/**
 * Demo training data: two providers, 30 approved courses covering every competency of version 1
 * with upcoming sessions, a resource library, and a population of 32 civil servants whose
 * enrolments, completions and measurements before and after make the effectiveness charts
 * meaningful. The demo accounts themselves get no measurements (their journey starts empty).
 */
@Injectable()
export class DemoTrainingSeeder implements DemoSeeder {
  readonly name = 'training catalogue';
  readonly order = 60;

  constructor(
    private readonly repo: TrainingRepository,
    private readonly catalogue: CatalogueService,
    private readonly methodology: MethodologyService,
  ) {}

  async run(): Promise<string[]> {
    if (await this.repo.provider(DEMO_PROVIDER_ID)) return [];
    const [a, b] = DEMO_PROVIDERS;
    await this.catalogue.createProvider(null, { ...a, specialisations: [...a.specialisations] }, null, DEMO_PROVIDER_ID);
    await this.catalogue.createProvider(null, { ...b, specialisations: [...b.specialisations] }, null, DEMO_SECOND_PROVIDER_ID);

    const today = todayIso();
    const random = seededRandom(2026);
    const courseIds = new Map<string, string>();
    const pastSessions = new Map<string, string>();
    let n = 0;
    for (const c of DEMO_COURSES) {
      const id = randomUUID();
      courseIds.set(c.code, id);
      await this.repo.insertCourse(
        id,
        c.provider === 1 ? DEMO_PROVIDER_ID : DEMO_SECOND_PROVIDER_ID,
        {
          code: c.code,
          title: c.title,
          description: describe(c),
          targets: c.targets.map(([competencyCode, fromLevel, toLevel]) => ({ competencyCode, fromLevel, toLevel })),
          format: c.format,
          hours: c.hours,
          languages: [...c.languages],
          modules: DEMO_MODULES.map((m) => ({ title: m.title, hours: Math.max(1, Math.round(c.hours * m.share)) })),
          priceAzn: c.provider === 1 ? null : 40 * Math.round(c.hours / 4),
        },
        'approved',
      );
      await this.repo.query(`UPDATE course SET reviewed_at = now(), review_comment = 'Demo: approved' WHERE id = $1`, [id]);
      // Two upcoming sessions: one soon, one later (the second in another language when taught in several).
      const place = (lang: Language) =>
        c.format === 'online'
          ? { place: null, onlineUrl: `https://learn.example.az/${c.code.toLowerCase()}/${lang}` }
          : { place: c.provider === 1 ? 'Bakı, Nizami küç. 90, otaq 204' : 'Bakı, Azadlıq pr. 21, 3-cü mərtəbə', onlineUrl: null };
      const days = (c.hours <= 16 ? 2 : 5) - 1;
      const soon = 10 + (n % 5) * 7;
      const langs = [...c.languages];
      for (const [i, start] of [soon, soon + 45].entries()) {
        const lang = langs[i % langs.length];
        await this.repo.insertSession(randomUUID(), id, {
          startsOn: addDays(today, start),
          endsOn: addDays(today, start + days),
          language: lang,
          ...place(lang),
          capacity: c.format === 'classroom' ? 20 : 30,
        });
      }
      if (EFFECTIVENESS_COURSES[c.code]) {
        const sid = randomUUID();
        await this.repo.insertSession(sid, id, {
          startsOn: addDays(today, -120),
          endsOn: addDays(today, -120 + days),
          language: langs[0],
          ...place(langs[0]),
          capacity: 25,
        });
        pastSessions.set(c.code, sid);
      }
      n++;
    }

    for (const r of DEMO_RESOURCES) {
      const input: ResourceInput = {
        kind: r.kind,
        title: r.title,
        ...(r.summary ? { summary: r.summary } : {}),
        competencies: [...r.competencies],
        languages: [...r.languages],
        url: r.url,
        publishedOn: r.publishedOn,
      };
      await this.catalogue.createResource(null, input);
    }

    const population = await this.population(today, random, pastSessions);
    return [
      `Training: 2 providers, ${DEMO_COURSES.length} approved courses with sessions, ${DEMO_RESOURCES.length} library resources, ${population}`,
    ];
  }

  /** Civil servants measured before and after training (and a comparison group measured at the same times). */
  private async population(today: string, random: () => number, pastSessions: Map<string, string>): Promise<string> {
    const [template] = await this.repo.query<{ id: string }[]>(
      `SELECT id FROM assessment_template WHERE purpose = 'diagnostic' ORDER BY created_at LIMIT 1`,
    );
    const orgs = await this.repo.query<{ id: string; code: string }[]>(`SELECT id, code FROM organisation WHERE code = ANY($1)`, [
      ['MDDT-EGOV-ES', 'STS-IT-DS'],
    ]);
    if (!template || orgs.length === 0) return 'no population (no diagnostic template or organisations)';
    const version = await this.methodology.current();
    const codes = version.content.areas.flatMap((a) => a.competencies.map((c) => c.code));
    const people: string[] = [];
    for (let i = 0; i < POPULATION; i++) {
      const id = randomUUID();
      people.push(id);
      const first = FIRST[i % FIRST.length];
      const last = LAST[(i * 3) % LAST.length];
      await this.repo.query(
        `INSERT INTO person (id, personal_code, first_name, last_name, email, preferred_language, organisation_id, position_code, position_title, hired_on)
         VALUES ($1, $2, $3, $4, $5, $6, $7, 'EGOV_IT_SPECIALIST', 'Mütəxəssis', '2020-02-01')`,
        [
          id,
          `TR${String(i + 1).padStart(3, '0')}DM`,
          first,
          last,
          `demo.trainee${i + 1}@example.gov.az`,
          i % 5 === 4 ? 'ru' : 'az',
          orgs[i % orgs.length].id,
        ],
      );
    }
    const attempt = async (personId: string, at: string) => {
      const id = randomUUID();
      await this.repo.query(
        `INSERT INTO attempt (id, person_id, template_id, methodology_version_id, position_code, seed, status, started_at, deadline, submitted_at, scored_at)
         VALUES ($1, $2, $3, $4, 'EGOV_IT_SPECIALIST', $5, 'scored', $6::timestamptz, $6::timestamptz + interval '45 minutes',
                 $6::timestamptz + interval '30 minutes', $6::timestamptz + interval '30 minutes')`,
        [id, personId, template.id, version.id, Math.floor(random() * 1e9), at],
      );
      return id;
    };
    const measure = async (attemptId: string, personId: string, code: string, level: number, at: string) =>
      this.repo.query(
        `INSERT INTO competency_measurement (person_id, competency_code, level, attempt_id, methodology_version_id, measured_at)
         VALUES ($1, $2, $3, $4, $5, $6::timestamptz + interval '30 minutes')`,
        [personId, code, level, attemptId, version.id, at],
      );

    // Who took which course: consecutive groups of the population.
    const takes = new Map<string, string>(); // personId → course code
    let k = 0;
    for (const [code, count] of Object.entries(EFFECTIVENESS_COURSES)) for (let j = 0; j < count; j++) takes.set(people[k++], code);
    const targetsOf = new Map(DEMO_COURSES.map((c) => [c.code, c.targets.map((t) => t[0])]));

    const before = `${addDays(today, -150)}T09:00:00Z`;
    const after = `${addDays(today, -20)}T09:00:00Z`;
    const measuredAfter = [...new Set([...Object.keys(EFFECTIVENESS_COURSES)].flatMap((c) => targetsOf.get(c) ?? []))];
    let completions = 0;
    for (const personId of people) {
      const course = takes.get(personId);
      const trained = new Set(course ? targetsOf.get(course) : []);
      const pre = new Map<string, number>();
      const a1 = await attempt(personId, before);
      for (const code of codes) {
        const level = trained.has(code) ? Math.floor(random() * 2) : Math.floor(random() * 3);
        pre.set(code, level);
        await measure(a1, personId, code, level, before);
      }
      const a2 = await attempt(personId, after);
      for (const code of measuredAfter) {
        const p = pre.get(code) ?? 0;
        const gain = trained.has(code) ? 1 + (random() < 0.45 ? 1 : 0) : random() < 0.15 ? 1 : 0;
        await measure(a2, personId, code, Math.min(4, p + gain), after);
      }
      if (course) {
        const sessionId = pastSessions.get(course) as string;
        await this.repo.query(
          `INSERT INTO enrolment (id, session_id, person_id, status, score, evidence, completed_at, created_at)
           VALUES ($1, $2, $3, 'completed', $4, 'Demo: completion recorded by the provider', $5::timestamptz, $6::timestamptz)`,
          [
            randomUUID(),
            sessionId,
            personId,
            70 + Math.floor(random() * 30),
            `${addDays(today, -110)}T15:00:00Z`,
            `${addDays(today, -130)}T10:00:00Z`,
          ],
        );
        completions++;
      }
    }
    // Some upcoming places are already taken, so free places differ between sessions.
    const upcoming = await this.repo.query<{ id: string }[]>(
      `SELECT s.id FROM course_session s WHERE s.starts_on >= $1::date ORDER BY s.starts_on, s.id LIMIT 6`,
      [today],
    );
    let enrolled = 0;
    for (const [i, s] of upcoming.entries())
      for (const personId of people.slice(i * 4, i * 4 + 3 + (i % 3))) {
        await this.repo.enrol(randomUUID(), s.id, personId, null, true, today);
        enrolled++;
      }
    return `${POPULATION} trainees (${completions} completions measured before and after, ${enrolled} upcoming enrolments)`;
  }
}
