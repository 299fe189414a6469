export * from './lib/methodology.module';
export * from './lib/methodology.service';
export * from './lib/seed';
export * from './lib/exchange';
