import { documentIdentifier, uuidV5 } from './deterministic-id';

describe('uuidV5', () => {
  it('matches the RFC 4122 / Python uuid5 reference values', () => {
    expect(uuidV5('6ba7b810-9dad-11d1-80b4-00c04fd430c8', 'www.example.com')).toBe('2ed6657d-e927-568b-95e1-2665a8aea6a2');
    expect(documentIdentifier('EGOV-ICT', 1)).toBe('9a9c0bd0-213b-54cd-9790-aa1986094004');
  });

  it('is stable and differs by name and version', () => {
    expect(documentIdentifier('EGOV-ICT', 1)).toBe(documentIdentifier('EGOV-ICT', 1));
    expect(documentIdentifier('EGOV-ICT', 2)).not.toBe(documentIdentifier('EGOV-ICT', 1));
    expect(documentIdentifier('EGOV-ICT', 1)).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('rejects a namespace that is not a UUID', () => {
    expect(() => uuidV5('not-a-uuid', 'x')).toThrow('Not a UUID namespace');
  });
});
