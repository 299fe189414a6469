import { answerCredit, normaliseShortText } from './answer-scoring';
import { masteryLevel } from './mastery';

describe('answerCredit', () => {
  it('scores single choice, true/false, ordering and numeric all-or-nothing', () => {
    expect(answerCredit({ type: 'single_choice', correct: 'b' }, { type: 'single_choice', choice: 'b' })).toBe(1);
    expect(answerCredit({ type: 'single_choice', correct: 'b' }, { type: 'single_choice', choice: 'a' })).toBe(0);
    expect(answerCredit({ type: 'true_false', correct: false }, { type: 'true_false', value: false })).toBe(1);
    expect(answerCredit({ type: 'ordering', order: ['a', 'b', 'c'] }, { type: 'ordering', order: ['a', 'c', 'b'] })).toBe(0);
    expect(answerCredit({ type: 'ordering', order: ['a', 'b', 'c'] }, { type: 'ordering', order: ['a', 'b', 'c'] })).toBe(1);
    expect(answerCredit({ type: 'numeric', value: 10, tolerance: 0.5 }, { type: 'numeric', value: 10.5 })).toBe(1);
    expect(answerCredit({ type: 'numeric', value: 10, tolerance: 0.5 }, { type: 'numeric', value: 10.6 })).toBe(0);
  });

  it('gives nothing for an answer of another type or no answer', () => {
    expect(answerCredit({ type: 'single_choice', correct: 'b' }, { type: 'true_false', value: true })).toBe(0);
    expect(answerCredit({ type: 'single_choice', correct: 'b' }, null)).toBe(0);
  });

  it('gives partial credit for multiple response only when the key allows it', () => {
    const all = { type: 'multiple_response' as const, correct: ['a', 'c', 'd'], partialCredit: false };
    expect(answerCredit(all, { type: 'multiple_response', choices: ['d', 'c', 'a'] })).toBe(1);
    expect(answerCredit(all, { type: 'multiple_response', choices: ['a', 'c'] })).toBe(0);
    const partial = { ...all, partialCredit: true };
    expect(answerCredit(partial, { type: 'multiple_response', choices: ['a', 'c'] })).toBeCloseTo(2 / 3);
    expect(answerCredit(partial, { type: 'multiple_response', choices: ['a', 'b'] })).toBe(0);
  });

  it('scores matching by pairs', () => {
    const key = {
      type: 'matching' as const,
      pairs: [
        ['p1', 'r2'],
        ['p2', 'r1'],
      ] as [string, string][],
      partialCredit: true,
    };
    expect(
      answerCredit(key, {
        type: 'matching',
        pairs: [
          ['p2', 'r1'],
          ['p1', 'r2'],
        ],
      }),
    ).toBe(1);
    expect(
      answerCredit(key, {
        type: 'matching',
        pairs: [
          ['p1', 'r2'],
          ['p2', 'r3'],
        ],
      }),
    ).toBe(0.5);
    expect(answerCredit({ ...key, partialCredit: false }, { type: 'matching', pairs: [['p1', 'r2']] })).toBe(0);
  });

  it('matches short text after normalisation, Azerbaijani letters included', () => {
    const key = { type: 'short_text' as const, accepted: ['Elektron imza', 'ASAN İmza'] };
    expect(answerCredit(key, { type: 'short_text', text: '  asan   imza. ' })).toBe(1);
    expect(answerCredit(key, { type: 'short_text', text: 'ELEKTRON İMZA' })).toBe(1);
    expect(answerCredit(key, { type: 'short_text', text: 'imza' })).toBe(0);
    expect(normaliseShortText('İŞIQ')).toBe('işıq');
  });
});

describe('masteryLevel', () => {
  const rule = { threshold: 0.7, lowerLevelsRequired: true };

  it('takes the highest level mastered with every lower level mastered (hand-computed)', () => {
    // L1 3/3, L2 2/3 (0.67 < 0.7), L3 3/3 → level 1 under the default rule.
    const pts = [
      { level: 1, earned: 3, possible: 3 },
      { level: 2, earned: 2, possible: 3 },
      { level: 3, earned: 3, possible: 3 },
    ];
    expect(masteryLevel(pts, rule)).toBe(1);
    expect(masteryLevel(pts, { ...rule, lowerLevelsRequired: false })).toBe(3);
    expect(masteryLevel([{ level: 1, earned: 2.1, possible: 3 }], rule)).toBe(1);
  });

  it('returns 0 when nothing is mastered or nothing was measured', () => {
    expect(masteryLevel([], rule)).toBe(0);
    expect(masteryLevel([{ level: 1, earned: 1, possible: 3 }], rule)).toBe(0);
  });
});
