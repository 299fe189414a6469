import { ROLE_PERMISSIONS, Permission, type RouteDef } from '@civics/contracts';
import type { HttpResult } from '../../support/http-client';
import type { Caller } from './route-entries';

/** Field names that never leave the server, whoever asks. */
const SECRET_FIELDS =
  /^(password|passwordHash|password_hash|secret|clientSecret|client_secret|totpSecret|totp_secret|tokenHash|token_hash|refreshToken|privateKey|private_key|signingKey)$/i;
/** Private members of a JSON Web Key. */
const PRIVATE_JWK_MEMBERS = ['d', 'p', 'q', 'dp', 'dq', 'qi', 'k'];

/**
 * What a response exposes that it should not (OWASP API3): secrets and password hashes anywhere,
 * private key material in keys, and answer keys to anyone but item authors before a result.
 */
export function exposureProblems(route: RouteDef, caller: Caller, res: HttpResult): string[] {
  const problems: string[] = [];
  if (res.text.includes('$argon2')) problems.push('a password hash');
  // The OpenAPI document describes fields (a password input, the review's correctAnswer); it holds no values.
  if (typeof res.body !== 'object' || res.body === null || route.path === '/api/docs-json') return problems;
  const seesKeys = caller !== 'anonymous' && ROLE_PERMISSIONS[caller].includes(Permission.ItemsRead);
  // After submission the result explains each answer (the candidate's own review, by design).
  const reviewRoute = route.path.endsWith('/result') || route.path.endsWith('/submit');
  // Enrolling an authenticator shows the caller their own new secret once (for typing it in by hand).
  const ownNewSecret = route.path === '/api/me/totp/enrol';
  const walk = (value: unknown, path: string): void => {
    if (Array.isArray(value)) return value.forEach((v, i) => walk(v, `${path}[${i}]`));
    if (typeof value !== 'object' || value === null) return;
    const obj = value as Record<string, unknown>;
    if ('kty' in obj) for (const m of PRIVATE_JWK_MEMBERS) if (m in obj) problems.push(`private JWK member ${path}.${m}`);
    for (const [k, v] of Object.entries(obj)) {
      if (SECRET_FIELDS.test(k) && !(ownNewSecret && path === '$' && k === 'secret')) problems.push(`secret field ${path}.${k}`);
      if (!seesKeys && !reviewRoute && (k === 'correctAnswer' || (k === 'key' && typeof v === 'object' && v !== null && 'type' in v)))
        problems.push(`answer key ${path}.${k}`);
      walk(v, `${path}.${k}`);
    }
  };
  walk(res.body, '$');
  return problems;
}
