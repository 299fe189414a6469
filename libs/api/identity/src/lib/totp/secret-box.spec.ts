import { randomBytes } from 'node:crypto';
import { open, seal } from './secret-box';

describe('secret box', () => {
  it('opens what it sealed, with a fresh IV each time', () => {
    const key = randomBytes(32);
    const a = seal(key, 'JBSWY3DPEHPK3PXP');
    expect(open(key, a)).toBe('JBSWY3DPEHPK3PXP');
    expect(seal(key, 'JBSWY3DPEHPK3PXP')).not.toBe(a);
    expect(a).not.toContain('JBSWY3DPEHPK3PXP');
  });
  it('refuses another key or a changed ciphertext', () => {
    const key = randomBytes(32);
    const a = seal(key, 'secret');
    expect(() => open(randomBytes(32), a)).toThrow();
    const parts = a.split('.');
    parts[3] = Buffer.from('other!').toString('base64url');
    expect(() => open(key, parts.join('.'))).toThrow();
  });
});
