#!/usr/bin/env node
// `npm start`: builds the API and the web app (Nx caches unchanged builds), then runs the API,
// which serves the web app, the embedded PostgreSQL and the demo data on one port.
// `--e2e` runs a throw-away instance for the browser tests (fresh data in .data-e2e, port 3100).
import { spawn, spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');
const e2e = process.argv.includes('--e2e');
const env = { ...process.env };
if (e2e) {
  env.PORT ??= env.E2E_PORT ?? '3100';
  // One data folder and database port per e2e port, so parallel runs do not collide.
  env.DATA_DIR = resolve(root, `.data-e2e-${env.PORT}`);
  env.EMBEDDED_PG_PORT ??= String(50000 + (Number(env.PORT) % 10000));
  env.LOG_LEVEL ??= 'warn';
  rmSync(env.DATA_DIR, { recursive: true, force: true });
}

if (!process.argv.includes('--no-build')) {
  // Already built by `npm install` (prepare); Nx answers from its cache unless sources changed.
  const build = spawnSync(process.execPath, [resolve(root, 'tools/start/build.mjs')], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const api = spawn(process.execPath, [resolve(root, 'dist/apps/api/main.js')], { cwd: root, stdio: 'inherit', env });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => api.kill(signal));
api.on('exit', (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
