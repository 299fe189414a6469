import { describePath, errorCounts, parseContentPath, targetOf } from './content-paths';
import { testContent } from './test-content';

describe('content paths', () => {
  it('parses API field paths in their several spellings', () => {
    const expected = [{ key: 'areas', index: 0 }, { key: 'competencies', index: 1 }, { key: 'code' }];
    expect(parseContentPath('body.content.areas[0].competencies[1].code')).toEqual(expected);
    expect(parseContentPath('/content/areas/0/competencies/1/code')).toEqual(expected);
    expect(parseContentPath('areas.0.competencies.1.code')).toEqual(expected);
  });

  it('tells which part of the editor a path points at', () => {
    expect(targetOf('body.content.areas[1].competencies[0].title')).toEqual({ section: 'framework', areaIndex: 1, competencyIndex: 0 });
    expect(targetOf('body.content.areas[1].code')).toEqual({ section: 'framework', areaIndex: 1, competencyIndex: undefined });
    expect(targetOf('body.content.positionProfiles[0].requirements[2].requiredLevel')).toEqual({ section: 'profiles', profileIndex: 0 });
    expect(targetOf('body.content.attestationRules.commissionQuorum').section).toBe('rules');
    expect(targetOf('body.title').section).toBe('title');
  });

  it('describes a path by the codes of what it names', () => {
    const c = testContent();
    expect(describePath('body.content.areas[0].competencies[0].indicators[1].text.en', c, 'level')).toBe('DF › DF1 › level 2 › text › en');
    expect(describePath('positionProfiles[1].requirements[0].requiredLevel', c, 'level')).toBe('SPEC › requirements #1 › requiredLevel');
    expect(describePath('scale[0].label', c, 'Səviyyə')).toBe('Səviyyə 1 › label');
    expect(describePath('areas[7].code', c, 'level')).toBe('#8 › code');
  });

  it('counts errors per area and per competency', () => {
    const counts = errorCounts([
      { field: 'body.content.areas[0].competencies[1].code', message: 'x', code: 'c' },
      { field: 'body.content.areas[0].title', message: 'x', code: 'c' },
      { field: 'body.content.positionProfiles[0].code', message: 'x', code: 'c' },
    ]);
    expect(Object.fromEntries(counts)).toEqual({ '0': 2, '0.1': 1 });
  });
});
