import type { DataSourceOptions } from 'typeorm';

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export type ClassList = Function[];

export interface SchemaParts {
  readonly entities: ClassList;
  readonly migrations: ClassList;
}

/**
 * TypeORM options shared by the API, the migration command and the tests: migrations only, never
 * synchronize. With replica URLs, TypeORM keeps one pool per server (`replication`); every query
 * goes to the primary unless a repository asks for the replica explicitly (`readFromReplica`):
 * TypeORM's own default would send every find/query-builder read to a replica, which breaks
 * reading one's own writes on exam, decision and editing paths.
 */
export function dataSourceOptions(
  url: string,
  parts: SchemaParts,
  poolSize = 20,
  replicaUrls: readonly string[] = [],
  connectTimeoutMs = 2000,
): DataSourceOptions {
  const common = {
    type: 'postgres' as const,
    entities: parts.entities,
    migrations: parts.migrations,
    migrationsTableName: 'schema_migrations',
    synchronize: false,
    logging: ['error' as const],
    // A short connect timeout: while the database is down, requests fail fast (503) instead of queueing.
    extra: { max: poolSize, connectionTimeoutMillis: connectTimeoutMs, application_name: 'civics-api' },
  };
  if (replicaUrls.length === 0) return { ...common, url };
  return {
    ...common,
    replication: { master: { url }, slaves: replicaUrls.map((u) => ({ url: u })), defaultMode: 'master' },
  };
}
