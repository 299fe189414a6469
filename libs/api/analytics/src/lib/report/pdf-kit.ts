import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

type PdfDocumentCtor = new (options?: PDFKit.PDFDocumentOptions) => PDFKit.PDFDocument;

/** pdfkit, whether this code runs bundled (webpack) or from source (jest). */
export async function loadPdfKit(): Promise<PdfDocumentCtor> {
  const mod = (await import('pdfkit')) as unknown as { default?: PdfDocumentCtor } & PdfDocumentCtor;
  return mod.default ?? mod;
}

export interface Fonts {
  readonly regular: string;
  readonly bold: string;
}

let fonts: Fonts | null = null;

/**
 * DejaVu Sans (every Azerbaijani letter: ə ğ ı İ ö ş ç ü, and Cyrillic). Resolved from the working
 * directory's node_modules, as the bundled API keeps packages external.
 */
export function dejaVuFonts(): Fonts {
  if (fonts) return fonts;
  const bases = [process.cwd(), __dirname];
  for (const base of bases) {
    try {
      const req = createRequire(join(base, 'package.json'));
      const dir = join(req.resolve('dejavu-fonts-ttf/package.json'), '..', 'ttf');
      const found = { regular: join(dir, 'DejaVuSans.ttf'), bold: join(dir, 'DejaVuSans-Bold.ttf') };
      if (existsSync(found.regular) && existsSync(found.bold)) return (fonts = found);
    } catch {
      /* try the next place */
    }
  }
  throw new Error('The DejaVu fonts (package dejavu-fonts-ttf) were not found');
}
