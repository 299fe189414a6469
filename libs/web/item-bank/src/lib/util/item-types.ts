import type { ItemStatus, ItemType } from '@civics/contracts';

/** Item types (contracts: ITEM_TYPES), restated to keep zod out of the bundle. */
export const ITEM_TYPE_LIST = [
  'single_choice',
  'multiple_response',
  'true_false',
  'ordering',
  'matching',
  'numeric',
  'short_text',
] as const satisfies readonly ItemType[];

/** Item statuses in workflow order (contracts: ITEM_STATUSES). */
export const ITEM_STATUS_LIST = ['draft', 'reviewed', 'active', 'retired'] as const satisfies readonly ItemStatus[];

/** Types whose candidates choose among (or arrange) a list of options. */
export const OPTION_TYPES: readonly ItemType[] = ['single_choice', 'multiple_response', 'ordering'];

/** How many options (or premises / responses) each list may hold (contracts: InteractionSchema). */
export const OPTION_LIMITS: Readonly<Record<'options' | 'premises' | 'responses', { min: number; max: number }>> = {
  options: { min: 2, max: 10 },
  premises: { min: 2, max: 10 },
  responses: { min: 2, max: 12 },
};

/** Multiple response allows up to 12 options, the other option types 10. */
export function maxOptions(type: ItemType): number {
  return type === 'multiple_response' ? 12 : OPTION_LIMITS.options.max;
}

type Covers<Tuple extends readonly unknown[], Union> = [Union] extends [Tuple[number]] ? Tuple : never;
const _allTypes: Covers<typeof ITEM_TYPE_LIST, ItemType> = ITEM_TYPE_LIST;
const _allStatuses: Covers<typeof ITEM_STATUS_LIST, ItemStatus> = ITEM_STATUS_LIST;
