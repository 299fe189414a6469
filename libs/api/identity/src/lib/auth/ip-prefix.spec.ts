import { ipPrefix } from './ip-prefix';

describe('ipPrefix', () => {
  it('keeps the /24 of IPv4, also when mapped into IPv6', () => {
    expect(ipPrefix('203.0.113.77')).toBe('203.0.113.x');
    expect(ipPrefix('::ffff:10.1.2.3')).toBe('10.1.2.x');
  });
  it('keeps the /48 of IPv6', () => {
    expect(ipPrefix('2001:db8:abcd:12::1')).toBe('2001:db8:abcd:/48');
    expect(ipPrefix('::1')).toBe('::/48');
  });
  it('gives nothing for a missing or odd value', () => {
    expect(ipPrefix(null)).toBeNull();
    expect(ipPrefix('unknown')).toBeNull();
  });
});
