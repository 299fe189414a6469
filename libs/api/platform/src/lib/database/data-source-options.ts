import type { DataSourceOptions } from 'typeorm';

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export type ClassList = Function[];

export interface SchemaParts {
  readonly entities: ClassList;
  readonly migrations: ClassList;
}

/** TypeORM options shared by the API, the migration command and the tests: migrations only, never synchronize. */
export function dataSourceOptions(url: string, parts: SchemaParts, poolSize = 20): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: parts.entities,
    migrations: parts.migrations,
    migrationsTableName: 'schema_migrations',
    synchronize: false,
    logging: ['error'],
    extra: { max: poolSize, connectionTimeoutMillis: 5000, application_name: 'civics-api' },
  };
}
