import { exportCase } from './case-export';
import { CIVICS_EXTENSION, type CivicsExtension } from './case-extension';
import { documentIdentifier } from './deterministic-id';
import { seedVersion } from './test/seed-version';

const BASE = 'https://civics.example.az/ims/case/v1p1';
const UUID_V5 = /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('exportCase', () => {
  const v = seedVersion();
  const pkg = exportCase(v, { baseUri: `${BASE}/` });
  const ext = pkg.CFDocument.extensions?.[CIVICS_EXTENSION] as CivicsExtension;

  it('describes the document with a deterministic identifier', () => {
    const id = documentIdentifier('EGOV-ICT', 1);
    expect(pkg.CFDocument).toMatchObject({
      identifier: id,
      uri: `${BASE}/CFDocuments/${id}`,
      creator: 'civics',
      title: v.title.az,
      version: '1',
      language: 'az',
      adoptionStatus: 'Draft',
      caseVersion: '1.1',
      CFPackageURI: { identifier: id, uri: `${BASE}/CFPackages/${id}`, title: v.title.az },
    });
    expect(pkg.CFDocument.lastChangeDateTime).toBeUndefined();
  });

  it('is identical when exported twice, and differs for another version', () => {
    expect(JSON.stringify(exportCase(seedVersion(), { baseUri: BASE }))).toBe(JSON.stringify(pkg));
    const next = exportCase({ ...seedVersion(), versionNumber: 2 }, { baseUri: BASE });
    expect(next.CFDocument.identifier).not.toBe(pkg.CFDocument.identifier);
    expect(next.CFItems[0].identifier).not.toBe(pkg.CFItems[0].identifier);
  });

  it('honours documentId, lastChangeDateTime, creator and adoptionStatus', () => {
    const other = exportCase(v, {
      baseUri: BASE,
      documentId: '11111111-2222-4333-8444-555555555555',
      lastChangeDateTime: '2026-02-01T00:00:00+00:00',
      creator: 'Civil Service Commission',
      adoptionStatus: 'Adopted',
    });
    expect(other.CFDocument).toMatchObject({
      identifier: '11111111-2222-4333-8444-555555555555',
      creator: 'Civil Service Commission',
      adoptionStatus: 'Adopted',
    });
    expect(
      [other.CFDocument, ...other.CFItems, ...other.CFAssociations].every((o) => o.lastChangeDateTime === '2026-02-01T00:00:00+00:00'),
    ).toBe(true);
  });

  it('has one item per area, competency and indicator, each a name-based UUID', () => {
    const count = (type: string): number => pkg.CFItems.filter((i) => i.CFItemType === type).length;
    expect([count('Area'), count('Competency'), count('Indicator')]).toEqual([5, 16, 64]);
    expect(pkg.CFItems.every((i) => UUID_V5.test(i.identifier) && i.uri === `${BASE}/CFItems/${i.identifier}`)).toBe(true);
    expect(new Set(pkg.CFItems.map((i) => i.identifier)).size).toBe(85);
    expect(pkg.CFDefinitions?.CFItemTypes?.map((t) => [t.title, t.hierarchyCode])).toEqual([
      ['Area', '1'],
      ['Competency', '2'],
      ['Indicator', '3'],
    ]);
  });

  it('maps code, title and description to humanCodingScheme, fullStatement and notes in az', () => {
    const df1 = pkg.CFItems.find((i) => i.humanCodingScheme === 'DF1');
    const competency = v.content.areas[0].competencies[0];
    expect(df1).toMatchObject({
      fullStatement: competency.title.az,
      abbreviatedStatement: competency.title.az,
      notes: competency.description.az,
      language: 'az',
      CFItemType: 'Competency',
    });
    const indicator = pkg.CFItems.find((i) => i.humanCodingScheme === 'DF1.L2');
    expect(indicator).toMatchObject({
      fullStatement: competency.indicators[1].text.az,
      abbreviatedStatement: 'Praktik',
      listEnumeration: '2',
    });
  });

  it('links children to parents with ordered isChildOf associations', () => {
    expect(pkg.CFAssociations).toHaveLength(85);
    expect(pkg.CFAssociations.every((a) => a.associationType === 'isChildOf')).toBe(true);
    const parentOf = (code: string): { parent: string | undefined; seq: number | undefined } => {
      const item = pkg.CFItems.find((i) => i.humanCodingScheme === code);
      const a = pkg.CFAssociations.find((x) => x.originNodeURI.identifier === item?.identifier);
      return {
        parent:
          pkg.CFItems.find((i) => i.identifier === a?.destinationNodeURI.identifier)?.humanCodingScheme ?? a?.destinationNodeURI.identifier,
        seq: a?.sequenceNumber,
      };
    };
    expect(parentOf('IS')).toEqual({ parent: pkg.CFDocument.identifier, seq: 3 });
    expect(parentOf('PM4')).toEqual({ parent: 'PM', seq: 4 });
    expect(parentOf('ED2.L3')).toEqual({ parent: 'ED2', seq: 3 });
  });

  it('carries translations, scale, indicator levels, profiles and rules in x-civics', () => {
    const df = pkg.CFItems[0];
    expect(ext.formatVersion).toBe(1);
    expect([ext.code, ext.versionNumber]).toEqual(['EGOV-ICT', 1]);
    expect(ext.translations[pkg.CFDocument.identifier]).toEqual({ title: v.title });
    expect(ext.translations[df.identifier]).toEqual({ fullStatement: v.content.areas[0].title, notes: v.content.areas[0].description });
    expect(Object.keys(ext.translations)).toHaveLength(86);
    expect(ext.scale).toEqual(v.content.scale);
    expect(Object.values(ext.indicatorLevels)).toEqual(Array.from({ length: 16 }, () => [1, 2, 3, 4]).flat());
    expect(ext.positionProfiles).toEqual(v.content.positionProfiles);
    expect(ext.attestationRules).toEqual(v.content.attestationRules);
    expect(ext.scoringRule).toEqual(v.content.scoringRule);
  });

  it('falls back to the first available language when az is missing', () => {
    const enOnly = seedVersion();
    enOnly.title = { en: 'English only' };
    enOnly.content.areas[0].title = { ru: 'Только русский', en: 'Also English' };
    const out = exportCase(enOnly, { baseUri: BASE });
    expect(out.CFDocument.title).toBe('English only');
    expect(out.CFItems[0].fullStatement).toBe('Только русский');
  });
});
