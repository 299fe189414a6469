import type { ImportProblem } from '@civics/contracts';
import { exportCase } from './case-export';
import { CIVICS_EXTENSION, type CivicsExtension } from './case-extension';
import { importCase } from './case-import';
import type { CasePackage } from './case-types';
import type { ExchangeVersion, ImportResult } from './exchange-version';
import { DEFAULT_ATTESTATION_RULES, DEFAULT_SCORING_RULE } from './import-defaults';
import { importCsv } from './csv-import';
import { digCompCasePackage, digCompCsv } from './test/digcomp-2.2.fixture';
import { seedVersion } from './test/seed-version';

const BASE = 'https://civics.example.az/ims/case/v1p1';
const EXT = '$.CFDocument.extensions["x-civics"]';

const imported = (result: ImportResult): ExchangeVersion => {
  if (!result.ok) throw new Error(`import failed: ${JSON.stringify(result.problems, null, 2)}`);
  return result.version;
};
const problemsOf = (result: ImportResult): ImportProblem[] => {
  if (result.ok) throw new Error('import succeeded where it should fail');
  return result.problems;
};
/** Our export as it arrives over HTTP (plain JSON), with its extension at hand for edits. */
function ownPackage(): { pkg: CasePackage; ext: CivicsExtension; idOf: (code: string) => string } {
  const pkg = JSON.parse(JSON.stringify(exportCase(seedVersion(), { baseUri: BASE }))) as CasePackage;
  const ext = pkg.CFDocument.extensions?.[CIVICS_EXTENSION] as CivicsExtension;
  const idOf = (code: string): string => pkg.CFItems.find((i) => i.humanCodingScheme === code)?.identifier ?? 'none';
  return { pkg, ext, idOf };
}

type Node = [id: string, parent: string, code?: string, statement?: string];
/** A small plain CASE package (no extension): document D, items given as [id, parent, code]. */
function plain(nodes: Node[], extra: { associations?: Record<string, unknown>[] } = {}): Record<string, unknown> {
  const link = (identifier: string): Record<string, string> => ({ identifier, title: identifier, uri: `urn:${identifier}` });
  return {
    CFDocument: { identifier: 'D', uri: 'urn:D', creator: 'test', title: 'Tiny framework', language: 'en' },
    CFItems: nodes.map(([id, , code, statement]) => ({
      identifier: id,
      uri: `urn:${id}`,
      fullStatement: statement ?? `Statement ${id}`,
      ...(code ? { humanCodingScheme: code } : {}),
    })),
    CFAssociations: [
      ...nodes
        .filter(([, parent]) => parent !== '')
        .map(([id, parent], i) => ({
          identifier: `a-${id}`,
          uri: `urn:a-${id}`,
          associationType: 'isChildOf',
          sequenceNumber: i + 1,
          originNodeURI: link(id),
          destinationNodeURI: link(parent),
        })),
      ...(extra.associations ?? []),
    ],
  };
}
const TINY: Node[] = [
  ['A', 'D', 'AR'],
  ['C', 'A', 'CO'],
  ['L1', 'C'],
  ['L2', 'C'],
];

describe('importCase round trip', () => {
  it('gives back exactly the exported version (directly and through JSON)', () => {
    const v = seedVersion();
    const pkg = exportCase(v, { baseUri: BASE });
    expect(imported(importCase(pkg))).toStrictEqual(v);
    expect(imported(importCase(JSON.parse(JSON.stringify(pkg))))).toStrictEqual(v);
  });

  it('keeps missing languages missing and non-default rules', () => {
    const v = seedVersion();
    v.title = { en: 'Only English' };
    v.content.areas[1].competencies[0].description = { ru: 'Только по-русски' };
    v.content.scoringRule = { ...v.content.scoringRule, irtCuts: [-1, 0, 1, 2] };
    v.content.positionProfiles = v.content.positionProfiles.slice(0, 1);
    expect(imported(importCase(JSON.parse(JSON.stringify(exportCase(v, { baseUri: BASE })))))).toStrictEqual(v);
  });
});

describe('importCase of a plain DigComp 2.2-shaped CASE package', () => {
  const v = imported(importCase(digCompCasePackage()));

  it('reads 5 areas, 21 competences and 8 levels from the isChildOf tree', () => {
    expect(v.content.areas).toHaveLength(5);
    expect(v.content.areas.flatMap((a) => a.competencies)).toHaveLength(21);
    expect(v.content.scale).toHaveLength(8);
    expect(v.content.scale[7]).toEqual({
      level: 8,
      label: { az: 'Səviyyə 8', ru: 'Уровень 8', en: 'Level 8' },
      descriptor: { az: 'Səviyyə 8', ru: 'Уровень 8', en: 'Level 8' },
    });
  });

  it('takes codes from humanCodingScheme, or derives them from titles', () => {
    expect(v.code).toBe('DIGCOMP_2_2_THE_DIGITAL_COMPETENCE_FRAME');
    expect(v.content.areas.map((a) => a.code)).toEqual([
      'INFORMATION_AND_DATA_LITERACY',
      'COMMUNICATION_AND_COLLABORATION',
      'DIGITAL_CONTENT_CREATION',
      'SAFETY',
      'PROBLEM_SOLVING',
    ]);
    expect(v.content.areas[1].competencies.map((c) => c.code)).toEqual(['DC2_1', 'DC2_2', 'DC2_3', 'DC2_4', 'DC2_5', 'DC2_6']);
  });

  it('orders level items by sequenceNumber and reads texts in the document language (en-GB → en)', () => {
    const c = v.content.areas[3].competencies[1];
    expect(c.title).toStrictEqual({ en: '4.2 Protecting personal data and privacy' });
    expect(c.description).toStrictEqual({ en: 'DigComp 2.2 competence 4.2: "Protecting personal data and privacy".' });
    expect(c.indicators.map((i) => i.level)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(c.indicators[0].text.en).toMatch(/^Foundation 1: /);
    expect(c.indicators[7].text.en).toMatch(/^Highly specialised 8: /);
  });

  it('uses the title, version 1 for "2.2", no profiles and the default rules', () => {
    expect(v.title).toStrictEqual({ en: 'DigComp 2.2: The Digital Competence Framework for Citizens' });
    expect(v.versionNumber).toBe(1);
    expect(v.content.positionProfiles).toEqual([]);
    expect(v.content.attestationRules).toEqual(DEFAULT_ATTESTATION_RULES);
    expect(v.content.scoringRule).toEqual(DEFAULT_SCORING_RULE);
  });

  it('reads the same competences as the CSV fixture, and survives our own CASE round trip', () => {
    const fromCsv = imported(importCsv(digCompCsv(), { code: 'DIGCOMP' }));
    expect(v.content.areas.flatMap((a) => a.competencies)).toStrictEqual(fromCsv.content.areas.flatMap((a) => a.competencies));
    expect(imported(importCase(JSON.parse(JSON.stringify(exportCase(v, { baseUri: BASE })))))).toStrictEqual(v);
  });

  it('keeps derived codes clear of codes stated later in the package', () => {
    const v2 = imported(
      importCase(
        plain([
          ['A', 'D', undefined, 'Safety'],
          ['B', 'D', 'SAFETY'],
          ['C', 'A', 'CO'],
        ]),
      ),
    );
    expect(v2.content.areas.map((a) => a.code)).toEqual(['SAFETY_2', 'SAFETY']);
  });

  it('gives a single level when there are no level items, and uses notes-less statements as descriptions', () => {
    const tiny = imported(
      importCase(
        plain([
          ['A', 'D'],
          ['C', 'A', 'CO', 'Use e-mail'],
        ]),
      ),
    );
    expect(tiny.content.scale.map((s) => s.label.en)).toEqual(['Level 1']);
    expect(tiny.content.areas).toStrictEqual([
      {
        code: 'STATEMENT_A',
        title: { en: 'Statement A' },
        description: { en: 'Statement A' },
        competencies: [{ code: 'CO', title: { en: 'Use e-mail' }, description: { en: 'Use e-mail' }, indicators: [] }],
      },
    ]);
    expect(tiny.code).toBe('TINY_FRAMEWORK');
  });
});

describe('importCase problems', () => {
  it('rejects what is not a package object', () => {
    for (const input of [null, [], 'text', 42]) {
      expect(problemsOf(importCase(input))).toEqual([
        { location: '$', code: 'not-object', message: 'a CASE package must be a JSON object' },
      ]);
    }
    expect(problemsOf(importCase({ CFItems: {} }))).toEqual([
      { location: '$.CFDocument', code: 'missing-field', message: 'CFDocument must be an object' },
      { location: '$.CFItems', code: 'invalid-field', message: 'CFItems must be an array' },
    ]);
  });

  it('reports malformed items and associations', () => {
    const pkg = plain(TINY);
    (pkg['CFItems'] as unknown[]).push('not an item', { uri: 'x', fullStatement: 7 });
    (pkg['CFAssociations'] as unknown[]).push({
      identifier: 'bad',
      associationType: 'isChildOf',
      originNodeURI: { identifier: 'C' },
      sequenceNumber: 'first',
    });
    expect(problemsOf(importCase(pkg))).toEqual([
      { location: '$.CFItems[4]', code: 'invalid-field', message: 'a CFItem must be an object' },
      { location: '$.CFItems[5].identifier', code: 'missing-field', message: 'identifier is missing' },
      { location: '$.CFItems[5].fullStatement', code: 'invalid-field', message: 'fullStatement must be a string' },
      { location: '$.CFAssociations[4].destinationNodeURI', code: 'missing-field', message: 'destinationNodeURI is missing' },
      { location: '$.CFAssociations[4].sequenceNumber', code: 'invalid-field', message: 'sequenceNumber must be a number' },
    ]);
  });

  it('reports duplicate identifiers and duplicate codes', () => {
    const pkg = plain([...TINY, ['C2', 'A', 'CO']], {
      associations: [
        { identifier: 'a-A', associationType: 'isChildOf', originNodeURI: { identifier: 'L2' }, destinationNodeURI: { identifier: 'C' } },
      ],
    });
    (pkg['CFItems'] as unknown[]).push({ identifier: 'C', fullStatement: 'Second C' });
    expect(problemsOf(importCase(pkg))).toEqual([
      { location: 'CFItem C', code: 'duplicate-identifier', message: 'identifier C is also used by $.CFItems[1]' },
      { location: 'CFAssociation a-A', code: 'duplicate-identifier', message: 'identifier a-A is also used by $.CFAssociations[0]' },
      { location: 'CFItem C2', code: 'duplicate-code', message: 'competency code CO is also used by CFItem C' },
    ]);
  });

  it('reports an item with several parents', () => {
    const pkg = plain([...TINY, ['C2', 'A', 'CO2']], {
      associations: [
        {
          identifier: 'second',
          associationType: 'isChildOf',
          originNodeURI: { identifier: 'L1' },
          destinationNodeURI: { identifier: 'C2' },
        },
      ],
    });
    expect(problemsOf(importCase(pkg))).toEqual([{ location: 'CFItem L1', code: 'multiple-parents', message: 'child of both C and C2' }]);
  });

  it('reports a cyclic isChildOf chain once, and items hanging from it as unreachable', () => {
    const pkg = plain([...TINY, ['X', 'Y'], ['Y', 'Z'], ['Z', 'X'], ['W', 'X'], ['S', 'S']]);
    expect(problemsOf(importCase(pkg))).toEqual([
      {
        location: 'CFAssociation a-Z',
        code: 'cyclic-association',
        message: 'isChildOf cycle through items X → Y → Z → X (associations a-X, a-Y, a-Z)',
      },
      { location: 'CFAssociation a-S', code: 'cyclic-association', message: 'isChildOf cycle through items S → S (associations a-S)' },
      { location: 'CFItem W', code: 'unreachable-item', message: 'not connected to the document through isChildOf associations' },
    ]);
  });

  it('reports dangling associations and unreachable items; ignores other association types', () => {
    const pkg = plain([...TINY, ['LOST', '']], {
      associations: [
        {
          identifier: 'dangle',
          associationType: 'isChildOf',
          originNodeURI: { identifier: 'ghost' },
          destinationNodeURI: { identifier: 'C' },
        },
        {
          identifier: 'dangle2',
          associationType: 'isChildOf',
          originNodeURI: { identifier: 'L1' },
          destinationNodeURI: { identifier: 'elsewhere' },
        },
        {
          identifier: 'external',
          associationType: 'exactMatchOf',
          originNodeURI: { identifier: 'C' },
          destinationNodeURI: { identifier: 'other-framework-item' },
        },
      ],
    });
    expect(problemsOf(importCase(pkg))).toEqual([
      { location: 'CFAssociation dangle', code: 'dangling-association', message: 'points to ghost, not in the package' },
      { location: 'CFAssociation dangle2', code: 'dangling-association', message: 'points to elsewhere, not in the package' },
      { location: 'CFItem LOST', code: 'unreachable-item', message: 'not connected to the document through isChildOf associations' },
    ]);
  });

  it('reports bad codes, items nested too deep, missing texts and an unsupported language', () => {
    const pkg = plain([
      ['A', 'D', 'AR'],
      ['C', 'A', '1.1', ''],
      ['L1', 'C'],
      ['DEEP', 'L1'],
    ]);
    (pkg['CFDocument'] as Record<string, unknown>)['language'] = 'de';
    (pkg['CFDocument'] as Record<string, unknown>)['title'] = ' ';
    expect(problemsOf(importCase(pkg))).toEqual([
      { location: '$.CFDocument.language', code: 'unsupported-language', message: '"de" is not one of az, ru, en' },
      { location: 'CFItem DEEP', code: 'too-deep', message: 'nested 4 levels below the document; at most 3 (area, competency, indicator)' },
      { location: '$.CFDocument.title', code: 'missing-text', message: 'the document has no title' },
      { location: 'CFItem C', code: 'missing-text', message: 'the competency has no fullStatement' },
      {
        location: 'CFItem C',
        code: 'bad-code',
        message: 'humanCodingScheme "1.1" is not a valid competency code (upper-case letter first, then A-Z 0-9 _ . -, max 40)',
      },
    ]);
  });

  it('reports an indicator level outside the scale', () => {
    const { pkg, ext, idOf } = ownPackage();
    ext.indicatorLevels[idOf('DF1.L2')] = 9;
    ext.indicatorLevels[idOf('IS3.L1')] = 0;
    expect(problemsOf(importCase(pkg))).toEqual([
      { location: `CFItem ${idOf('DF1.L2')}`, code: 'level-outside-scale', message: 'indicator level 9 is outside the scale 1..4' },
      { location: `CFItem ${idOf('IS3.L1')}`, code: 'level-outside-scale', message: 'indicator level 0 is outside the scale 1..4' },
    ]);
  });

  it('reports profiles naming unknown competencies or levels outside 0..N', () => {
    const { pkg, ext } = ownPackage();
    ext.positionProfiles[0].requirements[0].competencyCode = 'XX9';
    ext.positionProfiles[1].requirements[2].requiredLevel = 5;
    ext.positionProfiles[2].requirements[3].requiredLevel = -1;
    ext.positionProfiles[3].code = ext.positionProfiles[0].code;
    expect(problemsOf(importCase(pkg))).toEqual([
      {
        location: `${EXT}.positionProfiles[0].requirements[0]`,
        code: 'unknown-competency',
        message: 'competency XX9 is not in the framework',
      },
      { location: `${EXT}.positionProfiles[1].requirements[2]`, code: 'level-outside-scale', message: 'required level 5 is outside 0..4' },
      { location: `${EXT}.positionProfiles[2].requirements[3]`, code: 'level-outside-scale', message: 'required level -1 is outside 0..4' },
      {
        location: `${EXT}.positionProfiles[3]`,
        code: 'duplicate-code',
        message: 'profile code HEAD_OF_AGENCY is also used by positionProfiles[0]',
      },
    ]);
  });

  it('reports a malformed extension and scale, and turns schema issues into problems', () => {
    const { pkg, ext, idOf } = ownPackage();
    ext.scale[1].level = 3;
    ext.scale[2].label = {};
    ext.attestationRules.complianceThreshold = 1.5;
    ext.translations[idOf('EG2')].fullStatement = { az: 'x'.repeat(4001) };
    expect(problemsOf(importCase(pkg))).toEqual([
      { location: `${EXT}.scale[1]`, code: 'scale-order', message: 'level 3 where 2 is expected (levels are 1..N in order)' },
      { location: `${EXT}.scale[2]`, code: 'missing-text', message: 'the level has no label' },
      {
        location: `CFItem ${idOf('EG2')}`,
        code: 'schema',
        message: 'areas.3.competencies.1.title.az: Too big: expected string to have <=4000 characters',
      },
      {
        location: `${EXT}.attestationRules.complianceThreshold`,
        code: 'schema',
        message: 'attestationRules.complianceThreshold: Too big: expected number to be <=1',
      },
    ]);
    (pkg.CFDocument.extensions as Record<string, unknown>)[CIVICS_EXTENSION] = { formatVersion: 2, scale: 'four' };
    expect(problemsOf(importCase(pkg))).toEqual([
      { location: `${EXT}.formatVersion`, code: 'invalid-field', message: 'Invalid input: expected 1' },
      { location: `${EXT}.scale`, code: 'invalid-field', message: 'Invalid input: expected array, received string' },
    ]);
  });

  it('lists every problem of a broken DigComp package at once', () => {
    const pkg = digCompCasePackage() as { CFItems: Record<string, unknown>[]; CFAssociations: Record<string, unknown>[] };
    const item = (id: string): Record<string, unknown> => pkg.CFItems.find((i) => i['identifier'] === id) ?? {};
    item('comp-1-2')['humanCodingScheme'] = 'DC1_1'; // duplicate code
    item('comp-2-1')['humanCodingScheme'] = '2.1'; // bad code
    item('comp-3-1')['fullStatement'] = ''; // missing text
    const area5 = pkg.CFAssociations.find((a) => a['identifier'] === 'assoc-area-5') ?? {};
    area5['destinationNodeURI'] = { identifier: 'nowhere' }; // dangling, so area 5 is unreachable
    pkg.CFItems.push({ identifier: 'orphan', fullStatement: 'Orphan' }); // unreachable
    pkg.CFAssociations.push(
      {
        identifier: 'loop-1',
        associationType: 'isChildOf',
        originNodeURI: { identifier: 'area-1' },
        destinationNodeURI: { identifier: 'comp-1-1' },
      }, // area 1 ⇄ competence 1.1
    );
    const unreachable = pkg.CFItems.map((i) => String(i['identifier'])).filter((id) => /^(area-5|comp-5-)/.test(id) || id === 'orphan');
    expect(unreachable).toHaveLength(1 + 4 + 32 + 1);
    expect(problemsOf(importCase(pkg))).toEqual([
      { location: 'CFAssociation assoc-area-5', code: 'dangling-association', message: 'points to nowhere, not in the package' },
      {
        location: 'CFAssociation assoc-comp-1-1',
        code: 'cyclic-association',
        message: 'isChildOf cycle through items area-1 → comp-1-1 → area-1 (associations loop-1, assoc-comp-1-1)',
      },
      { location: 'CFItem area-1', code: 'multiple-parents', message: 'child of both c0ffee00-0000-4000-8000-000000000000 and comp-1-1' },
      // area 5 with its 4 competences and their 32 level items, in package order, and the orphan
      ...unreachable.map((id) => ({
        location: `CFItem ${id}`,
        code: 'unreachable-item',
        message: 'not connected to the document through isChildOf associations',
      })),
      { location: 'CFItem comp-1-2', code: 'duplicate-code', message: 'competency code DC1_1 is also used by CFItem comp-1-1' },
      {
        location: 'CFItem comp-2-1',
        code: 'bad-code',
        message: 'humanCodingScheme "2.1" is not a valid competency code (upper-case letter first, then A-Z 0-9 _ . -, max 40)',
      },
      { location: 'CFItem comp-3-1', code: 'missing-text', message: 'the competency has no fullStatement' },
    ]);
  });
});
