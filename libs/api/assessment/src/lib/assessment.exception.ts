import { AppException } from '@civics/api-platform';
import type { FieldError } from '@civics/contracts';

export const AssessmentErrorCode = {
  TemplateNotFound: 'template_not_found',
  AttemptNotFound: 'attempt_not_found',
  AttemptsExhausted: 'attempts_exhausted',
  RetakeTooSoon: 'retake_too_soon',
  NoPerson: 'no_person_record',
  NoPositionProfile: 'no_position_profile',
  FormEmpty: 'form_empty',
  DeadlinePassed: 'deadline_passed',
  AttemptClosed: 'attempt_closed',
  ItemNotInAttempt: 'item_not_in_attempt',
  AnswerWrongType: 'answer_wrong_type',
  NotScored: 'attempt_not_scored',
  NotCurrentMethodology: 'methodology_not_approved',
  ItemLocked: 'item_locked',
  NotAdaptive: 'attempt_not_adaptive',
  CalibrationNotFound: 'calibration_not_found',
  CalibrationRefused: 'calibration_refused',
  CalibrationDecided: 'calibration_decided',
  NotSelfService: 'not_self_service',
  AttemptOpenElsewhere: 'attempt_open_elsewhere',
} as const;
export type AssessmentErrorCode = (typeof AssessmentErrorCode)[keyof typeof AssessmentErrorCode];

const STATUS: Record<AssessmentErrorCode, number> = {
  template_not_found: 404,
  attempt_not_found: 404,
  attempts_exhausted: 409,
  retake_too_soon: 409,
  no_person_record: 409,
  no_position_profile: 409,
  form_empty: 409,
  deadline_passed: 409,
  attempt_closed: 409,
  item_not_in_attempt: 404,
  answer_wrong_type: 400,
  attempt_not_scored: 409,
  methodology_not_approved: 409,
  item_locked: 409,
  attempt_not_adaptive: 409,
  calibration_not_found: 404,
  calibration_refused: 422,
  calibration_decided: 409,
  not_self_service: 403,
  attempt_open_elsewhere: 409,
};

export class AssessmentException extends AppException {
  constructor(code: AssessmentErrorCode, message: string, errors?: FieldError[]) {
    super(code, STATUS[code], message, errors);
  }
}
