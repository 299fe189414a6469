export * from './lib/web-methodology/web-methodology';
