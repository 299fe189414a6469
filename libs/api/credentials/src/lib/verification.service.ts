import { Injectable } from '@nestjs/common';
import type { CredentialCheck, CredentialCheckInput, Verification } from '@civics/contracts';
import { AppConfig } from '@civics/api-platform';
import { CertificateRepository } from './certificate.repository';
import { CertificateService } from './certificate.service';
import { CertificateView, statusOf } from './certificate-view';
import { CredentialSigner } from './credential-signer';
import { buildStatusListCredential, jwsOf, serialOfCredentialId } from './open-badge';
import { encodeStatusList } from './status-list';
import { CredentialsErrorCode, CredentialsException } from './credentials.exception';

type Problem = CredentialCheck['problems'][number];

/** Public verification: by serial, of a presented credential, and the status list itself. */
@Injectable()
export class VerificationService {
  constructor(
    private readonly repo: CertificateRepository,
    private readonly certificates: CertificateService,
    private readonly view: CertificateView,
    private readonly signer: CredentialSigner,
    private readonly config: AppConfig,
  ) {}

  /** What anyone may learn from a serial: the holder's name, the result, the credential and its status. */
  async verify(serial: string): Promise<Verification> {
    const row = await this.certificates.bySerial(serial);
    const checked = await this.signer.verify(row.jws);
    const c = await this.view.toCertificate(row);
    return {
      serial: row.serial,
      status: c.status,
      signatureValid: checked.ok,
      keyId: row.keyId,
      holderName: row.holderName,
      outcome: row.outcome,
      note: row.note,
      methodology: { id: c.methodologyVersionId, title: c.methodologyTitle, versionNumber: c.methodologyVersion },
      competencies: c.competencies.map((k) => ({ competencyCode: k.competencyCode, title: k.title, level: k.level })),
      issuedAt: c.issuedAt,
      validUntil: c.validUntil,
      revokedAt: c.revokedAt,
      revocationReason: c.revocationReason,
      issuer: this.certificates.issuer(),
      credential: checked.ok ? checked.payload : {},
      jws: row.jws,
      statusListCredential: this.certificates.statusListUrl(row.statusListId),
      statusListIndex: row.statusIndex,
      checkedAt: new Date().toISOString(),
    };
  }

  /**
   * Checks a credential someone presents: our signature over exactly these bytes, then what we
   * know of the certificate it names (revoked, expired). A forged or altered credential yields
   * no content.
   */
  async check(input: CredentialCheckInput): Promise<CredentialCheck> {
    const jws = jwsOf(input.credential);
    const refused = (problem: Problem, kid: string | null = null): CredentialCheck => ({
      valid: false,
      signatureValid: false,
      keyId: kid,
      problems: [problem],
      serial: null,
      status: null,
      credential: null,
    });
    if (!jws) return refused('malformed');
    const checked = await this.signer.verify(jws);
    if (!checked.ok) return refused(checked.problem, checked.kid);
    const vc = checked.payload;
    const problems: Problem[] = [];
    const types = Array.isArray(vc['type']) ? (vc['type'] as unknown[]) : [vc['type']];
    if (!types.includes('VerifiableCredential')) problems.push('not_a_credential');
    const serial = serialOfCredentialId(vc['id']);
    const row = serial ? await this.repo.bySerial(serial) : null;
    if (!row) problems.push('unknown_certificate');
    const status = row ? statusOf(row) : null;
    if (status === 'revoked') problems.push('revoked');
    if (status === 'expired') problems.push('expired');
    if (typeof vc['validFrom'] === 'string' && Date.parse(vc['validFrom']) > Date.now()) problems.push('not_yet_valid');
    return { valid: problems.length === 0, signatureValid: true, keyId: checked.kid, problems, serial, status, credential: vc };
  }

  /** The signed status list credential (`vc+jwt`) of one list, built from the revocations now. */
  async statusList(listId: number): Promise<string> {
    const list = await this.repo.statusList(listId);
    if (!list) throw new CredentialsException(CredentialsErrorCode.StatusListNotFound, 'No such status list.');
    const credential = buildStatusListCredential(
      this.certificates.statusListUrl(listId),
      this.certificates.issuer(),
      encodeStatusList(list.size, list.revoked),
      new Date(),
    );
    return (await this.signer.sign(credential)).jws;
  }

  /** The Open Badges 3.0 issuer Profile. */
  issuerProfile(): Record<string, unknown> {
    const issuer = this.certificates.issuer();
    return {
      '@context': ['https://www.w3.org/ns/credentials/v2', 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json'],
      id: issuer.id,
      type: ['Profile'],
      name: issuer.name,
      url: this.config.publicUrl,
      description: 'Issues attestation certificates of ICT and e-government competencies of civil servants.',
    };
  }
}
