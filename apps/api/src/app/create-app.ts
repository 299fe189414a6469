import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { AppConfig, configureHttp, createPino, DemoSeedRegistry, fastifyOptions, JobsService, JsonLogger } from '@civics/api-platform';
import { AppModule } from './app.module';

export interface CreatedApp {
  readonly app: NestFastifyApplication;
  /** Lines worth printing at start (demo accounts). */
  readonly notices: string[];
}

/** Builds the whole API on the given database: migrations, demo data, jobs, HTTP plumbing. */
export async function createApp(config: AppConfig, databaseUrl: string): Promise<CreatedApp> {
  const pino = createPino(config.logLevel, config.instanceName);
  const app = await NestFactory.create<NestFastifyApplication>(
    AppModule.forRoot(config, databaseUrl),
    new FastifyAdapter({ ...fastifyOptions(config), loggerInstance: pino }),
    { logger: new JsonLogger(pino), bufferLogs: false },
  );
  await configureHttp(app, config);
  await app.init();
  const notices = config.seedDemo ? await app.get(DemoSeedRegistry).runAll() : [];
  await app.get(JobsService).start();
  return { app, notices };
}
