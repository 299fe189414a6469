/**
 * Cache lifetimes of the web files: names with a content hash (main-…, chunk-…, styles-…) never
 * change and are kept for a year; index.html and the translations (same name in every release)
 * are revalidated each time (ETag, so an unchanged file costs a 304).
 */
export function webCacheControl(path: string): string {
  // setHeaders sees the file actually sent, which may be the precompressed variant.
  const name = (path.split(/[\\/]/).pop() ?? '').replace(/\.(br|gz)$/, '');
  if (/^(main|chunk|styles|polyfills|media)-[\w-]{6,}\.[a-z0-9]+$/i.test(name)) return 'public, max-age=31536000, immutable';
  // The service worker too, so a new release's worker is found at once.
  if (name === 'index.html' || name === 'sw.js' || name.endsWith('.json')) return 'no-cache';
  return 'public, max-age=86400';
}
