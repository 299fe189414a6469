import { DomainError } from '../domain-error';

/** A calendar month `yyyy-mm` (UTC). */
export type MonthKey = string;

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

function parts(month: MonthKey): [number, number] {
  const m = MONTH.exec(month);
  if (!m) throw new DomainError('INVALID_MONTH', `A month is written yyyy-mm, got ${month}`, { value: month });
  return [Number(m[1]), Number(m[2])];
}

/** The month (UTC) of an instant. */
export function monthOf(at: Date | number): MonthKey {
  const d = new Date(at);
  return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`;
}

/** `month` moved by `n` months (negative: back). */
export function addMonths(month: MonthKey, n: number): MonthKey {
  const [y, m] = parts(month);
  const index = y * 12 + (m - 1) + n;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** Every month from `from` to `to`, both included (empty when `to` is before `from`). */
export function monthRange(from: MonthKey, to: MonthKey): MonthKey[] {
  const out: MonthKey[] = [];
  for (let m = from; m <= to; m = addMonths(m, 1)) out.push(m);
  return out;
}

/** The first instant of the month after `month` (UTC, epoch ms): what happened before it counts for the month. */
export function monthBoundary(month: MonthKey): number {
  const [y, m] = parts(month);
  return Date.UTC(y, m, 1);
}

/** The last day of `month` as yyyy-mm-dd (for comparing with hire and leaving dates). */
export function lastDayOf(month: MonthKey): string {
  return new Date(monthBoundary(month) - 86_400_000).toISOString().slice(0, 10);
}

/**
 * Employed on `day` (yyyy-mm-dd): hired on or before it (no hire date: always) and not yet left
 * (a leaving date is the first day no longer employed).
 */
export function employedOn(day: string, hiredOn: string | null, leftOn: string | null): boolean {
  return (hiredOn === null || hiredOn <= day) && (leftOn === null || leftOn > day);
}
