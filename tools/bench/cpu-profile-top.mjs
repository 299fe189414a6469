#!/usr/bin/env node
// Prints the functions with the most self time in a V8 .cpuprofile (node --cpu-prof).
import { readFileSync } from 'node:fs';

const profile = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const self = new Map();
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const dt = profile.timeDeltas;
for (let i = 0; i < profile.samples.length; i++) {
  const n = byId.get(profile.samples[i]);
  const cf = n.callFrame;
  const key = `${cf.functionName || '(anonymous)'} ${cf.url.split('/node_modules/').pop()}:${cf.lineNumber}`;
  self.set(key, (self.get(key) ?? 0) + (dt[i] ?? 0));
}
const total = [...self.values()].reduce((a, b) => a + b, 0);
const byPackage = new Map();
for (const [k, v] of self) {
  const pkg = k.includes('node:') ? 'node internals' : (k.split(' ')[1]?.split('/')[0] ?? '?');
  byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + v);
}
console.log('Top functions by self time:');
for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, Number(process.argv[3] ?? 30)))
  console.log(`${((v / total) * 100).toFixed(1).padStart(5)} %  ${k}`);
console.log('\nBy package:');
for (const [k, v] of [...byPackage].sort((a, b) => b[1] - a[1]).slice(0, 15))
  console.log(`${((v / total) * 100).toFixed(1).padStart(5)} %  ${k}`);
