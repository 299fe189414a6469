import { CODE_PATTERN } from '@civics/contracts';
import { codeFromTitle, uniqueCode } from './derived-code';

describe('codeFromTitle', () => {
  it.each([
    ['Information and data literacy', 'INFORMATION_AND_DATA_LITERACY'],
    ['1.1 Browsing, searching and filtering data, information and digital content', 'C1_1_BROWSING_SEARCHING_AND_FILTERING_DA'],
    ['Rəqəmsal əsaslar', 'REQEMSAL_ESASLAR'],
    ['Dövlət qulluğu', 'DOVLET_QULLUGU'],
    ['Цифровые основы', 'AREA1'],
    ['', 'AREA1'],
  ])('%s → %s', (title, code) => {
    expect(codeFromTitle(title, 'AREA1')).toBe(code);
    expect(code).toMatch(CODE_PATTERN);
  });

  it('never ends a truncated code with an underscore', () => {
    expect(codeFromTitle('A'.repeat(39) + ' B', 'X')).toBe('A'.repeat(39));
  });
});

describe('uniqueCode', () => {
  it('appends a counter within 40 characters', () => {
    expect(uniqueCode('SAFETY', new Set())).toBe('SAFETY');
    expect(uniqueCode('SAFETY', new Set(['SAFETY', 'SAFETY_2']))).toBe('SAFETY_3');
    expect(uniqueCode('A'.repeat(40), new Set(['A'.repeat(40)]))).toBe('A'.repeat(38) + '_2');
  });
});
