import { createServer, type Server } from 'node:http';
import { NestFactory } from '@nestjs/core';
import { APP_VERSION, AppConfig, createPino, HealthService, JobsService, JsonLogger } from '@civics/api-platform';
import { PlatformRoutes } from '@civics/contracts';
import { AppModule } from './app.module';

export interface Worker {
  close(): Promise<void>;
}

/**
 * `main.js worker`: the background-job process of a deployment. The same modules as the API
 * (so every feature registers its pg-boss workers and schedules) without its HTTP routes; the
 * port answers only the health probes, for the orchestrator. API replicas beside it run with
 * JOBS_ENABLED=false and still queue jobs (JobsService.send).
 */
export async function startWorker(config: AppConfig, databaseUrl: string): Promise<Worker> {
  const pino = createPino(config.logLevel, config.instanceName);
  const context = await NestFactory.createApplicationContext(AppModule.forRoot(config, databaseUrl), {
    logger: new JsonLogger(pino),
  });
  await context.get(JobsService).start();
  const health = context.get(HealthService);

  const server: Server = createServer((req, res) => {
    const path = (req.url ?? '').split('?')[0];
    const send = (status: number, body: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store' }).end(JSON.stringify(body));
    };
    if (req.method !== 'GET') return send(405, { status: 'method not allowed' });
    if (path === PlatformRoutes.liveness.path) return send(200, { status: 'ok' });
    if (path === PlatformRoutes.health.path) {
      void health.check(APP_VERSION).then((h) => send(h.database === 'up' ? 200 : 503, h));
      return;
    }
    send(404, { status: 'not found' });
  });
  await new Promise<void>((resolve) => server.listen(config.port, config.host, resolve));
  pino.info({ port: config.port }, 'Worker running jobs; health on /api/health');
  return {
    async close() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await context.close();
    },
  };
}
