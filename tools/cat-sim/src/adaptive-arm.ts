/**
 * Arm (a): the adaptive engine of the library. Per competency: classification stop against the
 * required level's cut (95% interval), SE target 0.3, cap 16 items (with 12 the adaptive accuracy
 * only ties the fixed form's: see README); randomesque top-5; content
 * balancing with equal target shares; EAP scoring (61 points on [−4, 4], N(0, 1) prior); exposure
 * ceiling 30% (restricted maximum information) on the running exposure rate, whose denominator is
 * floored at 100 examinees so that the first examinees are not starved of items.
 */
import type { BankItem, Rng } from '@civics/psychometrics';
import { createAdaptiveState, nextAdaptiveItem, recordAdaptiveResponse, simulateResponse } from '@civics/psychometrics';
import { type Examinee, type SimItem, cutOf } from './design.ts';
import { type ArmSummary, type Outcome, summarise } from './metrics.ts';

export interface AdaptiveRules {
  readonly seTarget: number;
  readonly maxItems: number;
  readonly topK: number;
  readonly z: number;
  readonly maxExposureRate: number;
  readonly exposureWarmUp: number;
}

export function runAdaptiveArm(
  bank: readonly SimItem[],
  competencies: readonly string[],
  examinees: readonly Examinee[],
  rules: AdaptiveRules,
  selectionRng: Rng,
  responseRng: Rng,
): ArmSummary {
  const byCompetency = new Map<string, BankItem[]>(competencies.map((c) => [c, bank.filter((i) => i.competency === c)]));
  const exposure = new Map<string, number>(bank.map((i) => [i.id, 0]));
  const outcomes: Outcome[] = [];
  const stopReasons: Record<string, number> = {};
  const warmUp = Math.min(rules.exposureWarmUp, examinees.length);
  for (const [index, examinee] of examinees.entries()) {
    const ceiling = { counts: exposure, examinees: Math.max(index + 1, warmUp), maxRate: rules.maxExposureRate };
    const state = createAdaptiveState({
      topK: rules.topK,
      competencies: competencies.map((competency) => ({
        competency,
        cut: cutOf(examinee.requiredLevel[competency] ?? 1),
        seTarget: rules.seTarget,
        maxItems: rules.maxItems,
        z: rules.z,
      })),
    });
    const next = () => nextAdaptiveItem(state, byCompetency, selectionRng, ceiling);
    for (let item = next(); item; item = next()) {
      exposure.set(item.id, (exposure.get(item.id) ?? 0) + 1);
      recordAdaptiveResponse(state, item, simulateResponse(examinee.theta[item.competency] ?? 0, item, responseRng) === 1);
    }
    for (const c of competencies) {
      const s = state.competencies.get(c);
      if (!s) continue;
      const reason = s.stopReason ?? 'none';
      stopReasons[reason] = (stopReasons[reason] ?? 0) + 1;
      outcomes.push({
        trueTheta: examinee.theta[c] ?? 0,
        estimate: s.estimate.theta,
        se: s.estimate.se,
        cut: cutOf(examinee.requiredLevel[c] ?? 1),
        items: s.itemsUsed,
      });
    }
  }
  return summarise('adaptive', outcomes, examinees.length, exposure, bank.length, stopReasons);
}
