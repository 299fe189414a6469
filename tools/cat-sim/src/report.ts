/** Markdown table and self-contained HTML (inline SVG charts, no scripts) of a simulation run. */
import type { CalibrationSummary } from './calibration-arm.ts';
import type { Goal } from './goals.ts';
import type { ArmSummary } from './metrics.ts';
import type { SimOptions } from './options.ts';

export interface SimReport {
  readonly command: string;
  readonly options: SimOptions;
  readonly design: Readonly<Record<string, unknown>>;
  readonly adaptive: ArmSummary;
  readonly fixed: ArmSummary;
  readonly calibration: CalibrationSummary;
  readonly goals: readonly Goal[];
  readonly seconds: number;
}

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
const pct2 = (x: number) => `${(100 * x).toFixed(2)}%`;
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function renderMarkdown(r: SimReport): string {
  const { adaptive: ad, fixed: fx, calibration: cal } = r;
  const row = (label: string, a: string, f: string) => `| ${label} | ${a} | ${f} |`;
  return [
    '# CAT simulation',
    '',
    `\`${r.command}\` — ${r.options.examinees} examinees, ${r.options.competencies} competencies × ${r.options.itemsPerCompetency} items, seed ${r.options.seed}`,
    '',
    '| measure | adaptive | fixed form |',
    '|---|---:|---:|',
    row('mean items per examinee', ad.meanItems.toFixed(1), fx.meanItems.toFixed(1)),
    row('mean items per competency', ad.meanItemsPerCompetency.toFixed(2), fx.meanItemsPerCompetency.toFixed(2)),
    row('RMSE of θ', ad.rmseTheta.toFixed(3), fx.rmseTheta.toFixed(3)),
    row('mean SE', ad.meanSe.toFixed(3), fx.meanSe.toFixed(3)),
    row('classification accuracy (required-level cut)', pct2(ad.classificationAccuracy), pct2(fx.classificationAccuracy)),
    row('achieved-level accuracy (all four cuts)', pct(ad.levelAccuracy), pct(fx.levelAccuracy)),
    row('maximum item exposure', pct(ad.maxExposureRate), pct(fx.maxExposureRate)),
    row('mean item exposure (whole bank)', pct(ad.meanExposureRate), pct(fx.meanExposureRate)),
    '',
    `Adaptive rules: cap ${r.options.maxItems} items per competency, SE target ${r.options.seTarget}, randomesque top-${r.options.topK}, exposure ceiling ${pct(r.options.maxExposure)}, classification stop at θ̂ ± 1.96·SE.`,
    '',
    `Adaptive stop reasons (competency runs): ${Object.entries(ad.stopReasons ?? {})
      .map(([k, v]) => `${k} ${v}`)
      .join(', ')}`,
    '',
    `Calibration recovery (${cal.items} items, ${cal.respondents} respondents): RMSE a = ${cal.rmseA.toFixed(3)}, RMSE b = ${cal.rmseB.toFixed(3)}, ${cal.converged ? 'converged' : 'NOT converged'} in ${cal.iterations} EM cycles (${cal.seconds.toFixed(1)} s)`,
    '',
    '| goal | result | detail |',
    '|---|---|---|',
    ...r.goals.map((g) => `| ${g.name} | ${g.pass ? 'PASS' : 'FAIL'} | ${g.detail} |`),
    '',
  ].join('\n');
}

interface Bar {
  readonly label: string;
  readonly value: number;
  readonly text: string;
  readonly color: string;
}

const ADAPTIVE_COLOR = '#1f6feb';
const FIXED_COLOR = '#8b949e';

function barChart(title: string, bars: readonly Bar[], max: number, limit?: { value: number; label: string }): string {
  const width = 360;
  const left = 110;
  const barHeight = 28;
  const top = 34;
  const height = top + bars.length * (barHeight + 12) + 16;
  const scale = (v: number) => ((width - left - 60) * Math.max(0, v)) / max;
  const rows = bars
    .map((b, i) => {
      const y = top + i * (barHeight + 12);
      return (
        `<text x="${left - 8}" y="${y + barHeight / 2 + 5}" text-anchor="end">${esc(b.label)}</text>` +
        `<rect x="${left}" y="${y}" width="${scale(b.value).toFixed(1)}" height="${barHeight}" fill="${b.color}"/>` +
        `<text x="${(left + scale(b.value) + 6).toFixed(1)}" y="${y + barHeight / 2 + 5}">${esc(b.text)}</text>`
      );
    })
    .join('');
  const limitLine = limit
    ? `<line x1="${left + scale(limit.value)}" x2="${left + scale(limit.value)}" y1="${top - 6}" y2="${height - 8}" stroke="#d73a49" stroke-dasharray="4 3"/>` +
      `<text x="${left + scale(limit.value) + 4}" y="${top - 8}" fill="#d73a49">${esc(limit.label)}</text>`
    : '';
  return `<figure><svg viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="${esc(title)}"><title>${esc(title)}</title><text x="0" y="16" font-weight="bold">${esc(title)}</text>${rows}${limitLine}</svg></figure>`;
}

function scatter(title: string, points: readonly { x: number; y: number }[], lo: number, hi: number): string {
  const size = 260;
  const pad = 34;
  const s = (v: number) => pad + ((size - 2 * pad) * (v - lo)) / (hi - lo);
  const dots = points
    .map((p) => `<circle cx="${s(p.x).toFixed(1)}" cy="${(size - s(p.y)).toFixed(1)}" r="3" fill="${ADAPTIVE_COLOR}" fill-opacity="0.7"/>`)
    .join('');
  return (
    `<figure><svg viewBox="0 0 ${size} ${size + 10}" width="${size}" height="${size + 10}" role="img" aria-label="${esc(title)}"><title>${esc(title)}</title>` +
    `<text x="0" y="14" font-weight="bold">${esc(title)}</text>` +
    `<rect x="${pad}" y="${pad}" width="${size - 2 * pad}" height="${size - 2 * pad}" fill="none" stroke="#d0d7de"/>` +
    `<line x1="${s(lo)}" y1="${size - s(lo)}" x2="${s(hi)}" y2="${size - s(hi)}" stroke="#d73a49" stroke-dasharray="4 3"/>` +
    `${dots}<text x="${size / 2}" y="${size - 6}" text-anchor="middle">true (${lo} … ${hi})</text>` +
    `<text x="10" y="${size / 2}" transform="rotate(-90 10 ${size / 2})" text-anchor="middle">estimated</text></svg></figure>`
  );
}

export function renderHtml(r: SimReport): string {
  const { adaptive: ad, fixed: fx, calibration: cal } = r;
  const pair = (f: (a: ArmSummary) => number, text: (v: number) => string): Bar[] => [
    { label: 'adaptive', value: f(ad), text: text(f(ad)), color: ADAPTIVE_COLOR },
    { label: 'fixed form', value: f(fx), text: text(f(fx)), color: FIXED_COLOR },
  ];
  const stops = Object.entries(ad.stopReasons ?? {});
  const stopTotal = stops.reduce((s, [, v]) => s + v, 0);
  const charts = [
    barChart(
      'Mean items per examinee',
      pair(
        (a) => a.meanItems,
        (v) => v.toFixed(1),
      ),
      fx.meanItems * 1.1,
      { value: 0.55 * fx.meanItems, label: '55% of fixed' },
    ),
    barChart(
      'Classification accuracy',
      pair((a) => a.classificationAccuracy, pct2),
      1,
    ),
    barChart(
      'RMSE of θ',
      pair(
        (a) => a.rmseTheta,
        (v) => v.toFixed(3),
      ),
      Math.max(ad.rmseTheta, fx.rmseTheta) * 1.2,
    ),
    barChart(
      'Maximum item exposure',
      pair((a) => a.maxExposureRate, pct),
      1,
      { value: 0.3, label: '30%' },
    ),
    barChart(
      'Adaptive stop reasons',
      stops.map(([k, v]) => ({ label: k, value: v / stopTotal, text: pct(v / stopTotal), color: ADAPTIVE_COLOR })),
      1,
    ),
    barChart(
      'Calibration RMSE',
      [
        { label: 'a', value: cal.rmseA, text: cal.rmseA.toFixed(3), color: ADAPTIVE_COLOR },
        { label: 'b', value: cal.rmseB, text: cal.rmseB.toFixed(3), color: ADAPTIVE_COLOR },
      ],
      0.25,
      { value: 0.15, label: 'b ≤ 0.15' },
    ),
    scatter(
      'Calibration: b',
      cal.pairs.map((p) => ({ x: p.b, y: p.bHat })),
      -3,
      3,
    ),
    scatter(
      'Calibration: a',
      cal.pairs.map((p) => ({ x: p.a, y: p.aHat })),
      0.5,
      2.5,
    ),
  ].join('\n');
  const goals = r.goals
    .map(
      (g) =>
        `<tr><td>${esc(g.name)}</td><td class="${g.pass ? 'pass' : 'fail'}">${g.pass ? 'PASS' : 'FAIL'}</td><td>${esc(g.detail)}</td></tr>`,
    )
    .join('');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>CAT simulation</title>
<style>body{font:14px system-ui,sans-serif;margin:24px;color:#24292f}svg{font:12px system-ui,sans-serif}figure{display:inline-block;margin:8px 16px 8px 0;vertical-align:top}
table{border-collapse:collapse}td,th{border:1px solid #d0d7de;padding:4px 8px}.pass{color:#1a7f37;font-weight:bold}.fail{color:#cf222e;font-weight:bold}code{background:#f6f8fa;padding:2px 4px}</style></head>
<body><h1>CAT simulation</h1>
<p><code>${esc(r.command)}</code> — ${r.options.examinees} examinees, ${r.options.competencies} competencies × ${r.options.itemsPerCompetency} items, seed ${r.options.seed}; ${r.seconds.toFixed(1)} s.</p>
<table><tr><th>goal</th><th>result</th><th>detail</th></tr>${goals}</table>
${charts}
</body></html>
`;
}
