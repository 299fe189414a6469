import { type DynamicModule, Global, Logger, Module } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { getDataSourceToken, TypeOrmModule } from '@nestjs/typeorm';
import { DataSource, type DataSourceOptions } from 'typeorm';
import { runMigrationsLocked } from './database/run-migrations';
import { switchToAppRole } from './database/app-role';
import { AppConfig } from './config/app-config';
import { DatabaseUrl } from './database/database-url';
import { dataSourceOptions, type SchemaParts } from './database/data-source-options';
import { JobsService } from './jobs/jobs.service';
import { HealthService } from './health/health.service';
import { HealthController } from './health/health.controller';
import { DocsController } from './openapi/docs.controller';
import { OpenApiDocument } from './openapi/openapi-document.provider';
import { DemoSeedRegistry } from './seed/demo-seed.registry';
import { ProblemFilter } from './http/problem.filter';
import { IndexHtmlFallback } from './web/spa-fallback';
import { ClusterEvents } from './cluster/cluster-events';
import { SigningSecret } from './secrets/signing-secret';

export interface PlatformModuleOptions {
  readonly config: AppConfig;
  readonly databaseUrl: string;
  readonly schema: SchemaParts;
}

/** Configuration, database, jobs, health, OpenAPI and error mapping for every feature. */
@Global()
@Module({})
export class PlatformModule {
  static forRoot(options: PlatformModuleOptions): DynamicModule {
    const { config } = options;
    return {
      module: PlatformModule,
      imports: [
        TypeOrmModule.forRootAsync({
          useFactory: () => ({
            ...dataSourceOptions(
              options.databaseUrl,
              options.schema,
              config.dbPoolSize,
              config.databaseReplicaUrls,
              config.dbConnectTimeoutMs,
            ),
            retryAttempts: 3,
            retryDelay: 2000,
          }),
          // MIGRATIONS_RUN: applied under a lock, so replicas starting together apply each once.
          dataSourceFactory: async (o) => {
            const ds = await new DataSource(o as DataSourceOptions).initialize();
            if (config.migrationsRun) await runMigrationsLocked(ds);
            return switchToAppRole(ds, o as DataSourceOptions, config.databaseAppRole, (m) => new Logger('database').warn(m));
          },
        }),
      ],
      controllers: [HealthController, DocsController],
      providers: [
        { provide: AppConfig, useValue: config },
        { provide: DatabaseUrl, useValue: new DatabaseUrl(options.databaseUrl) },
        { provide: OpenApiDocument, useFactory: (c: AppConfig) => new OpenApiDocument(c), inject: [AppConfig] },
        { provide: APP_FILTER, useFactory: (c: AppConfig) => new ProblemFilter(new IndexHtmlFallback(c.webRoot)), inject: [AppConfig] },
        {
          provide: SigningSecret,
          useFactory: (c: AppConfig, ds: DataSource) => SigningSecret.resolve(c, ds),
          inject: [AppConfig, getDataSourceToken()],
        },
        JobsService,
        HealthService,
        DemoSeedRegistry,
        ClusterEvents,
      ],
      exports: [AppConfig, DatabaseUrl, JobsService, DemoSeedRegistry, OpenApiDocument, ClusterEvents, SigningSecret, HealthService],
    };
  }
}
