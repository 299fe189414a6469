export * from './lib/methodology.routes';
export * from './lib/data/methodology-api';
export * from './lib/data/methodology-paths';
