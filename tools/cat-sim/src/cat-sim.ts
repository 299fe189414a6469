/** Runs the three parts of the simulation, checks the goals and writes the result files. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { mulberry32 } from '@civics/psychometrics';
import { type AdaptiveRules, runAdaptiveArm } from './adaptive-arm.ts';
import { runCalibration } from './calibration-arm.ts';
import { ABILITY_CORRELATION, LEVEL_CUTS, competencyCodes, simulateBank, simulateExaminees } from './design.ts';
import { runFixedArm } from './fixed-arm.ts';
import { evaluateGoals } from './goals.ts';
import { parseOptions } from './options.ts';
import { renderHtml, renderMarkdown, type SimReport } from './report.ts';

/** Independent seeded streams, so that changing one part does not reshuffle the others. */
const stream = (seed: number, k: number) => mulberry32((Math.imul(seed + 1, 0x9e3779b1) + k * 0x85ebca6b) >>> 0);

export async function runCatSim(argv: readonly string[]): Promise<number> {
  const options = parseOptions(argv);
  const started = performance.now();
  const competencies = competencyCodes(options.competencies);
  const bank = simulateBank(competencies, options.itemsPerCompetency, stream(options.seed, 1));
  const examinees = simulateExaminees(options.examinees, competencies, stream(options.seed, 2));

  const rules: AdaptiveRules = {
    seTarget: options.seTarget,
    maxItems: options.maxItems,
    topK: options.topK,
    z: 1.96,
    maxExposureRate: options.maxExposure,
    exposureWarmUp: 100,
  };
  const adaptive = runAdaptiveArm(bank, competencies, examinees, rules, stream(options.seed, 3), stream(options.seed, 4));
  const fixed = runFixedArm(bank, competencies, examinees, stream(options.seed, 5));
  const calibrationItems = bank.filter((i) => i.competency === competencies[0]);
  const calibration = runCalibration(calibrationItems, options.calibrationRespondents, stream(options.seed, 6));
  const goals = evaluateGoals(adaptive, fixed, calibration);

  const report: SimReport = {
    command: `node tools/cat-sim/src/main.ts ${argv.join(' ')}`.trim(),
    options,
    design: {
      levelCuts: LEVEL_CUTS,
      abilityCorrelation: ABILITY_CORRELATION,
      itemA: [0.8, 2.0],
      itemB: [-2.5, 2.5],
      adaptiveRules: rules,
      fixedFormItemsPerCompetency: Math.ceil(options.itemsPerCompetency / 2),
      metric: 'logistic, D = 1',
    },
    adaptive,
    fixed,
    calibration,
    goals,
    seconds: (performance.now() - started) / 1000,
  };
  mkdirSync(options.out, { recursive: true });
  writeFileSync(join(options.out, 'cat-sim.json'), `${JSON.stringify(report, null, 2)}\n`);
  writeFileSync(join(options.out, 'cat-sim.md'), renderMarkdown(report));
  writeFileSync(join(options.out, 'cat-sim.html'), renderHtml(report));

  console.log(renderMarkdown(report));
  console.log(`Wrote ${join(options.out, 'cat-sim.{json,md,html}')} in ${report.seconds.toFixed(1)} s`);
  return goals.every((g) => g.pass) ? 0 : 1;
}
