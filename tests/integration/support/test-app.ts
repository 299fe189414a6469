import 'reflect-metadata';
import type { AddressInfo } from 'node:net';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { AppConfig, type Env } from '@civics/api-platform';
import { createApp } from '../../../apps/api/src/app/create-app';
import { createTestDatabase } from './test-database';
import { HttpClient } from './http-client';

export const DEMO_PASSWORD = 'Demo-Password-2026';

export interface TestApp {
  readonly baseUrl: string;
  readonly databaseUrl: string;
  readonly config: AppConfig;
  /** The running application, for tests that drive a job or a service directly. */
  readonly app: NestFastifyApplication;
  /** A new client with its own cookie jar. */
  client(): HttpClient;
  /** A client signed in as a demo account. */
  signIn(username: string, password?: string): Promise<HttpClient>;
  close(): Promise<void>;
}

/**
 * The real API (all modules, migrations, demo data) on a fresh database, listening on a free port
 * (or on `options.port`, for tests that must know the address before the app starts).
 */
export async function startTestApp(env: Env = {}, options: { port?: number } = {}): Promise<TestApp> {
  const db = await createTestDatabase();
  const config = new AppConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'error',
    JWT_SECRET: 'integration-test-secret-that-is-long-enough',
    LOGIN_FAILURE_DELAY_MS: '0',
    WEB_ROOT: '/nonexistent-web-root',
    DEMO_PASSWORD,
    DB_POOL_SIZE: '10',
    ...env,
  });
  const { app } = await createApp(config, db.url);
  await app.listen({ port: options.port ?? 0, host: '127.0.0.1' });
  const address = app.getHttpServer().address() as AddressInfo;
  const baseUrl = `http://127.0.0.1:${address.port}`;
  return {
    app,
    baseUrl,
    databaseUrl: db.url,
    config,
    client: () => new HttpClient(baseUrl),
    async signIn(username, password = DEMO_PASSWORD) {
      const c = new HttpClient(baseUrl);
      await c.signIn(username, password);
      return c;
    },
    async close() {
      await app.close();
      await db.drop();
    },
  };
}
