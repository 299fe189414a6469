/**
 * 2PL calibration by marginal maximum likelihood with the EM algorithm of Bock & Aitkin (1981):
 * θ is integrated out over a fixed quadrature grid with a standard normal prior (which fixes the
 * scale); the E-step computes, for every item and node, the expected number of persons presented
 * the item (n̄) and answering it correctly (r̄); the M-step maximises each item's expected
 * log-likelihood in (a, b) by Newton–Raphson (Fisher scoring) with mild priors (log a ~ N(0, 0.5²),
 * b ~ N(0, 3²), as in BILOG's defaults) and hard bounds, so no parameter can run off to infinity on
 * a near-perfect item.
 */
import { normalQuadrature } from './quadrature';

/** Persons × items; 1 correct, 0 wrong, null not presented. */
export type ResponseMatrix = readonly (readonly (number | null)[])[];

export interface CalibrationOptions {
  /** Items with fewer responses are refused; default 100. */
  readonly minResponses?: number;
  /** Names used in errors and results; default the column index. */
  readonly itemIds?: readonly string[];
  readonly quadraturePoints?: number;
  readonly maxIterations?: number;
  /** EM stops when no parameter moves more than this; default 1e-4. */
  readonly tolerance?: number;
  readonly aBounds?: readonly [number, number];
  readonly bBounds?: readonly [number, number];
  /** SD of the normal prior on ln a; default 0.5; Infinity disables it. */
  readonly logASd?: number;
  /** SD of the normal prior on b; default 3; Infinity disables it. */
  readonly bSd?: number;
  /** Scaling constant of the resulting parameters; default 1 (logistic metric). */
  readonly D?: number;
}

export interface CalibratedItem {
  readonly index: number;
  readonly id: string;
  readonly a: number;
  readonly b: number;
  /** Number of responses used. */
  readonly n: number;
  /** Expected complete-data log-likelihood of the item at the final parameters (item fit). */
  readonly logLikelihood: number;
  /** Newton iterations of the item's last M-step. */
  readonly iterations: number;
  /** True when a parameter ended on a bound (the data did not pin it down). */
  readonly atBound: boolean;
}

export interface CalibrationResult {
  readonly items: CalibratedItem[];
  readonly converged: boolean;
  readonly iterations: number;
  /** Largest parameter change of the last EM cycle. */
  readonly maxChange: number;
  /** Marginal log-likelihood of the data at the final parameters. */
  readonly logLikelihood: number;
  readonly persons: number;
}

export type CalibrationRefusal = 'too-few-responses' | 'constant-responses';

/** Thrown when some items cannot be calibrated; names them all at once. */
export class CalibrationError extends Error {
  override readonly name = 'CalibrationError';
  readonly items: readonly { readonly index: number; readonly id: string; readonly reason: CalibrationRefusal; readonly n: number }[];
  constructor(items: CalibrationError['items']) {
    super(`Cannot calibrate: ${items.map((i) => `${i.id} (${i.reason}, n=${i.n})`).join(', ')}`);
    this.items = items;
  }
}

const softplus = (x: number) => (x > 0 ? x + Math.log1p(Math.exp(-x)) : Math.log1p(Math.exp(x)));
const clamp = (x: number, [lo, hi]: readonly [number, number]) => Math.min(hi, Math.max(lo, x));

interface ItemFitStep {
  a: number;
  b: number;
  iterations: number;
  logLikelihood: number;
}

interface MStepSettings {
  readonly nodes: readonly number[];
  readonly d: number;
  readonly aBounds: readonly [number, number];
  readonly bBounds: readonly [number, number];
  readonly logASd: number;
  readonly bSd: number;
}

/** Expected log-likelihood of one item (without priors) at (a, b). */
function itemLogLikelihood(a: number, b: number, r: Float64Array, n: Float64Array, offset: number, s: MStepSettings): number {
  let ll = 0;
  for (let q = 0; q < s.nodes.length; q++) {
    const z = s.d * a * ((s.nodes[q] as number) - b);
    const rq = r[offset + q] as number;
    ll -= rq * softplus(-z) + ((n[offset + q] as number) - rq) * softplus(z);
  }
  return ll;
}

function logPrior(a: number, b: number, s: MStepSettings): number {
  let lp = 0;
  if (Number.isFinite(s.logASd)) lp -= Math.log(a) ** 2 / (2 * s.logASd ** 2);
  if (Number.isFinite(s.bSd)) lp -= (b * b) / (2 * s.bSd ** 2);
  return lp;
}

/** M-step for one item: Fisher scoring on (a, b) with step halving and projection on the bounds. */
function maximiseItem(a0: number, b0: number, r: Float64Array, n: Float64Array, offset: number, s: MStepSettings): ItemFitStep {
  let a = a0;
  let b = b0;
  let objective = itemLogLikelihood(a, b, r, n, offset, s) + logPrior(a, b, s);
  let iterations = 0;
  for (; iterations < 25; iterations++) {
    let ga = 0;
    let gb = 0;
    let haa = -1e-8;
    let hab = 0;
    let hbb = -1e-8;
    for (let q = 0; q < s.nodes.length; q++) {
      const t = (s.nodes[q] as number) - b;
      const p = 1 / (1 + Math.exp(-s.d * a * t));
      const nq = n[offset + q] as number;
      const resid = (r[offset + q] as number) - nq * p;
      const w = nq * p * (1 - p) * s.d * s.d;
      ga += s.d * t * resid;
      gb -= s.d * a * resid;
      haa -= w * t * t;
      hab += w * a * t;
      hbb -= w * a * a;
    }
    if (Number.isFinite(s.logASd)) {
      ga -= Math.log(a) / (a * s.logASd ** 2);
      haa -= 1 / (a * a * s.logASd ** 2);
    }
    if (Number.isFinite(s.bSd)) {
      gb -= b / s.bSd ** 2;
      hbb -= 1 / s.bSd ** 2;
    }
    const det = haa * hbb - hab * hab;
    // Newton step −H⁻¹g; H is negative definite by construction, det > 0 barring round-off.
    let da = det > 0 ? -(hbb * ga - hab * gb) / det : 0.01 * Math.sign(ga);
    let db = det > 0 ? -(-hab * ga + haa * gb) / det : 0.01 * Math.sign(gb);
    if (!Number.isFinite(da) || !Number.isFinite(db)) break;
    da = Math.max(-0.5, Math.min(0.5, da));
    db = Math.max(-1, Math.min(1, db));
    let improved = false;
    for (let half = 0; half < 12; half++) {
      const na = clamp(a + da, s.aBounds);
      const nb = clamp(b + db, s.bBounds);
      const value = itemLogLikelihood(na, nb, r, n, offset, s) + logPrior(na, nb, s);
      if (Number.isFinite(value) && value >= objective - 1e-12) {
        const moved = Math.max(Math.abs(na - a), Math.abs(nb - b));
        a = na;
        b = nb;
        objective = value;
        improved = moved >= 1e-7;
        break;
      }
      da /= 2;
      db /= 2;
    }
    if (!improved) break;
  }
  return { a, b, iterations, logLikelihood: itemLogLikelihood(a, b, r, n, offset, s) };
}

/** Calibrates every column of the matrix under the 2PL. Throws CalibrationError for unusable items. */
export function calibrate2pl(responses: ResponseMatrix, options: CalibrationOptions = {}): CalibrationResult {
  const persons = responses.length;
  const items = persons === 0 ? 0 : Math.max(...responses.map((r) => r.length));
  const ids = Array.from({ length: items }, (_, j) => options.itemIds?.[j] ?? String(j));
  const minResponses = options.minResponses ?? 100;

  // Index each person's presented items once; validate scores.
  const counts = new Float64Array(items);
  const corrects = new Float64Array(items);
  const personItems: Int32Array[] = [];
  const personScores: Uint8Array[] = [];
  for (const row of responses) {
    const js: number[] = [];
    const us: number[] = [];
    row.forEach((x, j) => {
      if (x === null || x === undefined) return;
      if (x !== 0 && x !== 1) throw new RangeError(`calibrate2pl: score ${x} of item ${ids[j]} is not 0, 1 or null`);
      js.push(j);
      us.push(x);
      counts[j] = (counts[j] as number) + 1;
      corrects[j] = (corrects[j] as number) + x;
    });
    personItems.push(Int32Array.from(js));
    personScores.push(Uint8Array.from(us));
  }
  const refused: CalibrationError['items'][number][] = [];
  for (let j = 0; j < items; j++) {
    const n = counts[j] as number;
    const id = ids[j] as string;
    if (n < minResponses) refused.push({ index: j, id, reason: 'too-few-responses', n });
    else if (corrects[j] === 0 || corrects[j] === n) refused.push({ index: j, id, reason: 'constant-responses', n });
  }
  if (refused.length > 0) throw new CalibrationError(refused);

  const settings: MStepSettings = {
    nodes: [],
    d: options.D ?? 1,
    aBounds: options.aBounds ?? [0.2, 4],
    bBounds: options.bBounds ?? [-4, 4],
    logASd: options.logASd ?? 0.5,
    bSd: options.bSd ?? 3,
  };
  const grid = normalQuadrature({ points: options.quadraturePoints ?? 41, min: -4, max: 4 });
  const nodes = grid.nodes;
  const s: MStepSettings = { ...settings, nodes };
  const Q = nodes.length;
  const prior = Float64Array.from(grid.weights);

  // Start values: a = 1 and b from the logit of p (≈ 1.2·logit under a N(0,1) population).
  const a = new Float64Array(items).fill(1);
  const b = new Float64Array(items);
  for (let j = 0; j < items; j++) {
    const p = Math.min(0.99, Math.max(0.01, (corrects[j] as number) / (counts[j] as number)));
    b[j] = clamp(-1.2 * Math.log(p / (1 - p)), s.bBounds);
  }

  const logP = new Float64Array(items * Q);
  const logQ = new Float64Array(items * Q);
  const rBar = new Float64Array(items * Q);
  const nBar = new Float64Array(items * Q);
  const ll = new Float64Array(Q);
  const fits: ItemFitStep[] = [];
  const maxIterations = options.maxIterations ?? 500;
  const tolerance = options.tolerance ?? 1e-4;
  let iterations = 0;
  let converged = false;
  let maxChange = Infinity;
  let marginal = 0;

  const eStep = () => {
    for (let j = 0; j < items; j++) {
      for (let q = 0; q < Q; q++) {
        const z = s.d * (a[j] as number) * ((nodes[q] as number) - (b[j] as number));
        logP[j * Q + q] = -softplus(-z);
        logQ[j * Q + q] = -softplus(z);
      }
    }
    rBar.fill(0);
    nBar.fill(0);
    marginal = 0;
    for (let i = 0; i < persons; i++) {
      const js = personItems[i] as Int32Array;
      const us = personScores[i] as Uint8Array;
      if (js.length === 0) continue;
      ll.fill(0);
      for (let k = 0; k < js.length; k++) {
        const base = (js[k] as number) * Q;
        const table = us[k] === 1 ? logP : logQ;
        for (let q = 0; q < Q; q++) ll[q] = (ll[q] as number) + (table[base + q] as number);
      }
      let top = -Infinity;
      for (let q = 0; q < Q; q++) if ((ll[q] as number) > top) top = ll[q] as number;
      let total = 0;
      for (let q = 0; q < Q; q++) {
        const w = (prior[q] as number) * Math.exp((ll[q] as number) - top);
        ll[q] = w;
        total += w;
      }
      marginal += Math.log(total) + top;
      for (let q = 0; q < Q; q++) ll[q] = (ll[q] as number) / total;
      for (let k = 0; k < js.length; k++) {
        const base = (js[k] as number) * Q;
        const correct = us[k] === 1;
        for (let q = 0; q < Q; q++) {
          const w = ll[q] as number;
          nBar[base + q] = (nBar[base + q] as number) + w;
          if (correct) rBar[base + q] = (rBar[base + q] as number) + w;
        }
      }
    }
  };

  while (iterations < maxIterations) {
    iterations++;
    eStep();
    maxChange = 0;
    for (let j = 0; j < items; j++) {
      const fit = maximiseItem(a[j] as number, b[j] as number, rBar, nBar, j * Q, s);
      // Guard: a non-finite result (should not happen) keeps the previous values.
      if (Number.isFinite(fit.a) && Number.isFinite(fit.b)) {
        maxChange = Math.max(maxChange, Math.abs(fit.a - (a[j] as number)), Math.abs(fit.b - (b[j] as number)));
        a[j] = fit.a;
        b[j] = fit.b;
      }
      fits[j] = fit;
    }
    if (maxChange < tolerance) {
      converged = true;
      break;
    }
  }
  eStep(); // marginal log-likelihood and item fit at the final parameters

  const result: CalibratedItem[] = [];
  for (let j = 0; j < items; j++) {
    const aj = a[j] as number;
    const bj = b[j] as number;
    result.push({
      index: j,
      id: ids[j] as string,
      a: aj,
      b: bj,
      n: counts[j] as number,
      logLikelihood: itemLogLikelihood(aj, bj, rBar, nBar, j * Q, s),
      iterations: fits[j]?.iterations ?? 0,
      atBound: aj <= s.aBounds[0] || aj >= s.aBounds[1] || bj <= s.bBounds[0] || bj >= s.bBounds[1],
    });
  }
  return { items: result, converged, iterations, maxChange, logLikelihood: marginal, persons };
}
