/**
 * The network part of an address, so a person recognises "home" or "office" without the list
 * exposing the full address: IPv4 /24 (203.0.113.x), IPv6 /48.
 */
export function ipPrefix(ip: string | null): string | null {
  if (!ip) return null;
  const v4 = /^(?:::ffff:)?(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.\d{1,3}$/i.exec(ip);
  if (v4) return `${v4[1]}.${v4[2]}.${v4[3]}.x`;
  if (ip.includes(':')) {
    const [head] = ip.split('::');
    const groups = head.split(':').filter(Boolean).slice(0, 3);
    return `${groups.join(':')}${groups.length < 3 ? '::' : ':'}/48`;
  }
  return null;
}
