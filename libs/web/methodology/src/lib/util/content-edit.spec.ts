import {
  addArea,
  addProfile,
  removeProfile,
  setProfileCode,
  setProfileText,
  addCompetency,
  competencyCodes,
  matrixCell,
  nextFreeCode,
  removeArea,
  removeCompetency,
  setCompetencyCode,
  setIndicatorText,
  setMatrixCell,
  setRule,
} from './content-edit';
import { testContent } from './test-content';

describe('structure edits', () => {
  it('adds an area and a competency with an empty indicator per level', () => {
    let c = addArea(testContent(), 'PM');
    c = addCompetency(c, 2, 'PM1');
    expect(c.areas.map((a) => a.code)).toEqual(['DF', 'IS', 'PM']);
    expect(c.areas[2]?.competencies[0]?.indicators.map((i) => i.level)).toEqual([1, 2]);
  });

  it('removing a competency drops its requirements from every profile', () => {
    const c = removeCompetency(testContent(), 0, 0);
    expect(competencyCodes(c)).toEqual(['DF2', 'IS1']);
    expect(c.positionProfiles[0]?.requirements.map((r) => r.competencyCode)).toEqual(['IS1']);
  });

  it('removing an area drops its competencies and their requirements', () => {
    const c = removeArea(testContent(), 1);
    expect(competencyCodes(c)).toEqual(['DF1', 'DF2']);
    expect(c.positionProfiles[0]?.requirements.map((r) => r.competencyCode)).toEqual(['DF1']);
  });

  it('renaming a competency code renames it in the profiles too', () => {
    const c = setCompetencyCode(testContent(), 0, 0, 'DF9');
    expect(c.areas[0]?.competencies[0]?.code).toBe('DF9');
    expect(c.positionProfiles[0]?.requirements[0]?.competencyCode).toBe('DF9');
  });

  it("leaves the requirements alone while the new or old code is another competency's", () => {
    const clash = setCompetencyCode(testContent(), 0, 1, 'DF1');
    expect(competencyCodes(clash)).toEqual(['DF1', 'DF1', 'IS1']);
    expect(clash.positionProfiles[0]?.requirements.map((r) => r.competencyCode)).toEqual(['DF1', 'IS1']);
    const back = setCompetencyCode(clash, 0, 1, 'DF2');
    expect(competencyCodes(back)).toEqual(['DF1', 'DF2', 'IS1']);
    expect(back.positionProfiles[0]?.requirements.map((r) => r.competencyCode)).toEqual(['DF1', 'IS1']);
  });

  it('finds the first free code', () => {
    expect(nextFreeCode('DF', ['DF1', 'DF2', 'DF4'])).toBe('DF3');
    expect(nextFreeCode('AREA', [])).toBe('AREA1');
  });

  it('leaves the original content untouched', () => {
    const original = testContent();
    const snapshot = JSON.stringify(original);
    removeArea(original, 0);
    setIndicatorText(original, 0, 0, 2, 'az', 'iki');
    setMatrixCell(original, 1, 'DF1', { requiredLevel: 1 });
    expect(JSON.stringify(original)).toBe(snapshot);
  });
});

describe('setIndicatorText', () => {
  it('sets one language of an existing level indicator', () => {
    const c = setIndicatorText(testContent(), 0, 0, 2, 'az', 'iki');
    expect(c.areas[0]?.competencies[0]?.indicators[1]?.text).toEqual({ en: 'two', az: 'iki' });
  });

  it('adds the indicator of a level that has none, in level order', () => {
    let c = setIndicatorText(testContent(), 0, 1, 2, 'en', 'second');
    c = setIndicatorText(c, 0, 1, 1, 'en', 'first');
    expect(c.areas[0]?.competencies[1]?.indicators).toEqual([
      { level: 1, text: { en: 'first' } },
      { level: 2, text: { en: 'second' } },
    ]);
  });
});

describe('profile matrix cells', () => {
  it('reads a missing requirement as level 0, weight 1, not critical', () => {
    expect(matrixCell(testContent(), 1, 'DF1')).toEqual({ requiredLevel: 0, weight: 1, critical: false });
    expect(matrixCell(testContent(), 0, 'DF1')).toEqual({ requiredLevel: 2, weight: 1, critical: true });
  });

  it('adds a requirement in competency order when a cell is set', () => {
    const c = setMatrixCell(testContent(), 0, 'DF2', { requiredLevel: 1 });
    expect(c.positionProfiles[0]?.requirements.map((r) => r.competencyCode)).toEqual(['DF1', 'DF2', 'IS1']);
    expect(matrixCell(c, 0, 'DF2')).toEqual({ requiredLevel: 1, weight: 1, critical: false });
  });

  it('updates one field of a cell and keeps the others', () => {
    const c = setMatrixCell(testContent(), 0, 'IS1', { critical: true });
    expect(matrixCell(c, 0, 'IS1')).toEqual({ requiredLevel: 1, weight: 2, critical: true });
  });

  it('removes the requirement when the cell is back to its empty state', () => {
    let c = setMatrixCell(testContent(), 0, 'DF1', { requiredLevel: 0, critical: false });
    expect(c.positionProfiles[0]?.requirements.map((r) => r.competencyCode)).toEqual(['IS1']);
    c = setMatrixCell(c, 0, 'IS1', { requiredLevel: 0 });
    expect(c.positionProfiles[0]?.requirements).toEqual([{ competencyCode: 'IS1', requiredLevel: 0, weight: 2, critical: false }]);
  });

  it('ignores an unknown profile', () => {
    const original = testContent();
    expect(setMatrixCell(original, 9, 'DF1', { requiredLevel: 1 })).toBe(original);
  });
});

describe('position profiles', () => {
  it('adds an empty profile, renames it, titles it and removes it', () => {
    let c = addProfile(testContent(), 'ADVISER');
    expect(c.positionProfiles.map((p) => p.code)).toEqual(['HEAD', 'SPEC', 'ADVISER']);
    c = setProfileCode(c, 2, 'ADV');
    c = setProfileText(c, 2, 'title', 'en', 'Adviser');
    expect(c.positionProfiles[2]).toEqual({ code: 'ADV', title: { en: 'Adviser' }, description: {}, requirements: [] });
    c = removeProfile(c, 0);
    expect(c.positionProfiles.map((p) => p.code)).toEqual(['SPEC', 'ADV']);
  });
});

describe('setRule', () => {
  it('changes one attestation rule', () => {
    const c = setRule(testContent(), 'maxToleratedGap', 2);
    expect(c.attestationRules.maxToleratedGap).toBe(2);
    expect(c.attestationRules.complianceThreshold).toBe(0.8);
  });
});
