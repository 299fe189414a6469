import { AppException } from '@civics/api-platform';
import type { FieldError } from '@civics/contracts';

export const ItemBankErrorCode = {
  NotFound: 'item_not_found',
  InvalidTransition: 'item_invalid_transition',
  ReviewerIsAuthor: 'reviewer_is_author',
  KeyMissing: 'item_key_missing',
  KeyMismatch: 'item_key_mismatch',
  UnknownCompetency: 'unknown_competency',
} as const;
export type ItemBankErrorCode = (typeof ItemBankErrorCode)[keyof typeof ItemBankErrorCode];

const STATUS: Record<ItemBankErrorCode, number> = {
  item_not_found: 404,
  item_invalid_transition: 409,
  reviewer_is_author: 409,
  item_key_missing: 409,
  item_key_mismatch: 400,
  unknown_competency: 400,
};

export class ItemBankException extends AppException {
  constructor(code: ItemBankErrorCode, message: string, errors?: FieldError[]) {
    super(code, STATUS[code], message, errors);
  }
}
