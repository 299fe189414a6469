/**
 * Stopping rules for one competency of an adaptive test, and the IRT level rule (DESIGN.md §5).
 */
import type { ThetaEstimate } from './eap';

export interface StoppingRule {
  /** Stop when SE ≤ this. */
  readonly seTarget?: number;
  /** Stop after this many items. */
  readonly maxItems?: number;
  /** Never stop (except at maxItems) before this many items; default 1. */
  readonly minItems?: number;
  /** Cut θ of the required level: stop when the interval θ̂ ± z·SE no longer contains it. */
  readonly cut?: number;
  /** Half-width multiplier of the interval; default 1.96 (95%). */
  readonly z?: number;
}

export type StopReason = 'classification' | 'se-target' | 'item-cap';
export type Classification = 'above' | 'below' | 'undecided';

/** Whether θ̂ ± z·SE lies entirely at or above the cut, entirely below it, or straddles it. */
export function classifyAgainstCut(estimate: ThetaEstimate, cut: number, z = 1.96): Classification {
  if (estimate.theta - z * estimate.se >= cut) return 'above';
  if (estimate.theta + z * estimate.se < cut) return 'below';
  return 'undecided';
}

/** Why a competency should stop now, or null to continue. Item cap is checked first. */
export function stoppingReason(estimate: ThetaEstimate, itemsUsed: number, rule: StoppingRule): StopReason | null {
  if (rule.maxItems !== undefined && itemsUsed >= rule.maxItems) return 'item-cap';
  if (itemsUsed < (rule.minItems ?? 1)) return null;
  if (rule.cut !== undefined && classifyAgainstCut(estimate, rule.cut, rule.z) !== 'undecided') return 'classification';
  if (rule.seTarget !== undefined && estimate.se <= rule.seTarget) return 'se-target';
  return null;
}

/**
 * IRT level rule: the highest level ℓ (1-based) with θ̂ ≥ θ_ℓ, or 0 when below every cut.
 * `cuts[ℓ − 1]` is the cut of level ℓ; cuts must be strictly increasing.
 */
export function achievedLevel(theta: number, cuts: readonly number[]): number {
  for (let i = 1; i < cuts.length; i++) {
    if (!((cuts[i] as number) > (cuts[i - 1] as number))) throw new RangeError('achievedLevel: cuts must be strictly increasing');
  }
  let level = 0;
  for (let i = 0; i < cuts.length; i++) if (theta >= (cuts[i] as number)) level = i + 1;
  return level;
}
