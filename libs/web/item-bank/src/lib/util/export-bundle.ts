/** One exported QTI file as the API returns it. */
export interface ExportedFile {
  readonly name: string;
  readonly content: string;
}

/** A safe file name for a download: no folders, no characters browsers refuse. */
export function safeFileName(name: string, fallback: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  const cleaned = base.replace(/[^\p{L}\p{N}._ -]/gu, '_').trim();
  return cleaned && cleaned !== '.' && cleaned !== '..' ? cleaned : fallback;
}

/** All exported files in one JSON document (the same shape the API returns). */
export function bundleJson(files: readonly ExportedFile[], exportedAt: Date): string {
  return `${JSON.stringify({ format: 'qti-3.0', exportedAt: exportedAt.toISOString(), files }, null, 2)}\n`;
}

/** `items-2026-11-23.json` */
export function bundleName(exportedAt: Date): string {
  return `items-${exportedAt.toISOString().slice(0, 10)}.json`;
}
