import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A user known to the test identity provider. */
export interface ProviderUser {
  readonly email: string;
  readonly emailVerified?: boolean;
}

export interface TestProvider {
  readonly issuer: string;
  readonly clientId: string;
  readonly clientSecret: string;
  close(): Promise<void>;
}

/** The little of oidc-provider's API used here (the package ships no type declarations). */
type ProviderCtor = new (
  issuer: string,
  configuration: Record<string, unknown>,
) => { callback(): (req: unknown, res: unknown) => void; on(event: string, listener: (...args: unknown[]) => void): void };

/** A free TCP port on 127.0.0.1 (closed again; the caller binds it next). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

/**
 * A real OpenID Provider (panva/oidc-provider) on http://127.0.0.1:<random port> with one confidential
 * client (client_secret_post, authorisation code, PKCE required) and oidc-provider's development
 * login/consent pages, where any login is accepted: the login is the subject.
 */
export async function startTestProvider(redirectUri: string, users: Record<string, ProviderUser>): Promise<TestProvider> {
  const specifier = 'oidc-provider';
  const { default: Provider } = (await import(specifier)) as { default: ProviderCtor };
  const server: Server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const clientId = 'civics-it';
  const clientSecret = 'civics-it-client-secret-0123456789abcdef';

  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: clientId,
        client_secret: clientSecret,
        redirect_uris: [redirectUri],
        grant_types: ['authorization_code'],
        response_types: ['code'],
        token_endpoint_auth_method: 'client_secret_post',
      },
    ],
    async findAccount(_ctx: unknown, sub: string) {
      const user = users[sub];
      if (!user) return undefined;
      return {
        accountId: sub,
        claims: async () => ({ sub, email: user.email, email_verified: user.emailVerified ?? true }),
      };
    },
    claims: { openid: ['sub'], email: ['email', 'email_verified'] },
    pkce: { required: () => true, methods: ['S256'] },
    features: { devInteractions: { enabled: true } },
    cookies: { keys: ['civics-it-provider-cookie-key'] },
    // Unknown subjects are "logged in" by devInteractions; failing later is what the tests want.
    renderError(ctx: { type: string; body: string }, out: Record<string, unknown>) {
      ctx.type = 'json';
      ctx.body = JSON.stringify(out);
    },
  });
  server.on('request', provider.callback());

  return {
    issuer,
    clientId,
    clientSecret,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((e) => (e ? reject(e) : resolve()));
      }),
  };
}

/** A browser for the provider's host: its own cookie jar, manual redirects, HTML forms submitted as a user would. */
export class ProviderBrowser {
  private readonly cookies = new Map<string, string>();
  /** Every URL visited at the provider, in order. */
  readonly visited: string[] = [];
  /** The `prompt` of every form submitted (the development pages: 'login', then 'consent'). */
  readonly submitted: string[] = [];

  constructor(private readonly providerOrigin: string) {}

  /**
   * Starts at `url` (the provider's authorisation endpoint) and follows redirects, submitting the login
   * form as `login` and the consent form, until the provider redirects elsewhere; returns that URL.
   */
  async signIn(url: string, login: string): Promise<URL> {
    let next: { url: string; method: 'GET' | 'POST'; form?: URLSearchParams } = { url, method: 'GET' };
    for (let step = 0; step < 20; step++) {
      const res = await this.send(next.url, next.method, next.form);
      const location = res.headers.get('location');
      if (res.status >= 300 && res.status < 400 && location) {
        const target = new URL(location, next.url);
        if (target.origin !== this.providerOrigin) return target;
        next = { url: target.href, method: 'GET' };
        continue;
      }
      const html = await res.text();
      if (res.status !== 200) throw new Error(`provider answered ${res.status} at ${next.url}: ${html.slice(0, 500)}`);
      const form = parseForm(html);
      if (!form) throw new Error(`no form on the provider page ${next.url}: ${html.slice(0, 500)}`);
      if (form.fields.has('login') || form.inputs.includes('login')) form.fields.set('login', login);
      if (form.inputs.includes('password')) form.fields.set('password', 'anything');
      this.submitted.push(form.fields.get('prompt') ?? '?');
      next = { url: new URL(form.action, next.url).href, method: 'POST', form: form.fields };
    }
    throw new Error('too many steps at the provider');
  }

  private async send(url: string, method: 'GET' | 'POST', form?: URLSearchParams): Promise<Response> {
    this.visited.push(`${method} ${url}`);
    const headers: Record<string, string> = {};
    if (this.cookies.size) headers['cookie'] = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    if (form) headers['content-type'] = 'application/x-www-form-urlencoded';
    const res = await fetch(url, { method, headers, body: form?.toString(), redirect: 'manual' });
    for (const c of res.headers.getSetCookie()) {
      const [pair, ...attrs] = c.split(';');
      const i = pair.indexOf('=');
      const name = pair.slice(0, i).trim();
      const value = pair.slice(i + 1).trim();
      const expired = value === '' || attrs.some((a) => /^expires=thu, 01 jan 1970/i.test(a.trim()));
      if (expired) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    return res;
  }
}

/** The first form of a page: its action, its hidden fields and the names of its other inputs. */
function parseForm(html: string): { action: string; fields: URLSearchParams; inputs: string[] } | null {
  const form = /<form\b[^>]*\baction="([^"]*)"[^>]*>([\s\S]*?)<\/form>/i.exec(html);
  if (!form) return null;
  const fields = new URLSearchParams();
  const inputs: string[] = [];
  for (const m of form[2].matchAll(/<input\b[^>]*>/gi)) {
    const tag = m[0];
    const name = /\bname="([^"]*)"/i.exec(tag)?.[1];
    if (!name) continue;
    const value = /\bvalue="([^"]*)"/i.exec(tag)?.[1] ?? '';
    if (/\btype="hidden"/i.test(tag)) fields.set(name, decodeEntities(value));
    else inputs.push(name);
  }
  return { action: decodeEntities(form[1]), fields, inputs };
}

function decodeEntities(s: string): string {
  return s
    .replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}
