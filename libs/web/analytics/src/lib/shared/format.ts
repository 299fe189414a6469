/** `0.734` → `73.4 %` in the UI locale; an em dash for null. */
export function percent(value: number | null | undefined, locale: string, digits = 1): string {
  if (value === null || value === undefined || !Number.isFinite(value)) {
    return '—';
  }
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: digits, minimumFractionDigits: digits }).format(value);
}

/** A signed change of a share in percentage points: `+12.5`. */
export function points(value: number | null | undefined, locale: string): string {
  if (value === null || value === undefined || !Number.isFinite(value)) {
    return '—';
  }
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 1, minimumFractionDigits: 1, signDisplay: 'always' }).format(value * 100);
}

export function integer(value: number, locale: string): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(value);
}

export function decimal(value: number | null | undefined, locale: string): string {
  if (value === null || value === undefined || !Number.isFinite(value)) {
    return '—';
  }
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 2, minimumFractionDigits: 2 }).format(value);
}

export function date(iso: string | null | undefined, locale: string): string {
  if (!iso) {
    return '—';
  }
  const d = new Date(iso.length === 10 ? `${iso}T00:00:00Z` : iso);
  return Number.isNaN(d.getTime())
    ? '—'
    : new Intl.DateTimeFormat(locale, { year: 'numeric', month: '2-digit', day: '2-digit', timeZone: 'UTC' }).format(d);
}

export function dateTime(iso: string | null | undefined, locale: string): string {
  if (!iso) {
    return '—';
  }
  const d = new Date(iso);
  return Number.isNaN(d.getTime())
    ? '—'
    : new Intl.DateTimeFormat(locale, { year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' }).format(d);
}

const MONTHS: Readonly<Record<string, readonly string[]>> = {
  az: ['yan', 'fev', 'mar', 'apr', 'may', 'iyn', 'iyl', 'avq', 'sen', 'okt', 'noy', 'dek'],
  ru: ['янв.', 'февр.', 'март', 'апр.', 'май', 'июнь', 'июль', 'авг.', 'сент.', 'окт.', 'нояб.', 'дек.'],
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
};

/** `2026-03` → `mar 2026` / `март 2026` / `Mar 2026` (our own names: browsers' locale data for Azerbaijani varies). */
export function monthLabel(month: string, locale: string): string {
  const [y, m] = month.split('-').map(Number);
  const names = MONTHS[locale.slice(0, 2)] ?? MONTHS['en'];
  return `${names[m - 1] ?? month} ${y}`;
}

/** Every month from `first` to `last` (`YYYY-MM`, both included), oldest first. */
export function monthsBetween(first: string, last: string): string[] {
  const [y0, m0] = first.split('-').map(Number);
  const [y1, m1] = last.split('-').map(Number);
  const months: string[] = [];
  for (let index = y0 * 12 + m0 - 1; index <= y1 * 12 + m1 - 1 && months.length < 1200; index++) {
    months.push(`${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`);
  }
  return months;
}

/** Heatmap band of a share: 0 (fewest meet the level) … 4 (nearly all), or null. */
export function heatBand(share: number | null): number | null {
  if (share === null) {
    return null;
  }
  return Math.min(4, Math.floor(share * 5));
}
