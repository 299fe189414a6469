import { isWellFormedSerial, makeSerial } from './serial';
import { SERIAL_PATTERN } from '@civics/contracts';

const bytes = (...b: number[]) => Uint8Array.from(b);

describe('certificate serials', () => {
  it('have the published shape and a matching check character', () => {
    const serial = makeSerial(2026, bytes(0, 1, 2, 3, 4, 5, 6, 7, 31));
    expect(serial).toMatch(SERIAL_PATTERN);
    expect(serial.startsWith('ICT-2026-0123456')).toBe(true);
    expect(isWellFormedSerial(serial)).toBe(true);
  });

  it('every random body gives a well-formed serial', () => {
    for (let i = 0; i < 200; i++) {
      const random = Uint8Array.from({ length: 9 }, (_, k) => (i * 37 + k * 11) % 256);
      expect(isWellFormedSerial(makeSerial(2027, random))).toBe(true);
    }
  });

  it('every changed character is caught, and a swap of neighbours unless they differ by 16', () => {
    const serial = makeSerial(2026, bytes(10, 20, 30, 5, 6, 7, 8, 9, 1));
    const body = serial.slice(9);
    for (let i = 0; i < body.length; i++) {
      const other = body[i] === 'Z' ? 'Y' : 'Z';
      expect(isWellFormedSerial(serial.slice(0, 9) + body.slice(0, i) + other + body.slice(i + 1))).toBe(false);
    }
    // A swap changes the sum by 2·(a − b): caught unless the two differ by 16 (or are equal).
    const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
    for (let i = 0; i + 1 < 9; i++) {
      const swapped = serial.slice(0, 9) + body.slice(0, i) + body[i + 1] + body[i] + body.slice(i + 2);
      const d = Math.abs(alphabet.indexOf(body[i]) - alphabet.indexOf(body[i + 1]));
      expect(isWellFormedSerial(swapped)).toBe(d === 0 || d === 16);
    }
    expect(isWellFormedSerial(serial.replace('2026', '2025'))).toBe(false);
  });

  it('malformed input is not a serial', () => {
    for (const s of ['', 'ICT-2026-', 'ict-2026-0123456789', 'ICT-26-0123456789', 'ICT-2026-0123456IL9', "ICT-2026-01234'; --"])
      expect(isWellFormedSerial(s)).toBe(false);
  });
});
