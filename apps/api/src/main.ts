import 'reflect-metadata';
import { AppConfig, ConfigError, EmbeddedDatabase } from '@civics/api-platform';
import { createApp } from './app/create-app';
import { MIGRATION_COMMANDS, type MigrationCommand, runMigrationCommand } from './app/migrate-command';
import { startWorker } from './app/worker';
import { runAuditVerify } from './app/audit-verify-command';

/** Pending connections the kernel keeps for accept (capped by net.core.somaxconn). */
const LISTEN_BACKLOG = 4096;

async function main(): Promise<void> {
  const command = process.argv[2];
  // The worker exists to run jobs; demo data is loaded by the API (or never, in production).
  const config = AppConfig.fromProcessEnv(command === 'worker' ? { JOBS_ENABLED: 'true', SEED_DEMO: 'false' } : {});
  const embedded = config.databaseUrl
    ? null
    : new EmbeddedDatabase(
        { dir: config.dataDir, port: config.embeddedPgPort, database: 'civics' },
        { log: (m) => console.log(m), warn: (m) => console.warn(m) },
      );
  const databaseUrl = config.databaseUrl ?? (await embedded?.start()) ?? '';

  if (command && MIGRATION_COMMANDS.includes(command)) {
    try {
      await runMigrationCommand(command as MigrationCommand, databaseUrl);
    } finally {
      await embedded?.stop();
    }
    return;
  }

  if (command === 'audit:verify') {
    try {
      await runAuditVerify(databaseUrl);
    } finally {
      await embedded?.stop();
    }
    return;
  }

  let close: () => Promise<void> = async () => undefined;
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`Received ${signal}; shutting down`);
    await close().catch((e: unknown) => console.error(e));
    await embedded?.stop().catch((e: unknown) => console.error(e));
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));

  if (command === 'worker') {
    const worker = await startWorker(config, databaseUrl);
    close = () => worker.close();
    return;
  }

  const { app, notices } = await createApp(config, databaseUrl);
  close = () => app.close();

  // A class's browsers connect within the same second on exam day: with Node's default backlog
  // of 511, the kernel dropped the rest and they waited for SYN retries (1, 3, 7 s).
  await app.listen({ port: config.port, host: config.host, backlog: LISTEN_BACKLOG });
  const banner = [
    '',
    `Civil Service ICT Competency Platform is running at ${config.publicUrl}`,
    `API documentation: ${config.publicUrl}/api/docs`,
    `Database: ${embedded ? `embedded PostgreSQL in ${config.dataDir}` : 'DATABASE_URL'}`,
    ...notices,
    '',
  ];
  console.log(banner.join('\n'));
}

main().catch((e: unknown) => {
  console.error(e instanceof ConfigError ? e.message : e);
  process.exit(1);
});
