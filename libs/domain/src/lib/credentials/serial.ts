/** Crockford base 32: no I, L, O, U (nothing to misread when typed from paper). */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const BODY = 9;
const PATTERN = /^ICT-(\d{4})-([0-9A-HJKMNP-TV-Z]{10})$/;

/**
 * Weighted sum modulo 32 with odd weights: an odd weight is invertible modulo 32, so changing any
 * one character (a difference of 1..31) always changes the check character.
 */
function checkChar(year: string, body: string): string {
  const values = [...year].map(Number).concat([...body].map((c) => ALPHABET.indexOf(c)));
  const sum = values.reduce((s, v, k) => s + (2 * k + 1) * v, 0);
  return ALPHABET[sum % 32];
}

/**
 * A certificate serial `ICT-<year>-<9 random characters><check character>`. The body is random
 * (45 bits), so serials cannot be enumerated to find who holds a certificate; the check
 * character catches every single mistyped character and most swaps before a database lookup.
 */
export function makeSerial(year: number, random: Uint8Array): string {
  if (!Number.isInteger(year) || year < 1000 || year > 9999) throw new RangeError(`year must have four digits, got ${year}`);
  if (random.length < BODY) throw new RangeError(`need ${BODY} random bytes, got ${random.length}`);
  const body = Array.from(random.subarray(0, BODY), (b) => ALPHABET[b & 31]).join('');
  const y = String(year);
  return `ICT-${y}-${body}${checkChar(y, body)}`;
}

/** True when `serial` has the serial's shape and its check character matches. */
export function isWellFormedSerial(serial: string): boolean {
  const m = PATTERN.exec(serial);
  if (!m) return false;
  const [, year, rest] = m;
  return checkChar(year, rest.slice(0, BODY)) === rest[BODY];
}
