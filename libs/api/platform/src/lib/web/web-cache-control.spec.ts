import { webCacheControl } from './web-cache-control';

describe('webCacheControl', () => {
  it('keeps content-hashed files for a year, also their precompressed variants', () => {
    for (const f of ['/w/main-TX7PEZN3.js', '/w/chunk-BYkdBvnX.js.br', '/w/styles-CJPF2AUU.css.gz', 'C:\\w\\chunk-Ab_cd-12.js'])
      expect(webCacheControl(f)).toBe('public, max-age=31536000, immutable');
  });

  it('revalidates index.html, the service worker and the translations every time', () => {
    expect(webCacheControl('/w/sw.js')).toBe('no-cache');
    expect(webCacheControl('/w/index.html')).toBe('no-cache');
    expect(webCacheControl('/w/index.html.br')).toBe('no-cache');
    expect(webCacheControl('/w/i18n/az.json.gz')).toBe('no-cache');
  });

  it('gives other files a day', () => {
    expect(webCacheControl('/w/favicon.ico')).toBe('public, max-age=86400');
    expect(webCacheControl('/w/main.js')).toBe('public, max-age=86400');
  });
});
