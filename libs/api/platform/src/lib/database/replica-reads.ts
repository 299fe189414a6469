import { Logger } from '@nestjs/common';
import type { DataSource, EntityManager } from 'typeorm';

const logger = new Logger('replica');

/** Errors that mean "this server cannot be reached or is shutting down", not "the query is wrong". */
const UNREACHABLE = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENOTFOUND',
  '57P01',
  '57P02',
  '57P03',
  '08000',
  '08001',
  '08006',
]);

function unreachable(e: unknown): boolean {
  const err = e as { code?: string; message?: string; driverError?: { code?: string } };
  const code = err?.code ?? err?.driverError?.code;
  if (code && UNREACHABLE.has(code)) return true;
  return /timeout exceeded when trying to connect|Connection terminated/i.test(err?.message ?? '');
}

/**
 * Runs read-only `work` on a read replica (DATABASE_REPLICA_URLS; TypeORM's 'slave' pool), or on
 * the primary when no replica is configured. This is the one way a repository sends a read to a
 * replica: use it only for reads that may lag the primary by the replication delay (public
 * catalogues, frameworks, analytics), never for a read that must see the caller's own write.
 *
 * When the replica cannot be reached the same work runs on the primary (it only reads, so
 * running it again is safe) and a warning is logged: a lost replica slows reads down but does
 * not take them away.
 */
export async function readFromReplica<T>(ds: DataSource, work: (m: EntityManager) => Promise<T>): Promise<T> {
  const replicated = 'replication' in ds.options && !!ds.options.replication;
  try {
    return await runWith(ds, replicated ? 'slave' : 'master', work);
  } catch (e) {
    if (!replicated || !unreachable(e)) throw e;
    logger.warn(`Read replica unreachable (${(e as Error).message}); reading from the primary`);
    return runWith(ds, 'master', work);
  }
}

async function runWith<T>(ds: DataSource, mode: 'master' | 'slave', work: (m: EntityManager) => Promise<T>): Promise<T> {
  const runner = ds.createQueryRunner(mode);
  try {
    return await work(runner.manager);
  } finally {
    await runner.release();
  }
}
