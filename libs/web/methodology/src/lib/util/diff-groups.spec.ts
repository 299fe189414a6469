import type { MethodologyDiff } from '@civics/contracts';
import { formatValue, groupDiff } from './diff-groups';

const empty = { added: [], removed: [], changed: [] };

function diff(partial: Partial<MethodologyDiff>): MethodologyDiff {
  return {
    fromId: 'a',
    toId: 'b',
    levels: empty,
    areas: empty,
    competencies: empty,
    profiles: empty,
    rules: [],
    scoring: [],
    identical: false,
    ...partial,
  };
}

describe('groupDiff', () => {
  it('gives nothing for identical versions', () => {
    expect(groupDiff(diff({ identical: true }))).toEqual([]);
  });

  it('groups by part, added then removed then changed, skipping empty parts', () => {
    const groups = groupDiff(
      diff({
        competencies: {
          added: ['PM5'],
          removed: ['IS3'],
          changed: [{ code: 'DF1', changes: [{ path: 'indicators[1].text.en', from: 'old', to: 'new' }] }],
        },
        rules: [{ path: 'maxToleratedGap', from: 1, to: 2 }],
      }),
    );
    expect(groups.map((g) => g.name)).toEqual(['competencies', 'rules']);
    expect(groups[0]?.entries.map((e) => `${e.kind}:${e.code}`)).toEqual(['added:PM5', 'removed:IS3', 'changed:DF1']);
    expect(groups[0]?.counts).toEqual({ added: 1, removed: 1, changed: 1 });
    expect(groups[0]?.entries[2]?.changes).toEqual([{ path: 'indicators[1].text.en', from: 'old', to: 'new' }]);
    expect(groups[1]?.entries[0]?.changes).toEqual([{ path: 'maxToleratedGap', from: '1', to: '2' }]);
  });

  it('splits a changed text into the languages that differ', () => {
    const groups = groupDiff(
      diff({
        areas: {
          added: [],
          removed: [],
          changed: [{ code: 'DF', changes: [{ path: 'title', from: { az: 'a', ru: 'b', en: 'c' }, to: { az: 'a', ru: 'B', en: 'C' } }] }],
        },
      }),
    );
    expect(groups[0]?.entries[0]?.changes).toEqual([
      { path: 'title · ru', from: 'b', to: 'B' },
      { path: 'title · en', from: 'c', to: 'C' },
    ]);
  });

  it('formats values for reading', () => {
    expect(formatValue(undefined)).toBe('—');
    expect(formatValue('')).toBe('—');
    expect(formatValue(true)).toBe('true');
    expect(formatValue({ en: 'x' })).toBe('{"en":"x"}');
  });
});
