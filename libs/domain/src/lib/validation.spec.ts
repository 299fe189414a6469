import { complianceIndex, gaps } from './compliance';
import { CompetencyRequirement } from './compliance.types';
import { DomainError, DomainErrorCode } from './domain-error';
import { resolveScaleSize, validateRequirements } from './validation';

const req = (competencyCode: string, requiredLevel: number, weight = 1): CompetencyRequirement => ({
  competencyCode,
  requiredLevel,
  weight,
  critical: false,
});

function codeOf(fn: () => unknown): DomainErrorCode | 'no error' | 'other error' {
  try {
    fn();
    return 'no error';
  } catch (error) {
    return error instanceof DomainError ? error.code : 'other error';
  }
}

describe('input validation', () => {
  it('rejects a negative weight', () => {
    expect(codeOf(() => complianceIndex([req('A', 2, -0.5)], {}))).toBe('NEGATIVE_WEIGHT');
  });

  it('rejects non-finite weights and levels', () => {
    expect(codeOf(() => gaps([req('A', 2, Number.NaN)], {}))).toBe('NON_FINITE_NUMBER');
    expect(codeOf(() => gaps([req('A', 2, Number.POSITIVE_INFINITY)], {}))).toBe('NON_FINITE_NUMBER');
    expect(codeOf(() => gaps([req('A', Number.NaN)], {}))).toBe('NON_FINITE_NUMBER');
    expect(codeOf(() => gaps([req('A', 2)], { A: Number.NEGATIVE_INFINITY }))).toBe('NON_FINITE_NUMBER');
  });

  it('rejects an achieved value that is not a number at all', () => {
    const bogus = { A: 'three' } as unknown as Record<string, number>;
    expect(codeOf(() => gaps([req('A', 2)], bogus))).toBe('NON_FINITE_NUMBER');
  });

  it('rejects levels outside 0..N', () => {
    expect(codeOf(() => gaps([req('A', 5)], {}))).toBe('LEVEL_OUT_OF_RANGE');
    expect(codeOf(() => gaps([req('A', -1)], {}))).toBe('LEVEL_OUT_OF_RANGE');
    expect(codeOf(() => gaps([req('A', 2)], { A: 5 }))).toBe('LEVEL_OUT_OF_RANGE');
    expect(codeOf(() => gaps([req('A', 2)], { A: 3 }, { scaleSize: 2 }))).toBe('LEVEL_OUT_OF_RANGE');
    expect(codeOf(() => gaps([req('A', 7)], { A: 10 }, { scaleSize: 10 }))).toBe('no error');
  });

  it('rejects fractional levels', () => {
    expect(codeOf(() => gaps([req('A', 2.5)], {}))).toBe('LEVEL_NOT_INTEGER');
    expect(codeOf(() => gaps([req('A', 2)], { A: 1.5 }))).toBe('LEVEL_NOT_INTEGER');
  });

  it('rejects an invalid scale size', () => {
    expect(codeOf(() => resolveScaleSize({ scaleSize: 0 }))).toBe('INVALID_SCALE_SIZE');
    expect(codeOf(() => resolveScaleSize({ scaleSize: 2.5 }))).toBe('INVALID_SCALE_SIZE');
    expect(codeOf(() => resolveScaleSize({ scaleSize: Number.NaN }))).toBe('NON_FINITE_NUMBER');
    expect(resolveScaleSize()).toBe(4);
    expect(resolveScaleSize({ scaleSize: 7 })).toBe(7);
  });

  it('rejects duplicate and blank competency codes', () => {
    expect(codeOf(() => validateRequirements([req('A', 1), req('A', 2)]))).toBe('DUPLICATE_COMPETENCY');
    expect(codeOf(() => validateRequirements([req('  ', 1)]))).toBe('INVALID_COMPETENCY_CODE');
  });

  it('carries the offending competency and field in the error details', () => {
    try {
      gaps([req('IS1', 2, -1)], {});
      throw new Error('expected a DomainError');
    } catch (error) {
      expect(error).toBeInstanceOf(DomainError);
      expect(error).toBeInstanceOf(Error);
      const domainError = error as DomainError;
      expect(domainError.name).toBe('DomainError');
      expect(domainError.details).toMatchObject({ field: 'weight', competencyCode: 'IS1', value: -1 });
    }
  });

  it('accepts a weight of 0', () => {
    expect(codeOf(() => validateRequirements([req('A', 1, 0)]))).toBe('no error');
  });
});
