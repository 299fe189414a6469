#!/usr/bin/env node
// After the web app's production build (the `build` target of apps/web runs it):
//  1. every route of the app and of the feature libraries is lazy (loadComponent/loadChildren);
//  2. the initial JavaScript — the scripts index.html loads and every chunk they import
//     statically — is at most the budget compressed (gzip -9, what every browser accepts; brotli
//     is printed beside it). Angular's own budgets count raw bytes only;
//  3. static files are precompressed (.br, .gz) so the API serves them without compressing per
//     request (@fastify/static preCompressed).
// Usage: node tools/web/postbuild.mjs [--dir dist/apps/web/browser] [--budget BYTES] [--no-compress]
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const root = resolve(import.meta.dirname, '../..');
const arg = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const dir = resolve(root, arg('--dir', 'dist/apps/web/browser'));
const budget = Number(arg('--budget', '300000'));
const problems = [];

/* 1. lazy routes */
const routeFiles = [join(root, 'apps/web/src/app/app.routes.ts')];
for (const lib of readdirSync(join(root, 'libs/web'))) {
  const src = join(root, 'libs/web', lib, 'src/lib');
  try {
    for (const f of readdirSync(src)) if (f.endsWith('.routes.ts')) routeFiles.push(join(src, f));
  } catch {
    /* no src/lib */
  }
}
for (const f of routeFiles) {
  const text = readFileSync(f, 'utf8');
  for (const m of text.matchAll(/^\s*component\s*:/gm)) {
    const line = text.slice(0, m.index).split('\n').length;
    problems.push(`${f.slice(root.length + 1)}:${line}: an eager route (component:) — use loadComponent`);
  }
}

/* 2. initial JavaScript */
const html = readFileSync(join(dir, 'index.html'), 'utf8');
const entry = [
  ...[...html.matchAll(/<script[^>]*\bsrc="([^"]+\.js)"/g)].map((m) => m[1]),
  ...[...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+\.js)"/g)].map((m) => m[1]),
];
const initial = new Set();
const queue = [...entry];
while (queue.length) {
  const file = queue.shift().replace(/^\.?\//, '');
  if (initial.has(file)) continue;
  initial.add(file);
  const code = readFileSync(join(dir, file), 'utf8');
  // static imports only: `import{a}from"./chunk-X.js"`, `import"./chunk-X.js"`, `export*from"./chunk-X.js"`
  for (const m of code.matchAll(/(?:import|export)\s*(?:[\w*{}\s,$]*?\s*from\s*)?["']\.\/([\w.-]+\.js)["']/g)) queue.push(m[1]);
}
let raw = 0;
let gz = 0;
let br = 0;
const rows = [];
for (const file of initial) {
  const bytes = readFileSync(join(dir, file));
  const g = gzipSync(bytes, { level: 9 }).length;
  const b = brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  raw += bytes.length;
  gz += g;
  br += b;
  rows.push(`  ${file.padEnd(28)} ${String(bytes.length).padStart(9)} ${String(g).padStart(9)} ${String(b).padStart(9)}`);
}
console.log(`Initial JavaScript (${initial.size} files)     raw      gzip    brotli`);
console.log(rows.join('\n'));
console.log(
  `  ${'total'.padEnd(28)} ${String(raw).padStart(9)} ${String(gz).padStart(9)} ${String(br).padStart(9)}   budget ${budget} bytes compressed`,
);
if (entry.length === 0) problems.push('index.html loads no script: is this the production build?');
if (gz > budget) problems.push(`initial JavaScript is ${gz} bytes gzip-compressed, over the budget of ${budget}`);

/* 3. precompression */
const COMPRESSIBLE = new Set(['.js', '.mjs', '.css', '.html', '.json', '.svg', '.ico', '.txt', '.webmanifest', '.map', '.xml']);
let compressed = 0;
function precompress(d) {
  for (const name of readdirSync(d)) {
    const p = join(d, name);
    if (statSync(p).isDirectory()) {
      precompress(p);
      continue;
    }
    if (!COMPRESSIBLE.has(extname(name)) || statSync(p).size < 1024) continue;
    const bytes = readFileSync(p);
    const b = brotliCompressSync(bytes, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
    });
    const g = gzipSync(bytes, { level: 9 });
    if (b.length < bytes.length) writeFileSync(`${p}.br`, b);
    if (g.length < bytes.length) writeFileSync(`${p}.gz`, g);
    compressed++;
  }
}
if (!process.argv.includes('--no-compress') && problems.length === 0) {
  precompress(dir);
  console.log(`Precompressed ${compressed} files (.br, .gz) in ${dir.slice(root.length + 1)}`);
}

if (problems.length) {
  console.error(`\nWeb build refused:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  process.exit(1);
}
console.log(`Web budget ok: ${routeFiles.length} route files all lazy; initial JavaScript ${gz} bytes gzip (${br} brotli) ≤ ${budget}`);
