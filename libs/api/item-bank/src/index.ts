export * from './lib/item-bank.module';
export * from './lib/item.service';
export * from './lib/item.repository';
export type { ItemEntity } from './lib/item.entity';
export * from './lib/qti';
