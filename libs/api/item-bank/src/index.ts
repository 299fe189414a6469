export * from './lib/api-item-bank.module';
