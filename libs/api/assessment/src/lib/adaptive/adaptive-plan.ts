import { AdaptiveSettingsSchema, type MethodologyDetail } from '@civics/contracts';
import { answerCredit, levelCuts, startingIrtParameters } from '@civics/domain';
import {
  type AdaptiveConfig,
  type AdaptiveState,
  type BankItem,
  createAdaptiveState,
  mulberry32,
  recordAdaptiveResponse,
  type Rng,
} from '@civics/psychometrics';
import type { Answer } from '@civics/contracts';
import type { ItemEntity } from '@civics/api-item-bank';
import type { AssessmentTemplateEntity } from '../entities';
import { blueprintCompetencies } from '../blueprint-competencies';

/** Randomesque exposure control: the next item is drawn among the k most informative. */
const TOP_K = 5;

export interface AdaptivePlan {
  readonly config: AdaptiveConfig;
  /** θ cut of each level (index ℓ − 1) of the version's scale. */
  readonly cuts: readonly number[];
}

/**
 * The engine's configuration for one attempt: each competency stops by the template's item cap and
 * SE target, or as soon as the 95% interval of θ̂ leaves the cut of the level the position requires.
 */
export function adaptivePlan(template: AssessmentTemplateEntity, version: MethodologyDetail, positionCode: string | null): AdaptivePlan {
  const settings = AdaptiveSettingsSchema.parse(template.adaptive ?? {});
  const cuts = levelCuts(version.content.scale.length, version.content.scoringRule.irtCuts);
  const competencies = blueprintCompetencies(template, version, positionCode).map((c) => ({
    competency: c.code,
    maxItems: settings.itemCap,
    minItems: settings.minItems,
    seTarget: settings.seTarget,
    ...(c.required && c.required > 0 ? { cut: cuts[Math.min(cuts.length, c.required) - 1] } : {}),
  }));
  return { config: { competencies, topK: TOP_K }, cuts };
}

/** The engine's view of an item version: its calibrated parameters, or the starting ones of its level. */
export function bankItemOf(item: ItemEntity, cuts: readonly number[]): BankItem {
  const p = item.irt ?? startingIrtParameters(item.level, cuts);
  return { id: item.id, competency: item.competencyCode, a: p.a, b: p.b, c: p.c };
}

/** Full credit counts as correct for the dichotomous IRT models. */
export function isCorrect(credit: number): boolean {
  return credit >= 1 - 1e-9;
}

export function creditOf(item: ItemEntity, answer: Answer | null): number {
  return item.content.key ? answerCredit(item.content.key, answer) : 0;
}

/** Rebuilds the engine state from the scored steps, in order (the trail makes every decision reproducible). */
export function replay(plan: AdaptivePlan, steps: readonly { item: ItemEntity; credit: number }[]): AdaptiveState {
  const state = createAdaptiveState(plan.config);
  for (const s of steps) {
    if (!state.competencies.has(s.item.competencyCode)) continue;
    recordAdaptiveResponse(state, bankItemOf(s.item, plan.cuts), isCorrect(s.credit));
  }
  return state;
}

/** The choice at a position depends only on the attempt's seed and the position, so a retry chooses the same item. */
export function stepRng(seed: number, position: number): Rng {
  return mulberry32((seed ^ Math.imul(position + 1, 0x9e3779b1)) >>> 0);
}
