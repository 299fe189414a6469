#!/usr/bin/env node
// Runs after `npm install` (the `prepare` script): production builds of the API and the web app,
// so that `npm start` serves at once. Nx caches them; an unchanged build costs seconds.
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');
const r = spawnSync('npx', ['nx', 'run-many', '-t', 'build', '-p', 'api', 'web', '--configuration=production', '--output-style=static'], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, NX_DAEMON: 'false' },
});
process.exit(r.status ?? 1);
