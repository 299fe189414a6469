import { dataSourceOptions } from './data-source-options';

const schema = { entities: [], migrations: [] };

describe('dataSourceOptions', () => {
  it('uses one URL without replicas', () => {
    const o = dataSourceOptions('postgres://p/civics', schema, 7) as unknown as Record<string, unknown>;
    expect(o['url']).toBe('postgres://p/civics');
    expect(o['replication']).toBeUndefined();
    expect(o['extra']).toMatchObject({ max: 7 });
  });

  it('keeps every query on the primary unless routed to a replica explicitly', () => {
    const o = dataSourceOptions('postgres://p/civics', schema, 7, ['postgres://r1/civics', 'postgres://r2/civics']) as unknown as Record<
      string,
      unknown
    >;
    expect(o['url']).toBeUndefined();
    expect(o['replication']).toEqual({
      master: { url: 'postgres://p/civics' },
      slaves: [{ url: 'postgres://r1/civics' }, { url: 'postgres://r2/civics' }],
      // TypeORM's default would send every find/query-builder read to a replica.
      defaultMode: 'master',
    });
  });
});
