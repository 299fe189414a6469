import type { ComplianceDashboard, Language } from '@civics/contracts';
import { aboutFacts, positionTitle, text } from '../export/dashboard-tables';
import { LABELS } from '../export/labels';
import { dejaVuFonts, loadPdfKit } from './pdf-kit';

const LOCALE: Record<Language, string> = { az: 'az-Latn-AZ', ru: 'ru-RU', en: 'en-GB' };
const PAGE = { width: 841.89, height: 595.28, margin: 36 };
const INK = '#1a1a1a';
const MUTED = '#555555';
const RULE = '#c8c8c8';
const BLUE = '#1f5fa8';
const GREEN = '#2e7d32';
const BOLD = 'bold';

type Doc = PDFKit.PDFDocument;
type Align = 'left' | 'right' | 'center';
interface Col {
  header: string;
  width: number;
  align?: Align;
}

/** Heatmap cell colour: red tint (few meet the level) → amber → green tint (all meet it); text stays dark for contrast. */
export function heatColour(share: number | null): string {
  if (share === null) return '#f2f2f2';
  const stops: [number, [number, number, number]][] = [
    [0, [244, 199, 195]],
    [0.5, [255, 236, 179]],
    [1, [200, 230, 201]],
  ];
  const [lo, hi] = share <= 0.5 ? [stops[0], stops[1]] : [stops[1], stops[2]];
  const t = (share - lo[0]) / (hi[0] - lo[0]);
  const c = lo[1].map((v, i) => Math.round(v + (hi[1][i] - v) * t));
  return `#${c.map((v) => v.toString(16).padStart(2, '0')).join('')}`;
}

/**
 * The printable summary report of a subtree for heads of agencies (A4 landscape): key figures and
 * the trend, the breakdown by unit, the heatmap, gaps by competency and position, the people with
 * the largest gaps, attestation and training — in one language, with DejaVu Sans so every
 * Azerbaijani letter prints.
 */
export async function renderSummaryPdf(d: ComplianceDashboard, language: Language, now = new Date()): Promise<Buffer> {
  const PDFDocument = await loadPdfKit();
  const fonts = dejaVuFonts();
  const L = LABELS[language];
  const pct = new Intl.NumberFormat(LOCALE[language], { style: 'percent', maximumFractionDigits: 1, minimumFractionDigits: 1 });
  const num = new Intl.NumberFormat(LOCALE[language], { maximumFractionDigits: 2 });
  const p = (x: number | null | undefined) => (x === null || x === undefined ? '—' : pct.format(x));
  const pp = (x: number | null) => (x === null ? '—' : `${x >= 0 ? '+' : '−'}${num.format(Math.abs(x * 100))} ${L.report.points}`);
  const orgName = d.organisation ? d.organisation.name[language] : L.wholeService;

  const doc = new PDFDocument({
    size: 'A4',
    layout: 'landscape',
    margin: PAGE.margin,
    bufferPages: true,
    font: fonts.regular,
    lang: language,
    displayTitle: true,
    info: { Title: `${L.report.title}: ${orgName}`, Author: 'Civil Service ICT Competency Platform', CreationDate: now },
  });
  // The regular face goes by its file path, the key it was first opened with: pdfkit caches a font
  // under that key only (a second name for the same face would re-read the file on every switch).
  const FONT = fonts.regular;
  doc.registerFont(BOLD, fonts.bold);
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  const left = PAGE.margin;
  const width = PAGE.width - 2 * PAGE.margin;
  const bottom = PAGE.height - PAGE.margin - 18;

  const heading = (title: string, y?: number) => {
    doc
      .font(BOLD)
      .fontSize(13)
      .fillColor(INK)
      .text(title, left, y ?? doc.y, { width });
    doc.moveDown(0.4);
  };
  const ensure = (height: number) => {
    if (doc.y + height > bottom) doc.addPage();
  };

  /** A table that continues on the next page with its header repeated. */
  const table = (
    cols: Col[],
    rows: string[][],
    opts: { fill?: (r: number, c: number) => string | null; size?: number; x?: number } = {},
  ) => {
    const left = opts.x ?? PAGE.margin;
    const size = opts.size ?? 8.5;
    const rowH = size + 7;
    let y = doc.y;
    const header = () => {
      let x = left;
      doc.font(BOLD).fontSize(size).fillColor(INK);
      const h = Math.max(...cols.map((c) => doc.heightOfString(c.header, { width: c.width - 6 })), size) + 6;
      for (const c of cols) {
        doc.text(c.header, x + 3, y + 3, { width: c.width - 6, height: h, align: c.align ?? 'left', ellipsis: true });
        x += c.width;
      }
      y += h + 2;
      doc
        .moveTo(left, y)
        .lineTo(left + cols.reduce((a, c) => a + c.width, 0), y)
        .strokeColor(INK)
        .lineWidth(0.6)
        .stroke();
    };
    if (y + rowH * 3 > bottom) {
      doc.addPage();
      y = doc.y;
    }
    header();
    rows.forEach((row, r) => {
      if (y + rowH > bottom) {
        doc.addPage();
        y = doc.y;
        header();
      }
      let x = left;
      cols.forEach((c, i) => {
        const fill = opts.fill?.(r, i);
        if (fill) doc.rect(x, y, c.width, rowH).fill(fill);
        doc.font(FONT).fontSize(size).fillColor(INK);
        doc.text(row[i] ?? '', x + 3, y + 3.5, {
          width: c.width - 6,
          height: rowH,
          align: c.align ?? 'left',
          lineBreak: false,
          ellipsis: true,
        });
        x += c.width;
      });
      y += rowH;
      doc.moveTo(left, y).lineTo(x, y).strokeColor(RULE).lineWidth(0.4).stroke();
    });
    doc.x = PAGE.margin;
    doc.y = y + 10;
  };

  /* ---------- page 1: title, key figures, trend ---------- */
  doc.font(BOLD).fontSize(20).fillColor(INK).text(L.report.title, left, PAGE.margin, { width });
  doc.font(FONT).fontSize(13).fillColor(INK).text(L.report.subtitle(orgName), { width });
  doc.moveDown(0.3);
  doc.fontSize(9).fillColor(MUTED);
  for (const [k, v] of aboutFacts(d, language, now)) doc.text(`${k}: ${v}`, { width });
  doc.moveDown(0.8);

  heading(L.report.summary);
  const s = d.summary;
  const boxes: [string, string, string | null][] = [
    [L.columns.people, String(s.people), `${L.columns.measured}: ${s.measured}`],
    [L.columns.meanCi, p(s.meanCi), pp(s.meanCiChange)],
    [L.columns.fullyCompliantShare, p(s.fullyCompliantShare), `${L.columns.fullyCompliant}: ${s.fullyCompliant}`],
  ];
  const boxW = (width - 2 * 12) / 3;
  const boxY = doc.y;
  boxes.forEach(([label, value, note], i) => {
    const x = left + i * (boxW + 12);
    doc.roundedRect(x, boxY, boxW, 62, 6).lineWidth(0.8).strokeColor(RULE).stroke();
    doc
      .font(FONT)
      .fontSize(9)
      .fillColor(MUTED)
      .text(label, x + 10, boxY + 8, { width: boxW - 20, lineBreak: false, ellipsis: true });
    doc
      .font(BOLD)
      .fontSize(20)
      .fillColor(INK)
      .text(value, x + 10, boxY + 21, { width: boxW - 20, lineBreak: false });
    if (note)
      doc
        .font(FONT)
        .fontSize(8.5)
        .fillColor(MUTED)
        .text(note, x + 10, boxY + 46, { width: boxW - 20, lineBreak: false });
  });
  doc.x = left;
  doc.y = boxY + 76;

  heading(L.report.trend);
  const chartY = doc.y;
  const chartH = Math.min(200, bottom - chartY - 40);
  lineChart(
    doc,
    FONT,
    left,
    chartY,
    width,
    chartH,
    d.trend.map((t) => t.month),
    [
      { label: L.columns.meanCi, colour: BLUE, values: d.trend.map((t) => t.meanCi) },
      { label: L.columns.fullyCompliantShare, colour: GREEN, values: d.trend.map((t) => t.fullyCompliantShare), dashed: true },
    ],
  );
  doc.x = left;
  doc.y = chartY + chartH + 30;
  doc.font(FONT).fontSize(8).fillColor(MUTED).text(L.report.definitions, left, doc.y, { width });

  /* ---------- units ---------- */
  doc.addPage();
  heading(L.report.units);
  table(
    [
      { header: L.columns.organisation, width: 300 },
      { header: L.columns.people, width: 80, align: 'right' },
      { header: L.columns.measured, width: 80, align: 'right' },
      { header: L.columns.meanCi, width: 110, align: 'right' },
      { header: L.columns.fullyCompliant, width: 90, align: 'right' },
      { header: L.columns.fullyCompliantShare, width: 110, align: 'right' },
    ],
    d.units.map((u) => [
      `${u.organisation.name[language]}${u.scope === 'direct' ? ` (${L.scopes.direct})` : ''}`,
      String(u.people),
      String(u.measured),
      p(u.meanCi),
      String(u.fullyCompliant),
      p(u.fullyCompliantShare),
    ]),
  );

  /* ---------- heatmap ---------- */
  ensure(120);
  heading(L.report.heatmap);
  doc.font(FONT).fontSize(8).fillColor(MUTED).text(L.report.heatmapNote, { width });
  doc.moveDown(0.3);
  const nameW = 180;
  const cellW = Math.max(26, Math.floor((width - nameW) / Math.max(1, d.competencies.length)));
  table(
    [
      { header: L.columns.organisation, width: nameW },
      ...d.competencies.map((c) => ({ header: c.code, width: cellW, align: 'center' as Align })),
    ],
    d.heatmap.map((r) => [
      r.organisation.name[language],
      ...r.cells.map((c) => (c.share === null ? '—' : pct.format(c.share).replace(/[.,]0(?=\D*$)/, ''))),
    ]),
    { size: 7.5, fill: (r, c) => (c === 0 ? null : heatColour(d.heatmap[r].cells[c - 1].share)) },
  );

  /* ---------- gaps ---------- */
  ensure(120);
  heading(L.report.gaps);
  const gapCols = Array.from({ length: d.scaleSize + 1 }, (_, g) => ({ header: L.columns.gap(g), width: 62, align: 'right' as Align }));
  table(
    [
      { header: L.columns.competency, width: 250 },
      { header: L.columns.required, width: 90, align: 'right' },
      ...gapCols,
      { header: L.columns.meanGap, width: 80, align: 'right' },
    ],
    d.gapsByCompetency.map((g) => [
      `${g.competencyCode} ${text(d.competencies.find((c) => c.code === g.competencyCode)?.title, language)}`,
      String(g.required),
      ...g.counts.map(String),
      g.meanGap === null ? '—' : num.format(g.meanGap),
    ]),
  );
  ensure(80);
  heading(L.tables['gaps-by-position']);
  table(
    [
      { header: L.columns.position, width: 250 },
      { header: L.columns.people, width: 70, align: 'right' },
      { header: L.columns.meanCi, width: 90, align: 'right' },
      { header: L.columns.fullyCompliantShare, width: 100, align: 'right' },
      ...gapCols.map((g) => ({ ...g, width: 52 })),
    ],
    d.gapsByPosition.map((g) => [
      text(g.title, language) || g.positionCode,
      String(g.people),
      p(g.meanCi),
      p(g.fullyCompliantShare),
      ...g.counts.map(String),
    ]),
  );

  /* ---------- people, attestation, training ---------- */
  ensure(120);
  heading(L.report.people);
  if (d.people.length)
    table(
      [
        { header: L.columns.name, width: 170 },
        { header: L.columns.organisation, width: 200 },
        { header: L.columns.position, width: 160 },
        { header: L.columns.ci, width: 80, align: 'right' },
        { header: L.columns.gapTotal, width: 80, align: 'right' },
        { header: L.columns.criticalGaps, width: 80, align: 'right' },
      ],
      d.people.map((x) => [
        x.name,
        x.organisation.name[language],
        positionTitle(d, x.positionCode, language),
        p(x.ci),
        String(x.gapTotal),
        String(x.criticalGaps),
      ]),
    );
  else doc.font(FONT).fontSize(9).fillColor(MUTED).text(L.report.noPeople, { width }).moveDown();

  // Attestation and training side by side.
  ensure(150);
  const top = doc.y;
  const half = width / 2;
  heading(L.tables.attestation, top);
  const a = d.attestation;
  if (a.available)
    table(
      [
        { header: L.columns.indicator, width: 260 },
        { header: L.columns.value, width: 90, align: 'right' },
      ],
      [
        [L.attestation.due, String(a.due)],
        [L.attestation.scheduled, String(a.scheduled)],
        [L.attestation.decided, String(a.decided)],
        [L.attestation.overdue, String(a.overdue)],
        [L.attestation.meets, String(a.outcomes.meets)],
        [L.attestation.meetsSubjectToTraining, String(a.outcomes.meetsSubjectToTraining)],
        [L.attestation.doesNotMeet, String(a.outcomes.doesNotMeet)],
        [L.attestation.passRate, p(a.passRate)],
      ],
    );
  else
    doc
      .font(FONT)
      .fontSize(9)
      .fillColor(MUTED)
      .text(L.attestation.unavailable, { width: half - 20 })
      .moveDown();
  const afterAttestation = doc.y;
  doc
    .font(BOLD)
    .fontSize(13)
    .fillColor(INK)
    .text(L.tables.training, PAGE.margin + half, top, { width: half });
  doc.moveDown(0.4);
  table(
    [
      { header: L.columns.indicator, width: 260 },
      { header: L.columns.value, width: 90, align: 'right' },
    ],
    [
      [L.training.planned, String(d.training.planned)],
      [L.training.enrolled, String(d.training.enrolled)],
      [L.training.waiting, String(d.training.waiting)],
      [L.training.completed, String(d.training.completed)],
      [L.training.closedByMeasurement, String(d.training.closedByMeasurement)],
    ],
    { x: PAGE.margin + half },
  );
  doc.x = PAGE.margin;
  doc.y = Math.max(doc.y, afterAttestation);

  /* ---------- page footers ---------- */
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    // Below the bottom margin: without this pdfkit would start a new page for the footer.
    doc.page.margins.bottom = 0;
    doc.font(FONT).fontSize(8).fillColor(MUTED);
    doc.text(`${orgName} · ${d.period.to}`, left, PAGE.height - PAGE.margin - 8, { width: width / 2, lineBreak: false });
    doc.text(L.report.page(i - range.start + 1, range.count), left + width / 2, PAGE.height - PAGE.margin - 8, {
      width: width / 2,
      align: 'right',
      lineBreak: false,
    });
  }
  doc.end();
  return done;
}

/** A line chart of shares (0–100 %) by month, with a legend. */
function lineChart(
  doc: Doc,
  FONT: string,
  x: number,
  y: number,
  w: number,
  h: number,
  labels: readonly string[],
  series: readonly { label: string; colour: string; values: readonly (number | null)[]; dashed?: boolean }[],
): void {
  const axisW = 36;
  const plotX = x + axisW;
  const plotW = w - axisW - 10;
  doc.font(FONT).fontSize(7.5);
  for (let i = 0; i <= 4; i++) {
    const yy = y + h - (h * i) / 4;
    doc
      .moveTo(plotX, yy)
      .lineTo(plotX + plotW, yy)
      .strokeColor(RULE)
      .lineWidth(0.4)
      .undash()
      .stroke();
    doc.fillColor(MUTED).text(`${i * 25}%`, x, yy - 4, { width: axisW - 6, align: 'right', lineBreak: false });
  }
  const step = labels.length > 1 ? plotW / (labels.length - 1) : 0;
  const every = Math.max(1, Math.ceil(labels.length / 12));
  labels.forEach((l, i) => {
    if (i % every === 0 || i === labels.length - 1)
      doc.fillColor(MUTED).text(l, plotX + i * step - 20, y + h + 4, { width: 40, align: 'center', lineBreak: false });
  });
  for (const s of series) {
    let started = false;
    s.values.forEach((v, i) => {
      if (v === null) {
        started = false;
        return;
      }
      const px = plotX + (labels.length > 1 ? i * step : plotW / 2);
      const py = y + h - v * h;
      if (!started) doc.moveTo(px, py);
      else doc.lineTo(px, py);
      started = true;
    });
    if (s.dashed) doc.dash(4, { space: 3 });
    else doc.undash();
    doc.strokeColor(s.colour).lineWidth(1.8).stroke();
    doc.undash();
    s.values.forEach((v, i) => {
      if (v === null) return;
      doc.circle(plotX + (labels.length > 1 ? i * step : plotW / 2), y + h - v * h, 2.2).fill(s.colour);
    });
  }
  let lx = plotX;
  const ly = y + h + 16;
  for (const s of series) {
    doc.rect(lx, ly + 2, 14, 3).fill(s.colour);
    doc
      .font(FONT)
      .fontSize(8)
      .fillColor(INK)
      .text(s.label, lx + 18, ly - 1, { lineBreak: false });
    lx += 24 + doc.widthOfString(s.label) + 20;
  }
}
