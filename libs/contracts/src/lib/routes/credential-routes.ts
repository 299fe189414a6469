import { z } from 'zod';
import { route } from '../route-def';
import { Permission } from '../permissions';
import {
  CertificateListQuerySchema,
  CertificateSchema,
  CredentialCheckInputSchema,
  CredentialCheckSchema,
  JwksSchema,
  PdfQuerySchema,
  RevokeInputSchema,
  SerialParamSchema,
  StatusListParamSchema,
  VerificationSchema,
} from '../credentials';

/** Certificates and their public verification; the status list; the issuer profile. */
export const CredentialRoutes = {
  myCertificates: route({
    method: 'GET',
    path: '/api/certificates/me',
    summary: 'My certificates',
    tag: 'credentials',
    access: Permission.MeRead,
    response: z.array(CertificateSchema),
  }),
  listCertificates: route({
    method: 'GET',
    path: '/api/certificates',
    summary: 'Certificates of people in the caller’s subtree (administrators: all)',
    tag: 'credentials',
    access: Permission.AttestationManage,
    query: CertificateListQuerySchema,
    response: z.array(CertificateSchema),
  }),
  getCertificate: route({
    method: 'GET',
    path: '/api/certificates/:serial',
    summary: 'One certificate (its holder, HR in scope, administrators)',
    tag: 'credentials',
    access: 'authenticated',
    params: SerialParamSchema,
    response: CertificateSchema,
  }),
  certificatePdf: route({
    method: 'GET',
    path: '/api/certificates/:serial/pdf',
    summary: 'The certificate as PDF in az, ru or en, with a QR code of its public verify page',
    tag: 'credentials',
    access: 'authenticated',
    params: SerialParamSchema,
    query: PdfQuerySchema,
    produces: 'application/pdf',
  }),
  certificateCredential: route({
    method: 'GET',
    path: '/api/certificates/:serial/credential',
    summary: 'The signed credential as a VC 2.0 EnvelopedVerifiableCredential JSON file (the compact JWS inside)',
    tag: 'credentials',
    access: 'authenticated',
    params: SerialParamSchema,
    produces: 'application/json',
  }),
  verify: route({
    method: 'GET',
    path: '/api/certificates/:serial/verify',
    summary: 'Public: the credential and its status (holder’s name and result only)',
    tag: 'credentials',
    access: 'public',
    params: SerialParamSchema,
    response: VerificationSchema,
  }),
  revoke: route({
    method: 'POST',
    path: '/api/certificates/:serial/revoke',
    summary: 'Revoke a certificate with a reason; the status list publishes it',
    tag: 'credentials',
    access: Permission.AttestationManage,
    params: SerialParamSchema,
    body: RevokeInputSchema,
    response: CertificateSchema,
  }),
  checkCredential: route({
    method: 'POST',
    path: '/api/credentials/verify',
    summary: 'Public: check a presented credential (compact JWS or EnvelopedVerifiableCredential): signature, issuer key, status, validity',
    tag: 'credentials',
    access: 'public',
    body: CredentialCheckInputSchema,
    response: CredentialCheckSchema,
  }),
  statusList: route({
    method: 'GET',
    path: '/api/credentials/status/:listId',
    summary: 'Public: the revocation status list credential (W3C Bitstring Status List v1.0), signed as vc+jwt',
    tag: 'credentials',
    access: 'public',
    params: StatusListParamSchema,
    produces: 'application/vc+jwt',
  }),
  issuer: route({
    method: 'GET',
    path: '/api/credentials/issuer',
    summary: 'Public: the issuer profile (Open Badges 3.0 Profile) named in every credential',
    tag: 'credentials',
    access: 'public',
    response: z.record(z.string(), z.unknown()),
  }),
} as const;

/**
 * Routes outside `/api`: the public keys that sign credentials. Bound like any other route but
 * not part of API_ROUTES (which lists the `/api` surface and its OpenAPI document).
 */
export const WellKnownRoutes = {
  jwks: route({
    method: 'GET',
    path: '/.well-known/jwks.json',
    summary: 'Public keys (JWK Set) that sign the platform’s credentials',
    tag: 'credentials',
    access: 'public',
    response: JwksSchema,
  }),
} as const;
