export * from './lib/privacy.routes';
