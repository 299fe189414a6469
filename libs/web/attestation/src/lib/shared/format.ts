/** `0.734` → `73 %` in the UI locale; an em dash for null. */
export function percent(value: number | null | undefined, locale: string): string {
  if (value === null || value === undefined || !Number.isFinite(value)) {
    return '—';
  }
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(value);
}

/** A calendar date (yyyy-mm-dd, shown without shifting across time zones) or an instant's date. */
export function date(iso: string | null | undefined, locale: string): string {
  if (!iso) {
    return '—';
  }
  const d = new Date(iso.length === 10 ? `${iso}T00:00:00Z` : iso);
  const zone = iso.length === 10 ? { timeZone: 'UTC' } : {};
  return Number.isNaN(d.getTime())
    ? '—'
    : new Intl.DateTimeFormat(locale, { year: 'numeric', month: '2-digit', day: '2-digit', ...zone }).format(d);
}

/** An instant with its time, in the browser's time zone. */
export function dateTime(iso: string | null | undefined, locale: string): string {
  if (!iso) {
    return '—';
  }
  const d = new Date(iso);
  return Number.isNaN(d.getTime())
    ? '—'
    : new Intl.DateTimeFormat(locale, { day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit' }).format(d);
}

/** A window `start – end`, the end without its date when both fall on one day. */
export function window(startIso: string, endIso: string, locale: string): string {
  const start = new Date(startIso);
  const end = new Date(endIso);
  const sameDay = start.toDateString() === end.toDateString();
  const endText = sameDay ? new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit' }).format(end) : dateTime(endIso, locale);
  return `${dateTime(startIso, locale)} – ${endText}`;
}

/** The value for an `<input type="datetime-local">` of an instant, in the browser's time zone. */
export function toLocalInput(d: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** An `<input type="datetime-local">` value (browser time zone) as an ISO instant with offset; null when empty or invalid. */
export function fromLocalInput(value: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(value)) {
    return null;
  }
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? null : d.toISOString();
}

/** Groups sessions (or anything with a start) by calendar month, in order: `2026-12` → items. */
export function byMonth<T extends { startsAt: string }>(items: readonly T[]): { month: string; items: T[] }[] {
  const groups = new Map<string, T[]>();
  for (const item of [...items].sort((a, b) => a.startsAt.localeCompare(b.startsAt))) {
    const d = new Date(item.startsAt);
    const key = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}`;
    groups.set(key, [...(groups.get(key) ?? []), item]);
  }
  return [...groups].map(([month, list]) => ({ month, items: list }));
}

/** A month key `2026-12` as `December 2026`, the month's name from the translations (browsers lack some locales' names). */
export function monthName(key: string, t: (key: string) => string): string {
  const [y, m] = key.split('-').map(Number);
  return `${t(`attestation.months.m${m}`)} ${y}`;
}

/** Axis ticks of counts and levels: whole numbers only. */
export function wholeTicks(value: number): string {
  return Number.isInteger(value) ? String(value) : '';
}
