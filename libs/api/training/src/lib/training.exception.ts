import { AppException } from '@civics/api-platform';
import type { FieldError } from '@civics/contracts';

export const TrainingErrorCode = {
  ProviderNotFound: 'provider_not_found',
  CourseNotFound: 'course_not_found',
  SessionNotFound: 'session_not_found',
  EnrolmentNotFound: 'enrolment_not_found',
  PlanNotFound: 'plan_not_found',
  PlanItemNotFound: 'plan_item_not_found',
  PersonNotFound: 'person_not_found',
  NoProviderScope: 'no_provider_scope',
  NoPerson: 'no_person_record',
  UnknownCompetency: 'unknown_competency',
  CourseNotEditable: 'course_not_editable',
  CourseNotSubmitted: 'course_not_submitted',
  CourseCodeTaken: 'course_code_taken',
  CourseNotApproved: 'course_not_approved',
  SessionStarted: 'session_started',
  SessionFull: 'session_full',
  AlreadyEnrolled: 'already_enrolled',
  EnrolmentClosed: 'enrolment_closed',
  NotEnrolled: 'not_enrolled',
  UploadInvalid: 'upload_invalid',
  UploadUnreadable: 'upload_unreadable',
  PlanItemClosed: 'plan_item_closed',
  SessionNotOfCourse: 'session_not_of_course',
  XapiUnknownVerb: 'xapi_unknown_verb',
  XapiUnmatched: 'xapi_unmatched',
} as const;
export type TrainingErrorCode = (typeof TrainingErrorCode)[keyof typeof TrainingErrorCode];

const STATUS: Record<TrainingErrorCode, number> = {
  provider_not_found: 404,
  course_not_found: 404,
  session_not_found: 404,
  enrolment_not_found: 404,
  plan_not_found: 404,
  plan_item_not_found: 404,
  person_not_found: 404,
  no_provider_scope: 403,
  no_person_record: 409,
  unknown_competency: 400,
  course_not_editable: 409,
  course_not_submitted: 409,
  course_code_taken: 409,
  course_not_approved: 409,
  session_started: 409,
  session_full: 409,
  already_enrolled: 409,
  enrolment_closed: 409,
  not_enrolled: 409,
  upload_invalid: 422,
  upload_unreadable: 400,
  plan_item_closed: 409,
  session_not_of_course: 400,
  xapi_unknown_verb: 400,
  xapi_unmatched: 422,
};

export class TrainingException extends AppException {
  constructor(code: TrainingErrorCode, message: string, errors?: FieldError[]) {
    super(code, STATUS[code], message, errors);
  }
}
