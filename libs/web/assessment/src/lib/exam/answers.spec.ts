import { isAnswered, moved, parseDecimal } from './answers';

describe('answers', () => {
  it('treats empty selections and blank texts as unanswered', () => {
    expect(isAnswered(null)).toBe(false);
    expect(isAnswered({ type: 'multiple_response', choices: [] })).toBe(false);
    expect(isAnswered({ type: 'short_text', text: '  ' })).toBe(false);
    expect(isAnswered({ type: 'true_false', value: false })).toBe(true);
    expect(isAnswered({ type: 'numeric', value: 0 })).toBe(true);
  });

  it('moves an element up or down, clamped at the ends', () => {
    expect(moved(['a', 'b', 'c'], 2, -1)).toEqual(['a', 'c', 'b']);
    expect(moved(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
    expect(moved(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
  });

  it('reads decimals with a comma or a point', () => {
    expect(parseDecimal('3,5')).toBe(3.5);
    expect(parseDecimal(' 12 ')).toBe(12);
    expect(parseDecimal('-0.25')).toBe(-0.25);
    expect(parseDecimal('12a')).toBeNull();
    expect(parseDecimal('')).toBeNull();
  });
});
