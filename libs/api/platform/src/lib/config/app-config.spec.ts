import { AppConfig, ConfigError } from './app-config';

/** A throw-away Ed25519 key (RFC 8037 appendix A.1 test vector). */
const KEY = {
  kty: 'OKP',
  crv: 'Ed25519',
  d: 'nWGxne_9WmC6hEr0kuwsxERJxWl7MmkZcDusAxyuf2A',
  x: '11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo',
};

describe('AppConfig', () => {
  it('uses development defaults', () => {
    const c = new AppConfig({});
    expect(c.port).toBe(3000);
    expect(c.databaseUrl).toBeNull();
    expect(c.seedDemo).toBe(true);
    expect(c.jwtSecret.length).toBeGreaterThanOrEqual(32);
    expect(c.oidc).toBeNull();
  });

  it('names every invalid variable', () => {
    expect(() => new AppConfig({ PORT: 'abc', DATABASE_URL: 'mysql://x' })).toThrow(ConfigError);
    try {
      new AppConfig({ PORT: 'abc', DATABASE_URL: 'mysql://x' });
    } catch (e) {
      expect((e as ConfigError).problems.join('\n')).toMatch(/PORT/);
      expect((e as ConfigError).problems.join('\n')).toMatch(/DATABASE_URL/);
    }
  });

  it('requires a JWT secret and a credential signing key, and refuses demo data in production', () => {
    expect(() => new AppConfig({ NODE_ENV: 'production' })).toThrow(/JWT_SECRET/);
    expect(() => new AppConfig({ NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(40) })).toThrow(/CREDENTIAL_SIGNING_KEY/);
    const prod = { NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(40), CREDENTIAL_SIGNING_KEY: JSON.stringify(KEY) };
    expect(() => new AppConfig({ ...prod, SEED_DEMO: 'true' })).toThrow(/SEED_DEMO/);
    expect(new AppConfig(prod).seedDemo).toBe(false);
  });

  it('reads the credential keys as Ed25519 JWKs and names a wrong one', () => {
    const c = new AppConfig({
      CREDENTIAL_SIGNING_KEY: JSON.stringify(KEY),
      CREDENTIAL_RETIRED_KEYS: JSON.stringify([{ ...KEY, d: undefined }]),
    });
    expect(c.credentialSigningKey).toMatchObject({ kty: 'OKP', crv: 'Ed25519', x: KEY.x, d: KEY.d });
    expect(c.credentialRetiredKeys).toHaveLength(1);
    expect(new AppConfig({}).credentialSigningKey).toBeNull();
    expect(() => new AppConfig({ CREDENTIAL_SIGNING_KEY: 'not json' })).toThrow(/CREDENTIAL_SIGNING_KEY/);
    expect(() => new AppConfig({ CREDENTIAL_SIGNING_KEY: JSON.stringify({ ...KEY, d: undefined }) })).toThrow(/private key/);
    expect(() => new AppConfig({ CREDENTIAL_SIGNING_KEY: JSON.stringify({ ...KEY, crv: 'P-256' }) })).toThrow(/Ed25519/);
  });

  it('writes mail to files under DATA_DIR unless SMTP is configured', () => {
    const c = new AppConfig({ DATA_DIR: '/tmp/civics-data' });
    expect(c.smtpUrl).toBeNull();
    expect(c.mailDir).toBe('/tmp/civics-data/mail');
    expect(new AppConfig({ SMTP_URL: 'smtp://mail.example:25' }).smtpUrl).toBe('smtp://mail.example:25');
    expect(() => new AppConfig({ SMTP_URL: 'http://mail.example' })).toThrow(/SMTP_URL/);
    expect(new AppConfig({ SMTP_URL: '' }).smtpUrl).toBeNull();
  });

  it('needs all three OIDC settings together', () => {
    expect(() => new AppConfig({ OIDC_ISSUER: 'https://idp.example' })).toThrow(/OIDC/);
    const c = new AppConfig({ OIDC_ISSUER: 'https://idp.example', OIDC_CLIENT_ID: 'a', OIDC_CLIENT_SECRET: 'b' });
    expect(c.oidc?.clientId).toBe('a');
  });

  it('reads replica URLs, refuses a bad one and replicas without a primary URL', () => {
    const primary = 'postgres://a@db:5432/civics';
    const c = new AppConfig({ DATABASE_URL: primary, DATABASE_REPLICA_URLS: ' postgres://a@r1/civics , postgresql://a@r2/civics,' });
    expect(c.databaseReplicaUrls).toEqual(['postgres://a@r1/civics', 'postgresql://a@r2/civics']);
    expect(new AppConfig({ DATABASE_URL: primary }).databaseReplicaUrls).toEqual([]);
    expect(() => new AppConfig({ DATABASE_URL: primary, DATABASE_REPLICA_URLS: 'mysql://r1' })).toThrow(/DATABASE_REPLICA_URLS/);
    expect(() => new AppConfig({ DATABASE_REPLICA_URLS: 'postgres://a@r1/civics' })).toThrow(/needs DATABASE_URL/);
  });

  it('says whether the signing secret was configured, and checks the instance name', () => {
    expect(new AppConfig({}).jwtSecretConfigured).toBe(false);
    expect(new AppConfig({ JWT_SECRET: 'y'.repeat(40) })).toMatchObject({ jwtSecretConfigured: true, jwtSecret: 'y'.repeat(40) });
    expect(new AppConfig({ INSTANCE_NAME: 'civics-api-7d9f-x2' }).instanceName).toBe('civics-api-7d9f-x2');
    expect(new AppConfig({}).instanceName).toBeNull();
    expect(() => new AppConfig({ INSTANCE_NAME: 'a b' })).toThrow(/INSTANCE_NAME/);
  });
});
