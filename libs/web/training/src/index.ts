export * from './lib/training.routes';
export * from './lib/data/training-paths';
