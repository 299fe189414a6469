import { TestBed } from '@angular/core/testing';
import { KeyValueList } from './key-value-list';

describe('KeyValueList', () => {
  it('renders each label and value as a term and its description', async () => {
    const fixture = TestBed.createComponent(KeyValueList);
    fixture.componentRef.setInput('items', [
      { label: 'Organisation', value: 'Ministry of Digital Development' },
      { label: 'Position', value: 'IT-01', code: true },
    ]);
    await fixture.whenStable();
    const terms = [...fixture.nativeElement.querySelectorAll('dt')].map((e: Element) => e.textContent);
    const values = [...fixture.nativeElement.querySelectorAll('dd')].map((e: Element) => e.textContent);
    expect(terms).toEqual(['Organisation', 'Position']);
    expect(values).toEqual(['Ministry of Digital Development', 'IT-01']);
    expect(fixture.nativeElement.querySelectorAll('dd.code')).toHaveLength(1);
  });
});
