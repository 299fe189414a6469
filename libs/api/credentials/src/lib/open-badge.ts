import type { CertificateOutcome, ContentText, LocalizedText } from '@civics/contracts';

export const VC_CONTEXT = 'https://www.w3.org/ns/credentials/v2';
export const OB_CONTEXT = 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json';

export interface CredentialInput {
  readonly certificateId: string;
  readonly serial: string;
  readonly publicUrl: string;
  readonly issuer: { readonly id: string; readonly name: string };
  readonly holderName: string;
  readonly outcome: CertificateOutcome;
  readonly note: LocalizedText | null;
  readonly issuedAt: Date;
  /** Last valid day (yyyy-mm-dd, UTC). */
  readonly validUntil: string;
  readonly methodology: { readonly id: string; readonly title: ContentText; readonly versionNumber: number };
  readonly position: { readonly code: string; readonly title: ContentText | null } | null;
  readonly scale: readonly { readonly level: number; readonly label: ContentText }[];
  readonly competencies: readonly {
    readonly competencyCode: string;
    readonly title: ContentText;
    readonly level: number;
    readonly required: number;
  }[];
  readonly status: { readonly listUrl: string; readonly index: number };
}

/** Azerbaijani first, as the credential's one language (`inLanguage`); the PDF and the verify page carry all three. */
export function textOf(t: ContentText | null | undefined): string {
  return t?.az ?? t?.en ?? t?.ru ?? '';
}

/** The public verify address of a serial: the credential's `id` (dereferencing it returns the credential and its status). */
export function verifyApiUrl(publicUrl: string, serial: string): string {
  return `${publicUrl}/api/certificates/${encodeURIComponent(serial)}/verify`;
}

/** The serial named by a credential id made by {@link verifyApiUrl}, or null. */
export function serialOfCredentialId(id: unknown): string | null {
  if (typeof id !== 'string') return null;
  const m = /\/api\/certificates\/([^/?#]+)\/verify$/.exec(id);
  return m ? decodeURIComponent(m[1]) : null;
}

const competencyUrn = (code: string) => `urn:civics:competency:${code}`;
const levelUrn = (code: string, level: number) => `${competencyUrn(code)}:level:${level}`;

/**
 * The certificate as a W3C Verifiable Credential 2.0 in the Open Badges 3.0 shape: an
 * OpenBadgeCredential whose achievement (a Certificate) is aligned to each attested competency
 * of the framework, with the achieved level of each as a rubric result. The holder is named by
 * an `IdentityObject` of type `name` (nothing else personal), "meets subject to training" is a
 * `Provisional` result with its condition, and revocation is a Bitstring Status List entry.
 */
export function buildCredential(c: CredentialInput) {
  const framework = `${textOf(c.methodology.title)} (v${c.methodology.versionNumber})`;
  const alignment = (code: string, title: ContentText) => ({
    type: ['Alignment'],
    targetName: `${code} ${textOf(title)}`,
    targetCode: code,
    targetFramework: framework,
    targetType: 'CFItem',
    targetUrl: `${c.publicUrl}/framework?competency=${encodeURIComponent(code)}`,
  });
  const levels: { level: number; label: ContentText }[] = [{ level: 0, label: { az: 'Yoxdur', ru: 'Нет', en: 'None' } }, ...c.scale];
  const positionName = c.position ? textOf(c.position.title) || c.position.code : '';
  return {
    '@context': [VC_CONTEXT, OB_CONTEXT],
    id: verifyApiUrl(c.publicUrl, c.serial),
    type: ['VerifiableCredential', 'OpenBadgeCredential'],
    name: `İKT səriştələri üzrə attestasiya sertifikatı ${c.serial}`,
    issuer: { id: c.issuer.id, type: ['Profile'], name: c.issuer.name, url: c.publicUrl },
    validFrom: c.issuedAt.toISOString(),
    validUntil: `${c.validUntil}T23:59:59Z`,
    credentialSubject: {
      type: ['AchievementSubject'],
      identifier: [{ type: 'IdentityObject', identityHash: c.holderName, identityType: 'name', hashed: false }],
      achievement: {
        id: `${c.publicUrl}/api/methodologies/${c.methodology.id}#attestation${c.position ? `-${c.position.code}` : ''}`,
        type: ['Achievement'],
        achievementType: 'Certificate',
        name: `İKT və elektron hökumət səriştələri üzrə attestasiya${positionName ? ` — ${positionName}` : ''}`,
        description: `${framework} metodologiyasına əsasən attestasiya`,
        criteria: {
          narrative:
            'Attestasiya komissiyası qulluqçunun hər bir səriştə üzrə səviyyəsini vəzifə profilinin tələb etdiyi səviyyə ilə müqayisə edərək qərar qəbul edib.',
        },
        inLanguage: 'az',
        alignment: c.competencies.map((k) => alignment(k.competencyCode, k.title)),
        resultDescription: c.competencies.map((k) => ({
          id: competencyUrn(k.competencyCode),
          type: ['ResultDescription'],
          name: `${k.competencyCode} — səviyyə (tələb olunan: ${k.required})`,
          resultType: 'RubricCriterionLevel',
          alignment: [alignment(k.competencyCode, k.title)],
          requiredLevel: levelUrn(k.competencyCode, k.required),
          rubricCriterionLevel: levels.map((l) => ({
            id: levelUrn(k.competencyCode, l.level),
            type: ['RubricCriterionLevel'],
            name: textOf(l.label),
            level: String(l.level),
          })),
        })),
      },
      result: [
        { type: ['Result'], status: c.outcome === 'meets' ? 'Completed' : 'Provisional' },
        ...c.competencies.map((k) => ({
          type: ['Result'],
          resultDescription: competencyUrn(k.competencyCode),
          achievedLevel: levelUrn(k.competencyCode, k.level),
        })),
      ],
      narrative: c.note?.az,
    },
    credentialStatus: {
      id: `${c.status.listUrl}#${c.status.index}`,
      type: 'BitstringStatusListEntry',
      statusPurpose: 'revocation',
      statusListIndex: String(c.status.index),
      statusListCredential: c.status.listUrl,
    },
  };
}

/** The status list credential (W3C Bitstring Status List v1.0) around an encoded list. */
export function buildStatusListCredential(listUrl: string, issuer: { id: string; name: string }, encodedList: string, now: Date) {
  return {
    '@context': [VC_CONTEXT],
    id: listUrl,
    type: ['VerifiableCredential', 'BitstringStatusListCredential'],
    issuer: { id: issuer.id, name: issuer.name },
    validFrom: now.toISOString(),
    credentialSubject: {
      id: `${listUrl}#list`,
      type: 'BitstringStatusList',
      statusPurpose: 'revocation',
      encodedList,
      // Verifiers may cache the list for five minutes.
      ttl: 300_000,
    },
  };
}

/** The VC 2.0 JSON form of a JOSE-secured credential (VC-JOSE-COSE §3.1.2). */
export function envelope(jws: string): Record<string, unknown> {
  return { '@context': [VC_CONTEXT], id: `data:application/vc+jwt,${jws}`, type: 'EnvelopedVerifiableCredential' };
}

/** The compact JWS inside an `EnvelopedVerifiableCredential`, or the string itself; null when neither. */
export function jwsOf(presented: string | { id: string; type: string | string[] }): string | null {
  if (typeof presented === 'string') return presented.trim();
  const types = Array.isArray(presented.type) ? presented.type : [presented.type];
  if (!types.includes('EnvelopedVerifiableCredential')) return null;
  const prefix = 'data:application/vc+jwt,';
  return presented.id.startsWith(prefix) ? presented.id.slice(prefix.length) : null;
}
