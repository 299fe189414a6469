/**
 * Incremental state of a multi-competency adaptive test: one EAP posterior per competency,
 * updated one response at a time (no rescoring of the whole pattern), content balancing across
 * the competencies still running, and the stopping rules per competency.
 */
import { type EapOptions, type ThetaEstimate, addResponseToLogLikelihood, emptyLogLikelihood, summarisePosterior } from './eap';
import { type BankItem, type ExposureCeiling, selectCompetency, selectMaxInformationItem } from './item-selection';
import { DEFAULT_GRID } from './quadrature';
import type { Rng } from './random';
import { type StopReason, type StoppingRule, stoppingReason } from './stopping';

export interface AdaptiveCompetencyConfig extends StoppingRule {
  readonly competency: string;
  /** Relative share of items for content balancing; default 1. */
  readonly targetShare?: number;
}

export interface AdaptiveConfig extends EapOptions {
  readonly competencies: readonly AdaptiveCompetencyConfig[];
  /** Randomesque exposure control: choose among the top-k; default 5. */
  readonly topK?: number;
}

export interface CompetencyState {
  readonly competency: string;
  readonly logLikelihood: number[];
  estimate: ThetaEstimate;
  itemsUsed: number;
  stopReason: StopReason | 'bank-exhausted' | null;
}

export interface AdaptiveState {
  readonly config: AdaptiveConfig;
  readonly competencies: Map<string, CompetencyState>;
  readonly administered: Set<string>;
}

export function createAdaptiveState(config: AdaptiveConfig): AdaptiveState {
  const grid = config.grid ?? DEFAULT_GRID;
  const competencies = new Map<string, CompetencyState>();
  for (const c of config.competencies) {
    const logLikelihood = emptyLogLikelihood(grid);
    const estimate = summarisePosterior(logLikelihood, grid);
    competencies.set(c.competency, {
      competency: c.competency,
      logLikelihood,
      estimate,
      itemsUsed: 0,
      stopReason: stoppingReason(estimate, 0, c),
    });
  }
  return { config, competencies, administered: new Set() };
}

/** Scores one response into its competency's posterior and re-evaluates that competency's stop. */
export function recordAdaptiveResponse(state: AdaptiveState, item: BankItem, correct: boolean): void {
  const s = state.competencies.get(item.competency);
  const rule = state.config.competencies.find((c) => c.competency === item.competency);
  if (!s || !rule) throw new RangeError(`recordAdaptiveResponse: unknown competency ${item.competency}`);
  state.administered.add(item.id);
  addResponseToLogLikelihood(s.logLikelihood, item, correct, state.config);
  s.itemsUsed += 1;
  s.estimate = summarisePosterior(s.logLikelihood, state.config.grid ?? DEFAULT_GRID);
  s.stopReason = stoppingReason(s.estimate, s.itemsUsed, rule);
}

/**
 * Next item: the competency most behind its share among those still running, then the
 * most informative item at its θ̂ (randomesque). Undefined when every competency has stopped.
 * `itemsByCompetency` avoids rescanning the whole bank on each call; `exposureCeiling` carries
 * the exposure counts across examinees (the caller updates them).
 */
export function nextAdaptiveItem(
  state: AdaptiveState,
  itemsByCompetency: ReadonlyMap<string, readonly BankItem[]>,
  rng: Rng,
  exposureCeiling?: ExposureCeiling,
): BankItem | undefined {
  const shares: Record<string, number> = {};
  const counts: Record<string, number> = {};
  for (const c of state.config.competencies) {
    shares[c.competency] = c.targetShare ?? 1;
    counts[c.competency] = state.competencies.get(c.competency)?.itemsUsed ?? 0;
  }
  for (;;) {
    const active = state.config.competencies.map((c) => c.competency).filter((c) => state.competencies.get(c)?.stopReason === null);
    const competency = selectCompetency(active, counts, shares);
    if (competency === undefined) return undefined;
    const s = state.competencies.get(competency) as CompetencyState;
    const item = selectMaxInformationItem(s.estimate.theta, itemsByCompetency.get(competency) ?? [], {
      rng,
      topK: state.config.topK ?? 5,
      exclude: state.administered,
      D: state.config.D,
      exposureCeiling,
    });
    if (item) return item;
    s.stopReason = 'bank-exhausted';
  }
}
