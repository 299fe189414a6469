import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

/** The text of a PDF as pdfjs-dist extracts it (run in a child process: pdfjs is an ES module). */
export function pdfText(bytes: Uint8Array): string {
  const r = spawnSync(process.execPath, [resolve(__dirname, 'pdf-text.mjs')], { input: bytes, maxBuffer: 64 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(`pdf text extraction failed: ${r.stderr.toString()}`);
  return r.stdout.toString('utf8');
}
