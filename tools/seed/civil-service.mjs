#!/usr/bin/env node
// A realistic civil service for scale tests: ~300 organisations (agencies → departments → units),
// N people (default 100,000) with positions, hire and leaving dates, and up to three diagnostic
// measurements each over the last two years, plus development plans. Runs against a migrated
// database that already holds an approved methodology and a diagnostic template (start the API
// once on it: it migrates and seeds them). Rows are made by multi-row INSERT … SELECT statements
// (people from arrays through unnest, measurements generated inside PostgreSQL), so 100,000
// people with ~2.7 million measurements take about a minute.
//
//   node tools/seed/civil-service.mjs --url postgres://… [--people 100000] [--agencies 20] [--seed 7]
import { parseArgs } from 'node:util';
import pg from 'pg';

const AGENCIES = [
  ['Rəqəmsal İnkişaf Agentliyi', 'Агентство цифрового развития', 'Digital Development Agency'],
  ['Maliyyə Nazirliyi', 'Министерство финансов', 'Ministry of Finance'],
  ['Ədliyyə Nazirliyi', 'Министерство юстиции', 'Ministry of Justice'],
  ['Təhsil Nazirliyi', 'Министерство образования', 'Ministry of Education'],
  ['Səhiyyə Nazirliyi', 'Министерство здравоохранения', 'Ministry of Health'],
  [
    'Əmək və Əhalinin Sosial Müdafiəsi Nazirliyi',
    'Министерство труда и социальной защиты населения',
    'Ministry of Labour and Social Protection',
  ],
  ['İqtisadiyyat Nazirliyi', 'Министерство экономики', 'Ministry of Economy'],
  ['Kənd Təsərrüfatı Nazirliyi', 'Министерство сельского хозяйства', 'Ministry of Agriculture'],
  ['Ekologiya və Təbii Sərvətlər Nazirliyi', 'Министерство экологии и природных ресурсов', 'Ministry of Ecology and Natural Resources'],
  ['Mədəniyyət Nazirliyi', 'Министерство культуры', 'Ministry of Culture'],
  ['Energetika Nazirliyi', 'Министерство энергетики', 'Ministry of Energy'],
  ['Gənclər və İdman Nazirliyi', 'Министерство молодёжи и спорта', 'Ministry of Youth and Sports'],
  ['Xarici İşlər Nazirliyi', 'Министерство иностранных дел', 'Ministry of Foreign Affairs'],
  ['Dövlət Statistika Komitəsi', 'Государственный комитет по статистике', 'State Statistical Committee'],
  ['Dövlət Gömrük Komitəsi', 'Государственный таможенный комитет', 'State Customs Committee'],
  ['Dövlət Miqrasiya Xidməti', 'Государственная миграционная служба', 'State Migration Service'],
  ['Əmlak Məsələləri Dövlət Xidməti', 'Государственная служба по имущественным вопросам', 'State Service for Property Issues'],
  ['Dövlət Məşğulluq Agentliyi', 'Государственное агентство занятости', 'State Employment Agency'],
  [
    'Vətəndaşlara Xidmət və Sosial İnnovasiyalar Agentliyi',
    'Агентство по обслуживанию граждан и социальным инновациям',
    'Agency for Citizen Services and Social Innovations',
  ],
  ['Dövlət Torpaq və Xəritəçəkmə Komitəsi', 'Государственный комитет по земле и картографии', 'State Committee for Land and Mapping'],
];
const DEPARTMENTS = [
  ['İnformasiya texnologiyaları departamenti', 'Департамент информационных технологий', 'Information Technology Department', 'it'],
  ['İnsan resursları departamenti', 'Департамент кадровых ресурсов', 'Human Resources Department', 'hr'],
  ['Hüquq departamenti', 'Юридический департамент', 'Legal Department', 'legal'],
  ['Maliyyə departamenti', 'Финансовый департамент', 'Finance Department', 'fin'],
  ['Siyasət və planlaşdırma departamenti', 'Департамент политики и планирования', 'Policy and Planning Department', 'policy'],
];
const UNITS = [
  ['Elektron xidmətlər şöbəsi', 'Отдел электронных услуг', 'E-Services Unit'],
  ['Sənəd dövriyyəsi şöbəsi', 'Отдел документооборота', 'Document Management Unit'],
  ['Məlumatların idarə edilməsi şöbəsi', 'Отдел управления данными', 'Data Management Unit'],
  ['Vətəndaşlarla iş şöbəsi', 'Отдел работы с гражданами', 'Citizen Relations Unit'],
  ['Təhlil və hesabat şöbəsi', 'Отдел анализа и отчётности', 'Analysis and Reporting Unit'],
  ['Layihələrin idarə edilməsi şöbəsi', 'Отдел управления проектами', 'Project Management Unit'],
];
const MEN = [
  'Rauf',
  'Tural',
  'Orxan',
  'Fuad',
  'Kamran',
  'Elçin',
  'Vüsal',
  'Ramil',
  'Şahin',
  'İlkin',
  'Cavid',
  'Anar',
  'Rəşad',
  'Elvin',
  'Murad',
  'Nicat',
  'Səməd',
  'Ülvi',
  'Zaur',
  'Əli',
];
const WOMEN = [
  'Nigar',
  'Leyla',
  'Sevinc',
  'Könül',
  'Aynur',
  'Nərmin',
  'Gülnar',
  'Səbinə',
  'Ülviyyə',
  'Günel',
  'Aytən',
  'Xədicə',
  'Aysel',
  'Günay',
  'Lalə',
  'Fidan',
  'Təranə',
  'Şəbnəm',
  'Zəhra',
  'İlahə',
];
const FAMILIES = [
  'Məmmədov',
  'Əliyev',
  'Hüseynov',
  'Həsənov',
  'Quliyev',
  'İsmayılov',
  'Abbasov',
  'Kərimov',
  'Rzayev',
  'Cəfərov',
  'Qasımov',
  'Nəsirov',
  'Babayev',
  'Ağayev',
  'Süleymanov',
  'Səfərov',
  'Orucov',
  'Bağırov',
  'Vəliyev',
  'Şükürov',
];

/** mulberry32: a small deterministic generator. */
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = (random, list) => list[Math.floor(random() * list.length)];
const day = (ms) => new Date(ms).toISOString().slice(0, 10);

/**
 * Generates the civil service into the database at `url`. Returns counts and timings.
 * `log` receives progress lines.
 */
export async function generateCivilService(url, { people = 100_000, agencies = 20, seed = 7, log = () => undefined } = {}) {
  const random = rng(seed);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const started = Date.now();
  const q = (text, params) => client.query(text, params);
  try {
    const [version] = (await q(`SELECT id, content FROM methodology_version WHERE is_current`)).rows;
    const [template] = (await q(`SELECT id FROM assessment_template WHERE purpose = 'diagnostic' ORDER BY created_at LIMIT 1`)).rows;
    if (!version || !template)
      throw new Error('The database needs an approved methodology and a diagnostic template: start the API on it once first.');
    const profiles = version.content.positionProfiles;

    // 1. Organisations: agencies → departments → units.
    const orgs = [];
    const add = (code, parent, kind, name, extra = {}) => {
      const id = crypto.randomUUID();
      const path = `${parent ? parent.path : '/'}${id}/`;
      const o = { id, parentId: parent?.id ?? null, code, kind, name: { az: name[0], ru: name[1], en: name[2] }, path, ...extra };
      orgs.push(o);
      return o;
    };
    for (let a = 0; a < agencies; a++) {
      const agency = add(`GEN-A${String(a + 1).padStart(2, '0')}`, null, 'agency', AGENCIES[a % AGENCIES.length], {
        strength: 0.3 + 0.6 * random(),
      });
      const departments = 2 + Math.floor(random() * 3);
      for (let d = 0; d < departments; d++) {
        const kind = DEPARTMENTS[(a + d) % DEPARTMENTS.length];
        const dept = add(`${agency.code}-D${d + 1}`, agency, 'department', kind, { strength: agency.strength, area: kind[3] });
        const units = 3 + Math.floor(random() * 3);
        for (let u = 0; u < units; u++)
          add(`${dept.code}-U${u + 1}`, dept, 'unit', UNITS[(d + u) % UNITS.length], {
            strength: Math.min(1, Math.max(0, agency.strength + (random() - 0.5) * 0.3)),
            area: kind[3],
          });
      }
    }
    await q(
      `INSERT INTO organisation (id, parent_id, code, kind, name, path)
       SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::jsonb[], $6::text[])`,
      [
        orgs.map((o) => o.id),
        orgs.map((o) => o.parentId),
        orgs.map((o) => o.code),
        orgs.map((o) => o.kind),
        orgs.map((o) => JSON.stringify(o.name)),
        orgs.map((o) => o.path),
      ],
    );
    log(`organisations: ${orgs.length} (${orgs.filter((o) => o.kind === 'unit').length} units)`);

    // 2. People: heads of agencies and departments, and staff spread over the units by weight.
    const units = orgs.filter((o) => o.kind === 'unit');
    const weights = units.map(() => 0.4 + random() * 1.6);
    const total = weights.reduce((s, w) => s + w, 0);
    const now = Date.now();
    const rows = [];
    const person = (org, position, title) => {
      const woman = random() < 0.52;
      const family = pick(random, FAMILIES);
      const hired = random() < 0.04 ? now - random() * 365 * 86_400_000 : now - (1 + random() * 28) * 365 * 86_400_000;
      const left = random() < 0.025 ? day(now - random() * 330 * 86_400_000) : null;
      const n = rows.length + 1;
      rows.push([
        crypto.randomUUID(),
        `GN${String(n).padStart(7, '0')}`,
        pick(random, woman ? WOMEN : MEN),
        woman ? `${family}a` : family,
        `staff${n}@example.gov.az`,
        random() < 0.12 ? 'ru' : 'az',
        org.id,
        position,
        title,
        day(hired),
        left && left > day(hired) ? left : null,
      ]);
    };
    const title = (code) => profiles.find((p) => p.code === code)?.title.az ?? code;
    for (const o of orgs.filter((x) => x.kind === 'agency')) person(o, 'HEAD_OF_AGENCY', title('HEAD_OF_AGENCY'));
    for (const o of orgs.filter((x) => x.kind === 'department')) person(o, 'HEAD_OF_DEPARTMENT', title('HEAD_OF_DEPARTMENT'));
    const remaining = people - rows.length;
    units.forEach((u, i) => {
      const count = i === units.length - 1 ? people - rows.length : Math.round((remaining * weights[i]) / total);
      for (let k = 0; k < count && rows.length < people; k++) {
        const r = random();
        const position =
          r < 0.01
            ? 'INTERN'
            : u.area === 'it'
              ? r < 0.6
                ? 'EGOV_IT_SPECIALIST'
                : r < 0.85
                  ? 'SPECIALIST'
                  : 'LEADING_ADVISER'
              : r < 0.08
                ? 'EGOV_IT_SPECIALIST'
                : r < 0.8
                  ? 'SPECIALIST'
                  : 'LEADING_ADVISER';
        person(u, position, position === 'INTERN' ? 'Təcrübəçi' : title(position));
      }
    });
    for (let i = 0; i < rows.length; i += 10_000) {
      const c = rows.slice(i, i + 10_000);
      const col = (j) => c.map((r) => r[j]);
      await q(
        `INSERT INTO person (id, personal_code, first_name, last_name, email, preferred_language, organisation_id, position_code, position_title, hired_on, left_on)
         SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::uuid[], $8::text[], $9::text[], $10::date[], $11::date[])`,
        Array.from({ length: 11 }, (_, j) => col(j)),
      );
    }
    log(`people: ${rows.length} in ${Date.now() - started} ms`);

    // 3. Diagnostic attempts (0–3 per person over the last 24 months) and their measurements,
    //    generated inside PostgreSQL: levels around the required level, by unit strength, rising a little each round.
    await q(`CREATE TEMP TABLE gen_req (position_code text, competency_code text, required int)`);
    await q(
      `INSERT INTO gen_req SELECT * FROM unnest($1::text[], $2::text[], $3::int[])`,
      (() => {
        const r = profiles.flatMap((p) => p.requirements.map((x) => [p.code, x.competencyCode, x.requiredLevel]));
        return [r.map((x) => x[0]), r.map((x) => x[1]), r.map((x) => x[2])];
      })(),
    );
    await q(`CREATE TEMP TABLE gen_strength (organisation_id uuid PRIMARY KEY, strength float8)`);
    await q(`INSERT INTO gen_strength SELECT * FROM unnest($1::uuid[], $2::float8[])`, [
      orgs.map((o) => o.id),
      orgs.map((o) => o.strength),
    ]);
    await q(`SELECT setseed($1)`, [(seed % 1000) / 1000]);
    const attemptsStarted = Date.now();
    await q(
      `INSERT INTO attempt (id, person_id, template_id, methodology_version_id, position_code, seed, status, started_at, deadline, submitted_at, scored_at)
       SELECT gen_random_uuid(), p.id, $1, $2, p.position_code, (random() * 1e9)::int, 'scored', t.at, t.at + interval '45 minutes',
              t.at + interval '30 minutes', t.at + interval '30 minutes'
       FROM person p
       CROSS JOIN LATERAL (SELECT CASE WHEN r < 0.10 THEN 0 WHEN r < 0.42 THEN 1 WHEN r < 0.80 THEN 2 ELSE 3 END AS rounds
                           FROM (SELECT random() + 0 * length(p.id::text) AS r) x) k
       CROSS JOIN LATERAL generate_series(1, k.rounds) g(round)
       CROSS JOIN LATERAL (SELECT greatest(coalesce(p.hired_on::timestamptz, now() - interval '24 months'), now() - interval '24 months')
                                  + (g.round - 1 + random()) / k.rounds
                                    * (least(coalesce(p.left_on::timestamptz, now()), now() - interval '1 hour') - greatest(coalesce(p.hired_on::timestamptz, now() - interval '24 months'), now() - interval '24 months'))
                                  AS at) t
       WHERE p.personal_code LIKE 'GN%'`,
      [template.id, version.id],
    );
    const [{ n: attempts }] = (
      await q(`SELECT count(*)::int AS n FROM attempt a JOIN person p ON p.id = a.person_id WHERE p.personal_code LIKE 'GN%'`)
    ).rows;
    log(`attempts: ${attempts} in ${Date.now() - attemptsStarted} ms`);

    const measuredStarted = Date.now();
    for (const agency of orgs.filter((o) => o.kind === 'agency')) {
      await q(
        `INSERT INTO competency_measurement (person_id, competency_code, level, attempt_id, methodology_version_id, measured_at)
         SELECT a.person_id, r.competency_code,
                greatest(0, least(4, round(r.required * (0.45 + 0.55 * s.strength) + (random() - 0.5) * 1.8
                                           + 0.45 * (row_number() OVER (PARTITION BY a.person_id, r.competency_code ORDER BY a.started_at) - 1))))::int,
                a.id, $2, a.started_at + interval '30 minutes'
         FROM attempt a
         JOIN person p ON p.id = a.person_id
         JOIN organisation o ON o.id = p.organisation_id
         JOIN gen_strength s ON s.organisation_id = p.organisation_id
         JOIN gen_req r ON r.position_code = CASE WHEN p.position_code = 'INTERN' THEN 'SPECIALIST' ELSE p.position_code END
         WHERE o.path LIKE $1 AND p.personal_code LIKE 'GN%'`,
        [`${agency.path}%`, version.id],
      );
    }
    const [{ n: measurements }] = (await q(`SELECT count(*)::int AS n FROM competency_measurement`)).rows;
    log(`measurements: ${measurements} in ${Date.now() - measuredStarted} ms`);

    // 4. Development plans for a tenth of the measured staff: an item per gap (up to two), some closed by a later measurement.
    await q(
      `WITH chosen AS (
         SELECT p.id AS person_id FROM person p WHERE p.personal_code LIKE 'GN%' AND random() < 0.1
           AND EXISTS (SELECT 1 FROM attempt a WHERE a.person_id = p.id)
       ), plans AS (
         INSERT INTO development_plan (id, person_id, created_at, updated_at)
         SELECT gen_random_uuid(), person_id, now() - interval '200 days', now() - interval '200 days' FROM chosen
         ON CONFLICT (person_id) DO NOTHING RETURNING id, person_id
       )
       INSERT INTO plan_item (id, plan_id, competency_code, from_level, target_level, due_date, status, created_at, closed_at, closed_level)
       SELECT gen_random_uuid(), pl.id, x.competency_code, x.level, x.required, current_date + 60,
              CASE WHEN random() < 0.35 THEN 'closed' ELSE 'accepted' END, now() - interval '200 days', NULL, NULL
       FROM plans pl
       CROSS JOIN LATERAL (
         SELECT m.competency_code, min(m.level) AS level, r.required FROM competency_measurement m
         JOIN person p ON p.id = m.person_id JOIN gen_req r ON r.position_code = p.position_code AND r.competency_code = m.competency_code
         WHERE m.person_id = pl.person_id AND m.level < r.required GROUP BY m.competency_code, r.required LIMIT 2
       ) x`,
    );
    await q(
      `UPDATE plan_item SET closed_at = now() - (random() * 150 || ' days')::interval, closed_level = target_level WHERE status = 'closed' AND closed_at IS NULL`,
    );
    const [{ n: items }] = (await q(`SELECT count(*)::int AS n FROM plan_item`)).rows;
    await q(`ANALYZE`);
    const result = {
      organisations: orgs.length,
      units: units.length,
      people: rows.length,
      attempts,
      measurements,
      planItems: items,
      ms: Date.now() - started,
    };
    log(`done in ${result.ms} ms`);
    return result;
  } finally {
    await client.end();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({
    options: {
      url: { type: 'string', default: process.env.DATABASE_URL },
      people: { type: 'string', default: '100000' },
      agencies: { type: 'string', default: '20' },
      seed: { type: 'string', default: '7' },
    },
  });
  if (!values.url) {
    console.error('Give --url postgres://… (or DATABASE_URL)');
    process.exit(2);
  }
  const result = await generateCivilService(values.url, {
    people: Number(values.people),
    agencies: Number(values.agencies),
    seed: Number(values.seed),
    log: (line) => console.log(line),
  });
  console.log(JSON.stringify(result));
}
