#!/usr/bin/env node
// Strict type-check of every project's TypeScript configurations (library, app and spec code).
// Configurations whose resolved compiler options are identical are checked as one program: the
// libraries import each other from source, so 40 separate programs re-checked the same files
// dozens of times. Two programs run at a time (the CI machine has two cores).
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
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
// Options that only say where output goes do not change what is checked.
const OUTPUT_ONLY = ['outDir', 'rootDir', 'tsBuildInfoFile', 'declarationDir'];

/** Groups the configurations by their resolved compiler options. */
function groupByOptions() {
  const groups = new Map();
  for (const config of configs) {
    const shown = JSON.parse(execFileSync(process.execPath, [tsc, '--showConfig', '-p', config], { cwd: root, encoding: 'utf8' }));
    const options = { ...shown.compilerOptions };
    for (const k of OUTPUT_ONLY) delete options[k];
    const key = JSON.stringify(options, Object.keys(options).sort());
    const files = (shown.files ?? []).map((f) => resolve(join(config, '..'), f));
    const group = groups.get(key) ?? { configs: [], files: new Set() };
    group.configs.push(config.slice(root.length + 1));
    for (const f of files) group.files.add(f);
    groups.set(key, group);
  }
  return [...groups.values()];
}

const scratch = join(root, 'tmp', 'typecheck');
rmSync(scratch, { recursive: true, force: true });
mkdirSync(scratch, { recursive: true });
const programs = groupByOptions().map((g, i) => {
  const file = join(scratch, `group-${i}.tsconfig.json`);
  // `extends` keeps the first member's options (identical across the group) and its paths.
  writeFileSync(file, JSON.stringify({ extends: join(root, g.configs[0]), files: [...g.files], include: [] }, null, 2));
  return { file, configs: g.configs };
});

function check(program) {
  return new Promise((done) => {
    const child = spawn(process.execPath, [tsc, '--noEmit', '-p', program.file], { cwd: root });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    child.on('close', (code) => done({ ...program, ok: code === 0, out }));
  });
}

const queue = [...programs].sort((a, b) => b.configs.length - a.configs.length);
const results = [];
await Promise.all(
  [0, 1].map(async () => {
    for (let p = queue.shift(); p; p = queue.shift()) {
      const r = await check(p);
      for (const c of r.configs) console.log(`${r.ok ? 'ok  ' : 'FAIL'}  ${c}`);
      if (!r.ok) console.log(r.out);
      results.push(r);
    }
  }),
);
const checked = results.reduce((n, r) => n + r.configs.length, 0);
const failed = results.filter((r) => !r.ok).reduce((n, r) => n + r.configs.length, 0);
console.log(`type-check: ${checked - failed} passed, ${failed} failed (${results.length} programs)`);
process.exit(failed ? 1 : 0);
