export * from './lib/api-assessment.module';
