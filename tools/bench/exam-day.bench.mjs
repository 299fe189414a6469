#!/usr/bin/env node
// Exam-day benchmark: N candidates (default 1,000), each with an account, a token and a warm
// keep-alive connection prepared beforehand (not measured), then through the real API:
//   1. start     — every candidate sends POST /api/attempts at the same moment;
//   2. saves     — every candidate answers its items at a realistic pace (Poisson, default one
//                  answer every 5 s), open loop: latency counts from when the save was due;
//   3. submits   — every candidate submits, evenly spread over `--submit-spread` seconds (default 30, --ci 10).
// The floor runs in the same process tree afterwards on the same database (a minimal Fastify +
// pg single-row upsert, same pool size): the same synchronised burst of N requests, then the
// same paced saves. Writes results/exam-day.json and .md.
//   node tools/bench/exam-day.bench.mjs [--candidates 1000] [--save-seconds 30] [--pace 0.2] [--submit-spread 30] [--pool 20]
//   node tools/bench/exam-day.bench.mjs --ci     (200 candidates, 10 s of saves, submits over 10 s: a quick check)
// --profile DIR writes a V8 CPU profile of the API (node tools/bench/cpu-profile-top.mjs DIR/*.cpuprofile).
import { randomUUID } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { cpus } from 'node:os';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { benchDatabase } from './lib/embedded-db.mjs';
import { inBatches, prepareCandidates } from './lib/candidates.mjs';
import { agents, closeAgents, pacedPhase, PhaseStats, send } from './lib/open-loop.mjs';
import { cpuMs, loadAverage, startApi, startFloor, stopProcess } from './lib/processes.mjs';

const { values } = parseArgs({
  options: {
    candidates: { type: 'string' },
    'save-seconds': { type: 'string' },
    pace: { type: 'string', default: '0.2' },
    // Candidates finish over the last part of the exam, not in one instant.
    'submit-spread': { type: 'string' },
    pool: { type: 'string', default: '20' },
    template: { type: 'string', default: 'position_profile' },
    ci: { type: 'boolean', default: false },
    out: { type: 'string' },
    profile: { type: 'string' },
    // Diagnostic: print the statements the API ran during the start (pg_stat_statements).
    'pg-stats': { type: 'boolean', default: false },
  },
});
const ci = values.ci;
const count = Number(values.candidates ?? (ci ? 200 : 1000));
const saveSeconds = Number(values['save-seconds'] ?? (ci ? 10 : 30));
const pace = Number(values.pace);
const submitSpread = Number(values['submit-spread'] ?? (ci ? 10 : 30));
const poolSize = Number(values.pool);
const outName = values.out ?? (ci ? 'exam-day-ci' : 'exam-day');
const root = resolve(import.meta.dirname, '../..');
const loadBefore = loadAverage();

const db = await benchDatabase('exam-day', { statStatements: values['pg-stats'] });
const apiPort = 3910;
const floorPort = 3911;
const api = await startApi({ root, databaseUrl: db.url, port: apiPort, poolSize, profileDir: values.profile });
const base = `http://127.0.0.1:${apiPort}`;

console.log(`Preparing ${count} candidates (accounts and tokens)…`);
const { templateId, candidates } = await prepareCandidates({ base, databaseUrl: db.url, count, templateSource: values.template });
const conns = agents(count);
// Each candidate's browser has the exam page open: its connection is already established.
await inBatches(conns, 50, (agent) => send(agent, `${base}/api/health/live`));

/** Everyone sends at `at` (performance.now() time); latency counts from `at`. */
async function synchronised(name, list, at, build) {
  const stats = new PhaseStats(name);
  const replies = await Promise.all(
    list.map(async (agent, i) => {
      const wait = at - performance.now();
      if (wait > 0) await new Promise((r) => setTimeout(r, wait));
      const req = build(i);
      const r = await send(agent, req.url, req, at);
      stats.record(r);
      return r;
    }),
  );
  stats.startedAt = at;
  return { stats: stats.summary(), replies };
}

const auth = (i) => ({ authorization: `Bearer ${candidates[i].token}` });

/** Resets, or prints, the database's per-statement totals. */
async function dbStats(reset) {
  const c = new pg.Client({ connectionString: db.url });
  await c.connect();
  if (reset) await c.query('SELECT pg_stat_statements_reset()');
  else {
    const { rows } = await c.query(
      `SELECT calls, round(total_exec_time)::int AS total_ms, round(mean_exec_time::numeric, 3) AS mean_ms, rows, left(regexp_replace(query, '\\s+', ' ', 'g'), 100) AS query
       FROM pg_stat_statements ORDER BY total_exec_time DESC LIMIT 15`,
    );
    console.table(rows);
  }
  await c.end();
}

if (values['pg-stats']) await dbStats(true);
console.log(`1. Synchronised start of ${count} candidates…`);
let cpu0 = cpuMs(api.pid);
// A waiting candidate's browser gives the start 30 s (not the 10 s of a save): measure, do not cut off.
const started = await synchronised('start', conns, performance.now() + 1000, (i) => ({
  url: `${base}/api/attempts`,
  method: 'POST',
  headers: auth(i),
  body: { templateId },
  timeoutMs: 30_000,
}));
const attempts = started.replies.map((r) => (r.status === 201 || r.status === 200 ? JSON.parse(r.body) : null));
const startLoad = loadAverage()[0];
const startCpuMs = cpuMs(api.pid) - cpu0;
cpu0 = cpuMs(api.pid);
if (values['pg-stats']) await dbStats(false);

function answerFor(item) {
  const i = item.interaction;
  const pick = (list) => list[Math.floor(Math.random() * list.length)].id;
  switch (item.type) {
    case 'single_choice':
      return { type: 'single_choice', choice: pick(i.options) };
    case 'multiple_response':
      return { type: 'multiple_response', choices: [pick(i.options)] };
    case 'true_false':
      return { type: 'true_false', value: Math.random() < 0.5 };
    case 'ordering':
      return { type: 'ordering', order: i.options.map((o) => o.id) };
    case 'matching':
      return { type: 'matching', pairs: i.premises.map((p, k) => [p.id, i.responses[k % i.responses.length].id]) };
    case 'numeric':
      return { type: 'numeric', value: 1 };
    default:
      return { type: 'short_text', text: 'e-imza' };
  }
}

console.log(`2. Answer saves: ${count} candidates × ${pace}/s (Poisson), ${saveSeconds} s…`);
const seqs = new Array(count).fill(0);
const saves = await pacedPhase({
  name: 'saves',
  url: base,
  agentList: conns,
  rate: pace,
  durationS: saveSeconds,
  poisson: true,
  request: (i, k) => {
    const a = attempts[i];
    if (!a) return null;
    const item = a.items[k % a.items.length];
    return {
      path: `/api/attempts/${a.id}/responses/${item.itemId}`,
      method: 'PUT',
      headers: auth(i),
      body: { answer: answerFor(item), seq: ++seqs[i] },
    };
  },
});
const savesLoad = loadAverage()[0];
const savesCpuMs = cpuMs(api.pid) - cpu0;
cpu0 = cpuMs(api.pid);

console.log(`3. Submits, spread over ${submitSpread} s…`);
const submitStats = new PhaseStats('submits');
const t0 = performance.now();
await Promise.all(
  conns.map(async (agent, i) => {
    const due = t0 + (i / count) * submitSpread * 1000;
    await new Promise((r) => setTimeout(r, Math.max(0, due - performance.now())));
    if (!attempts[i]) return submitStats.record({ error: 'no attempt' });
    submitStats.record(await send(agent, `${base}/api/attempts/${attempts[i].id}/submit`, { method: 'POST', headers: auth(i) }, due));
  }),
);
const submits = submitStats.summary();
const submitLoad = loadAverage()[0];
const submitCpuMs = cpuMs(api.pid) - cpu0;
closeAgents(conns);
await stopProcess(api);

const check = new pg.Client({ connectionString: db.url });
await check.connect();
const stored = (
  await check.query(
    `SELECT (SELECT count(*)::int FROM attempt WHERE template_id = $1) AS attempts,
            (SELECT count(*)::int FROM attempt WHERE template_id = $1 AND status = 'scored') AS scored,
            (SELECT count(*)::int FROM response r JOIN attempt a ON a.id = r.attempt_id WHERE a.template_id = $1) AS responses`,
    [templateId],
  )
).rows[0];
await check.end();

// The floor, same database and pool size: the same synchronised burst, then the same paced saves.
const floorProc = await startFloor({ databaseUrl: db.url, port: floorPort, poolSize });
const floorBase = `http://127.0.0.1:${floorPort}`;
const floorConns = agents(count);
await inBatches(floorConns, 50, (agent) => send(agent, `${floorBase}/health`));
const floorIds = candidates.map(() => ({ attempt: randomUUID(), items: Array.from({ length: 20 }, () => randomUUID()) }));
const floorSeqs = new Array(count).fill(0);
const floorReq = (i, k) => ({
  path: `/floor/${floorIds[i].attempt}/${floorIds[i].items[k % 20]}`,
  method: 'PUT',
  body: { answer: { type: 'single_choice', choice: 'a' }, seq: ++floorSeqs[i] },
});
console.log(`Floor: synchronised burst of ${count} upserts…`);
const floorBurst = await synchronised('floor burst', floorConns, performance.now() + 1000, (i) => {
  const req = floorReq(i, 0);
  return { ...req, url: floorBase + req.path };
});
console.log(`Floor: paced saves, ${saveSeconds} s…`);
const floorSaves = await pacedPhase({
  name: 'floor saves',
  url: floorBase,
  agentList: floorConns,
  rate: pace,
  durationS: saveSeconds,
  poisson: true,
  request: floorReq,
});
closeAgents(floorConns);
await stopProcess(floorProc);
await db.stop();

const result = {
  benchmark: 'exam-day',
  date: new Date().toISOString(),
  command: `node tools/bench/exam-day.bench.mjs${ci ? ' --ci' : ''} --candidates ${count} --save-seconds ${saveSeconds} --pace ${pace} --submit-spread ${submitSpread} --pool ${poolSize}`,
  machine: { cpus: cpus().length, node: process.version, loadAverageBefore: loadBefore },
  candidates: count,
  template: values.template,
  itemsPerAttempt: attempts.find(Boolean)?.items.length ?? 0,
  pacePerCandidate: pace,
  poolSize,
  phases: {
    start: { ...started.stats, loadAverage1m: startLoad, apiCpuMs: startCpuMs },
    saves: { ...saves, loadAverage1m: savesLoad, apiCpuMs: savesCpuMs },
    submits: { ...submits, loadAverage1m: submitLoad, apiCpuMs: submitCpuMs },
  },
  floor: { burst: floorBurst.stats, saves: floorSaves },
  stored,
  goals: { startErrors: 0, startP95Ms: 2000, savesP99Ms: 200 },
};
const met = {
  start: result.phases.start.errors === 0 && result.phases.start.non2xx === 0 && result.phases.start.latencyMs.p95 <= 2000,
  saves: result.phases.saves.errors === 0 && result.phases.saves.non2xx === 0 && result.phases.saves.latencyMs.p99 <= 200,
};
result.met = met;
const row = (name, r) =>
  `| ${name} | ${r.requests} | ${r.perSecond} | ${r.latencyMs.p50} | ${r.latencyMs.p95} | ${r.latencyMs.p99} | ${r.latencyMs.max} | ${r.non2xx} | ${r.errors} |`;
const md = `# Exam day (${result.date.slice(0, 10)})

\`${result.command}\` — ${result.machine.cpus} cores, Node ${result.machine.node}, loopback, embedded PostgreSQL, pool ${poolSize}; 1-min load average before the run ${loadBefore[0]} (start ${startLoad}, saves ${savesLoad}, submits ${submitLoad}).
${count} candidates, template \`${values.template}\` (${result.itemsPerAttempt} items per attempt), each with its own token and keep-alive connection.

| phase | requests | per s | p50 ms | p95 ms | p99 ms | max ms | non-2xx | errors |
|---|---:|---:|---:|---:|---:|---:|---:|---:|
${row(`platform: synchronised start (\`POST /api/attempts\`, all at once)`, result.phases.start)}
${row(`platform: saves (${pace}/s per candidate, Poisson)`, result.phases.saves)}
${row(`platform: submits (spread over ${submitSpread} s)`, result.phases.submits)}
${row(`floor: synchronised burst of ${count} upserts`, result.floor.burst)}
${row(`floor: saves (${pace}/s per candidate, Poisson)`, result.floor.saves)}

API process CPU: start ${startCpuMs} ms (${(startCpuMs / count).toFixed(1)} ms per start, over ${(result.phases.start.seconds * 1000).toFixed(0)} ms of wall time), saves ${savesCpuMs} ms, submits ${submitCpuMs} ms.
Stored: ${stored.attempts} attempts (${stored.scored} scored), ${stored.responses} responses.
Synchronised start of ${count}: p95 **${result.phases.start.latencyMs.p95} ms**, ${result.phases.start.non2xx + result.phases.start.errors} failed (goal: none failed, p95 ≤ 2,000 ms) — ${met.start ? 'met' : 'not met'}.
Saves at an exam pace: p99 **${result.phases.saves.latencyMs.p99} ms** (floor ${result.floor.saves.latencyMs.p99} ms; goal ≤ 200 ms, no errors) — ${met.saves ? 'met' : 'not met'}.
Saturation throughput against the floor is measured by \`npm run bench:saves\` (results/answer-saves.md).
Latency counts from the moment a request was due (open loop), so queueing in the server is never hidden.
`;
const out = resolve(import.meta.dirname, 'results');
await mkdir(out, { recursive: true });
await writeFile(resolve(out, `${outName}.json`), JSON.stringify(result, null, 2) + '\n');
await writeFile(resolve(out, `${outName}.md`), md);
console.log(md);
