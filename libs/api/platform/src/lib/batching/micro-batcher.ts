export interface MicroBatcherOptions {
  /** Most inputs one run receives. */
  readonly maxBatch: number;
  /** Most runs at once; while they are all busy, new inputs wait and join the next run. */
  readonly maxInFlight: number;
}

interface Waiting<I, O> {
  readonly input: I;
  readonly resolve: (output: O) => void;
  readonly reject: (error: unknown) => void;
}

/**
 * Gathers calls that arrive together into one run: when a thousand candidates start at once,
 * their identical statements become a few dozen, each one round trip, one plan and one commit
 * for many rows. A lone call waits only for the end of the current event-loop turn. `run` gets
 * the inputs in order and returns one output per input, in the same order. When a run of several
 * fails, each input is run again alone, so a bad input fails only its own caller.
 */
export class MicroBatcher<I, O> {
  private readonly queue: Waiting<I, O>[] = [];
  private inFlight = 0;
  private scheduled = false;

  constructor(
    private readonly run: (inputs: readonly I[]) => Promise<readonly O[]>,
    private readonly options: MicroBatcherOptions,
  ) {}

  submit(input: I): Promise<O> {
    return new Promise<O>((resolve, reject) => {
      this.queue.push({ input, resolve, reject });
      this.schedule();
    });
  }

  private schedule(): void {
    if (this.scheduled || this.queue.length === 0 || this.inFlight >= this.options.maxInFlight) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      this.flush();
    });
  }

  private flush(): void {
    while (this.queue.length > 0 && this.inFlight < this.options.maxInFlight) {
      const batch = this.queue.splice(0, this.options.maxBatch);
      this.inFlight++;
      void this.execute(batch).finally(() => {
        this.inFlight--;
        this.schedule();
      });
    }
  }

  private async execute(batch: Waiting<I, O>[]): Promise<void> {
    try {
      const outputs = await this.run(batch.map((w) => w.input));
      if (outputs.length !== batch.length) throw new Error(`A batch of ${batch.length} returned ${outputs.length} results.`);
      batch.forEach((w, i) => w.resolve(outputs[i]));
    } catch (error) {
      if (batch.length === 1) return batch[0].reject(error);
      await Promise.all(batch.map((w) => this.execute([w])));
    }
  }
}
