export * from './lib/psychometrics';
