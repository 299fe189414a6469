import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Language } from '@civics/contracts';

type PdfConstructor = new (options?: PDFKit.PDFDocumentOptions) => PDFKit.PDFDocument;

let constructorPromise: Promise<PdfConstructor> | null = null;

/** pdfkit is CommonJS with `module.exports = PDFDocument`; loaded once, whatever the module interop of the build. */
function pdfkit(): Promise<PdfConstructor> {
  constructorPromise ??= import('pdfkit').then(
    (m) => ((m as unknown as { default?: PdfConstructor }).default ?? m) as unknown as PdfConstructor,
  );
  return constructorPromise;
}

let fonts: string | null = null;

/**
 * The DejaVu TTF folder (package `dejavu-fonts-ttf`): DejaVu Sans has every Azerbaijani letter
 * (ə ğ ı İ ö ş ç ü) and Cyrillic, which the PDF standard fonts lack.
 */
export function fontDir(): string {
  if (fonts) return fonts;
  const candidates = [join(process.cwd(), 'node_modules', 'dejavu-fonts-ttf', 'ttf')];
  try {
    candidates.push(join(dirname(createRequire(join(process.cwd(), 'package.json')).resolve('dejavu-fonts-ttf/package.json')), 'ttf'));
  } catch {
    // Not resolvable from here; the first candidate may still exist.
  }
  const found = candidates.find((dir) => existsSync(join(dir, 'DejaVuSans.ttf')));
  if (!found) throw new Error('DejaVu fonts not found (package dejavu-fonts-ttf)');
  fonts = found;
  return found;
}

/** A new A4 document with the DejaVu fonts registered as `body` and `bold`. */
export async function newPdf(info: { title: string; subject: string; author: string; language: Language }): Promise<PDFKit.PDFDocument> {
  const PDF = await pdfkit();
  const doc = new PDF({
    size: 'A4',
    margins: { top: 56, bottom: 56, left: 56, right: 56 },
    info: { Title: info.title, Subject: info.subject, Author: info.author, Creator: info.author },
    lang: info.language,
    displayTitle: true,
    bufferPages: true,
  });
  doc.registerFont('body', join(fontDir(), 'DejaVuSans.ttf'));
  doc.registerFont('bold', join(fontDir(), 'DejaVuSans-Bold.ttf'));
  doc.font('body');
  return doc;
}

/** Ends the document and collects its bytes. */
export function pdfBytes(doc: PDFKit.PDFDocument): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.end();
  });
}

/** A simple table: header row in bold, rows wrapped within their column widths, a new page when full. */
export function drawTable(
  doc: PDFKit.PDFDocument,
  columns: readonly { header: string; width: number; align?: 'left' | 'right' | 'center' }[],
  rows: readonly string[][],
): void {
  const x0 = doc.page.margins.left;
  const line = (cells: readonly string[], font: 'body' | 'bold') => {
    doc.font(font).fontSize(9);
    const height = Math.max(...cells.map((text, i) => doc.heightOfString(text, { width: columns[i].width - 6 }))) + 6;
    if (doc.y + height > doc.page.height - doc.page.margins.bottom) doc.addPage();
    const y = doc.y;
    let x = x0;
    cells.forEach((text, i) => {
      doc.text(text, x + 3, y + 3, { width: columns[i].width - 6, align: columns[i].align ?? 'left' });
      x += columns[i].width;
    });
    const width = columns.reduce((s, c) => s + c.width, 0);
    doc
      .moveTo(x0, y + height)
      .lineTo(x0 + width, y + height)
      .lineWidth(0.5)
      .strokeColor('#9e9e9e')
      .stroke();
    doc.x = x0;
    doc.y = y + height;
  };
  line(
    columns.map((c) => c.header),
    'bold',
  );
  for (const r of rows) line(r, 'body');
  doc.font('body').fontSize(10);
}
