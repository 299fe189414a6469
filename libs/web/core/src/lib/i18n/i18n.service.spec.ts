import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { I18nService } from './i18n.service';
import { interpolate } from './translation-tables';

const AZ = { home: { welcome: 'Xoş gəlmisiniz, {name}' }, only: { az: 'Yalnız azərbaycanca' } };
const RU = { home: { welcome: 'Добро пожаловать, {name}' } };

describe('I18nService', () => {
  let i18n: I18nService;
  let http: HttpTestingController;

  beforeEach(() => {
    localStorage.clear();
    document.documentElement.lang = '';
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    i18n = TestBed.inject(I18nService);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  async function start(): Promise<void> {
    const done = i18n.init();
    http.expectOne('/i18n/az.json').flush(AZ);
    await done;
  }

  async function switchTo(language: 'ru' | 'en', body: object): Promise<void> {
    const done = i18n.use(language);
    http.expectOne(`/i18n/${language}.json`).flush(body);
    await done;
  }

  it('starts in Azerbaijani and marks the document as such', async () => {
    await start();
    expect(i18n.language()).toBe('az');
    expect(document.documentElement.lang).toBe('az');
    expect(i18n.t('home.welcome', { name: 'Aygün' })).toBe('Xoş gəlmisiniz, Aygün');
  });

  it('switches language at run time, remembers the choice and falls back to Azerbaijani for missing keys', async () => {
    await start();
    await switchTo('ru', RU);
    expect(i18n.t('home.welcome', { name: 'Aygün' })).toBe('Добро пожаловать, Aygün');
    expect(i18n.t('only.az')).toBe('Yalnız azərbaycanca');
    expect(i18n.t('no.such.key')).toBe('no.such.key');
    expect(localStorage.getItem('civics.language')).toBe('ru');
    expect(document.documentElement.lang).toBe('ru');
  });

  it('starts in the remembered language', async () => {
    localStorage.setItem('civics.language', 'en');
    const done = i18n.init();
    http.expectOne('/i18n/az.json').flush(AZ);
    http.expectOne('/i18n/en.json').flush({ home: { welcome: 'Welcome, {name}' } });
    await done;
    expect(i18n.language()).toBe('en');
    expect(i18n.t('home.welcome', { name: 'Rəşad' })).toBe('Welcome, Rəşad');
  });

  it("applies an account's preferred language only when the person has not chosen one here", async () => {
    await start();
    const suggested = i18n.suggest('ru');
    http.expectOne('/i18n/ru.json').flush(RU);
    await suggested;
    expect(i18n.language()).toBe('ru');
    expect(localStorage.getItem('civics.language')).toBeNull();

    await i18n.use('az');
    await i18n.suggest('ru');
    expect(i18n.language()).toBe('az');
  });

  it('keeps the current language when the new texts cannot be loaded', async () => {
    await start();
    const done = i18n.use('en');
    http.expectOne('/i18n/en.json').flush('gone', { status: 404, statusText: 'Not Found' });
    await expect(done).rejects.toBeDefined();
    expect(i18n.language()).toBe('az');
  });
});

describe('interpolate', () => {
  it('fills every occurrence of known placeholders and leaves unknown ones visible', () => {
    expect(interpolate('{a} and {a}, {b}', { a: 1 })).toBe('1 and 1, {b}');
    expect(interpolate('no params', undefined)).toBe('no params');
  });
});
