export * from './lib/web-assessment/web-assessment';
