#!/usr/bin/env node
// Next-item selection time of the adaptive engine with a large bank (goal: ≤ 5 ms with 5,000
// items). The library's TypeScript is bundled on the fly with esbuild (already in the toolchain).
//   node tools/bench/next-item.bench.mjs [--bank 5000] [--competencies 16] [--selections 2000]
import { buildSync } from 'esbuild';
import { writeFile, mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    bank: { type: 'string', default: '5000' },
    competencies: { type: 'string', default: '16' },
    selections: { type: 'string', default: '2000' },
  },
});
const bankSize = Number(values.bank);
const competencyCount = Number(values.competencies);
const selections = Number(values.selections);
const root = resolve(import.meta.dirname, '../..');

const bundle = buildSync({
  entryPoints: [resolve(root, 'libs/psychometrics/src/index.ts')],
  bundle: true,
  format: 'esm',
  platform: 'neutral',
  write: false,
});
const lib = await import(`data:text/javascript;base64,${Buffer.from(bundle.outputFiles[0].text).toString('base64')}`);

const rng = lib.mulberry32(7);
const competencies = Array.from({ length: competencyCount }, (_, i) => `C${i + 1}`);
const bank = Array.from({ length: bankSize }, (_, i) => ({
  id: `i${i}`,
  competency: competencies[i % competencyCount],
  a: lib.uniform(rng, 0.8, 2),
  b: lib.uniform(rng, -2.5, 2.5),
  c: 0,
}));
const byCompetency = new Map(competencies.map((c) => [c, bank.filter((i) => i.competency === c)]));
const counts = new Map(bank.map((i) => [i.id, Math.floor(lib.uniform(rng, 0, 300))]));
const config = { competencies: competencies.map((c) => ({ competency: c, cut: 0.5, seTarget: 0.3, maxItems: 16 })), topK: 5 };

const WARM_UP = 300;
const times = [];
let state = lib.createAdaptiveState(config);
let used = 0;
for (let n = 0; n < selections + WARM_UP; n++) {
  const started = process.hrtime.bigint();
  const item = lib.nextAdaptiveItem(state, byCompetency, rng, { counts, examinees: 1000, maxRate: 0.3 });
  if (n >= WARM_UP) times.push(Number(process.hrtime.bigint() - started) / 1e6);
  if (!item) {
    state = lib.createAdaptiveState(config);
    used = 0;
    continue;
  }
  lib.recordAdaptiveResponse(state, item, rng() < 0.5);
  if (++used > 200) {
    state = lib.createAdaptiveState(config);
    used = 0;
  }
}
times.sort((a, b) => a - b);
const at = (q) => Number(times[Math.min(times.length - 1, Math.floor(q * times.length))].toFixed(3));
const result = {
  benchmark: 'next-item',
  date: new Date().toISOString(),
  bankSize,
  competencies: competencyCount,
  selections,
  ms: { p50: at(0.5), p95: at(0.95), p99: at(0.99), max: at(1) },
  goalMs: 5,
};
const md = `# Next-item selection (${result.date.slice(0, 10)})

\`node tools/bench/next-item.bench.mjs --bank ${bankSize} --competencies ${competencyCount} --selections ${selections}\` — warm (first 300 selections not counted); maximum information, randomesque top-5, content balancing, 30 % exposure ceiling; the EAP update after each answer is not timed.

| bank | p50 ms | p95 ms | p99 ms | max ms | goal |
|---:|---:|---:|---:|---:|---|
| ${bankSize} | ${result.ms.p50} | ${result.ms.p95} | ${result.ms.p99} | ${result.ms.max} | ≤ 5 ms: ${result.ms.p99 <= 5 ? 'met (p99)' : 'NOT met'} |
`;
const out = resolve(import.meta.dirname, 'results');
await mkdir(out, { recursive: true });
await writeFile(resolve(out, 'next-item.json'), JSON.stringify(result, null, 2) + '\n');
await writeFile(resolve(out, 'next-item.md'), md);
console.log(md);
