import { achievedLevel, classifyAgainstCut, stoppingReason } from './stopping';

describe('stopping rules and the IRT level rule', () => {
  it('classification: the 95% interval θ̂ ± 1.96·SE against the cut', () => {
    expect(classifyAgainstCut({ theta: 1, se: 0.4 }, 0)).toBe('above'); // 1 − 0.784 > 0
    expect(classifyAgainstCut({ theta: 0.7, se: 0.4 }, 0)).toBe('undecided');
    expect(classifyAgainstCut({ theta: -1, se: 0.5 }, 0)).toBe('below');
    expect(classifyAgainstCut({ theta: 0.7, se: 0.4 }, 0, 1)).toBe('above');
  });

  it('stops on item cap, classification or SE target, in that order', () => {
    const rule = { cut: 0, seTarget: 0.3, maxItems: 12 };
    expect(stoppingReason({ theta: 0.1, se: 0.5 }, 12, rule)).toBe('item-cap');
    expect(stoppingReason({ theta: 2, se: 0.5 }, 4, rule)).toBe('classification');
    expect(stoppingReason({ theta: 0.1, se: 0.29 }, 8, rule)).toBe('se-target');
    expect(stoppingReason({ theta: 0.1, se: 0.5 }, 8, rule)).toBeNull();
    expect(stoppingReason({ theta: 2, se: 0.5 }, 0, rule)).toBeNull(); // minItems defaults to 1
    expect(stoppingReason({ theta: 2, se: 0.5 }, 2, { ...rule, minItems: 3 })).toBeNull();
  });

  it('achieved level is the highest ℓ with θ̂ ≥ θ_ℓ', () => {
    const cuts = [-1.5, -0.5, 0.5, 1.5];
    expect(achievedLevel(-2, cuts)).toBe(0);
    expect(achievedLevel(-1.5, cuts)).toBe(1);
    expect(achievedLevel(0.49, cuts)).toBe(2);
    expect(achievedLevel(0.5, cuts)).toBe(3);
    expect(achievedLevel(9, cuts)).toBe(4);
    expect(() => achievedLevel(0, [0, 0])).toThrow(RangeError);
  });
});
