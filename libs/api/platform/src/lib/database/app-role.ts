import { DataSource, type DataSourceOptions } from 'typeorm';

/**
 * After migrations (which need the owner), the API's pool works as the restricted application
 * role: every connection starts with `-c role=…`, so even SQL injection could not change or
 * remove audit events. Without the role (or membership in it) the owner's pool is kept and the
 * append-only triggers remain the guard.
 */
export async function switchToAppRole(
  ds: DataSource,
  options: DataSourceOptions,
  role: string | null,
  warn: (message: string) => void,
): Promise<DataSource> {
  if (!role) return ds;
  const [{ usable }] = (await ds.query(
    `SELECT CASE WHEN EXISTS (SELECT 1 FROM pg_roles WHERE rolname = $1) THEN pg_has_role(current_user, $1, 'MEMBER') ELSE false END AS usable`,
    [role],
  )) as { usable: boolean }[];
  if (!usable) {
    warn(`Database role ${role} is missing or not granted to the login user; the API keeps the owner's rights`);
    return ds;
  }
  await ds.destroy();
  const extra = { ...((options as { extra?: Record<string, unknown> }).extra ?? {}), options: `-c role=${role}` };
  return new DataSource({ ...options, extra } as DataSourceOptions).initialize();
}
