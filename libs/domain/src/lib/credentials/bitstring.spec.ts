import { STATUS_LIST_SIZE, emptyBitstring, setStatusBit, statusBit } from './bitstring';

describe('status list bitstring', () => {
  it('has the specification’s minimum size of 131,072 entries', () => {
    expect(emptyBitstring().length * 8).toBe(STATUS_LIST_SIZE);
    expect(STATUS_LIST_SIZE).toBe(131_072);
  });

  it('bit 0 is the left-most bit of the first byte', () => {
    const bits = emptyBitstring(16);
    setStatusBit(bits, 0);
    expect(bits[0]).toBe(0x80);
    setStatusBit(bits, 7);
    setStatusBit(bits, 9);
    expect([...bits]).toEqual([0x81, 0x40]);
    expect(statusBit(bits, 9)).toBe(true);
    expect(statusBit(bits, 8)).toBe(false);
    setStatusBit(bits, 0, false);
    expect(bits[0]).toBe(0x01);
  });

  it('refuses indexes outside the list and sizes that are not whole bytes', () => {
    const bits = emptyBitstring(8);
    expect(() => setStatusBit(bits, 8)).toThrow(RangeError);
    expect(() => statusBit(bits, -1)).toThrow(RangeError);
    expect(() => emptyBitstring(12)).toThrow(RangeError);
  });
});
