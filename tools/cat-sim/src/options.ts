/** Command-line options of the simulation, with the documented defaults. */
import { parseArgs } from 'node:util';

export interface SimOptions {
  readonly examinees: number;
  readonly competencies: number;
  readonly itemsPerCompetency: number;
  readonly seed: number;
  readonly calibrationRespondents: number;
  readonly out: string;
  /** Adaptive rules (defaults: cap 16, randomesque top-5, SE target 0.3, exposure ceiling 0.3). */
  readonly maxItems: number;
  readonly topK: number;
  readonly seTarget: number;
  readonly maxExposure: number;
}

export function parseOptions(argv: readonly string[]): SimOptions {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      examinees: { type: 'string', default: '2000' },
      competencies: { type: 'string', default: '16' },
      'items-per-competency': { type: 'string', default: '40' },
      seed: { type: 'string', default: '1' },
      'calibration-respondents': { type: 'string', default: '2000' },
      out: { type: 'string', default: 'tools/cat-sim/results' },
      'max-items': { type: 'string', default: '16' },
      'top-k': { type: 'string', default: '5' },
      'se-target': { type: 'string', default: '0.3' },
      'max-exposure': { type: 'string', default: '0.3' },
    },
  });
  const int = (name: string, raw: string | undefined, min: number) => {
    const n = Number(raw);
    if (!Number.isInteger(n) || n < min) throw new RangeError(`--${name} must be an integer ≥ ${min}, got ${raw}`);
    return n;
  };
  const positive = (name: string, raw: string | undefined) => {
    const x = Number(raw);
    if (!(x > 0)) throw new RangeError(`--${name} must be a positive number, got ${raw}`);
    return x;
  };
  return {
    examinees: int('examinees', values.examinees, 1),
    competencies: int('competencies', values.competencies, 1),
    itemsPerCompetency: int('items-per-competency', values['items-per-competency'], 20),
    seed: int('seed', values.seed, 0),
    calibrationRespondents: int('calibration-respondents', values['calibration-respondents'], 100),
    out: values.out ?? 'tools/cat-sim/results',
    maxItems: int('max-items', values['max-items'], 1),
    topK: int('top-k', values['top-k'], 1),
    seTarget: positive('se-target', values['se-target']),
    maxExposure: positive('max-exposure', values['max-exposure']),
  };
}
