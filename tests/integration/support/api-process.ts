import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { resolve } from 'node:path';

const ROOT = resolve(__dirname, '../../..');
const MAIN = resolve(ROOT, 'dist/apps/api/main.js');

export async function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const srv = createServer();
    srv.once('error', fail);
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      srv.close(() => done(port));
    });
  });
}

/** Builds the API once when its bundle is missing (Nx reuses an unchanged build). */
export function ensureApiBuilt(): void {
  if (existsSync(MAIN) && process.env['CIVICS_SKIP_API_BUILD']) return;
  const r = spawnSync('npx', ['nx', 'build', 'api', '--output-style=static'], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, NX_DAEMON: 'false' },
  });
  if (r.status !== 0) throw new Error(`API build failed:\n${r.stdout}\n${r.stderr}`);
}

/** The built API as a separate process, so a test can kill it like a crash would. */
export class ApiProcess {
  private child: ChildProcess | null = null;
  readonly baseUrl: string;

  constructor(
    private readonly port: number,
    private readonly env: Record<string, string>,
    /** Command-line arguments of main.js (e.g. `worker`). */
    private readonly args: string[] = [],
  ) {
    this.baseUrl = `http://127.0.0.1:${port}`;
  }

  async start(): Promise<void> {
    this.child = spawn(process.execPath, [MAIN, ...this.args], {
      cwd: ROOT,
      env: {
        ...process.env,
        NODE_ENV: 'test',
        LOG_LEVEL: 'error',
        PORT: String(this.port),
        HOST: '127.0.0.1',
        WEB_ROOT: '/nonexistent-web-root',
        ...this.env,
      },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    const until = Date.now() + 60_000;
    while (Date.now() < until) {
      try {
        if ((await fetch(`${this.baseUrl}/api/health`)).ok) return;
      } catch {
        /* not up yet */
      }
      await new Promise((r) => setTimeout(r, 200));
    }
    throw new Error('API did not start within 60 s');
  }

  /** SIGKILL: no shutdown hooks, no flushing — a crash. */
  async kill(): Promise<void> {
    const child = this.child;
    this.child = null;
    if (!child || child.exitCode !== null) return;
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGKILL');
    await exited;
  }

  async stop(): Promise<void> {
    const child = this.child;
    this.child = null;
    if (!child || child.exitCode !== null) return;
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGTERM');
    await exited;
  }
}
