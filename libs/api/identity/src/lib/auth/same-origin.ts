/**
 * CSRF defence for the endpoints that act on the refresh cookie (refresh, logout). The cookie is
 * SameSite=Strict already; this is the second layer (OWASP: verify the origin with standard
 * headers). A browser marks a request from another site with `Sec-Fetch-Site: cross-site` and
 * always names the page's origin in `Origin` on a POST; clients that are not browsers send
 * neither and cannot be forged into sending the cookie.
 */
export function isCrossSite(headers: Record<string, string | string[] | undefined>, publicUrl: string): boolean {
  const fetchSite = one(headers['sec-fetch-site']);
  if (fetchSite === 'cross-site') return true;
  const origin = one(headers['origin']);
  if (origin === undefined) return false;
  if (origin === 'null') return true;
  let originHost: string;
  try {
    originHost = new URL(origin).host.toLowerCase();
  } catch {
    return true;
  }
  const host = one(headers['host'])?.toLowerCase();
  const forwardedHost = one(headers['x-forwarded-host'])?.split(',')[0]?.trim().toLowerCase();
  const allowed = new Set([host, forwardedHost, hostOf(publicUrl)].filter((h): h is string => !!h));
  return !allowed.has(originHost);
}

function one(v: string | string[] | undefined): string | undefined {
  return Array.isArray(v) ? v[0] : v;
}

function hostOf(url: string): string | undefined {
  try {
    return new URL(url).host.toLowerCase();
  } catch {
    return undefined;
  }
}
