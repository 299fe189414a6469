import { createHash } from 'node:crypto';

/** RFC 4122 URL namespace: the names hashed below are URN-like strings. */
export const URL_NAMESPACE = '6ba7b811-9dad-11d1-80b4-00c04fd430c8';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Name-based UUID (RFC 4122 version 5, SHA-1): the same namespace and name always give the
 * same identifier, so exporting the same version twice yields identical packages.
 */
export function uuidV5(namespace: string, name: string): string {
  if (!UUID.test(namespace)) throw new Error(`Not a UUID namespace: ${namespace}`);
  const ns = Buffer.from(namespace.replace(/-/g, ''), 'hex');
  const hash = createHash('sha1').update(ns).update(name, 'utf8').digest();
  const bytes = hash.subarray(0, 16);
  bytes[6] = (bytes[6] & 0x0f) | 0x50; // version 5
  bytes[8] = (bytes[8] & 0x3f) | 0x80; // RFC 4122 variant
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** Identifier of the CASE document of a methodology version (code + version number). */
export function documentIdentifier(code: string, versionNumber: number): string {
  return uuidV5(URL_NAMESPACE, `urn:civics:methodology:${code}:${versionNumber}`);
}
