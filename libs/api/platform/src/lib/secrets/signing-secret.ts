import { randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import type { AppConfig } from '../config/app-config';

/**
 * The secret that signs access tokens and cookies. JWT_SECRET when set (always in production).
 * Without it (development, tests) a random secret is created once in the database and every
 * replica on that database reads the same one — a per-process random secret would make a token
 * issued by one replica invalid on the next, and end every session on restart.
 */
export class SigningSecret {
  constructor(readonly value: string) {}

  static async resolve(config: AppConfig, ds: DataSource): Promise<SigningSecret> {
    if (config.jwtSecretConfigured) return new SigningSecret(config.jwtSecret);
    // On the primary (TypeORM's default mode here); the first replica to start decides.
    await ds.query(`INSERT INTO platform_secret (name, value) VALUES ('jwt', $1) ON CONFLICT (name) DO NOTHING`, [
      randomBytes(32).toString('base64url'),
    ]);
    const [row] = (await ds.query(`SELECT value FROM platform_secret WHERE name = 'jwt'`)) as { value: string }[];
    return new SigningSecret(row.value);
  }
}
