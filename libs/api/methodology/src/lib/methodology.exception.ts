import { AppException } from '@civics/api-platform';
import type { FieldError } from '@civics/contracts';

export const MethodologyErrorCode = {
  NotFound: 'methodology_not_found',
  Frozen: 'methodology_frozen',
  InvalidContent: 'methodology_invalid',
  TranslationsMissing: 'translations_missing',
  NotApproved: 'methodology_not_approved',
  SuccessorRequired: 'successor_required',
  InvalidSuccessor: 'invalid_successor',
  NoCurrent: 'no_current_methodology',
  ImportInvalid: 'import_invalid',
} as const;
export type MethodologyErrorCode = (typeof MethodologyErrorCode)[keyof typeof MethodologyErrorCode];

const STATUS: Record<MethodologyErrorCode, number> = {
  methodology_not_found: 404,
  methodology_frozen: 409,
  methodology_invalid: 400,
  translations_missing: 422,
  methodology_not_approved: 409,
  successor_required: 409,
  invalid_successor: 400,
  no_current_methodology: 404,
  import_invalid: 400,
};

export class MethodologyException extends AppException {
  constructor(code: MethodologyErrorCode, message: string, errors?: FieldError[]) {
    super(code, STATUS[code], message, errors);
  }
}
