import { type DynamicModule, Global, Module } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
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
        TypeOrmModule.forRoot({
          ...dataSourceOptions(options.databaseUrl, options.schema, config.dbPoolSize),
          migrationsRun: config.migrationsRun,
          retryAttempts: 3,
          retryDelay: 2000,
        }),
      ],
      controllers: [HealthController, DocsController],
      providers: [
        { provide: AppConfig, useValue: config },
        { provide: DatabaseUrl, useValue: new DatabaseUrl(options.databaseUrl) },
        { provide: OpenApiDocument, useFactory: (c: AppConfig) => new OpenApiDocument(c), inject: [AppConfig] },
        { provide: APP_FILTER, useFactory: (c: AppConfig) => new ProblemFilter(new IndexHtmlFallback(c.webRoot)), inject: [AppConfig] },
        JobsService,
        HealthService,
        DemoSeedRegistry,
      ],
      exports: [AppConfig, DatabaseUrl, JobsService, DemoSeedRegistry, OpenApiDocument],
    };
  }
}
