#!/usr/bin/env node
// Answer-save benchmark: the platform's PUT /api/attempts/:id/responses/:itemId under N
// connections (autocannon, loopback), next to a floor measured in the same run (a minimal
// Fastify + pg upsert on the same database). Writes results/answer-saves.json and .md.
//   node tools/bench/answer-saves.bench.mjs [--connections 1000] [--duration 20] [--profile DIR]
// --profile writes a V8 CPU profile of the API to DIR (summarise: node tools/bench/cpu-profile-top.mjs DIR/*.cpuprofile).
import { randomUUID } from 'node:crypto';
import { writeFile, mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import pg from 'pg';
import { benchDatabase } from './lib/embedded-db.mjs';
import { startProcess, stopProcess } from './lib/processes.mjs';

const { values } = parseArgs({
  options: {
    profile: { type: 'string' },
    connections: { type: 'string', default: '1000' },
    duration: { type: 'string', default: '20' },
    candidates: { type: 'string', default: '125' },
    // A candidate answers about one item every few seconds: the paced phase offers this rate per connection.
    'pace-per-connection': { type: 'string', default: '0.5' },
  },
});
const connections = Number(values.connections);
const duration = Number(values.duration);
const candidates = Number(values.candidates);
const pace = Number(values['pace-per-connection']);
const root = resolve(import.meta.dirname, '../..');
const PASSWORD = 'bench candidate passphrase';

const db = await benchDatabase('answer-saves');
const apiPort = 3900;
const floorPort = 3901;
const api = await startProcess(
  [resolve(root, 'dist/apps/api/main.js')],
  {
    DATABASE_URL: db.url,
    PORT: String(apiPort),
    HOST: '127.0.0.1',
    NODE_ENV: 'test',
    LOG_LEVEL: 'error',
    JWT_SECRET: 'benchmark-secret-that-is-long-enough-x',
    JOBS_ENABLED: 'false',
    WEB_ROOT: '/none',
    ACCESS_TOKEN_TTL_SECONDS: '3600',
    DB_POOL_SIZE: '20',
    LOGIN_FAILURE_DELAY_MS: '0',
    ...(values.profile ? { NODE_OPTIONS: `--cpu-prof --cpu-prof-dir=${values.profile}` } : {}),
  },
  `http://127.0.0.1:${apiPort}/api/health`,
);

const base = `http://127.0.0.1:${apiPort}`;
async function call(method, path, body, token) {
  const r = await fetch(base + path, {
    method,
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await r.text();
  if (!r.ok) throw new Error(`${method} ${path}: ${r.status} ${text}`);
  return text ? JSON.parse(text) : undefined;
}
const login = async (u, p) => (await call('POST', '/api/auth/login', { login: u, password: p })).accessToken;

console.log(`Preparing ${candidates} candidates with open attempts…`);
const admin = await login('admin', 'Demo-Password-2026');
const orgs = await call('GET', '/api/organisations', undefined, admin);
const unit = orgs.find((o) => o.code === 'MDDT-EGOV-ES').id;
const templates = await call('GET', '/api/assessment-templates', undefined, admin);
const templateId = templates.find((t) => t.blueprint.source === 'chosen').id;
const targets = [];
for (let i = 0; i < candidates; i++) {
  const person = await call(
    'POST',
    '/api/persons',
    {
      personalCode: `BENCH${String(i).padStart(5, '0')}`,
      firstName: 'Bench',
      lastName: `Candidate ${i}`,
      organisationId: unit,
      positionCode: 'SPECIALIST',
      positionTitle: 'Mütəxəssis',
    },
    admin,
  );
  await call(
    'POST',
    '/api/accounts',
    { username: `bench${i}`, personId: person.id, password: PASSWORD, roles: [{ role: 'civil_servant' }] },
    admin,
  );
  const token = await login(`bench${i}`, PASSWORD);
  const attempt = await call('POST', '/api/attempts', { templateId }, token);
  for (const item of attempt.items.filter((x) => x.type === 'single_choice' || x.type === 'true_false')) {
    const answer =
      item.type === 'true_false' ? { type: 'true_false', value: true } : { type: 'single_choice', choice: item.interaction.options[0].id };
    targets.push({ token, attemptId: attempt.id, itemId: item.itemId, answer });
  }
}
console.log(`${targets.length} (attempt, item) pairs ready`);

/** Saturation when `rate` is undefined (throughput); otherwise `rate` requests/s per connection on average, offered as one overall rate (latency at a realistic pace). */
function run(url, pathOf, headersOf, rate) {
  let seq = 0;
  return autocannon({
    url,
    connections,
    duration,
    ...(rate ? { overallRate: Math.round(rate * connections) } : {}),
    pipelining: 1,
    timeout: 10,
    requests: [
      {
        method: 'PUT',
        setupRequest: (req) => {
          seq++;
          const t = targets[seq % targets.length];
          return {
            ...req,
            path: pathOf(t),
            headers: { 'content-type': 'application/json', ...headersOf(t) },
            body: JSON.stringify({ answer: t.answer, seq }),
          };
        },
      },
    ],
  });
}

const platformPath = (t) => `/api/attempts/${t.attemptId}/responses/${t.itemId}`;
const platformHeaders = (t) => ({ authorization: `Bearer ${t.token}` });
console.log(`Platform, saturation: ${connections} connections, ${duration} s…`);
const platform = await run(base, platformPath, platformHeaders);
console.log(`Platform, paced: ${connections} connections at ${pace}/s each, ${duration} s…`);
const platformPaced = await run(base, platformPath, platformHeaders, pace);
await stopProcess(api);

const floorProc = await startProcess(
  [resolve(import.meta.dirname, 'lib/floor-server.mjs')],
  { DATABASE_URL: db.url, PORT: String(floorPort), POOL: '20' },
  `http://127.0.0.1:${floorPort}/health`,
);
for (const t of targets) t.floorAttempt = randomUUID();
console.log(`Floor: ${connections} connections, ${duration} s…`);
const floorUrl = `http://127.0.0.1:${floorPort}`;
const floorPath = (t) => `/floor/${t.floorAttempt}/${t.itemId}`;
const floor = await run(floorUrl, floorPath, () => ({}));
console.log(`Floor, paced…`);
const floorPaced = await run(floorUrl, floorPath, () => ({}), pace);
await stopProcess(floorProc);

const check = new pg.Client({ connectionString: db.url });
await check.connect();
const stored = (await check.query('SELECT count(*)::int AS n FROM response')).rows[0].n;
await check.end();
await db.stop();

const summary = (r) => ({
  requestsPerSecond: Math.round(r.requests.average),
  latencyMs: { p50: r.latency.p50, p90: r.latency.p90, p99: r.latency.p99, max: r.latency.max },
  total: r.requests.total,
  non2xx: r.non2xx,
  errors: r.errors,
  timeouts: r.timeouts,
});
const result = {
  benchmark: 'answer-saves',
  date: new Date().toISOString(),
  machine: { cpus: (await import('node:os')).cpus().length, node: process.version },
  connections,
  durationSeconds: duration,
  pairs: targets.length,
  pacePerConnection: pace,
  platform: summary(platform),
  floor: summary(floor),
  platformPaced: summary(platformPaced),
  floorPaced: summary(floorPaced),
  platformShareOfFloor: Number((platform.requests.average / floor.requests.average).toFixed(3)),
  storedResponses: stored,
  goals: { shareOfFloor: 0.5, p99Ms: 200, errors: 0 },
};
const md = `# Answer saves (${result.date.slice(0, 10)})

\`node tools/bench/answer-saves.bench.mjs --connections ${connections} --duration ${duration}\` — ${result.machine.cpus} cores, Node ${result.machine.node}, loopback, embedded PostgreSQL.

| run | saves/s | p50 ms | p99 ms | non-2xx | errors |
|---|---:|---:|---:|---:|---:|
${[
  ['platform, saturation', result.platform],
  ['floor, saturation', result.floor],
  [`platform, paced ${pace}/s per connection`, result.platformPaced],
  [`floor, paced ${pace}/s per connection`, result.floorPaced],
]
  .map(
    ([name, r]) =>
      `| ${name} | ${r.requestsPerSecond} | ${r.latencyMs.p50} | ${r.latencyMs.p99} | ${r.non2xx} | ${r.errors + r.timeouts} |`,
  )
  .join('\n')}

Platform: \`PUT /api/attempts/:id/responses/:itemId\` through the whole API (auth guard, validation, one SQL statement).
Floor: a minimal Fastify handler doing the same single-row upsert through \`pg\` on the same database.
Saturation throughput, platform / floor: **${(result.platformShareOfFloor * 100).toFixed(1)} %** (goal ≥ 50 %).
Paced latency at ${connections} connections: p99 **${result.platformPaced.latencyMs.p99} ms** (goal ≤ 200 ms, no errors).
`;
const out = resolve(import.meta.dirname, 'results');
await mkdir(out, { recursive: true });
await writeFile(resolve(out, 'answer-saves.json'), JSON.stringify(result, null, 2) + '\n');
await writeFile(resolve(out, 'answer-saves.md'), md);
console.log(md);
