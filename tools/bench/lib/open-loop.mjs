// An open-loop, paced HTTP client: each virtual candidate owns one keep-alive connection and
// sends at its own evenly staggered (or Poisson) schedule, whatever the server's speed. Latency
// counts from the moment a request was due, so a slow server cannot hide queueing behind a
// client that waits (no coordinated omission).
import http from 'node:http';

/** Latency percentiles (ms) of a list of samples. */
export function percentiles(samples) {
  const s = Float64Array.from(samples).sort();
  const at = (q) => (s.length ? Math.round(s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)] * 10) / 10 : null);
  return { p50: at(0.5), p90: at(0.9), p95: at(0.95), p99: at(0.99), max: s.length ? Math.round(s[s.length - 1] * 10) / 10 : null };
}

/** One keep-alive connection per candidate. */
export function agents(n) {
  return Array.from({ length: n }, () => new http.Agent({ keepAlive: true, maxSockets: 1 }));
}

export function closeAgents(list) {
  for (const a of list) a.destroy();
}

/**
 * Sends one request on `agent` and resolves { status, body, ms } (ms from `dueAt`, a
 * performance.now() time) or { error }. Never rejects.
 */
export function send(agent, url, { method = 'GET', headers = {}, body, timeoutMs = 10_000 } = {}, dueAt = performance.now()) {
  const payload = body === undefined ? undefined : Buffer.from(typeof body === 'string' ? body : JSON.stringify(body));
  return new Promise((done) => {
    const req = http.request(
      url,
      {
        method,
        agent,
        headers: {
          ...(payload ? { 'content-type': 'application/json', 'content-length': payload.length } : {}),
          ...headers,
        },
        timeout: timeoutMs,
      },
      (res) => {
        const chunks = [];
        res.on('data', (c) => chunks.push(c));
        res.on('end', () => done({ status: res.statusCode, body: Buffer.concat(chunks).toString('utf8'), ms: performance.now() - dueAt }));
        res.on('error', (e) => done({ error: e.code ?? e.message, ms: performance.now() - dueAt }));
      },
    );
    req.on('timeout', () => req.destroy(new Error('timeout')));
    req.on('error', (e) => done({ error: e.code ?? e.message, ms: performance.now() - dueAt }));
    req.end(payload);
  });
}

/** Collects outcomes of one phase: latencies of 2xx replies, counts of non-2xx and errors. */
export class PhaseStats {
  constructor(name) {
    this.name = name;
    this.latencies = [];
    this.non2xx = 0;
    this.errors = 0;
    this.statuses = {};
    this.startedAt = performance.now();
    this.endedAt = this.startedAt;
  }

  record(r) {
    this.endedAt = performance.now();
    if (r.error) {
      this.errors++;
      this.statuses[r.error] = (this.statuses[r.error] ?? 0) + 1;
      return;
    }
    this.latencies.push(r.ms);
    if (r.status < 200 || r.status >= 300) {
      this.non2xx++;
      this.statuses[r.status] = (this.statuses[r.status] ?? 0) + 1;
    }
  }

  summary() {
    const seconds = Math.max(0.001, (this.endedAt - this.startedAt) / 1000);
    const ok = this.latencies.length - this.non2xx;
    return {
      requests: this.latencies.length + this.errors,
      ok,
      non2xx: this.non2xx,
      errors: this.errors,
      ...(Object.keys(this.statuses).length ? { failures: this.statuses } : {}),
      seconds: Math.round(seconds * 100) / 100,
      perSecond: Math.round(ok / seconds),
      latencyMs: percentiles(this.latencies),
    };
  }
}

/**
 * Each of `agentList.length` candidates sends `request(i, k)` ({ path, method, headers, body }, or
 * null: counted as an error) at `rate`
 * requests per second per candidate for `durationS` seconds. Candidate i starts at i/N of the
 * first period (uniform stagger) and then keeps a fixed period, or draws exponential gaps
 * (`poisson`). Requests of one candidate go in order on its own connection.
 */
export async function pacedPhase({ name, url, agentList, request, rate, durationS, poisson = false, warmupS = 0 }) {
  const stats = new PhaseStats(name);
  const n = agentList.length;
  const period = 1000 / rate;
  const t0 = performance.now();
  const measureFrom = t0 + warmupS * 1000;
  const end = t0 + (warmupS + durationS) * 1000;
  const gap = () => (poisson ? -Math.log(1 - Math.random()) * period : period);
  let measuredStart = null;
  const candidate = async (i) => {
    let due = t0 + (poisson ? gap() : (i / n) * period);
    let k = 0;
    while (due < end) {
      const wait = due - performance.now();
      if (wait > 0) await new Promise((r) => setTimeout(r, wait));
      const req = request(i, k++);
      const r = req ? await send(agentList[i], url + req.path, req, due) : { error: 'nothing to send' };
      if (due >= measureFrom) {
        measuredStart ??= due;
        stats.record(r);
      }
      due += gap();
    }
  };
  await Promise.all(agentList.map((_, i) => candidate(i)));
  stats.startedAt = Math.max(measureFrom, measuredStart ?? measureFrom);
  stats.endedAt = Math.max(stats.endedAt, end);
  return stats.summary();
}
