import { MicroBatcher } from './micro-batcher';

/** A run that records its batches and doubles each input after the test lets it finish. */
function recorder() {
  const batches: number[][] = [];
  const finish: (() => void)[] = [];
  const run = async (inputs: readonly number[]) => {
    batches.push([...inputs]);
    await new Promise<void>((r) => finish.push(r));
    return inputs.map((n) => n * 2);
  };
  return { batches, finish, run };
}

const turn = () => new Promise((r) => setImmediate(r));
/** A few turns: a finished run's promise callbacks, then the next flush. */
const settle = async () => {
  for (let i = 0; i < 3; i++) await turn();
};

describe('MicroBatcher', () => {
  it('runs the calls of one event-loop turn together, in order, and answers each its own', async () => {
    const { batches, finish, run } = recorder();
    const batcher = new MicroBatcher(run, { maxBatch: 10, maxInFlight: 2 });
    const outs = [1, 2, 3].map((n) => batcher.submit(n));
    await turn();
    expect(batches).toEqual([[1, 2, 3]]);
    finish.forEach((f) => f());
    expect(await Promise.all(outs)).toEqual([2, 4, 6]);
  });

  it('splits at maxBatch and holds later calls while maxInFlight runs are busy', async () => {
    const { batches, finish, run } = recorder();
    const batcher = new MicroBatcher(run, { maxBatch: 2, maxInFlight: 2 });
    const first = [1, 2, 3, 4, 5].map((n) => batcher.submit(n));
    await turn();
    expect(batches).toEqual([
      [1, 2],
      [3, 4],
    ]);
    const later = [6, 7].map((n) => batcher.submit(n));
    await turn();
    expect(batches).toHaveLength(2);
    finish.shift()?.();
    await settle();
    expect(batches[2]).toEqual([5, 6]);
    while (batches.flat().length < 7 || finish.length > 0) {
      finish.shift()?.();
      await settle();
    }
    expect(await Promise.all([...first, ...later])).toEqual([2, 4, 6, 8, 10, 12, 14]);
    expect(batches).toEqual([[1, 2], [3, 4], [5, 6], [7]]);
  });

  it('runs each input alone after a failed batch, so only the bad one fails', async () => {
    const seen: number[][] = [];
    const batcher = new MicroBatcher<number, number>(
      async (inputs) => {
        seen.push([...inputs]);
        if (inputs.includes(13)) throw new Error('unlucky');
        return inputs.map((n) => n + 1);
      },
      { maxBatch: 10, maxInFlight: 1 },
    );
    const outs = [12, 13, 14].map((n) => batcher.submit(n).catch((e: Error) => e.message));
    expect(await Promise.all(outs)).toEqual([13, 'unlucky', 15]);
    expect(seen).toEqual([[12, 13, 14], [12], [13], [14]]);
  });

  it('rejects when a run returns the wrong number of results', async () => {
    const batcher = new MicroBatcher<number, number>(async () => [], { maxBatch: 5, maxInFlight: 1 });
    await expect(batcher.submit(1)).rejects.toThrow('A batch of 1 returned 0 results.');
  });
});
