import { gunzipSync, gzipSync } from 'node:zlib';
import { emptyBitstring, setStatusBit } from '@civics/domain';

/**
 * `encodedList` of a Bitstring Status List v1.0: the GZIP-compressed bitstring, base64url without
 * padding, with the multibase prefix `u`.
 */
export function encodeStatusList(size: number, setIndexes: readonly number[]): string {
  const bits = emptyBitstring(size);
  for (const i of setIndexes) setStatusBit(bits, i);
  return `u${gzipSync(bits).toString('base64url')}`;
}

/** The bitstring of an `encodedList` (for tests and for checking a list we did not make). */
export function decodeStatusList(encodedList: string): Uint8Array {
  if (!encodedList.startsWith('u')) throw new Error('encodedList must be multibase base64url (prefix "u")');
  return new Uint8Array(gunzipSync(Buffer.from(encodedList.slice(1), 'base64url')));
}
