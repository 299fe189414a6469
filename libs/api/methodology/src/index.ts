export * from './lib/api-methodology.module';
