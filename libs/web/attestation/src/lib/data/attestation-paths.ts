import type { AttestationRoutes, CredentialRoutes, MailRoutes, TrainingRoutes } from '@civics/contracts';

type PathOf<R extends { readonly path: string }> = R['path'];

/**
 * The attestation and credential API paths, restated from the contracts' route table (a value
 * import of the contracts would pull zod into this lazy chunk) and checked against it by the compiler.
 */
export const AttestationPaths = {
  sessions: '/api/attestation/sessions',
  pipeline: '/api/attestation/pipeline',
  dueCandidates: '/api/attestation/due-candidates',
  commissionAccounts: '/api/attestation/commission-accounts',
  templates: '/api/attestation/templates',
  cancel: '/api/attestation/sessions/:id/cancel',
  commissionSessions: '/api/attestation/commission/sessions',
  session: '/api/attestation/sessions/:id',
  protocol: '/api/attestation/sessions/:id/protocol',
  startAttempt: '/api/attestation/sessions/:id/attempt',
  vote: '/api/attestation/candidates/:id/votes',
  decide: '/api/attestation/candidates/:id/decision',
  close: '/api/attestation/sessions/:id/close',
  reissue: '/api/attestation/candidates/:id/certificate',
  mine: '/api/attestation/me',
  appeal: '/api/attestation/candidates/:id/appeal',
  myCertificates: '/api/certificates/me',
  certificates: '/api/certificates',
  certificatePdf: '/api/certificates/:serial/pdf',
  certificateCredential: '/api/certificates/:serial/credential',
  verify: '/api/certificates/:serial/verify',
  revoke: '/api/certificates/:serial/revoke',
  checkCredential: '/api/credentials/verify',
  myMail: '/api/mail/me',
  notifications: '/api/notifications/me',
  persons: '/api/persons',
} as const satisfies {
  sessions: PathOf<typeof AttestationRoutes.listSessions>;
  pipeline: PathOf<typeof AttestationRoutes.pipeline>;
  dueCandidates: PathOf<typeof AttestationRoutes.dueCandidates>;
  commissionAccounts: PathOf<typeof AttestationRoutes.commissionAccounts>;
  templates: PathOf<typeof AttestationRoutes.templates>;
  cancel: PathOf<typeof AttestationRoutes.cancelSession>;
  commissionSessions: PathOf<typeof AttestationRoutes.commissionSessions>;
  session: PathOf<typeof AttestationRoutes.getSession>;
  protocol: PathOf<typeof AttestationRoutes.protocol>;
  startAttempt: PathOf<typeof AttestationRoutes.startAttempt>;
  vote: PathOf<typeof AttestationRoutes.vote>;
  decide: PathOf<typeof AttestationRoutes.decide>;
  close: PathOf<typeof AttestationRoutes.closeSession>;
  reissue: PathOf<typeof AttestationRoutes.issueCertificate>;
  mine: PathOf<typeof AttestationRoutes.mine>;
  appeal: PathOf<typeof AttestationRoutes.appeal>;
  myCertificates: PathOf<typeof CredentialRoutes.myCertificates>;
  certificates: PathOf<typeof CredentialRoutes.listCertificates>;
  certificatePdf: PathOf<typeof CredentialRoutes.certificatePdf>;
  certificateCredential: PathOf<typeof CredentialRoutes.certificateCredential>;
  verify: PathOf<typeof CredentialRoutes.verify>;
  revoke: PathOf<typeof CredentialRoutes.revoke>;
  checkCredential: PathOf<typeof CredentialRoutes.checkCredential>;
  myMail: PathOf<typeof MailRoutes.myMail>;
  notifications: PathOf<typeof TrainingRoutes.myNotifications>;
  persons: '/api/persons';
};

/** Fills `:name` segments of a path, each value URI-encoded. */
export function fillPath(path: string, params: Readonly<Record<string, string>>): string {
  return path.replace(/:(\w+)/g, (whole, name: string) => (name in params ? encodeURIComponent(params[name] ?? '') : whole));
}

/** Web paths of the attestation pages. */
export const AttestationPages = {
  sessions: '/attestation/sessions',
  schedule: '/attestation/sessions/new',
  session: (id: string) => `/attestation/sessions/${encodeURIComponent(id)}`,
  commission: '/attestation/commission',
  my: '/attestation/my',
  certificates: '/attestation/certificates',
  mail: '/attestation/mail',
  verify: (serial?: string) => (serial ? `/verify/${encodeURIComponent(serial)}` : '/verify'),
  exam: (attemptId: string) => `/tests/attempts/${encodeURIComponent(attemptId)}`,
} as const;
