import { NO_FILTERS, filtersFromParams, lastPageOffset, listParams, pageRange } from './list-query';

describe('list query', () => {
  it('leaves empty filters out and adds the page', () => {
    expect(listParams(NO_FILTERS)).toEqual({});
    expect(
      listParams({ ...NO_FILTERS, competencyCode: 'DF1', level: 2, status: 'active', q: '  asan ' }, { offset: 20, limit: 20 }),
    ).toEqual({
      competencyCode: 'DF1',
      level: '2',
      status: 'active',
      q: 'asan',
      limit: '20',
      offset: '20',
    });
  });

  it('reads filters back from the address, ignoring a nonsense level', () => {
    expect(filtersFromParams({ type: 'matching', level: 'x' })).toEqual({ ...NO_FILTERS, type: 'matching' });
    expect(filtersFromParams({ level: '3' }).level).toBe(3);
  });

  it('describes the rows of a page', () => {
    expect(pageRange(20, 8, 28)).toEqual({ from: 21, to: 28, total: 28 });
    expect(pageRange(0, 0, 0)).toEqual({ from: 0, to: 0, total: 0 });
    expect(lastPageOffset(41, 20)).toBe(40);
    expect(lastPageOffset(40, 20)).toBe(20);
  });
});
