import type { FastifyHelmetOptions } from '@fastify/helmet';

/** The API's and web app's security headers, as @fastify/helmet options. */
export const HELMET_OPTIONS: FastifyHelmetOptions = {
  contentSecurityPolicy: {
    directives: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'"],
      styleSrc: ["'self'", "'unsafe-inline'"],
      imgSrc: ["'self'", 'data:'],
      fontSrc: ["'self'", 'data:'],
      connectSrc: ["'self'"],
      frameAncestors: ["'none'"],
      objectSrc: ["'none'"],
      baseUri: ["'self'"],
      formAction: ["'self'"],
    },
  },
  hsts: { maxAge: 31536000, includeSubDomains: true },
};

/** Headers every HTTP response carries anyway; not security headers. */
const ORDINARY = new Set(['content-type', 'content-length', 'date', 'connection', 'keep-alive', 'transfer-encoding']);

/**
 * Helmet's headers for HELMET_OPTIONS, computed once: a throw-away Fastify with @fastify/helmet
 * answers one request and its headers are kept. The options are the same for every route and
 * carry no nonce, so the values never change — while @fastify/helmet would rebuild helmet and
 * re-parse the CSP on each request (about 7 % of the API's CPU on the answer-save path).
 */
export async function securityHeaders(options: FastifyHelmetOptions = HELMET_OPTIONS): Promise<Readonly<Record<string, string>>> {
  const { default: Fastify } = await import('fastify');
  const probe = Fastify({ logger: false });
  await probe.register((await import('@fastify/helmet')).default, options);
  probe.get('/', async () => 'probe');
  const res = await probe.inject({ method: 'GET', url: '/' });
  await probe.close();
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(res.headers))
    if (!ORDINARY.has(name) && value !== undefined) headers[name] = Array.isArray(value) ? value.join(', ') : String(value);
  if (!headers['content-security-policy']) throw new Error('Security headers: helmet set no content-security-policy');
  return Object.freeze(headers);
}
