export * from './lib/web-item-bank/web-item-bank';
