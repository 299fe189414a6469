import { isCrossSite } from './same-origin';

const PUBLIC = 'https://civics.gov.az';

describe('isCrossSite', () => {
  it('lets a same-origin browser request through', () => {
    expect(isCrossSite({ host: 'localhost:3000', origin: 'http://localhost:3000', 'sec-fetch-site': 'same-origin' }, PUBLIC)).toBe(false);
    expect(isCrossSite({ host: 'internal:3000', origin: 'https://civics.gov.az' }, PUBLIC)).toBe(false);
  });
  it('lets a client without Origin through (not a browser: it cannot be made to send the cookie)', () => {
    expect(isCrossSite({ host: 'localhost:3000' }, PUBLIC)).toBe(false);
  });
  it('refuses another origin, an opaque origin and a cross-site fetch', () => {
    expect(isCrossSite({ host: 'localhost:3000', origin: 'https://evil.example' }, PUBLIC)).toBe(true);
    expect(isCrossSite({ host: 'localhost:3000', origin: 'null' }, PUBLIC)).toBe(true);
    expect(isCrossSite({ host: 'localhost:3000', 'sec-fetch-site': 'cross-site' }, PUBLIC)).toBe(true);
    expect(isCrossSite({ host: 'localhost:3000', origin: 'not a url' }, PUBLIC)).toBe(true);
  });
});
