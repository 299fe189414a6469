import { safeReturnUrl } from './app-paths';

describe('safeReturnUrl', () => {
  it('follows paths inside the app', () => {
    expect(safeReturnUrl('/home/hr?tab=2')).toBe('/home/hr?tab=2');
  });

  it('refuses other sites, protocol-relative tricks and the sign-in page itself', () => {
    for (const bad of ['https://evil.example', '//evil.example', '/\\evil.example', '/sign-in', '/sign-in?returnUrl=/x', '', null]) {
      expect(safeReturnUrl(bad)).toBe('/home');
    }
  });
});
