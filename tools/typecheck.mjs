#!/usr/bin/env node
// Strict type-check of every project's TypeScript configurations (library, app and spec code).
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const configs = [];
function walk(dir, depth) {
  if (depth > 3) return;
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (name === 'node_modules' || name.startsWith('.')) continue;
    if (statSync(p).isDirectory()) walk(p, depth + 1);
    else if (/^tsconfig\.(lib|app|spec)\.json$/.test(name)) configs.push(p);
  }
}
for (const top of ['apps', 'libs']) walk(join(root, top), 0);
for (const extra of ['tests/integration/tsconfig.json', 'tests/e2e/tsconfig.json']) if (existsSync(join(root, extra))) configs.push(join(root, extra));

let failed = 0;
for (const config of configs) {
  const r = spawnSync('npx', ['tsc', '--noEmit', '-p', config], { cwd: root, encoding: 'utf8' });
  const rel = config.slice(root.length + 1);
  if (r.status === 0) console.log(`ok    ${rel}`);
  else {
    failed++;
    console.log(`FAIL  ${rel}\n${r.stdout}${r.stderr}`);
  }
}
console.log(`type-check: ${configs.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
