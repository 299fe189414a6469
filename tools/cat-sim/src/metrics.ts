/** Summary figures of one arm (adaptive or fixed) of the simulation. */
import { achievedLevel } from '@civics/psychometrics';
import { LEVEL_CUTS } from './design.ts';

/** One examinee × competency outcome. */
export interface Outcome {
  readonly trueTheta: number;
  readonly estimate: number;
  readonly se: number;
  readonly cut: number;
  readonly items: number;
}

export interface ArmSummary {
  readonly arm: string;
  /** Items per examinee over all competencies. */
  readonly meanItems: number;
  readonly meanItemsPerCompetency: number;
  readonly rmseTheta: number;
  readonly meanSe: number;
  /** Share of examinee × competency cases where (θ̂ ≥ cut) agrees with (θ ≥ cut) for the required level. */
  readonly classificationAccuracy: number;
  /** Share of cases where the achieved level (IRT level rule) equals the true level. */
  readonly levelAccuracy: number;
  readonly maxExposureRate: number;
  readonly meanExposureRate: number;
  readonly stopReasons?: Readonly<Record<string, number>>;
}

export function summarise(
  arm: string,
  outcomes: readonly Outcome[],
  examinees: number,
  exposure: ReadonlyMap<string, number>,
  bankSize: number,
  stopReasons?: Record<string, number>,
): ArmSummary {
  const n = outcomes.length;
  let items = 0;
  let se = 0;
  let sq = 0;
  let agree = 0;
  let levelAgree = 0;
  for (const o of outcomes) {
    items += o.items;
    se += o.se;
    sq += (o.estimate - o.trueTheta) ** 2;
    if (o.estimate >= o.cut === o.trueTheta >= o.cut) agree++;
    if (achievedLevel(o.estimate, LEVEL_CUTS) === achievedLevel(o.trueTheta, LEVEL_CUTS)) levelAgree++;
  }
  const counts = [...exposure.values()];
  return {
    arm,
    meanItems: items / examinees,
    meanItemsPerCompetency: items / n,
    rmseTheta: Math.sqrt(sq / n),
    meanSe: se / n,
    classificationAccuracy: agree / n,
    levelAccuracy: levelAgree / n,
    maxExposureRate: Math.max(0, ...counts) / examinees,
    meanExposureRate: counts.reduce((s, c) => s + c, 0) / examinees / bankSize,
    ...(stopReasons ? { stopReasons } : {}),
  };
}
