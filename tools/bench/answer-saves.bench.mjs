#!/usr/bin/env node
// Answer-save benchmark: the platform's PUT /api/attempts/:id/responses/:itemId at 1,000
// connections on loopback, next to a floor measured in the same run (a minimal Fastify + pg
// upsert on the same database, same pool size). Two measurements for each:
//   saturation — autocannon, closed loop: every connection sends its next save as soon as the
//                previous one is answered (throughput; latency is then connections / throughput);
//   paced      — open loop: each of the 1,000 connections is one candidate with its own token and
//                keep-alive socket, saving at `--pace` saves/s with Poisson (or `--arrivals uniform`)
//                gaps; latency counts from when a save was due (no coordinated omission).
// Writes results/answer-saves.json and .md.
//   node tools/bench/answer-saves.bench.mjs [--connections 1000] [--duration 20] [--pace 0.5] [--pool 20] [--profile DIR]
// --profile writes a V8 CPU profile of the API to DIR (summarise: node tools/bench/cpu-profile-top.mjs DIR/*.cpuprofile).
import { randomUUID } from 'node:crypto';
import { writeFile, mkdir } from 'node:fs/promises';
import { cpus } from 'node:os';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import pg from 'pg';
import { benchDatabase } from './lib/embedded-db.mjs';
import { cpuMs, loadAverage, machineBusyMs, startApi, startFloor, stopProcess } from './lib/processes.mjs';
import { prepareCandidates, inBatches } from './lib/candidates.mjs';
import { agents, closeAgents, pacedPhase } from './lib/open-loop.mjs';

const { values } = parseArgs({
  options: {
    profile: { type: 'string' },
    connections: { type: 'string', default: '1000' },
    duration: { type: 'string', default: '20' },
    // A candidate answers about one item every few seconds; 0.5/s per candidate is already brisk.
    pace: { type: 'string', default: '0.5' },
    arrivals: { type: 'string', default: 'poisson' },
    pool: { type: 'string', default: '20' },
    // The API's LOG_LEVEL (production default: info, two access-log lines per request).
    'log-level': { type: 'string', default: 'error' },
    out: { type: 'string', default: 'answer-saves' },
    // Diagnostic: print the statements the API ran during its saturation phase (pg_stat_statements).
    'pg-stats': { type: 'boolean', default: false },
  },
});
const connections = Number(values.connections);
const duration = Number(values.duration);
const pace = Number(values.pace);
const poolSize = Number(values.pool);
const poisson = values.arrivals !== 'uniform';
const root = resolve(import.meta.dirname, '../..');
const loadBefore = loadAverage();

const db = await benchDatabase('answer-saves', { statStatements: values['pg-stats'] });
const apiPort = 3900;
const floorPort = 3901;
const logLevel = values['log-level'];
let api = await startApi({ root, databaseUrl: db.url, port: apiPort, poolSize, logLevel });
const base = `http://127.0.0.1:${apiPort}`;

console.log(`Preparing ${connections} candidates with open attempts…`);
const { templateId, candidates, call } = await prepareCandidates({
  base,
  databaseUrl: db.url,
  count: connections,
  templateSource: 'chosen',
});
const perCandidate = await inBatches(candidates, 8, async (c) => {
  const attempt = await call('POST', '/api/attempts', { templateId }, c.token);
  return attempt.items
    .filter((x) => x.type === 'single_choice' || x.type === 'true_false')
    .map((item) => ({
      token: c.token,
      attemptId: attempt.id,
      floorAttemptId: randomUUID(),
      itemId: item.itemId,
      answer:
        item.type === 'true_false'
          ? { type: 'true_false', value: true }
          : { type: 'single_choice', choice: item.interaction.options[0].id },
    }));
});
const targets = perCandidate.flat();
console.log(`${targets.length} (attempt, item) pairs of ${candidates.length} candidates ready`);
if (values.profile) {
  // Restart with the profiler so the profile holds the measured phases, not the preparation.
  await stopProcess(api);
  api = await startApi({ root, databaseUrl: db.url, port: apiPort, poolSize, logLevel, profileDir: values.profile });
}

let seq = 0;
const platformReq = (t) => ({
  method: 'PUT',
  path: `/api/attempts/${t.attemptId}/responses/${t.itemId}`,
  headers: { 'content-type': 'application/json', authorization: `Bearer ${t.token}` },
  body: JSON.stringify({ answer: t.answer, seq: ++seq }),
});
const floorReq = (t) => ({
  method: 'PUT',
  path: `/floor/${t.floorAttemptId}/${t.itemId}`,
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ answer: t.answer, seq: ++seq }),
});

/** Closed-loop saturation with autocannon, every save to the next (attempt, item) pair. */
function saturate(url, build, seconds) {
  let i = 0;
  return autocannon({
    url,
    connections,
    duration: seconds,
    pipelining: 1,
    timeout: 10,
    requests: [{ setupRequest: (req) => ({ ...req, ...build(targets[i++ % targets.length]) }) }],
  });
}

/** Open-loop paced saves: connection i is candidate i, cycling through its own items. */
function paced(name, url, build) {
  const list = agents(connections);
  return pacedPhase({
    name,
    url,
    agentList: list,
    rate: pace,
    durationS: duration,
    warmupS: 2,
    poisson,
    request: (i, k) => {
      const own = perCandidate[i % perCandidate.length];
      return build(own[k % own.length]);
    },
  }).finally(() => closeAgents(list));
}

/** Resets, or prints, the database's per-statement totals. */
async function dbStats(reset) {
  const c = new pg.Client({ connectionString: db.url });
  await c.connect();
  if (reset) await c.query('SELECT pg_stat_statements_reset()');
  else {
    const { rows } = await c.query(
      `SELECT calls, round(total_exec_time)::int AS total_ms, round(mean_exec_time::numeric, 3) AS mean_ms, left(regexp_replace(query, '\\s+', ' ', 'g'), 110) AS query
       FROM pg_stat_statements ORDER BY total_exec_time DESC LIMIT 12`,
    );
    console.table(rows);
  }
  await c.end();
}

/** After a saturation run the server still works off the requests autocannon left behind: let it. */
const settle = () => new Promise((r) => setTimeout(r, 5000));

async function measured(pid, fn) {
  const cpu0 = cpuMs(pid);
  const busy0 = machineBusyMs();
  const load = loadAverage()[0];
  const r = await fn();
  return { r, serverCpuMs: cpuMs(pid) - cpu0, machineBusyMs: machineBusyMs() - busy0, load1: load };
}

const satSummary = ({ r, serverCpuMs, machineBusyMs: busy, load1 }) => ({
  perSecond: Math.round(r.requests.average),
  requests: r.requests.total,
  non2xx: r.non2xx,
  errors: r.errors + r.timeouts,
  latencyMs: { p50: r.latency.p50, p90: r.latency.p90, p99: r.latency.p99, max: r.latency.max },
  serverCpuMsPerSave: Number((serverCpuMs / Math.max(1, r.requests.total)).toFixed(3)),
  machineCpuMsPerSave: Number((busy / Math.max(1, r.requests.total)).toFixed(3)),
  loadAverage1m: load1,
});
const pacedSummary = ({ r, load1 }) => ({ ...r, loadAverage1m: load1 });

console.log(`Platform, warm-up 3 s, then saturation: ${connections} connections, ${duration} s…`);
await saturate(base, platformReq, 3);
if (values['pg-stats']) await dbStats(true);
const platform = satSummary(await measured(api.pid, () => saturate(base, platformReq, duration)));
await settle();
if (values['pg-stats']) await dbStats(false);
console.log(`Platform, paced: ${connections} candidates at ${pace}/s each (${values.arrivals}), ${duration} s…`);
const platformPaced = pacedSummary(await measured(api.pid, () => paced('platform paced', base, platformReq)));
await stopProcess(api);

const floorProc = await startFloor({ databaseUrl: db.url, port: floorPort, poolSize });
const floorUrl = `http://127.0.0.1:${floorPort}`;
console.log(`Floor, warm-up 3 s, then saturation: ${connections} connections, ${duration} s…`);
await saturate(floorUrl, floorReq, 3);
const floor = satSummary(await measured(floorProc.pid, () => saturate(floorUrl, floorReq, duration)));
await settle();
console.log(`Floor, paced…`);
const floorPaced = pacedSummary(await measured(floorProc.pid, () => paced('floor paced', floorUrl, floorReq)));
await stopProcess(floorProc);

const check = new pg.Client({ connectionString: db.url });
await check.connect();
const stored = (await check.query('SELECT count(*)::int AS n FROM response')).rows[0].n;
await check.end();
await db.stop();

const share = platform.perSecond / floor.perSecond;
const result = {
  benchmark: 'answer-saves',
  date: new Date().toISOString(),
  command: `node tools/bench/answer-saves.bench.mjs --connections ${connections} --duration ${duration} --pace ${pace} --arrivals ${values.arrivals} --pool ${poolSize}${logLevel === 'error' ? '' : ` --log-level ${logLevel}`}`,
  machine: { cpus: cpus().length, node: process.version, loadAverageBefore: loadBefore },
  connections,
  durationSeconds: duration,
  candidates: candidates.length,
  pairs: targets.length,
  pacePerCandidate: pace,
  arrivals: values.arrivals,
  poolSize,
  apiLogLevel: logLevel,
  platform,
  floor,
  platformPaced,
  floorPaced,
  platformShareOfFloor: Number(share.toFixed(3)),
  storedResponses: stored,
  goals: { shareOfFloor: 0.6, shareOfFloorIssue5: 0.5, pacedP99Ms: 200, errors: 0 },
};
const row = (name, r) =>
  `| ${name} | ${r.perSecond} | ${r.latencyMs.p50} | ${r.latencyMs.p99} | ${r.non2xx} | ${r.errors} | ${r.loadAverage1m} |`;
const md = `# Answer saves (${result.date.slice(0, 10)})

\`${result.command}\` — ${result.machine.cpus} cores, Node ${result.machine.node}, loopback, embedded PostgreSQL, pool ${poolSize} for both, API LOG_LEVEL ${logLevel}; 1-min load average before the run ${loadBefore[0]}.

| run | saves/s | p50 ms | p99 ms | non-2xx | errors | load 1m |
|---|---:|---:|---:|---:|---:|---:|
${row(`platform, saturation (${connections} connections, closed loop)`, platform)}
${row(`floor, saturation (${connections} connections, closed loop)`, floor)}
${row(`platform, paced (${connections} candidates × ${pace}/s, ${values.arrivals})`, platformPaced)}
${row(`floor, paced (${connections} candidates × ${pace}/s, ${values.arrivals})`, floorPaced)}

Platform: \`PUT /api/attempts/:id/responses/:itemId\` through the whole API (auth guard, validation, one SQL statement committed before the reply).
Floor: a minimal Fastify handler doing the same kind of single-row upsert through \`pg\` on the same database, with the same pool size.
Saturation throughput, platform / floor: **${(share * 100).toFixed(1)} %** (goal ≥ 60 %, issue 5: ≥ 50 %); CPU per save: API process ${platform.serverCpuMsPerSave} ms vs floor process ${floor.serverCpuMsPerSave} ms, whole machine ${platform.machineCpuMsPerSave} vs ${floor.machineCpuMsPerSave} ms.
Paced latency at ${connections} connections: platform p99 **${platformPaced.latencyMs.p99} ms** (floor ${floorPaced.latencyMs.p99} ms; goal ≤ 200 ms, no errors).

Saturation is a closed loop, so its latency is connections / throughput by construction (Little's law) and says nothing about a real exam; the paced run is the latency that candidates see: each connection is one candidate with its own keep-alive socket and token, sending at random (Poisson) moments, and latency is counted from when the save was due.
`;
const out = resolve(import.meta.dirname, 'results');
await mkdir(out, { recursive: true });
await writeFile(resolve(out, `${values.out}.json`), JSON.stringify(result, null, 2) + '\n');
await writeFile(resolve(out, `${values.out}.md`), md);
console.log(md);
