import { AppException } from '@civics/api-platform';
import type { FieldError } from '@civics/contracts';

export const AnalyticsErrorCode = {
  OrganisationNotFound: 'organisation_not_found',
  VersionNotFound: 'version_not_found',
  PersonNotFound: 'person_not_found',
  ReportNotFound: 'report_not_found',
  NoScope: 'no_analytics_scope',
  ImportNotFound: 'roster_import_not_found',
  RosterColumns: 'roster_columns',
  RosterEncoding: 'roster_encoding',
  RosterEmpty: 'roster_empty',
  RosterTooLarge: 'roster_too_large',
  RosterUnreadable: 'roster_unreadable',
  RosterHasErrors: 'roster_has_errors',
  RosterNotCommittable: 'roster_not_committable',
  RosterNothingToWrite: 'roster_nothing_to_write',
} as const;
export type AnalyticsErrorCode = (typeof AnalyticsErrorCode)[keyof typeof AnalyticsErrorCode];

const STATUS: Record<AnalyticsErrorCode, number> = {
  organisation_not_found: 404,
  version_not_found: 404,
  person_not_found: 404,
  report_not_found: 404,
  no_analytics_scope: 403,
  roster_import_not_found: 404,
  roster_columns: 422,
  roster_encoding: 422,
  roster_empty: 422,
  roster_too_large: 413,
  roster_unreadable: 422,
  roster_has_errors: 422,
  roster_not_committable: 409,
  roster_nothing_to_write: 422,
};

export class AnalyticsException extends AppException {
  constructor(code: AnalyticsErrorCode, message: string, errors?: FieldError[]) {
    super(code, STATUS[code], message, errors);
  }
}
