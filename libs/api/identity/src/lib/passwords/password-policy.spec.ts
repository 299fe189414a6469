import { passwordProblems } from './password-policy';

describe('passwordProblems', () => {
  it('accepts a long uncommon passphrase without composition rules', () => {
    expect(passwordProblems('correct horse battery staple')).toEqual([]);
    expect(passwordProblems('şəhər küçəsi ağacı')).toEqual([]);
  });
  it('refuses short and over-long passwords', () => {
    expect(passwordProblems('short-pass1')).toContain('too_short');
    expect(passwordProblems('x'.repeat(129))).toContain('too_long');
    expect(passwordProblems('x'.repeat(128))).not.toContain('too_long');
  });
  it('counts code points, not UTF-16 units', () => {
    expect(passwordProblems('😀'.repeat(12))).not.toContain('too_short');
  });
  it('refuses common passwords whatever their case', () => {
    expect(passwordProblems('password1234')).toContain('common');
    expect(passwordProblems('PASSWORD1234')).toContain('common');
  });
  it('refuses the user name as password', () => {
    expect(passwordProblems('methodologist', { username: 'methodologist' })).toContain('contains_username');
  });
});
