import 'reflect-metadata';
import { AppConfig, ConfigError, EmbeddedDatabase } from '@civics/api-platform';
import { createApp } from './app/create-app';
import { runMigrationCommand } from './app/migrate-command';

async function main(): Promise<void> {
  const config = AppConfig.fromProcessEnv();
  const embedded = config.databaseUrl
    ? null
    : new EmbeddedDatabase(
        { dir: config.dataDir, port: config.embeddedPgPort, database: 'civics' },
        { log: (m) => console.log(m), warn: (m) => console.warn(m) },
      );
  const databaseUrl = config.databaseUrl ?? (await embedded?.start()) ?? '';

  const command = process.argv[2];
  if (command === 'migrate' || command === 'migrate:revert') {
    try {
      await runMigrationCommand(command, databaseUrl);
    } finally {
      await embedded?.stop();
    }
    return;
  }

  const { app, notices } = await createApp(config, databaseUrl);
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`Received ${signal}; shutting down`);
    await app.close().catch((e: unknown) => console.error(e));
    await embedded?.stop().catch((e: unknown) => console.error(e));
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));

  await app.listen({ port: config.port, host: config.host });
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
