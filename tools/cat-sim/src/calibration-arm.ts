/**
 * Calibration recovery: responses of N(0, 1) respondents to one competency's items (complete data,
 * known parameters), calibrated by the library's 2PL MML/EM; RMSE of a and b against the truth.
 */
import type { Rng } from '@civics/psychometrics';
import { calibrate2pl, simulateResponseMatrix, simulateThetas } from '@civics/psychometrics';
import type { SimItem } from './design.ts';

export interface CalibrationSummary {
  readonly respondents: number;
  readonly items: number;
  readonly rmseA: number;
  readonly rmseB: number;
  readonly converged: boolean;
  readonly iterations: number;
  readonly seconds: number;
  readonly pairs: readonly { readonly id: string; readonly a: number; readonly b: number; readonly aHat: number; readonly bHat: number }[];
}

export function runCalibration(items: readonly SimItem[], respondents: number, rng: Rng): CalibrationSummary {
  const responses = simulateResponseMatrix(simulateThetas(respondents, rng), items, rng);
  const started = performance.now();
  const result = calibrate2pl(responses, { itemIds: items.map((i) => i.id) });
  const seconds = (performance.now() - started) / 1000;
  const pairs = items.map((item, j) => {
    const fit = result.items[j];
    return { id: item.id, a: item.a, b: item.b, aHat: fit?.a ?? NaN, bHat: fit?.b ?? NaN };
  });
  const rmse = (f: (p: (typeof pairs)[number]) => number) => Math.sqrt(pairs.reduce((s, p) => s + f(p) ** 2, 0) / pairs.length);
  return {
    respondents,
    items: items.length,
    rmseA: rmse((p) => p.aHat - p.a),
    rmseB: rmse((p) => p.bHat - p.b),
    converged: result.converged,
    iterations: result.iterations,
    seconds,
    pairs,
  };
}
