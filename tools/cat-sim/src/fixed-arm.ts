/**
 * Arm (b): a fixed form from the same bank: per competency, the items sorted by difficulty and every
 * second one taken (half the competency's items, 20 of 40), so the form spans the whole θ range as
 * an attestation blueprint would. Scored by EAP like the adaptive arm.
 */
import type { Rng, ScoredResponse } from '@civics/psychometrics';
import { estimateEap, simulateResponse } from '@civics/psychometrics';
import { type Examinee, type SimItem, cutOf } from './design.ts';
import { type ArmSummary, type Outcome, summarise } from './metrics.ts';

export function assembleFixedForm(bank: readonly SimItem[], competencies: readonly string[]): Map<string, SimItem[]> {
  return new Map(
    competencies.map((c) => [
      c,
      bank
        .filter((i) => i.competency === c)
        .sort((x, y) => x.b - y.b)
        .filter((_, k) => k % 2 === 0),
    ]),
  );
}

export function runFixedArm(
  bank: readonly SimItem[],
  competencies: readonly string[],
  examinees: readonly Examinee[],
  responseRng: Rng,
): ArmSummary {
  const form = assembleFixedForm(bank, competencies);
  const exposure = new Map<string, number>(bank.map((i) => [i.id, 0]));
  const outcomes: Outcome[] = [];
  for (const examinee of examinees) {
    for (const c of competencies) {
      const items = form.get(c) ?? [];
      const theta = examinee.theta[c] ?? 0;
      const responses: ScoredResponse[] = items.map((item) => {
        exposure.set(item.id, (exposure.get(item.id) ?? 0) + 1);
        return { item, correct: simulateResponse(theta, item, responseRng) === 1 };
      });
      const e = estimateEap(responses);
      outcomes.push({ trueTheta: theta, estimate: e.theta, se: e.se, cut: cutOf(examinee.requiredLevel[c] ?? 1), items: items.length });
    }
  }
  return summarise('fixed', outcomes, examinees.length, exposure, bank.length);
}
