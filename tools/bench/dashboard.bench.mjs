#!/usr/bin/env node
// Compliance dashboard at the scale of a whole civil service (issue 9): a fresh database with
// 100,000 people (tools/seed/civil-service.mjs), the aggregates built by a full refresh, then
// `GET /api/analytics/compliance` for the whole service and for one agency — warm, p50/p95 over
// 50 requests each — beside the same aggregate (people, mean CI, fully compliant share) computed
// by one hand-written SQL statement over the raw rows in the same run. Goal: p95 ≤ 300 ms for the
// whole service. Results: tools/bench/results/dashboard.{json,md}.
//   node tools/bench/dashboard.bench.mjs [--people 100000] [--requests 50] [--sql-runs 10]
import { mkdir, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { benchDatabase } from './lib/embedded-db.mjs';
import { loadAverage, startApi, stopProcess } from './lib/processes.mjs';
import { generateCivilService } from '../seed/civil-service.mjs';

const { values } = parseArgs({
  options: {
    people: { type: 'string', default: '100000' },
    requests: { type: 'string', default: '50' },
    'sql-runs': { type: 'string', default: '10' },
    port: { type: 'string', default: '3290' },
    profile: { type: 'string' },
  },
});
const root = resolve(import.meta.dirname, '../..');
const port = Number(values.port);
const base = `http://127.0.0.1:${port}`;
const requests = Number(values.requests);
const sqlRuns = Number(values['sql-runs']);
const log = (m) => console.log(`[dashboard-bench] ${m}`);

/** The figures of DESIGN.md §4 over a subtree, from the raw rows, in one statement (what the aggregates save). */
const RAW_SQL = `
WITH req AS MATERIALIZED (
  SELECT p->>'code' AS position_code, r->>'competencyCode' AS code, (r->>'requiredLevel')::int AS required, (r->>'weight')::float8 AS weight,
         jsonb_array_length(v.content->'scale') AS top
  FROM methodology_version v, jsonb_array_elements(v.content->'positionProfiles') p, jsonb_array_elements(p->'requirements') r
  WHERE v.is_current AND (r->>'requiredLevel')::int > 0
), staff AS MATERIALIZED (
  SELECT s.id, s.position_code FROM person s JOIN organisation o ON o.id = s.organisation_id
  WHERE o.path LIKE $1 AND (s.hired_on IS NULL OR s.hired_on <= current_date) AND (s.left_on IS NULL OR s.left_on > current_date)
), latest AS MATERIALIZED (
  SELECT DISTINCT ON (m.person_id, m.competency_code) m.person_id, m.competency_code, m.level
  FROM competency_measurement m JOIN staff ON staff.id = m.person_id
  ORDER BY m.person_id, m.competency_code, m.measured_at DESC, m.id DESC
), per_person AS (
  SELECT s.id, sum(q.weight * least(least(coalesce(l.level, 0), q.top), q.required)::float8 / q.required) / nullif(sum(q.weight), 0) AS ci,
         bool_and(least(coalesce(l.level, 0), q.top) >= q.required) AS fully
  FROM staff s JOIN req q ON q.position_code = s.position_code
  LEFT JOIN latest l ON l.person_id = s.id AND l.competency_code = q.code
  GROUP BY s.id
)
SELECT count(*)::int AS people, avg(coalesce(ci, 1)) AS mean_ci, avg(fully::int) AS fully_share FROM per_person`;

function quantiles(times) {
  const s = [...times].sort((a, b) => a - b);
  const at = (q) => Math.round(s[Math.min(s.length - 1, Math.floor(q * s.length))] * 10) / 10;
  return { n: s.length, p50: at(0.5), p95: at(0.95), max: at(1) };
}

async function timed(fn) {
  const t = process.hrtime.bigint();
  const r = await fn();
  return { ms: Number(process.hrtime.bigint() - t) / 1e6, r };
}

const db = await benchDatabase('dashboard');
let api = null;
try {
  log('starting the API (migrations, methodology, demo data)…');
  api = await startApi({
    root,
    databaseUrl: db.url,
    port,
    poolSize: 20,
    profileDir: values.profile,
    logLevel: process.env.BENCH_SERVER_LOG ? 'info' : 'error',
  });
  log(`generating ${values.people} people…`);
  const seeded = await generateCivilService(db.url, { people: Number(values.people), log: (m) => log(`  seed: ${m}`) });

  const login = await (
    await fetch(`${base}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ login: 'admin', password: 'Demo-Password-2026' }),
    })
  ).json();
  const headers = { authorization: `Bearer ${login.accessToken}` };
  const get = async (path) => {
    const res = await fetch(base + path, { headers });
    const body = await res.json();
    if (!res.ok) throw new Error(`${path}: ${res.status} ${JSON.stringify(body)}`);
    return body;
  };

  log('full refresh of the aggregates…');
  const refresh = await timed(() => fetch(`${base}/api/analytics/refresh`, { method: 'POST', headers }).then((r) => r.json()));
  log(`  ${refresh.ms.toFixed(0)} ms: ${JSON.stringify(refresh.r.lastRun)}`);

  const client = new pg.Client({ connectionString: db.url });
  await client.connect();
  const [agency] = (
    await client.query(`SELECT o.id, o.code, o.path, (SELECT count(*) FROM person p JOIN organisation x ON x.id = p.organisation_id WHERE x.path LIKE o.path || '%')::int AS staff
                                         FROM organisation o WHERE o.code = 'GEN-A02'`)
  ).rows;

  const scenarios = [
    { name: 'whole service', path: '/api/analytics/compliance', like: '/%' },
    {
      name: `one agency (${agency.code}, ${agency.staff} staff)`,
      path: `/api/analytics/compliance?orgId=${agency.id}`,
      like: `${agency.path}%`,
    },
  ];
  const results = [];
  for (const s of scenarios) {
    for (let i = 0; i < 5; i++) await get(s.path); // warm-up
    const times = [];
    let last = null;
    for (let i = 0; i < requests; i++) {
      const t = await timed(() => get(s.path));
      times.push(t.ms);
      last = t.r;
    }
    const sqlTimes = [];
    let raw = null;
    for (let i = 0; i < sqlRuns; i++) {
      const t = await timed(() => client.query(RAW_SQL, [s.like]));
      sqlTimes.push(t.ms);
      raw = t.r.rows[0];
    }
    const api = quantiles(times);
    const sql = quantiles(sqlTimes);
    const agree =
      raw.people === last.summary.people &&
      Math.abs(raw.mean_ci - last.summary.meanCi) < 1e-9 &&
      Math.abs(raw.fully_share - last.summary.fullyCompliantShare) < 1e-9;
    results.push({
      scenario: s.name,
      api,
      sql,
      figures: {
        api: { people: last.summary.people, meanCi: last.summary.meanCi, fullyCompliantShare: last.summary.fullyCompliantShare },
        sql: raw,
      },
      agree,
      load: loadAverage(),
    });
    log(
      `${s.name}: API p50 ${api.p50} ms p95 ${api.p95} ms; one SQL statement p50 ${sql.p50} ms p95 ${sql.p95} ms; figures agree: ${agree}`,
    );
  }
  await client.end();

  const result = {
    benchmark: 'dashboard',
    date: new Date().toISOString(),
    command: `node tools/bench/dashboard.bench.mjs --people ${values.people} --requests ${requests} --sql-runs ${sqlRuns}`,
    seeded,
    refresh: { ms: Math.round(refresh.ms), ...refresh.r.lastRun },
    results,
    goal: { wholeServiceP95Ms: 300, met: results[0].api.p95 <= 300 },
  };
  await mkdir(resolve(root, 'tools/bench/results'), { recursive: true });
  await writeFile(resolve(root, 'tools/bench/results/dashboard.json'), `${JSON.stringify(result, null, 2)}\n`);
  const pct = (x) => `${(x * 100).toFixed(2)} %`;
  const md = `# Compliance dashboard at scale (${result.date.slice(0, 10)})

\`${result.command}\` — a fresh embedded PostgreSQL; the API built in \`dist/\` (pool 20, jobs off); ${seeded.people.toLocaleString('en')} people in ${seeded.organisations} organisations (${seeded.units} units), ${seeded.attempts.toLocaleString('en')} diagnostic attempts, ${seeded.measurements.toLocaleString('en')} measurements, ${seeded.planItems.toLocaleString('en')} plan items, generated in ${(seeded.ms / 1000).toFixed(1)} s.

Aggregates built by one full refresh: **${(refresh.ms / 1000).toFixed(1)} s** (${refresh.r.lastRun.units} organisations, ${refresh.r.lastRun.people.toLocaleString('en')} people; 24 months of trend).

Each dashboard request is the whole page's data (summary, 12-month trend, breakdown, heatmap, gaps by competency and position, top people, training status), warm, sequential, through HTTP with a token. The "one SQL statement" column computes only people, mean CI and the fully compliant share of the same subtree straight from the raw rows (latest measurement per person and competency against the current profiles) — what every request would cost without the aggregates.

| scope | API p50 | API p95 | one SQL statement p50 | p95 | same figures | load |
|---|---:|---:|---:|---:|---|---|
${results.map((r) => `| ${r.scenario} | ${r.api.p50} ms | **${r.api.p95} ms** | ${r.sql.p50} ms | ${r.sql.p95} ms | ${r.agree ? `yes (${r.figures.api.people.toLocaleString('en')} people, CI ${pct(r.figures.api.meanCi)}, fully ${pct(r.figures.api.fullyCompliantShare)})` : 'NO'} | ${r.load.join(' / ')} |`).join('\n')}

Goal: whole service p95 ≤ 300 ms — **${result.goal.met ? 'met' : 'NOT met'}**.
`;
  await writeFile(resolve(root, 'tools/bench/results/dashboard.md'), md);
  console.log(md);
} finally {
  if (api) await stopProcess(api);
  await db.stop();
}
