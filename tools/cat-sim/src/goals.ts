/** The acceptance goals of the simulation (issue "Adaptive diagnostics and psychometrics"). */
import type { CalibrationSummary } from './calibration-arm.ts';
import type { ArmSummary } from './metrics.ts';

export interface Goal {
  readonly name: string;
  readonly pass: boolean;
  readonly detail: string;
}

export const MAX_ITEM_SHARE = 0.55;
export const MAX_EXPOSURE = 0.3;
export const MAX_RMSE_B = 0.15;
export const MAX_RMSE_A = 0.2;

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;

export function evaluateGoals(adaptive: ArmSummary, fixed: ArmSummary, calibration: CalibrationSummary): Goal[] {
  const share = adaptive.meanItems / fixed.meanItems;
  return [
    {
      name: `adaptive accuracy ≥ fixed accuracy with ≤ ${pct(MAX_ITEM_SHARE)} of its items`,
      pass: adaptive.classificationAccuracy >= fixed.classificationAccuracy && share <= MAX_ITEM_SHARE,
      detail: `accuracy ${(100 * adaptive.classificationAccuracy).toFixed(2)}% vs ${(100 * fixed.classificationAccuracy).toFixed(2)}%; items ${adaptive.meanItems.toFixed(1)} vs ${fixed.meanItems.toFixed(1)} (${pct(share)})`,
    },
    {
      name: `no item used by more than ${pct(MAX_EXPOSURE)} of examinees (adaptive)`,
      pass: adaptive.maxExposureRate <= MAX_EXPOSURE,
      detail: `maximum exposure ${pct(adaptive.maxExposureRate)}`,
    },
    {
      name: `calibration RMSE b ≤ ${MAX_RMSE_B}`,
      pass: calibration.rmseB <= MAX_RMSE_B,
      detail: `RMSE b = ${calibration.rmseB.toFixed(3)}`,
    },
    {
      name: `calibration RMSE a ≤ ${MAX_RMSE_A}`,
      pass: calibration.rmseA <= MAX_RMSE_A,
      detail: `RMSE a = ${calibration.rmseA.toFixed(3)}`,
    },
  ];
}
