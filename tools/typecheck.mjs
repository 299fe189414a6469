#!/usr/bin/env node
// Strict type-check of every project's TypeScript configurations (library, app and spec code),
// two at a time (the CI machine has two cores).
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
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
for (const extra of [
  'tests/integration/tsconfig.json',
  'tests/scale/tsconfig.json',
  'tests/e2e/tsconfig.json',
  'tools/cat-sim/tsconfig.json',
])
  if (existsSync(join(root, extra))) configs.push(join(root, extra));

const tsc = join(root, 'node_modules/typescript/bin/tsc');
function check(config) {
  return new Promise((done) => {
    const child = spawn(process.execPath, [tsc, '--noEmit', '-p', config], { cwd: root });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    child.on('close', (code) => done({ config: config.slice(root.length + 1), ok: code === 0, out }));
  });
}

const queue = [...configs];
const results = [];
await Promise.all(
  [0, 1].map(async () => {
    for (let c = queue.shift(); c; c = queue.shift()) {
      const r = await check(c);
      console.log(`${r.ok ? 'ok  ' : 'FAIL'}  ${r.config}${r.ok ? '' : `\n${r.out}`}`);
      results.push(r);
    }
  }),
);
const failed = results.filter((r) => !r.ok).length;
console.log(`type-check: ${results.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
