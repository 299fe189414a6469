import { z } from 'zod';
import { LanguageSchema, LocalizedTextSchema } from './language';
import { ContentTextSchema } from './methodology';

/* Certificates: W3C Verifiable Credentials 2.0 in the Open Badges 3.0 shape, signed with Ed25519 (JOSE). */

const Instant = z.iso.datetime({ offset: true });
const IsoDate = z.iso.date();

export const CERTIFICATE_OUTCOMES = ['meets', 'meets_subject_to_training'] as const;
export const CertificateOutcomeSchema = z.enum(CERTIFICATE_OUTCOMES);
export type CertificateOutcome = z.infer<typeof CertificateOutcomeSchema>;

export const CERTIFICATE_STATUSES = ['valid', 'revoked', 'expired'] as const;
export const CertificateStatusSchema = z.enum(CERTIFICATE_STATUSES);
export type CertificateStatus = z.infer<typeof CertificateStatusSchema>;

/** Why a certificate was revoked; the verify page shows the reason, never the note. */
export const REVOCATION_REASONS = ['decision_changed_on_appeal', 'issued_in_error', 'fraud', 'superseded', 'other'] as const;
export const RevocationReasonSchema = z.enum(REVOCATION_REASONS);
export type RevocationReason = z.infer<typeof RevocationReasonSchema>;

/** `ICT-2026-XXXXXXXXXX`: year of issue and ten Crockford base-32 characters, the last a check character. */
export const SERIAL_PATTERN = /^ICT-\d{4}-[0-9A-HJKMNP-TV-Z]{10}$/;

export const SerialParamSchema = z.strictObject({ serial: z.string().max(64) });
export const PdfQuerySchema = z.strictObject({ lang: LanguageSchema.default('az') });

export const CertificateCompetencySchema = z.object({
  competencyCode: z.string(),
  title: ContentTextSchema,
  level: z.number().int(),
  required: z.number().int(),
});

export const CertificateSchema = z.object({
  id: z.uuid(),
  serial: z.string(),
  personId: z.uuid(),
  holderName: z.string(),
  outcome: CertificateOutcomeSchema,
  /** "Meets subject to training": the condition, in every language. */
  note: LocalizedTextSchema.nullable(),
  methodologyVersionId: z.uuid(),
  methodologyTitle: ContentTextSchema,
  methodologyVersion: z.number().int(),
  positionCode: z.string().nullable(),
  competencies: z.array(CertificateCompetencySchema),
  issuedAt: Instant,
  validUntil: IsoDate,
  status: CertificateStatusSchema,
  revokedAt: Instant.nullable(),
  revocationReason: RevocationReasonSchema.nullable(),
  revocationNote: z.string().nullable(),
  verifyUrl: z.url(),
  sessionId: z.uuid().nullable(),
});
export type Certificate = z.infer<typeof CertificateSchema>;

export const CertificateListQuerySchema = z.strictObject({
  organisationId: z.uuid().optional(),
  status: CertificateStatusSchema.optional(),
});
export type CertificateListQuery = z.infer<typeof CertificateListQuerySchema>;

export const RevokeInputSchema = z.strictObject({
  reason: RevocationReasonSchema,
  note: z.string().trim().min(3, 'Say why, for the record').max(1000),
});
export type RevokeInput = z.infer<typeof RevokeInputSchema>;

/** The public answer for a serial: only the holder's name and the result, the credential and its status. */
export const VerificationSchema = z.object({
  serial: z.string(),
  status: CertificateStatusSchema,
  signatureValid: z.boolean(),
  keyId: z.string(),
  holderName: z.string(),
  outcome: CertificateOutcomeSchema,
  note: LocalizedTextSchema.nullable(),
  methodology: z.object({ id: z.uuid(), title: ContentTextSchema, versionNumber: z.number().int() }),
  competencies: z.array(z.object({ competencyCode: z.string(), title: ContentTextSchema, level: z.number().int() })),
  issuedAt: Instant,
  validUntil: IsoDate,
  revokedAt: Instant.nullable(),
  revocationReason: RevocationReasonSchema.nullable(),
  issuer: z.object({ id: z.string(), name: z.string() }),
  /** The credential as signed (VC 2.0 JSON) and its compact JWS (`vc+jwt`). */
  credential: z.record(z.string(), z.unknown()),
  jws: z.string(),
  statusListCredential: z.string(),
  statusListIndex: z.number().int(),
  checkedAt: Instant,
});
export type Verification = z.infer<typeof VerificationSchema>;

/** A presented credential: the compact JWS, or the VC 2.0 `EnvelopedVerifiableCredential` JSON holding it. */
export const CredentialCheckInputSchema = z.strictObject({
  credential: z.union([
    z.string().min(10).max(200_000),
    z.looseObject({ type: z.union([z.string(), z.array(z.string())]), id: z.string().max(200_000) }),
  ]),
});
export type CredentialCheckInput = z.infer<typeof CredentialCheckInputSchema>;

export const CREDENTIAL_PROBLEMS = [
  'malformed',
  'unknown_key',
  'bad_signature',
  'not_a_credential',
  'unknown_certificate',
  'revoked',
  'expired',
  'not_yet_valid',
] as const;

export const CredentialCheckSchema = z.object({
  /** True when the signature holds, the certificate is known, not revoked and not expired. */
  valid: z.boolean(),
  signatureValid: z.boolean(),
  keyId: z.string().nullable(),
  problems: z.array(z.enum(CREDENTIAL_PROBLEMS)),
  serial: z.string().nullable(),
  status: CertificateStatusSchema.nullable(),
  credential: z.record(z.string(), z.unknown()).nullable(),
});
export type CredentialCheck = z.infer<typeof CredentialCheckSchema>;

export const JwksSchema = z.object({
  keys: z.array(z.object({ kty: z.string(), crv: z.string(), x: z.string(), kid: z.string(), alg: z.string(), use: z.string() })),
});
export type Jwks = z.infer<typeof JwksSchema>;

export const StatusListParamSchema = z.strictObject({ listId: z.coerce.number().int().min(1).max(1_000_000) });

/* ---------- e-mail ---------- */

export const MAIL_STATUSES = ['pending', 'sent', 'failed'] as const;

export const MailSchema = z.object({
  id: z.uuid(),
  to: z.string(),
  subject: z.string(),
  text: z.string(),
  status: z.enum(MAIL_STATUSES),
  /** `smtp` when handed to the mail server, `file` when written as an .eml file (no SMTP configured). */
  transport: z.enum(['smtp', 'file']).nullable(),
  createdAt: Instant,
  sentAt: Instant.nullable(),
});
export type Mail = z.infer<typeof MailSchema>;
