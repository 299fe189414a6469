import { Injectable } from '@nestjs/common';
import { AppConfig } from '@civics/api-platform';
import { ThrottleRepository } from './throttle.repository';
import { IdentityErrorCode, IdentityException } from '../identity.exception';

const MAX_LOCK_SECONDS = 900;

/**
 * Slows down and limits failed sign-ins per account and per address. Account locks grow
 * exponentially (30 s, 60 s, … up to 15 min) once the allowance is spent; an address is
 * locked until its window ends. State lives in PostgreSQL, shared by all replicas.
 */
@Injectable()
export class LoginThrottleService {
  constructor(
    private readonly repo: ThrottleRepository,
    private readonly config: AppConfig,
  ) {}

  keys(login: string, ip: string): { account: string; address: string } {
    return { account: `acct:${login.trim().toLowerCase()}`, address: `ip:${ip}` };
  }

  async assertAllowed(login: string, ip: string): Promise<void> {
    const k = this.keys(login, ip);
    const locked = await this.repo.locked([k.account, k.address]);
    if (locked.size === 0) return;
    const until = Math.max(...[...locked.values()].map((d) => d.getTime()));
    const retryAfter = Math.max(1, Math.ceil((until - Date.now()) / 1000));
    throw new IdentityException(
      IdentityErrorCode.TooManyAttempts,
      `Too many failed sign-ins. Try again in ${retryAfter} seconds.`,
      undefined,
      {
        'retry-after': String(retryAfter),
      },
    );
  }

  async recordFailure(login: string, ip: string): Promise<void> {
    const k = this.keys(login, ip);
    const c = this.config;
    const accountFailures = await this.repo.fail(k.account, c.loginFailureWindowSeconds);
    if (accountFailures >= c.loginMaxFailuresPerAccount) {
      const over = accountFailures - c.loginMaxFailuresPerAccount;
      await this.repo.lock(k.account, Math.min(MAX_LOCK_SECONDS, 30 * 2 ** Math.min(over, 10)));
    }
    const addressFailures = await this.repo.fail(k.address, c.loginFailureWindowSeconds);
    if (addressFailures >= c.loginMaxFailuresPerAddress) await this.repo.lock(k.address, c.loginFailureWindowSeconds);
    // Every failure costs the caller time, which makes guessing slow even below the limits.
    if (c.loginFailureDelayMs > 0) await new Promise((r) => setTimeout(r, c.loginFailureDelayMs));
  }

  async recordSuccess(login: string): Promise<void> {
    await this.repo.clear(this.keys(login, '').account);
  }
}
