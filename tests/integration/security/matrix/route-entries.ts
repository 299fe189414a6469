import type { Role } from '@civics/contracts';
import { UNKNOWN_ID, type MatrixFixtures, type ObjectScope } from './fixtures';

export type Caller = Role | 'anonymous';
/**
 * `ok`: 2xx/3xx. `allowed`: passed authorisation and found the object (anything but 401/403/404, never 5xx);
 * `passes`: passed authorisation (anything but 401/403, never 5xx), for probes with unknown ids. Write
 * probes whose business outcome (409, 422 …) other tests cover. A number: exactly that status.
 */
export type Outcome = 'ok' | 'allowed' | 'passes' | number;
export type ScopedOutcome = Outcome | Partial<Record<ObjectScope, Outcome>>;

export interface RouteEntry {
  /** Path parameters of a route that takes an object, per scope (or one set for objects without an owner). */
  readonly params?: (f: MatrixFixtures) => Record<string, string> | Record<ObjectScope, Record<string, string>>;
  readonly query?: string;
  readonly body?: (f: MatrixFixtures, scope: ObjectScope | null) => unknown;
  /** A file upload: raw bytes with this content type. */
  readonly upload?: { contentType: string; body: string };
  /** Differences from what the route's access rule implies (see expectedOutcome). */
  readonly expect?: Partial<Record<Caller, ScopedOutcome>>;
}

const scoped =
  (pick: (f: MatrixFixtures) => Record<ObjectScope, string>, name = 'id') =>
  (f: MatrixFixtures) => {
    const ids = pick(f);
    return { own: { [name]: ids.own }, same: { [name]: ids.same }, other: { [name]: ids.other } };
  };
const unknown =
  (...names: string[]) =>
  () =>
    Object.fromEntries(names.map((n) => [n, UNKNOWN_ID]));

/** The object is the caller's own only (a civil servant's attempt, enrolment …). */
const OWN_ONLY: ScopedOutcome = { own: 'ok', same: 404, other: 404 };
const OWN_ONLY_WRITE: ScopedOutcome = { own: 'allowed', same: 404, other: 404 };
/** Inside the demo HR officer's subtree (own and same), not outside (other). */
const IN_SUBTREE: ScopedOutcome = { own: 'ok', same: 'ok', other: 404 };
const IN_SUBTREE_WRITE: ScopedOutcome = { own: 'allowed', same: 'allowed', other: 404 };
const NONE: ScopedOutcome = 404;

const PROVIDER_OWN: ScopedOutcome = { own: 'ok', same: 'ok', other: 404 };
const everyone = (o: Outcome): Partial<Record<Caller, Outcome>> =>
  Object.fromEntries(
    (['civil_servant', 'hr_officer', 'commission_member', 'training_provider', 'methodologist', 'administrator', 'anonymous'] as const).map(
      (c) => [c, o],
    ),
  );

/** A certificate: its holder, HR of the holder's organisation, the administrator. */
const CERTIFICATE_READERS = {
  civil_servant: OWN_ONLY,
  hr_officer: IN_SUBTREE,
  commission_member: NONE,
  training_provider: NONE,
  methodologist: NONE,
} as const;

const csv = (text: string) => ({ contentType: 'text/csv', body: text });

/**
 * One entry per API route (`METHOD path`). The matrix test fails for a served route without an entry,
 * and for an entry whose route is no longer served.
 */
export const ROUTE_ENTRIES: Readonly<Record<string, RouteEntry>> = {
  'GET /api/health': {},
  'GET /api/health/live': {},
  'GET /api/docs-json': {},
  'POST /api/auth/login': { body: () => ({ login: 'nobody', password: 'wrong password' }), expect: everyone(401) },
  // Sent after "sign out everywhere" (see the matrix's order): every caller's refresh cookie is dead by then.
  'POST /api/auth/refresh': { body: () => ({}), expect: everyone(401) },
  'POST /api/auth/logout': { body: () => ({}) },
  'GET /api/auth/oidc': {},
  // No OpenID provider is configured in the test: the start and callback answer 404 for everyone.
  'GET /api/auth/oidc/start': { expect: everyone(404) },
  // Without a provider the callback sends the browser back to the sign-in page with an error.
  'GET /api/auth/oidc/callback': { query: '?code=x&state=y' },
  'GET /api/me': {},
  // A wrong current password is refused with 401 for everyone.
  'POST /api/me/password': {
    body: () => ({ currentPassword: 'not the password', newPassword: 'a new long passphrase 123' }),
    expect: everyone(401),
  },
  'GET /api/organisations': {},
  'POST /api/organisations': { body: () => ({}) },
  'GET /api/persons': {},
  'GET /api/persons/:id': {
    params: scoped((f) => f.persons),
    query: '?purpose=authorisation%20matrix',
    expect: { hr_officer: IN_SUBTREE },
  },
  'POST /api/persons': { body: () => ({}) },
  'PATCH /api/persons/:id': {
    params: scoped((f) => f.persons),
    body: () => ({ positionTitle: 'Matrix probe' }),
    expect: { hr_officer: IN_SUBTREE_WRITE },
  },
  'GET /api/accounts': {},
  'POST /api/accounts': { body: () => ({}) },
  'GET /api/audit/verify': {},
  'GET /api/methodologies': {},
  'GET /api/methodologies/current': {},
  'GET /api/methodologies/:id': { params: (f) => ({ id: f.methodologyId }) },
  'POST /api/methodologies': { body: () => ({}) },
  'PUT /api/methodologies/:id': { params: unknown('id'), body: () => ({}) },
  'DELETE /api/methodologies/:id': { params: unknown('id') },
  'POST /api/methodologies/:id/approve': { params: unknown('id'), body: () => ({}) },
  'POST /api/methodologies/:id/clone': { params: unknown('id'), body: () => ({}) },
  'POST /api/methodologies/:id/retire': { params: unknown('id'), body: () => ({}) },
  'GET /api/methodologies/:id/diff/:otherId': { params: (f) => ({ id: f.methodologyId, otherId: f.methodologyId }) },
  'GET /api/methodologies/:id/export': { params: (f) => ({ id: f.methodologyId }), query: '?format=csv' },
  'POST /api/methodologies/import': { upload: csv('not,a,methodology\n') },
  'GET /api/items': {},
  'POST /api/items': { body: () => ({}) },
  'GET /api/items/:id': { params: (f) => ({ id: f.itemId }) },
  'PUT /api/items/:id': { params: unknown('id'), body: () => ({}) },
  'POST /api/items/:id/review': { params: unknown('id'), body: () => ({}) },
  'POST /api/items/:id/activate': { params: unknown('id'), body: () => ({}) },
  'POST /api/items/:id/retire': { params: unknown('id'), body: () => ({}) },
  'POST /api/items/import': { upload: { contentType: 'application/octet-stream', body: 'not a QTI package' } },
  'GET /api/items/export': {},
  'GET /api/assessment-templates': {},
  'POST /api/assessment-templates': { body: () => ({}) },
  'PUT /api/assessment-templates/:id': { params: unknown('id'), body: () => ({}) },
  'GET /api/attempts': {},
  'POST /api/attempts': { body: () => ({ templateId: UNKNOWN_ID }) },
  'GET /api/attempts/:id': { params: scoped((f) => f.attempts), expect: { civil_servant: OWN_ONLY } },
  'GET /api/attempts/:id/next': { params: scoped((f) => f.attempts), expect: { civil_servant: { own: 'allowed', same: 404, other: 404 } } },
  'PUT /api/attempts/:id/responses/:itemId': {
    params: (f) => ({
      own: { id: f.attempts.own, itemId: f.attemptItems.own },
      same: { id: f.attempts.same, itemId: f.attemptItems.same },
      other: { id: f.attempts.other, itemId: f.attemptItems.other },
    }),
    body: () => ({ answer: null, seq: 1 }),
    expect: { civil_servant: OWN_ONLY_WRITE },
  },
  'POST /api/attempts/:id/submit': { params: scoped((f) => f.attempts), body: () => ({}), expect: { civil_servant: OWN_ONLY_WRITE } },
  // The servant's own attempt is still in progress: no result yet (409), but found.
  'GET /api/attempts/:id/result': { params: scoped((f) => f.attempts), expect: { civil_servant: { own: 409, same: 404, other: 404 } } },
  // Accounts without a person record have no profile.
  'GET /api/me/profile': { expect: { training_provider: 409, administrator: 409 } },
  'GET /api/items/statistics': {},
  'POST /api/items/:id/return-to-review': { params: unknown('id'), body: () => ({}) },
  'GET /api/calibration/competencies': {},
  'GET /api/calibration/runs': {},
  'POST /api/calibration/runs': { body: () => ({}) },
  'GET /api/calibration/runs/:id': { params: unknown('id'), expect: { methodologist: 404 } },
  'POST /api/calibration/runs/:id/accept': { params: unknown('id'), body: () => ({}) },
  'POST /api/calibration/runs/:id/reject': { params: unknown('id'), body: () => ({}) },
  'GET /api/providers': {},
  'GET /api/providers/:id': { params: scoped((f) => f.providers) },
  'POST /api/providers': { body: () => ({}) },
  'PUT /api/providers/:id': { params: scoped((f) => f.providers), body: () => ({}) },
  'GET /api/courses': {},
  // Any signed-in account may ask; only providers (own courses) and reviewers get a list.
  'GET /api/courses/manage': { expect: { civil_servant: 403, hr_officer: 403, commission_member: 403 } },
  'GET /api/courses/:id': { params: scoped((f) => f.courses) },
  'POST /api/courses': { body: () => ({}) },
  'PUT /api/courses/:id': { params: scoped((f) => f.courses), body: () => ({}) },
  'POST /api/courses/:id/submit': { params: scoped((f) => f.courses), body: () => ({}) },
  'POST /api/courses/:id/approve': { params: scoped((f) => f.courses), body: () => ({}) },
  'POST /api/courses/:id/reject': { params: scoped((f) => f.courses), body: () => ({}) },
  'POST /api/courses/:id/sessions': {
    params: scoped((f) => f.courses),
    body: () => ({ startsOn: '2030-01-10', endsOn: '2030-01-11', language: 'az', place: 'Baku', capacity: 10 }),
  },
  // Enrolments of a course session: its provider and the administrator; to anyone else the session does not exist.
  'GET /api/sessions/:id/enrolments': {
    params: scoped((f) => f.courseSessions),
    expect: { civil_servant: NONE, hr_officer: NONE, commission_member: NONE, methodologist: NONE, training_provider: PROVIDER_OWN },
  },
  'POST /api/sessions/:id/completions': { params: scoped((f) => f.courseSessions), upload: csv('personalCode,status\n') },
  'POST /api/enrolments': { body: (f) => ({ sessionId: f.courseSessions.own, personId: f.persons.other }) },
  'GET /api/enrolments/me': {},
  'POST /api/enrolments/:id/withdraw': { params: scoped((f) => f.enrolments), body: () => ({}) },
  'POST /api/enrolments/:id/outcome': { params: scoped((f) => f.enrolments), body: () => ({ status: 'in_progress' }) },
  'POST /api/xapi/statements': { body: () => ({}) },
  'GET /api/plans/me': {},
  'GET /api/plans/person/:personId': { params: scoped((f) => f.persons, 'personId'), expect: { hr_officer: IN_SUBTREE } },
  'POST /api/plans/me/propose': { body: () => ({}) },
  'POST /api/plans/person/:personId/propose': {
    params: scoped((f) => f.persons, 'personId'),
    body: () => ({}),
    expect: { hr_officer: IN_SUBTREE_WRITE },
  },
  'POST /api/plans/:id/items': { params: scoped((f) => f.plans), body: () => ({ competencyCode: 'IS1', targetLevel: 2 }) },
  'PATCH /api/plan-items/:id': { params: scoped((f) => f.planItems), body: () => ({ dueDate: '2031-01-01' }) },
  'GET /api/notifications/me': {},
  'GET /api/effectiveness': {},
  'GET /api/resources': {},
  'POST /api/resources': { body: () => ({}) },
  'GET /api/analytics/compliance': {},
  'GET /api/analytics/compliance/people': {},
  'GET /api/analytics/compliance/export': { query: '?table=units' },
  'GET /api/analytics/compliance/report': {},
  'GET /api/analytics/persons/:id': { params: scoped((f) => f.persons), expect: { hr_officer: IN_SUBTREE } },
  'GET /api/analytics/status': {},
  'POST /api/analytics/refresh': { body: () => ({}) },
  'GET /api/analytics/reports': {},
  // A monthly report reaches the accounts it was addressed to (own), not others of the same ministry (same).
  'GET /api/analytics/reports/:id/file': { params: scoped((f) => f.reports), expect: { hr_officer: { own: 'ok', same: 404, other: 404 } } },
  'POST /api/analytics/reports/run': { body: () => ({}) },
  'POST /api/roster-imports': { upload: csv('personalCode,lastName,firstName,email,unit,position,hiredOn\n') },
  'GET /api/roster-imports': {},
  'GET /api/roster-imports/template': {},
  'GET /api/roster-imports/:id': { params: scoped((f) => f.rosterImports), expect: { hr_officer: { own: 'ok', same: 404, other: 404 } } },
  'GET /api/roster-imports/:id/rows': {
    params: scoped((f) => f.rosterImports),
    expect: { hr_officer: { own: 'ok', same: 404, other: 404 } },
  },
  'POST /api/roster-imports/:id/commit': {
    params: scoped((f) => f.rosterImports),
    body: () => ({}),
    expect: { hr_officer: { own: 'allowed', same: 404, other: 404 } },
  },
  'POST /api/roster-imports/:id/discard': {
    params: scoped((f) => f.rosterImports),
    body: () => ({}),
    expect: { hr_officer: { own: 'allowed', same: 404, other: 404 } },
  },
  'GET /api/roster-imports/:id/report': {
    params: scoped((f) => f.rosterImports),
    expect: { hr_officer: { own: 'ok', same: 404, other: 404 } },
  },
  'GET /api/attestation/sessions': {},
  'GET /api/attestation/pipeline': {},
  'GET /api/attestation/due-candidates': {},
  'GET /api/attestation/commission-accounts': {},
  'GET /api/attestation/templates': {},
  'POST /api/attestation/sessions': { body: () => ({}) },
  'POST /api/attestation/sessions/:id/cancel': {
    params: scoped((f) => f.sessions),
    body: () => ({}),
    expect: { hr_officer: IN_SUBTREE_WRITE },
  },
  'GET /api/attestation/commission/sessions': {},
  // Sessions: HR of the organisation, members of the commission (the demo sessions), the administrator.
  'GET /api/attestation/sessions/:id': {
    params: scoped((f) => f.sessions),
    expect: { hr_officer: IN_SUBTREE, commission_member: IN_SUBTREE, civil_servant: NONE, training_provider: NONE, methodologist: NONE },
  },
  // The protocol exists once a session is decided (`same`); the open one answers 409.
  'GET /api/attestation/sessions/:id/protocol': {
    params: scoped((f) => f.sessions),
    expect: {
      hr_officer: { own: 409, same: 'ok', other: 404 },
      commission_member: { own: 409, same: 'ok', other: 404 },
      administrator: { own: 409, same: 'ok', other: 409 },
      civil_servant: NONE,
      training_provider: NONE,
      methodologist: NONE,
    },
  },
  'POST /api/attestation/sessions/:id/attempt': { params: scoped((f) => f.sessions), body: () => ({}) },
  // A commission member who is not on the session's commission is refused (403 not_a_member).
  'POST /api/attestation/candidates/:id/votes': {
    params: scoped((f) => f.candidates),
    body: () => ({ outcome: 'meets' }),
    expect: { commission_member: { own: 'allowed', same: 'allowed', other: 403 } },
  },
  'POST /api/attestation/candidates/:id/decision': {
    params: scoped((f) => f.candidates),
    body: () => ({}),
    expect: { commission_member: { own: 'allowed', same: 'allowed', other: 403 } },
  },
  'POST /api/attestation/sessions/:id/close': { params: scoped((f) => f.sessions), body: () => ({}) },
  'POST /api/attestation/candidates/:id/certificate': {
    params: scoped((f) => f.candidates),
    body: () => ({}),
    expect: { hr_officer: IN_SUBTREE_WRITE },
  },
  'GET /api/attestation/me': {},
  'POST /api/attestation/candidates/:id/appeal': {
    params: scoped((f) => f.candidates),
    body: () => ({ reason: 'The matrix test appeals this decision on purpose.' }),
  },
  'GET /api/certificates/me': {},
  'GET /api/certificates': {},
  'GET /api/certificates/:serial': { params: scoped((f) => f.certificates, 'serial'), expect: CERTIFICATE_READERS },
  'GET /api/certificates/:serial/pdf': {
    params: scoped((f) => f.certificates, 'serial'),
    expect: CERTIFICATE_READERS,
  },
  'GET /api/certificates/:serial/credential': {
    params: scoped((f) => f.certificates, 'serial'),
    expect: CERTIFICATE_READERS,
  },
  'GET /api/certificates/:serial/verify': { params: scoped((f) => f.certificates, 'serial') },
  'POST /api/certificates/:serial/revoke': {
    params: scoped((f) => f.certificates, 'serial'),
    body: () => ({ reason: 'issued_in_error', note: 'matrix probe' }),
    expect: { hr_officer: IN_SUBTREE_WRITE },
  },
  'POST /api/credentials/verify': { body: () => ({}) },
  'GET /api/credentials/status/:listId': { params: (f) => ({ listId: f.statusListId }) },
  'GET /api/credentials/issuer': {},
  'GET /.well-known/jwks.json': {},
  'GET /api/mail/me': {},
  // Sessions, authenticator and personal data of the caller (every signed-in role).
  'GET /api/me/sessions': {},
  'DELETE /api/me/sessions/:id': { params: unknown('id') },
  // Ends the caller's own sessions: the matrix sends it with the sign-in routes, last.
  'POST /api/me/sessions/revoke-all': { body: () => ({}) },
  'GET /api/me/totp': {},
  // The second factor is for HR, methodologist and administrator accounts.
  'POST /api/me/totp/enrol': {
    body: () => ({}),
    expect: { civil_servant: 403, commission_member: 403, training_provider: 403 },
  },
  'POST /api/me/totp/confirm': { body: () => ({ code: '000000' }) },
  'POST /api/me/totp/disable': { body: () => ({ code: '000000' }) },
  'GET /api/me/access-log': {},
  'GET /api/me/export': {},
  'GET /api/me/export/pdf': {},
  // An unknown account: changing a real one's roles would end its sessions mid-matrix.
  'PUT /api/accounts/:id/roles': { params: unknown('id'), body: () => ({ roles: [{ role: 'civil_servant' }] }) },
  'GET /api/privacy/retention': {},
  'POST /api/privacy/retention/run': { body: () => ({}) },
};
