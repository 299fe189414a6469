/** A tiny HTTP client for tests: JSON in and out, a cookie jar, an optional bearer token. */
export interface HttpResult<T = unknown> {
  readonly status: number;
  readonly headers: Headers;
  readonly body: T;
  readonly text: string;
}

export class HttpClient {
  readonly cookies = new Map<string, string>();
  token: string | null = null;

  constructor(readonly baseUrl: string) {}

  async request<T = any>(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<HttpResult<T>> {
    const h: Record<string, string> = { ...headers };
    if (this.token && !('authorization' in h)) h['authorization'] = `Bearer ${this.token}`;
    if (this.cookies.size) h['cookie'] = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    let payload: string | Uint8Array | undefined;
    if (typeof body === 'string') payload = body;
    else if (body instanceof Uint8Array) payload = new Uint8Array(body);
    else if (body !== undefined) payload = JSON.stringify(body);
    if (payload !== undefined && !('content-type' in h)) h['content-type'] = 'application/json';
    const res = await fetch(this.baseUrl + path, { method, headers: h, body: payload as BodyInit | undefined, redirect: 'manual' });
    for (const c of res.headers.getSetCookie()) {
      const [pair, ...attrs] = c.split(';');
      const i = pair.indexOf('=');
      const name = pair.slice(0, i).trim();
      const value = pair.slice(i + 1).trim();
      const expired = attrs.some((a) => /expires=thu, 01 jan 1970/i.test(a.trim())) || value === '';
      if (expired) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    const text = await res.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {
      /* not JSON */
    }
    return { status: res.status, headers: res.headers, body: parsed as T, text };
  }

  get<T = any>(path: string, headers?: Record<string, string>) {
    return this.request<T>('GET', path, undefined, headers);
  }
  post<T = any>(path: string, body?: unknown, headers?: Record<string, string>) {
    return this.request<T>('POST', path, body, headers);
  }
  put<T = any>(path: string, body?: unknown) {
    return this.request<T>('PUT', path, body);
  }
  delete<T = any>(path: string) {
    return this.request<T>('DELETE', path);
  }
  patch<T = any>(path: string, body?: unknown) {
    return this.request<T>('PATCH', path, body);
  }

  async signIn(login: string, password: string): Promise<void> {
    const r = await this.post<{ accessToken: string }>('/api/auth/login', { login, password });
    if (r.status !== 200) throw new Error(`sign-in as ${login} failed: ${r.status} ${r.text}`);
    this.token = r.body.accessToken;
  }
}
