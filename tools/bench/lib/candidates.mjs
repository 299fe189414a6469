// Preparation of benchmark candidates (not measured): the first person and account go through
// the API, the rest are bulk-inserted with SQL reusing that account's password hash (argon2 per
// account would take minutes), then every candidate signs in through the API for a real token.
import pg from 'pg';

export const BENCH_PASSWORD = 'bench candidate passphrase';

export function apiClient(base) {
  async function call(method, path, body, token) {
    const r = await fetch(base + path, {
      method,
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await r.text();
    if (!r.ok) throw new Error(`${method} ${path}: ${r.status} ${text}`);
    return text ? JSON.parse(text) : undefined;
  }
  const login = async (u, p) => (await call('POST', '/api/auth/login', { login: u, password: p })).accessToken;
  return { call, login };
}

/** Runs `fn` over `list` with at most `width` at a time; returns the results in order. */
export async function inBatches(list, width, fn) {
  const out = new Array(list.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(width, list.length) }, async () => {
      while (next < list.length) {
        const i = next++;
        out[i] = await fn(list[i], i);
      }
    }),
  );
  return out;
}

/**
 * `count` civil servants with accounts and access tokens: [{ username, personId, token }].
 * `templateSource` picks the demo template ('chosen': 8 items; 'position_profile': the position's form).
 */
export async function prepareCandidates({ base, databaseUrl, count, prefix = 'bench', templateSource = 'chosen', loginWidth = 4 }) {
  const { call, login } = apiClient(base);
  const admin = await login('admin', 'Demo-Password-2026');
  const orgs = await call('GET', '/api/organisations', undefined, admin);
  const unit = orgs.find((o) => o.code === 'MDDT-EGOV-ES').id;
  const templates = await call('GET', '/api/assessment-templates', undefined, admin);
  const templateId = templates.find((t) => t.blueprint.source === templateSource).id;
  const code = (i) => `${prefix.toUpperCase()}${String(i).padStart(6, '0')}`;

  const first = await call(
    'POST',
    '/api/persons',
    {
      personalCode: code(0),
      firstName: 'Bench',
      lastName: 'Candidate 0',
      organisationId: unit,
      positionCode: 'SPECIALIST',
      positionTitle: 'Mütəxəssis',
    },
    admin,
  );
  await call(
    'POST',
    '/api/accounts',
    { username: `${prefix}0`, personId: first.id, password: BENCH_PASSWORD, roles: [{ role: 'civil_servant' }] },
    admin,
  );
  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    await db.query('BEGIN');
    await db.query(
      `INSERT INTO person (id, personal_code, first_name, last_name, organisation_id, position_code, position_title)
       SELECT gen_random_uuid(), $1 || lpad(i::text, 6, '0'), 'Bench', 'Candidate ' || i, $2, 'SPECIALIST', 'Mütəxəssis'
       FROM generate_series(1, $3 - 1) AS i`,
      [prefix.toUpperCase(), unit, count],
    );
    await db.query(
      `INSERT INTO account (id, username, password_hash, person_id, active)
       SELECT gen_random_uuid(), $1 || substr(p.personal_code, length($1) + 1)::int, a.password_hash, p.id, true
       FROM person p, account a
       WHERE p.personal_code LIKE upper($1) || '%' AND p.personal_code <> $2 AND a.username = $1 || '0'`,
      [prefix, code(0)],
    );
    await db.query(
      `INSERT INTO account_role (account_id, role)
       SELECT a.id, 'civil_servant' FROM account a WHERE a.username LIKE $1 || '%' AND a.username <> $1 || '0'`,
      [prefix],
    );
    await db.query('COMMIT');
  } finally {
    await db.end();
  }
  const rows = Array.from({ length: count }, (_, i) => ({ username: `${prefix}${i}` }));
  const people = await inBatches(rows, loginWidth, async (c) => ({ ...c, token: await login(c.username, BENCH_PASSWORD) }));
  return { templateId, candidates: people, call };
}
