export * from './lib/analytics.routes';
export * from './lib/data/analytics-paths';
