/** A moment in the UI language (Intl: no Angular locale data needed for az/ru). */
export function moment(iso: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
}
