export default async function globalTeardown() {
  const pg = globalThis.__CIVICS_PG__;
  if (pg) await pg.stop();
}
