import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const CANDIDATES = ['/usr/sbin/nginx', '/usr/local/sbin/nginx', '/usr/local/nginx/sbin/nginx'];

/** Debian's nginx binary, or null when it is not installed (`.ci/run` installs it). */
export function nginxBinary(): string | null {
  return CANDIDATES.find((p) => existsSync(p)) ?? null;
}

/**
 * nginx as a plain child process (no system service): its own config, pid, logs and temp folders
 * in a temporary folder, listening on loopback, balancing round-robin over `upstreams`.
 */
export class NginxProxy {
  private child: ChildProcess | null = null;
  private dir = '';
  readonly baseUrl: string;

  constructor(
    private readonly port: number,
    private readonly upstreams: readonly string[],
  ) {
    this.baseUrl = `http://127.0.0.1:${port}`;
  }

  async start(): Promise<void> {
    const bin = nginxBinary();
    if (!bin) throw new Error('nginx is not installed (apt-get install -y nginx)');
    this.dir = await mkdtemp(join(tmpdir(), 'civics-nginx-'));
    // As root nginx's workers run as an unprivileged user, which writes the temp folders.
    for (const sub of ['logs', 'tmp']) await mkdir(join(this.dir, sub));
    await chmod(this.dir, 0o755);
    await chmod(join(this.dir, 'tmp'), 0o777);
    const d = this.dir;
    await writeFile(
      join(d, 'nginx.conf'),
      `# Round-robin proxy for the replica test (one worker: requests alternate strictly).
worker_processes 1;
pid ${d}/nginx.pid;
error_log ${d}/logs/error.log warn;
events { worker_connections 256; }
http {
  access_log ${d}/logs/access.log;
  client_body_temp_path ${d}/tmp/body;
  proxy_temp_path ${d}/tmp/proxy;
  fastcgi_temp_path ${d}/tmp/fastcgi;
  uwsgi_temp_path ${d}/tmp/uwsgi;
  scgi_temp_path ${d}/tmp/scgi;
  upstream civics_api {
${this.upstreams.map((u) => `    server ${u};`).join('\n')}
    keepalive 8;
  }
  server {
    listen 127.0.0.1:${this.port};
    client_max_body_size 2m;
    location / {
      proxy_pass http://civics_api;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host $http_host;
      proxy_set_header X-Forwarded-For $remote_addr;
      proxy_set_header X-Forwarded-Proto $scheme;
    }
  }
}
`,
    );
    this.child = spawn(bin, ['-p', d, '-c', join(d, 'nginx.conf'), '-g', 'daemon off;'], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    this.child.stderr?.on('data', (c: Buffer) => (stderr += c.toString()));
    const until = Date.now() + 10_000;
    while (Date.now() < until) {
      if (this.child.exitCode !== null) throw new Error(`nginx exited: ${stderr}`);
      try {
        await fetch(`${this.baseUrl}/api/health/live`);
        return;
      } catch {
        await new Promise((r) => setTimeout(r, 100));
      }
    }
    throw new Error(`nginx did not start: ${stderr}`);
  }

  /** The access log so far (one line per proxied request). */
  accessLog(): Promise<string> {
    return readFile(join(this.dir, 'logs', 'access.log'), 'utf8').catch(() => '');
  }

  async stop(): Promise<void> {
    const child = this.child;
    this.child = null;
    if (child && child.exitCode === null) {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGQUIT');
      await exited;
    }
    if (this.dir) await rm(this.dir, { recursive: true, force: true });
  }
}
