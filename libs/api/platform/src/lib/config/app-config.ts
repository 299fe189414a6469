import { randomBytes } from 'node:crypto';
import { resolve } from 'node:path';
import { z } from 'zod';

/** An Ed25519 key as a JSON Web Key (RFC 8037): `{"kty":"OKP","crv":"Ed25519","x":…[,"d":…]}`. */
export interface Ed25519Jwk {
  readonly kty: 'OKP';
  readonly crv: 'Ed25519';
  readonly x: string;
  readonly d?: string;
  readonly kid?: string;
}

const B64URL = /^[A-Za-z0-9_-]{43}$/;
const Ed25519JwkSchema = z.looseObject({
  kty: z.literal('OKP'),
  crv: z.literal('Ed25519'),
  x: z.string().regex(B64URL, '32 bytes, base64url'),
  d: z.string().regex(B64URL, '32 bytes, base64url').optional(),
  kid: z.string().min(1).max(200).optional(),
});

/** A JSON text holding a JWK (or, with `many`, an array of them). */
function jwkJson(many: boolean, needsPrivate: boolean) {
  return z.string().transform((text, ctx) => {
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      ctx.addIssue({ code: 'custom', message: 'must be JSON (a JSON Web Key)' });
      return z.NEVER;
    }
    const parsed = (many ? z.array(Ed25519JwkSchema).max(20) : Ed25519JwkSchema).safeParse(value);
    if (!parsed.success) {
      ctx.addIssue({ code: 'custom', message: `must be an Ed25519 JWK${many ? ' array' : ''}: ${parsed.error.issues[0]?.message}` });
      return z.NEVER;
    }
    const keys = (Array.isArray(parsed.data) ? parsed.data : [parsed.data]) as Ed25519Jwk[];
    if (needsPrivate && keys.some((k) => !k.d)) {
      ctx.addIssue({ code: 'custom', message: 'must be a private key (with "d")' });
      return z.NEVER;
    }
    return keys;
  });
}

const bool = z.enum(['true', 'false', '1', '0', 'yes', 'no']).transform((v) => v === 'true' || v === '1' || v === 'yes');

const EnvSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  PUBLIC_URL: z.url().optional(),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL')
    .optional(),
  // Read replicas (streaming standbys of DATABASE_URL), comma-separated; see database/replica-reads.ts.
  DATABASE_REPLICA_URLS: z
    .string()
    .transform((v) =>
      v
        .split(',')
        .map((u) => u.trim())
        .filter(Boolean),
    )
    .pipe(z.array(z.string().regex(/^postgres(ql)?:\/\//, 'each must be a postgres:// URL')).max(16))
    .optional(),
  DATA_DIR: z.string().default('.data'),
  EMBEDDED_PG_PORT: z.coerce.number().int().min(1024).max(65535).default(54329),
  DB_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(20),
  /** How long a request waits for a new database connection before it is answered 503 (database down). */
  DB_CONNECT_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(2000),
  MIGRATIONS_RUN: bool.default(true),
  JOBS_ENABLED: bool.default(true),
  JWT_SECRET: z.string().min(32, 'at least 32 characters').optional(),
  ACCESS_TOKEN_TTL_SECONDS: z.coerce.number().int().min(30).max(3600).default(900),
  REFRESH_TOKEN_TTL_DAYS: z.coerce.number().int().min(1).max(90).default(14),
  COOKIE_SECURE: bool.optional(),
  TRUST_PROXY: bool.default(false),
  LOGIN_MAX_FAILURES_PER_ACCOUNT: z.coerce.number().int().min(1).max(1000).default(5),
  LOGIN_MAX_FAILURES_PER_ADDRESS: z.coerce.number().int().min(1).max(10000).default(50),
  LOGIN_FAILURE_WINDOW_SECONDS: z.coerce.number().int().min(10).max(86400).default(900),
  LOGIN_FAILURE_DELAY_MS: z.coerce.number().int().min(0).max(5000).default(400),
  SEED_DEMO: bool.optional(),
  DEMO_PASSWORD: z.string().min(12).max(128).default('Demo-Password-2026'),
  WEB_ROOT: z.string().default('dist/apps/web/browser'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  OIDC_ISSUER: z.url().optional(),
  OIDC_CLIENT_ID: z.string().min(1).optional(),
  OIDC_CLIENT_SECRET: z.string().min(1).optional(),
  OIDC_LABEL: z.string().min(1).max(80).default('Single sign-on'),
  OIDC_SCOPES: z.string().default('openid email profile'),
  CALIBRATION_MIN_SAMPLE: z.coerce.number().int().min(10).max(100000).default(200),
  OIDC_ALLOW_HTTP: bool.default(false),
  // Names this process in the X-Instance response header and in its logs (e.g. the pod name).
  INSTANCE_NAME: z
    .string()
    .regex(/^[A-Za-z0-9._-]{1,64}$/, 'letters, digits, dot, dash or underscore (at most 64)')
    .optional(),
  // Empty means "not configured" (compose passes `${SMTP_URL:-}`).
  SMTP_URL: z.preprocess(
    (v) => (v === '' ? undefined : v),
    z
      .string()
      .regex(/^smtps?:\/\//, 'must be an smtp:// or smtps:// URL')
      .optional(),
  ),
  MAIL_FROM: z.string().min(3).max(300).default('ICT Competency Platform <no-reply@civics.gov.az>'),
  MAIL_DIR: z.string().optional(),
  CREDENTIAL_SIGNING_KEY: jwkJson(false, true).optional(),
  CREDENTIAL_RETIRED_KEYS: jwkJson(true, false).optional(),
  CREDENTIAL_ISSUER_NAME: z.string().min(3).max(300).default('Civil Service ICT Competency Platform'),
  ATTESTATION_APPEAL_DAYS: z.coerce.number().int().min(1).max(365).default(10),
  // The restricted role the API works as (no UPDATE/DELETE on the audit trail); `none` to stay the login user.
  DATABASE_APP_ROLE: z
    .string()
    .regex(/^[a-z_][a-z0-9_]{0,62}$/, 'a lower-case PostgreSQL role name, or none')
    .default('civics_app'),
  // People who left the service longer ago than this are pseudonymised by the retention job.
  RETENTION_YEARS: z.coerce.number().int().min(1).max(100).default(5),
  // AES-256 key (32 bytes, base64 or hex) sealing TOTP secrets at rest; unset: derived from the signing secret.
  TOTP_ENCRYPTION_KEY: z
    .string()
    .transform((v, ctx) => {
      const bytes = /^[0-9a-fA-F]{64}$/.test(v) ? Buffer.from(v, 'hex') : Buffer.from(v, 'base64');
      if (bytes.length !== 32) {
        ctx.addIssue({ code: 'custom', message: 'must be 32 bytes, as 64 hex digits or base64' });
        return z.NEVER;
      }
      return new Uint8Array(bytes);
    })
    .optional(),
});

export type Env = Record<string, string | undefined>;

export interface OidcConfig {
  readonly issuer: string;
  readonly clientId: string;
  readonly clientSecret: string;
  readonly label: string;
  readonly scopes: string;
  readonly allowHttp: boolean;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n  ${problems.join('\n  ')}`);
  }
}

/**
 * The one validated configuration of the API. Built from the environment once at start;
 * nothing else reads process.env.
 */
export class AppConfig {
  readonly nodeEnv: 'development' | 'production' | 'test';
  readonly port: number;
  readonly host: string;
  readonly publicUrl: string;
  readonly databaseUrl: string | null;
  /** Streaming replicas that serve the reads routed to them (empty: everything on the primary). */
  readonly databaseReplicaUrls: readonly string[];
  readonly dataDir: string;
  readonly embeddedPgPort: number;
  readonly dbPoolSize: number;
  readonly dbConnectTimeoutMs: number;
  readonly migrationsRun: boolean;
  readonly jobsEnabled: boolean;
  /** JWT_SECRET; when unset (never in production), a random one (see SigningSecret for what replicas share). */
  readonly jwtSecret: string;
  readonly jwtSecretConfigured: boolean;
  readonly accessTokenTtlSeconds: number;
  readonly refreshTokenTtlDays: number;
  readonly cookieSecure: boolean;
  readonly trustProxy: boolean;
  readonly loginMaxFailuresPerAccount: number;
  readonly loginMaxFailuresPerAddress: number;
  readonly loginFailureWindowSeconds: number;
  readonly loginFailureDelayMs: number;
  readonly seedDemo: boolean;
  readonly demoPassword: string;
  readonly webRoot: string;
  readonly logLevel: string;
  readonly oidc: OidcConfig | null;
  /** Responses each item needs before its competency can be calibrated. */
  readonly calibrationMinSample: number;
  readonly instanceName: string | null;
  /** Outgoing mail: the SMTP server, or null to write .eml files into `mailDir` (development). */
  readonly smtpUrl: string | null;
  readonly mailFrom: string;
  readonly mailDir: string;
  /**
   * The Ed25519 key that signs credentials; null in development until generated (the
   * credentials feature then creates one and keeps it in DATA_DIR). Required in production.
   */
  readonly credentialSigningKey: Ed25519Jwk | null;
  /** Earlier public keys, still published so that credentials they signed keep verifying. */
  readonly credentialRetiredKeys: readonly Ed25519Jwk[];
  readonly credentialIssuerName: string;
  /** Days after a decision during which the candidate may appeal. */
  readonly attestationAppealDays: number;
  /** Role the API's pool switches to after migrations (null: none); see PlatformModule. */
  readonly databaseAppRole: string | null;
  /** Years after leaving the service after which a person's identity is pseudonymised. */
  readonly retentionYears: number;
  /** Seals TOTP secrets; null when unset (then derived from the signing secret, see TotpService). */
  readonly totpEncryptionKey: Uint8Array | null;

  constructor(env: Env) {
    const parsed = EnvSchema.safeParse(env);
    if (!parsed.success) {
      throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
    }
    const e = parsed.data;
    const production = e.NODE_ENV === 'production';
    const problems: string[] = [];
    if (production && !e.JWT_SECRET) problems.push('JWT_SECRET: required in production');
    if (production && !e.CREDENTIAL_SIGNING_KEY) problems.push('CREDENTIAL_SIGNING_KEY: required in production (an Ed25519 private JWK)');
    if (production && e.SEED_DEMO) problems.push('SEED_DEMO: demo data is never seeded in production');
    const oidcParts = [e.OIDC_ISSUER, e.OIDC_CLIENT_ID, e.OIDC_CLIENT_SECRET].filter(Boolean).length;
    if (e.DATABASE_REPLICA_URLS?.length && !e.DATABASE_URL)
      problems.push('DATABASE_REPLICA_URLS: needs DATABASE_URL (the embedded PostgreSQL has no replicas)');
    if (oidcParts > 0 && oidcParts < 3) {
      problems.push('OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET: set all three or none');
    }
    if (problems.length) throw new ConfigError(problems);

    this.nodeEnv = e.NODE_ENV;
    this.port = e.PORT;
    this.host = e.HOST;
    this.publicUrl = (e.PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/$/, '');
    this.databaseUrl = e.DATABASE_URL ?? null;
    this.databaseReplicaUrls = e.DATABASE_REPLICA_URLS ?? [];
    this.dataDir = resolve(e.DATA_DIR);
    this.embeddedPgPort = e.EMBEDDED_PG_PORT;
    this.dbPoolSize = e.DB_POOL_SIZE;
    this.dbConnectTimeoutMs = e.DB_CONNECT_TIMEOUT_MS;
    this.migrationsRun = e.MIGRATIONS_RUN;
    this.jobsEnabled = e.JOBS_ENABLED;
    // Without JWT_SECRET (never in production) the API signs with a secret kept in the database,
    // shared by every replica on it (SigningSecret); this random value is only its fallback.
    this.jwtSecret = e.JWT_SECRET ?? randomBytes(32).toString('base64url');
    this.jwtSecretConfigured = e.JWT_SECRET !== undefined;
    this.accessTokenTtlSeconds = e.ACCESS_TOKEN_TTL_SECONDS;
    this.refreshTokenTtlDays = e.REFRESH_TOKEN_TTL_DAYS;
    this.cookieSecure = e.COOKIE_SECURE ?? this.publicUrl.startsWith('https://');
    this.trustProxy = e.TRUST_PROXY;
    this.loginMaxFailuresPerAccount = e.LOGIN_MAX_FAILURES_PER_ACCOUNT;
    this.loginMaxFailuresPerAddress = e.LOGIN_MAX_FAILURES_PER_ADDRESS;
    this.loginFailureWindowSeconds = e.LOGIN_FAILURE_WINDOW_SECONDS;
    this.loginFailureDelayMs = e.LOGIN_FAILURE_DELAY_MS;
    this.seedDemo = e.SEED_DEMO ?? !production;
    this.demoPassword = e.DEMO_PASSWORD;
    this.webRoot = resolve(e.WEB_ROOT);
    this.logLevel = e.LOG_LEVEL;
    this.calibrationMinSample = e.CALIBRATION_MIN_SAMPLE;
    this.instanceName = e.INSTANCE_NAME ?? null;
    this.smtpUrl = e.SMTP_URL ?? null;
    this.mailFrom = e.MAIL_FROM;
    this.mailDir = resolve(e.MAIL_DIR ?? resolve(e.DATA_DIR, 'mail'));
    this.credentialSigningKey = e.CREDENTIAL_SIGNING_KEY?.[0] ?? null;
    this.credentialRetiredKeys = e.CREDENTIAL_RETIRED_KEYS ?? [];
    this.credentialIssuerName = e.CREDENTIAL_ISSUER_NAME;
    this.attestationAppealDays = e.ATTESTATION_APPEAL_DAYS;
    this.databaseAppRole = e.DATABASE_APP_ROLE === 'none' ? null : e.DATABASE_APP_ROLE;
    this.retentionYears = e.RETENTION_YEARS;
    this.totpEncryptionKey = e.TOTP_ENCRYPTION_KEY ?? null;
    this.oidc =
      e.OIDC_ISSUER && e.OIDC_CLIENT_ID && e.OIDC_CLIENT_SECRET
        ? {
            issuer: e.OIDC_ISSUER,
            clientId: e.OIDC_CLIENT_ID,
            clientSecret: e.OIDC_CLIENT_SECRET,
            label: e.OIDC_LABEL,
            scopes: e.OIDC_SCOPES,
            allowHttp: e.OIDC_ALLOW_HTTP,
          }
        : null;
  }

  get production(): boolean {
    return this.nodeEnv === 'production';
  }

  static fromProcessEnv(overrides: Env = {}): AppConfig {
    return new AppConfig({ ...process.env, ...overrides });
  }
}
