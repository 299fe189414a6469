import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { resolve } from 'node:path';

/** Starts a Node script as a child process and waits until `url` answers. */
export async function startProcess(args, env, url, timeoutMs = 90_000) {
  // BENCH_SERVER_LOG=1 shows the servers' stdout (their logs) too.
  const stdout = process.env.BENCH_SERVER_LOG ? 'inherit' : 'ignore';
  const child = spawn(process.execPath, args, { env: { ...process.env, ...env }, stdio: ['ignore', stdout, 'inherit'] });
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    try {
      if ((await fetch(url)).ok) return child;
    } catch {
      /* not yet */
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  child.kill('SIGKILL');
  throw new Error(`${args.join(' ')} did not answer at ${url}`);
}

export function stopProcess(child) {
  return new Promise((done) => {
    if (child.exitCode !== null) return done();
    child.once('exit', done);
    child.kill('SIGTERM');
  });
}

/** The built API (dist) on loopback with the benchmark's settings; `profileDir` adds a V8 CPU profile. */
export function startApi({ root, databaseUrl, port, poolSize, profileDir, logLevel = 'error' }) {
  return startProcess(
    [resolve(root, 'dist/apps/api/main.js')],
    {
      DATABASE_URL: databaseUrl,
      PORT: String(port),
      HOST: '127.0.0.1',
      NODE_ENV: 'test',
      LOG_LEVEL: logLevel,
      JWT_SECRET: 'benchmark-secret-that-is-long-enough-x',
      JOBS_ENABLED: 'false',
      WEB_ROOT: '/none',
      ACCESS_TOKEN_TTL_SECONDS: '3600',
      DB_POOL_SIZE: String(poolSize),
      LOGIN_FAILURE_DELAY_MS: '0',
      ...(profileDir ? { NODE_OPTIONS: `--cpu-prof --cpu-prof-dir=${profileDir}` } : {}),
    },
    `http://127.0.0.1:${port}/api/health`,
  );
}

/** The floor server (lib/floor-server.mjs) with the same pool size as the API. */
export function startFloor({ databaseUrl, port, poolSize }) {
  return startProcess(
    [resolve(import.meta.dirname, 'floor-server.mjs')],
    { DATABASE_URL: databaseUrl, PORT: String(port), POOL: String(poolSize) },
    `http://127.0.0.1:${port}/health`,
  );
}

/** CPU time (ms, user + system) a process has used so far; null off Linux. */
export function cpuMs(pid) {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return null;
  }
}

/** Busy CPU time (ms) of the whole machine so far; null off Linux. */
export function machineBusyMs() {
  try {
    const [, ...t] = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).map(Number);
    return (t[0] + t[1] + t[2] + t[5] + t[6] + t[7]) * 10;
  } catch {
    return null;
  }
}

export function loadAverage() {
  return loadavg().map((x) => Math.round(x * 100) / 100);
}
