import { buildCredential, envelope, jwsOf, serialOfCredentialId, verifyApiUrl } from './open-badge';

const input = {
  certificateId: '0f8fad5b-d9cb-469f-a165-70867728950e',
  serial: 'ICT-2026-ABCDEFGHJ4',
  publicUrl: 'https://civics.example',
  issuer: { id: 'https://civics.example/api/credentials/issuer', name: 'Civil Service ICT Competency Platform' },
  holderName: 'Aysel Məmmədova',
  outcome: 'meets_subject_to_training' as const,
  note: { az: 'Plan 2027-01-01 tarixinədək', ru: 'План до 2027-01-01', en: 'Plan by 2027-01-01' },
  issuedAt: new Date('2026-06-01T10:00:00Z'),
  validUntil: '2029-06-01',
  methodology: { id: '7c9e6679-7425-40de-944b-e07fc1f90ae7', title: { az: 'Çərçivə', en: 'Framework' }, versionNumber: 1 },
  position: { code: 'SPECIALIST', title: { az: 'Mütəxəssis' } },
  scale: [1, 2, 3, 4].map((level) => ({ level, label: { az: `Səviyyə ${level}` } })),
  competencies: [
    { competencyCode: 'ED1', title: { az: 'Elektron sənəd dövriyyəsi' }, level: 2, required: 2 },
    { competencyCode: 'IS1', title: { az: 'İnformasiya təhlükəsizliyi' }, level: 1, required: 2 },
  ],
  status: { listUrl: 'https://civics.example/api/credentials/status/1', index: 4242 },
};

describe('the Open Badges 3.0 credential', () => {
  const vc = buildCredential(input);

  it('is a VC 2.0 OpenBadgeCredential with the v2 and OB 3.0 contexts, validity and the verify URL as id', () => {
    expect(vc['@context']).toEqual(['https://www.w3.org/ns/credentials/v2', 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json']);
    expect(vc.type).toEqual(['VerifiableCredential', 'OpenBadgeCredential']);
    expect(vc.id).toBe('https://civics.example/api/certificates/ICT-2026-ABCDEFGHJ4/verify');
    expect(serialOfCredentialId(vc.id)).toBe(input.serial);
    expect(vc.validFrom).toBe('2026-06-01T10:00:00.000Z');
    expect(vc.validUntil).toBe('2029-06-01T23:59:59Z');
    expect(vc.issuer).toMatchObject({ id: input.issuer.id, type: ['Profile'], name: input.issuer.name });
  });

  it('names the holder only, aligns the achievement to each competency and gives each level as a rubric result', () => {
    const subject = vc.credentialSubject;
    expect(subject.identifier).toEqual([{ type: 'IdentityObject', identityHash: 'Aysel Məmmədova', identityType: 'name', hashed: false }]);
    expect(subject.achievement.type).toEqual(['Achievement']);
    expect(subject.achievement.achievementType).toBe('Certificate');
    expect(subject.achievement.alignment.map((a) => a.targetCode)).toEqual(['ED1', 'IS1']);
    expect(subject.achievement.resultDescription[1]).toMatchObject({
      id: 'urn:civics:competency:IS1',
      resultType: 'RubricCriterionLevel',
      requiredLevel: 'urn:civics:competency:IS1:level:2',
    });
    expect(subject.result[0]).toEqual({ type: ['Result'], status: 'Provisional' });
    expect(subject.result[2]).toEqual({
      type: ['Result'],
      resultDescription: 'urn:civics:competency:IS1',
      achievedLevel: 'urn:civics:competency:IS1:level:1',
    });
    expect(subject.narrative).toBe(input.note.az);
    expect(JSON.stringify(vc)).not.toMatch(/personalCode|@civics\.|email/);
  });

  it('points at its Bitstring Status List entry', () => {
    expect(vc.credentialStatus).toEqual({
      id: 'https://civics.example/api/credentials/status/1#4242',
      type: 'BitstringStatusListEntry',
      statusPurpose: 'revocation',
      statusListIndex: '4242',
      statusListCredential: 'https://civics.example/api/credentials/status/1',
    });
  });

  it('travels as an EnvelopedVerifiableCredential and back', () => {
    const e = envelope('aaa.bbb.ccc');
    expect(e).toEqual({
      '@context': ['https://www.w3.org/ns/credentials/v2'],
      id: 'data:application/vc+jwt,aaa.bbb.ccc',
      type: 'EnvelopedVerifiableCredential',
    });
    expect(jwsOf(e as { id: string; type: string })).toBe('aaa.bbb.ccc');
    expect(jwsOf(' aaa.bbb.ccc ')).toBe('aaa.bbb.ccc');
    expect(jwsOf({ id: 'x', type: ['VerifiableCredential'] })).toBeNull();
    expect(verifyApiUrl('https://x', 'ICT-2026-0000000000')).toBe('https://x/api/certificates/ICT-2026-0000000000/verify');
    expect(serialOfCredentialId('https://x/elsewhere')).toBeNull();
  });
});
