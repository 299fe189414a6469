import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { I18nService } from '@civics/web-core';
import { LocalizedText } from './localized-text';

describe('LocalizedText', () => {
  async function render(text: Record<string, string>, language: 'az' | 'en') {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    const i18n = TestBed.inject(I18nService);
    const http = TestBed.inject(HttpTestingController);
    const using = i18n.use(language);
    http
      .expectOne(`/i18n/${language}.json`)
      .flush({ languages: { en: 'English', ru: 'Русский' }, methodology: { fallback: 'Shown in {language}', noText: 'none' } });
    await using;
    const fixture = TestBed.createComponent(LocalizedText);
    fixture.componentRef.setInput('text', text);
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  }

  it('shows the text in the UI language without a marker', async () => {
    const el = await render({ az: 'Salam', en: 'Hello' }, 'az');
    expect(el.textContent?.trim()).toBe('Salam');
    expect(el.querySelector('.fallback')).toBeNull();
  });

  it('marks a text shown in another language, with its lang', async () => {
    const el = await render({ en: 'Hello' }, 'az');
    expect(el.querySelector('[lang="en"]')?.textContent).toBe('Hello');
    expect(el.querySelector('.fallback')?.textContent?.trim()).toBe('(en)');
    expect(el.querySelector('.fallback')?.getAttribute('title')).toBe('Shown in English');
  });
});
