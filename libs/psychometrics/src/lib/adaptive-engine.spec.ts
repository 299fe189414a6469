import { createAdaptiveState, nextAdaptiveItem, recordAdaptiveResponse } from './adaptive-engine';
import type { BankItem } from './item-selection';
import { mulberry32, uniform } from './random';
import { simulateResponse } from './simulation';

describe('adaptive engine', () => {
  const rng = mulberry32(3);
  const competencies = ['A', 'B', 'C'];
  const bank: BankItem[] = competencies.flatMap((competency) =>
    Array.from({ length: 30 }, (_, k) => ({ id: `${competency}${k}`, competency, a: uniform(rng, 0.8, 2), b: uniform(rng, -2.5, 2.5) })),
  );
  const byCompetency = new Map(competencies.map((c) => [c, bank.filter((i) => i.competency === c)]));
  const config = { topK: 5, competencies: competencies.map((competency) => ({ competency, cut: 0.5, seTarget: 0.3, maxItems: 12 })) };

  it('runs every competency to a stop, never repeats an item, respects the cap and balances content', () => {
    const trueTheta: Record<string, number> = { A: 2.5, B: -2, C: 0.5 };
    const state = createAdaptiveState(config);
    const order: string[] = [];
    for (let item = nextAdaptiveItem(state, byCompetency, rng); item; item = nextAdaptiveItem(state, byCompetency, rng)) {
      order.push(item.id);
      recordAdaptiveResponse(state, item, simulateResponse(trueTheta[item.competency] ?? 0, item, rng) === 1);
    }
    expect(new Set(order).size).toBe(order.length);
    for (const s of state.competencies.values()) {
      expect(s.stopReason).not.toBeNull();
      expect(s.itemsUsed).toBeLessThanOrEqual(12);
    }
    // The first three items cover the three competencies (content balancing).
    expect(new Set(order.slice(0, 3).map((id) => id[0]))).toEqual(new Set(competencies));
    // Far from the cut, classification stops early; at the cut, the cap or SE target stops it.
    expect(state.competencies.get('A')?.stopReason).toBe('classification');
    expect(state.competencies.get('B')?.stopReason).toBe('classification');
    expect(state.competencies.get('C')?.itemsUsed).toBeGreaterThan(state.competencies.get('A')?.itemsUsed ?? 0);
  });

  it('marks a competency whose bank runs out as exhausted', () => {
    const small = new Map([['A', bank.filter((i) => i.competency === 'A').slice(0, 2)]]);
    const state = createAdaptiveState({ competencies: [{ competency: 'A', seTarget: 0.01, maxItems: 10 }] });
    for (let item = nextAdaptiveItem(state, small, rng); item; item = nextAdaptiveItem(state, small, rng))
      recordAdaptiveResponse(state, item, true);
    expect(state.competencies.get('A')?.itemsUsed).toBe(2);
    expect(state.competencies.get('A')?.stopReason).toBe('bank-exhausted');
  });
});
