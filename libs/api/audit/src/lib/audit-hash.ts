import { createHash } from 'node:crypto';

export const GENESIS_HASH = '0'.repeat(64);

export interface ChainedFields {
  readonly seq: string;
  readonly occurredAt: Date;
  readonly actorAccountId: string | null;
  readonly action: string;
  readonly subjectPersonId: string | null;
  readonly purpose: string | null;
  readonly requestId: string | null;
  readonly details: Record<string, unknown>;
}

/** JSON with sorted keys, so the hash does not depend on how jsonb orders them. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

/** Hash of one event chained to its predecessor; the sequence number is inside, so moving rows breaks it. */
export function chainHash(prevHash: string, e: ChainedFields): string {
  const body = canonical({
    seq: e.seq,
    occurredAt: e.occurredAt.toISOString(),
    actorAccountId: e.actorAccountId,
    action: e.action,
    subjectPersonId: e.subjectPersonId,
    purpose: e.purpose,
    requestId: e.requestId,
    details: e.details,
  });
  return createHash('sha256').update(prevHash).update('\n').update(body).digest('hex');
}
