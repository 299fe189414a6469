import { Injectable, Logger } from '@nestjs/common';

/** A feature's demo data; `run` must be idempotent (safe on every start). */
export interface DemoSeeder {
  readonly name: string;
  /** Lower runs first (organisations before accounts before content). */
  readonly order: number;
  /** Returns lines worth printing at start (e.g. the demo accounts). */
  run(): Promise<string[]>;
}

/** Features register their demo seeders at module init; the runner runs them once at start. */
@Injectable()
export class DemoSeedRegistry {
  private readonly logger = new Logger('demo-data');
  private readonly seeders: DemoSeeder[] = [];

  register(seeder: DemoSeeder): void {
    this.seeders.push(seeder);
  }

  async runAll(): Promise<string[]> {
    const lines: string[] = [];
    for (const s of [...this.seeders].sort((a, b) => a.order - b.order)) {
      const started = Date.now();
      lines.push(...(await s.run()));
      this.logger.log(`${s.name} ready in ${Date.now() - started} ms`);
    }
    return lines;
  }
}
