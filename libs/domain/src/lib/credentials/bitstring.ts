/**
 * The bitstring of a W3C Bitstring Status List v1.0: bit i is the status of the credential with
 * `statusListIndex` i, bit 0 being the left-most (most significant) bit of the first byte.
 * 131,072 entries (16 KB) is the specification's minimum, so that a list gives its holders herd
 * privacy.
 */
export const STATUS_LIST_SIZE = 131_072;

export function emptyBitstring(size = STATUS_LIST_SIZE): Uint8Array {
  if (!Number.isInteger(size) || size <= 0 || size % 8 !== 0) throw new RangeError(`size must be a positive multiple of 8, got ${size}`);
  return new Uint8Array(size / 8);
}

function position(bits: Uint8Array, index: number): { byte: number; mask: number } {
  if (!Number.isInteger(index) || index < 0 || index >= bits.length * 8) throw new RangeError(`index ${index} is outside the list`);
  return { byte: index >> 3, mask: 0x80 >> (index & 7) };
}

export function setStatusBit(bits: Uint8Array, index: number, value = true): void {
  const { byte, mask } = position(bits, index);
  bits[byte] = value ? bits[byte] | mask : bits[byte] & ~mask;
}

export function statusBit(bits: Uint8Array, index: number): boolean {
  const { byte, mask } = position(bits, index);
  return (bits[byte] & mask) !== 0;
}
