import type { ItemImportReport, ItemStatus } from '@civics/contracts';

/** One row of the import report table: a file and what became of it. */
export interface ImportRow {
  readonly file: string;
  readonly outcome: 'imported' | 'problem';
  readonly itemId?: string;
  readonly ref?: string;
  readonly status?: ItemStatus;
  readonly needsKey?: boolean;
  readonly location?: string;
  readonly message?: string;
  readonly code?: string;
}

/**
 * The API's report as rows in the order the files were chosen: each imported item, then each
 * problem, for every file; a file the report does not mention is listed as a problem too.
 */
export function importRows(fileNames: readonly string[], report: ItemImportReport): ImportRow[] {
  const rows: ImportRow[] = [];
  const known = new Set<string>();
  const order = [...fileNames];
  for (const name of [...report.imported.map((i) => i.file), ...report.problems.map((p) => p.file)]) {
    if (!order.includes(name)) order.push(name);
  }
  for (const file of order) {
    for (const i of report.imported.filter((x) => x.file === file)) {
      rows.push({ file, outcome: 'imported', itemId: i.itemId, ref: i.ref, status: i.status, needsKey: i.needsKey });
      known.add(file);
    }
    for (const p of report.problems.filter((x) => x.file === file)) {
      rows.push({ file, outcome: 'problem', location: p.location, message: p.message, code: p.code });
      known.add(file);
    }
    if (!known.has(file)) {
      rows.push({ file, outcome: 'problem', location: '', message: '', code: 'not_reported' });
    }
  }
  return rows;
}

/** Counts for the summary line above the table. */
export function importSummary(rows: readonly ImportRow[]): { imported: number; needKey: number; problems: number } {
  return {
    imported: rows.filter((r) => r.outcome === 'imported').length,
    needKey: rows.filter((r) => r.outcome === 'imported' && r.needsKey).length,
    problems: rows.filter((r) => r.outcome === 'problem').length,
  };
}

/** Largest total the API accepts per request (contracts: at most 200 files, 900 000 characters each). */
export const IMPORT_LIMITS = { files: 200, charsPerFile: 900_000 } as const;
