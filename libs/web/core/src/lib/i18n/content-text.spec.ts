import type { ContentText } from '@civics/contracts';
import { languagesOf, localize, textCompleteness, textsCompleteness, withLanguage } from './content-text';

const t = (x: Partial<Record<'az' | 'ru' | 'en', string>>) => x as ContentText;

describe('localize', () => {
  it('gives the text in the asked language, with no fallback marker', () => {
    expect(localize(t({ az: 'Salam', en: 'Hello' }), 'en')).toEqual({ text: 'Hello', from: null });
  });

  it('falls back to the first other language that has the text, and says which', () => {
    expect(localize(t({ en: 'Hello' }), 'az')).toEqual({ text: 'Hello', from: 'en' });
    expect(localize(t({ ru: 'Привет', en: 'Hello' }), 'az')).toEqual({ text: 'Привет', from: 'ru' });
  });

  it('treats blank texts as missing and gives empty when none has it', () => {
    expect(localize(t({ az: '  ', en: 'x' }), 'az')).toEqual({ text: 'x', from: 'en' });
    expect(localize(undefined, 'az')).toEqual({ text: '', from: null });
  });
});

describe('completeness', () => {
  it('counts the languages a text is given in and lists the missing ones', () => {
    expect(textCompleteness(t({ az: 'a', en: 'b' }))).toEqual({ done: 2, total: 3, missing: ['ru'] });
    expect(textCompleteness(t({ az: 'a', ru: ' ', en: 'b' }))).toEqual({ done: 2, total: 3, missing: ['ru'] });
    expect(textCompleteness(undefined)).toEqual({ done: 0, total: 3, missing: ['az', 'ru', 'en'] });
    expect(languagesOf(t({ en: 'x', az: 'y' }))).toEqual(['az', 'en']);
  });

  it('counts complete texts in a group and unites what they miss', () => {
    const group = [t({ az: 'a', ru: 'b', en: 'c' }), t({ en: 'x' }), t({ az: 'y', en: 'z' }), undefined];
    expect(textsCompleteness(group)).toEqual({ done: 1, total: 4, missing: ['az', 'ru', 'en'] });
    expect(textsCompleteness([t({ az: 'a', ru: 'b', en: 'c' })])).toEqual({ done: 1, total: 1, missing: [] });
  });
});

describe('withLanguage', () => {
  it('sets a language without touching the others and removes it when emptied', () => {
    const original = t({ az: 'a', en: 'b' });
    expect(withLanguage(original, 'ru', 'в')).toEqual({ az: 'a', en: 'b', ru: 'в' });
    expect(withLanguage(original, 'en', '   ')).toEqual({ az: 'a' });
    expect(original).toEqual({ az: 'a', en: 'b' });
  });
});
