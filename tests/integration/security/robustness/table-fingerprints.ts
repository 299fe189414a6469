import { Client } from 'pg';

/**
 * Tables a refused request may legitimately touch: the audit trail (refusals of sign-in are recorded)
 * and the sign-in throttle.
 */
const IGNORED = new Set(['audit_event', 'login_throttle', 'schema_migrations']);

/** A row count and an order-independent sum of row hashes of every application table (no sort: cheap enough per route). */
export async function tableFingerprints(databaseUrl: string): Promise<Map<string, string>> {
  const db = new Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    const tables = (
      await db.query<{ name: string }>(
        `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'`,
      )
    ).rows
      .map((r) => r.name)
      .filter((n) => !IGNORED.has(n));
    const union = tables
      .map(
        (n) =>
          `SELECT '${n}' AS name, count(*)::text || ':' || coalesce(sum(hashtextextended(t::text, 0)::numeric), 0)::text AS print FROM "${n}" t`,
      )
      .join(' UNION ALL ');
    const rows = (await db.query<{ name: string; print: string }>(union)).rows;
    return new Map(rows.map((r) => [r.name, r.print]));
  } finally {
    await db.end();
  }
}

export function changedTables(before: Map<string, string>, after: Map<string, string>): string[] {
  return [...after.keys()].filter((k) => before.get(k) !== after.get(k));
}
