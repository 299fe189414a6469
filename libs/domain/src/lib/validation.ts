import { DomainError } from './domain-error';
import { AchievedLevels, CompetencyRequirement, DEFAULT_SCALE_SIZE, ScaleOptions } from './compliance.types';

/** Throws `NON_FINITE_NUMBER` unless `value` is a finite number. */
export function assertFiniteNumber(value: number, field: string, details: Record<string, unknown> = {}): void {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new DomainError('NON_FINITE_NUMBER', `${field} must be a finite number, got ${String(value)}`, {
      field,
      value,
      ...details,
    });
  }
}

/** Validates and returns the scale size N (whole number ≥ 1); default {@link DEFAULT_SCALE_SIZE}. */
export function resolveScaleSize(options: ScaleOptions = {}): number {
  const n = options.scaleSize ?? DEFAULT_SCALE_SIZE;
  assertFiniteNumber(n, 'scaleSize');
  if (!Number.isInteger(n) || n < 1) {
    throw new DomainError('INVALID_SCALE_SIZE', `scaleSize must be a whole number >= 1, got ${n}`, {
      field: 'scaleSize',
      value: n,
    });
  }
  return n;
}

/**
 * Throws unless `level` is a whole number in 0..scaleSize
 * (`NON_FINITE_NUMBER`, `LEVEL_NOT_INTEGER` or `LEVEL_OUT_OF_RANGE`).
 */
export function assertLevel(level: number, scaleSize: number, field: string, details: Record<string, unknown> = {}): void {
  assertFiniteNumber(level, field, details);
  if (!Number.isInteger(level)) {
    throw new DomainError('LEVEL_NOT_INTEGER', `${field} must be a whole number, got ${level}`, {
      field,
      value: level,
      ...details,
    });
  }
  if (level < 0 || level > scaleSize) {
    throw new DomainError('LEVEL_OUT_OF_RANGE', `${field} must be within 0..${scaleSize}, got ${level}`, {
      field,
      value: level,
      scaleSize,
      ...details,
    });
  }
}

/** Throws unless `weight` is a finite number ≥ 0 (`NON_FINITE_NUMBER` or `NEGATIVE_WEIGHT`). */
export function assertWeight(weight: number, details: Record<string, unknown> = {}): void {
  assertFiniteNumber(weight, 'weight', details);
  if (weight < 0) {
    throw new DomainError('NEGATIVE_WEIGHT', `weight must be >= 0, got ${weight}`, {
      field: 'weight',
      value: weight,
      ...details,
    });
  }
}

/**
 * Validates a position profile's requirements against a scale of size N:
 * non-blank unique codes, levels 0..N, weights ≥ 0, all numbers finite.
 */
export function validateRequirements(requirements: readonly CompetencyRequirement[], options: ScaleOptions = {}): void {
  const n = resolveScaleSize(options);
  const seen = new Set<string>();
  for (const req of requirements) {
    const code = req.competencyCode;
    if (typeof code !== 'string' || code.trim() === '') {
      throw new DomainError('INVALID_COMPETENCY_CODE', 'competencyCode must be a non-empty string', {
        field: 'competencyCode',
        value: code,
      });
    }
    if (seen.has(code)) {
      throw new DomainError('DUPLICATE_COMPETENCY', `competency ${code} is required twice`, {
        field: 'competencyCode',
        competencyCode: code,
      });
    }
    seen.add(code);
    assertLevel(req.requiredLevel, n, 'requiredLevel', { competencyCode: code });
    assertWeight(req.weight, { competencyCode: code });
  }
}

/** Validates every achieved level (whole numbers in 0..N, finite). */
export function validateAchievedLevels(achieved: AchievedLevels, options: ScaleOptions = {}): void {
  const n = resolveScaleSize(options);
  for (const [code, level] of Object.entries(achieved)) {
    assertLevel(level, n, 'achievedLevel', { competencyCode: code });
  }
}
