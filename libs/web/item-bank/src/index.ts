export * from './lib/item-bank.routes';
