import type { SeedItem } from './seed-item.types';
import { ITEMS_DF } from './items-df';
import { ITEMS_ED } from './items-ed';
import { ITEMS_EG } from './items-eg';
import { ITEMS_IS } from './items-is';
import { ITEMS_PM } from './items-pm';

export type { SeedItem, SeedText } from './seed-item.types';

/** The seed bank of methodology version 1: at least three items per competency × level. */
export const SEED_ITEMS: readonly SeedItem[] = [...ITEMS_DF, ...ITEMS_ED, ...ITEMS_IS, ...ITEMS_EG, ...ITEMS_PM];
