import { HttpClient } from '@angular/common/http';
import { DOCUMENT, Injectable, computed, inject, signal } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import type { Language } from '@civics/contracts';
import { WEB_DEFAULT_LANGUAGE as DEFAULT_LANGUAGE, WEB_LANGUAGES as LANGUAGES } from '../api/api-paths';
import { BrowserStorage } from '../util/browser-storage';
import { type Dictionary, type TranslationParams, flattenTranslations, interpolate } from './translation-tables';

const STORAGE_KEY = 'civics.language';

/** BCP 47 tags for formatting dates and numbers in each platform language. */
export const LOCALE_OF: Readonly<Record<Language, string>> = { az: 'az-Latn-AZ', ru: 'ru-RU', en: 'en-GB' };

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/**
 * Runtime translations. The texts live in `/i18n/{az,ru,en}.json` (apps/web/public/i18n) and
 * are fetched on demand, so changing the language needs no reload. A key missing in the chosen
 * language falls back to Azerbaijani, then to the key itself.
 */
@Injectable({ providedIn: 'root' })
export class I18nService {
  private readonly http = inject(HttpClient);
  private readonly document = inject(DOCUMENT);
  private readonly storage = inject(BrowserStorage);

  private readonly dictionaries = signal<Partial<Record<Language, Dictionary>>>({});
  private readonly current = signal<Language>(DEFAULT_LANGUAGE);
  private readonly loading = new Map<Language, Promise<void>>();

  readonly languages = LANGUAGES;
  readonly language = this.current.asReadonly();
  readonly locale = computed(() => LOCALE_OF[this.current()]);

  /** Loads the remembered (or default) language before the first screen renders. */
  async init(): Promise<void> {
    const remembered = this.storage.get(STORAGE_KEY);
    const language = isLanguage(remembered) ? remembered : DEFAULT_LANGUAGE;
    await Promise.all([this.load(DEFAULT_LANGUAGE).catch(() => undefined), this.apply(language)]);
  }

  /** Switches the language at the person's request and remembers the choice. */
  async use(language: Language): Promise<void> {
    await this.apply(language);
    this.storage.set(STORAGE_KEY, language);
  }

  /** Applies an account's preferred language unless the person has chosen one on this device. */
  async suggest(language: Language): Promise<void> {
    if (!isLanguage(this.storage.get(STORAGE_KEY)) && language !== this.current()) {
      await this.apply(language).catch(() => undefined);
    }
  }

  /** The text of `key` in the current language. Reads signals, so templates and computeds follow changes. */
  t(key: string, params?: TranslationParams): string {
    const dictionaries = this.dictionaries();
    const text = dictionaries[this.current()]?.[key] ?? dictionaries[DEFAULT_LANGUAGE]?.[key] ?? key;
    return interpolate(text, params);
  }

  has(key: string): boolean {
    return this.dictionaries()[this.current()]?.[key] !== undefined;
  }

  private async apply(language: Language): Promise<void> {
    await this.load(language);
    this.current.set(language);
    this.document.documentElement.lang = language;
  }

  private load(language: Language): Promise<void> {
    let pending = this.loading.get(language);
    if (!pending) {
      pending = firstValueFrom(this.http.get<unknown>(`/i18n/${language}.json`)).then((tree) => {
        this.dictionaries.update((all) => ({ ...all, [language]: flattenTranslations(tree) }));
      });
      // A failed download may be retried later (e.g. after the connection comes back).
      pending.catch(() => this.loading.delete(language));
      this.loading.set(language, pending);
    }
    return pending;
  }
}
