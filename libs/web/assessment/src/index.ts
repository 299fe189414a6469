export * from './lib/assessment.routes';
export * from './lib/data/assessment-paths';
