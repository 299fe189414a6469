/**
 * The simulated world: item bank, levels and cuts, examinees and their required levels.
 *
 * - Levels 1..4 (Awareness, Practitioner, Advanced, Expert) with cuts θ = −1.5, −0.5, 0.5, 1.5 on
 *   every competency's scale (logistic metric, D = 1).
 * - Bank: per competency, items spread evenly over the 4 levels; a level-ℓ item has b ~ U over the
 *   ℓ-th quarter of [−2.5, 2.5] (so each cut lies inside its level's band) and a ~ U(0.8, 2.0).
 * - Examinees: correlated abilities θ_c = √ρ·g + √(1 − ρ)·e_c with ρ = 0.5 (a general digital
 *   competence factor g), so each θ_c ~ N(0, 1); the required level of each competency is uniform
 *   on 1..4 (as if from mixed position profiles).
 */
import type { BankItem, Rng } from '@civics/psychometrics';
import { normal, randomInt, uniform } from '@civics/psychometrics';

export const LEVEL_CUTS: readonly number[] = [-1.5, -0.5, 0.5, 1.5];
export const ABILITY_CORRELATION = 0.5;
const FRAMEWORK_CODES = ['DF1', 'DF2', 'DF3', 'ED1', 'ED2', 'ED3', 'IS1', 'IS2', 'IS3', 'EG1', 'EG2', 'EG3', 'PM1', 'PM2', 'PM3', 'PM4'];

export interface SimItem extends BankItem {
  readonly level: number;
}

export interface Examinee {
  readonly theta: Readonly<Record<string, number>>;
  readonly requiredLevel: Readonly<Record<string, number>>;
}

/** The seed framework's 16 codes when 16 are asked for, else C01, C02, … */
export function competencyCodes(count: number): string[] {
  if (count === FRAMEWORK_CODES.length) return [...FRAMEWORK_CODES];
  return Array.from({ length: count }, (_, i) => `C${String(i + 1).padStart(2, '0')}`);
}

export function simulateBank(competencies: readonly string[], itemsPerCompetency: number, rng: Rng): SimItem[] {
  const levels = LEVEL_CUTS.length;
  const width = 5 / levels;
  const items: SimItem[] = [];
  for (const competency of competencies) {
    for (let k = 0; k < itemsPerCompetency; k++) {
      const level = (k % levels) + 1;
      const lo = -2.5 + (level - 1) * width;
      items.push({
        id: `${competency}-${String(k + 1).padStart(2, '0')}`,
        competency,
        level,
        a: uniform(rng, 0.8, 2),
        b: uniform(rng, lo, lo + width),
      });
    }
  }
  return items;
}

export function simulateExaminees(n: number, competencies: readonly string[], rng: Rng): Examinee[] {
  const shared = Math.sqrt(ABILITY_CORRELATION);
  const own = Math.sqrt(1 - ABILITY_CORRELATION);
  return Array.from({ length: n }, () => {
    const g = normal(rng);
    const theta: Record<string, number> = {};
    const requiredLevel: Record<string, number> = {};
    for (const c of competencies) {
      theta[c] = shared * g + own * normal(rng);
      requiredLevel[c] = 1 + randomInt(rng, LEVEL_CUTS.length);
    }
    return { theta, requiredLevel };
  });
}

/** Cut θ of a level (1-based). */
export function cutOf(level: number): number {
  const cut = LEVEL_CUTS[level - 1];
  if (cut === undefined) throw new RangeError(`no cut for level ${level}`);
  return cut;
}
