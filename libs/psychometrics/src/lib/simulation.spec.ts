import { mulberry32, normal, randomInt, standardNormal } from './random';
import { simulateResponseMatrix, simulateThetas } from './simulation';

describe('seeded randomness and simulation', () => {
  it('mulberry32 is reproducible, in [0, 1) and differs by seed', () => {
    const a = mulberry32(1);
    const b = mulberry32(1);
    const xs = Array.from({ length: 1000 }, () => a());
    expect(Array.from({ length: 1000 }, () => b())).toEqual(xs);
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
    expect(mulberry32(2)()).not.toBe(xs[0]);
    const rng = mulberry32(5);
    expect(Array.from({ length: 500 }, () => randomInt(rng, 3)).every((k) => k >= 0 && k < 3)).toBe(true);
  });

  it('Box–Muller normals have the right mean and SD', () => {
    const rng = mulberry32(3);
    const xs = Array.from({ length: 20000 }, () => standardNormal(rng));
    const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
    const sd = Math.sqrt(xs.reduce((s, x) => s + (x - mean) ** 2, 0) / xs.length);
    expect(Math.abs(mean)).toBeLessThan(0.03);
    expect(Math.abs(sd - 1)).toBeLessThan(0.03);
    expect(normal(mulberry32(3), 10, 0)).toBe(10);
  });

  it('simulated responses follow P(θ): proportion correct near 0.5 at θ = b', () => {
    const rng = mulberry32(4);
    const thetas = Array.from({ length: 4000 }, () => 0.3);
    const m = simulateResponseMatrix(thetas, [{ a: 1.5, b: 0.3 }], rng);
    const p = m.reduce((s, r) => s + (r[0] ?? 0), 0) / m.length;
    expect(Math.abs(p - 0.5)).toBeLessThan(0.03);
    expect(simulateThetas(3, mulberry32(8))).toEqual(simulateThetas(3, mulberry32(8)));
  });

  it('missing rate leaves cells null', () => {
    const m = simulateResponseMatrix(simulateThetas(1000, mulberry32(1)), [{ a: 1, b: 0 }], mulberry32(2), { missingRate: 0.25 });
    const missing = m.filter((r) => r[0] === null).length / m.length;
    expect(Math.abs(missing - 0.25)).toBeLessThan(0.04);
  });
});
