import { levelCuts, levelRange, startingIrtParameters } from './irt-levels';

describe('IRT level scale', () => {
  it('spreads default cuts evenly and keeps a version’s own cuts', () => {
    expect(levelCuts(4)).toEqual([-1.5, -0.5, 0.5, 1.5]);
    expect(levelCuts(1)).toEqual([0]);
    expect(levelCuts(3, [-1, 0, 2])).toEqual([-1, 0, 2]);
    // Cuts of the wrong length are ignored in favour of the default.
    expect(levelCuts(3, [-1, 0])).toEqual([-1.5, 0, 1.5]);
  });

  it('starts an item at the cut of its target level', () => {
    const cuts = levelCuts(4);
    expect(startingIrtParameters(1, cuts)).toEqual({ a: 1.2, b: -1.5, c: 0, sampleSize: 0 });
    expect(startingIrtParameters(4, cuts).b).toBe(1.5);
    expect(startingIrtParameters(9, cuts).b).toBe(1.5);
  });

  it('gives the level of θ̂ and the levels its 95% interval spans', () => {
    const cuts = levelCuts(4);
    expect(levelRange(0, 0.2, cuts)).toEqual({ level: 2, low: 2, high: 2 });
    expect(levelRange(0, 0.5, cuts)).toEqual({ level: 2, low: 1, high: 3 });
    expect(levelRange(-3, 0.3, cuts)).toEqual({ level: 0, low: 0, high: 0 });
  });
});
