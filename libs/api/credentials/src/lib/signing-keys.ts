import { generateKeyPairSync } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { calculateJwkThumbprint, importJWK, type CryptoKey, type JWK } from 'jose';
import type { Jwks } from '@civics/contracts';
import { AppConfig, type Ed25519Jwk } from '@civics/api-platform';

export const SIGNING_ALG = 'EdDSA';
/** Where a development key is kept between restarts (inside DATA_DIR). */
export const DEV_KEY_FILE = 'credential-signing-key.json';

interface LoadedKey {
  readonly kid: string;
  readonly publicJwk: Ed25519Jwk;
  readonly publicKey: CryptoKey;
}

/**
 * The Ed25519 keys of the credentials: the signing key from CREDENTIAL_SIGNING_KEY (required in
 * production), or in development one generated once and kept in DATA_DIR (tests: in memory).
 * Retired public keys stay published so that what they signed keeps verifying. Key ids are
 * RFC 7638 thumbprints.
 */
@Injectable()
export class SigningKeys implements OnModuleInit {
  private readonly logger = new Logger('credentials');
  private signing: { kid: string; privateKey: CryptoKey } | null = null;
  private readonly published = new Map<string, LoadedKey>();

  constructor(private readonly config: AppConfig) {}

  async onModuleInit(): Promise<void> {
    const current = this.config.credentialSigningKey ?? (await this.developmentKey());
    const loaded = await this.load(current);
    this.signing = { kid: loaded.kid, privateKey: (await importJWK(current as JWK, SIGNING_ALG)) as CryptoKey };
    this.published.set(loaded.kid, loaded);
    for (const retired of this.config.credentialRetiredKeys) {
      const k = await this.load(retired);
      if (!this.published.has(k.kid)) this.published.set(k.kid, k);
    }
  }

  /** The key that signs new credentials. */
  get current(): { kid: string; privateKey: CryptoKey } {
    if (!this.signing) throw new Error('Signing keys are not loaded');
    return this.signing;
  }

  /** A published public key by id (current or retired), or null. */
  publicKey(kid: string): CryptoKey | null {
    return this.published.get(kid)?.publicKey ?? null;
  }

  /** The JWK Set served at /.well-known/jwks.json (public parts only). */
  jwks(): Jwks {
    return {
      keys: [...this.published.values()].map((k) => ({
        kty: 'OKP',
        crv: 'Ed25519',
        x: k.publicJwk.x,
        kid: k.kid,
        alg: SIGNING_ALG,
        use: 'sig',
      })),
    };
  }

  private async load(jwk: Ed25519Jwk): Promise<LoadedKey> {
    const publicJwk: Ed25519Jwk = { kty: 'OKP', crv: 'Ed25519', x: jwk.x };
    const kid = jwk.kid ?? (await calculateJwkThumbprint(publicJwk as JWK, 'sha256'));
    return { kid, publicJwk, publicKey: (await importJWK(publicJwk as JWK, SIGNING_ALG)) as CryptoKey };
  }

  private async developmentKey(): Promise<Ed25519Jwk> {
    if (this.config.production) throw new Error('CREDENTIAL_SIGNING_KEY is required in production');
    const fresh = () => generateKeyPairSync('ed25519').privateKey.export({ format: 'jwk' }) as unknown as Ed25519Jwk;
    if (this.config.nodeEnv === 'test') return fresh();
    const file = join(this.config.dataDir, DEV_KEY_FILE);
    try {
      return JSON.parse(await readFile(file, 'utf8')) as Ed25519Jwk;
    } catch {
      const key = fresh();
      await mkdir(dirname(file), { recursive: true });
      await writeFile(file, JSON.stringify(key), { mode: 0o600 });
      this.logger.warn(`Generated a development credential signing key in ${file}; set CREDENTIAL_SIGNING_KEY in production`);
      return key;
    }
  }
}
