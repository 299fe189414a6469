import { startTestApp, type TestApp } from '../support/test-app';
import { sql } from '../support/test-database';
import { activeItems, choiceItem } from './support';

describe('item bank', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('goes draft → reviewed → active; the author may not review; a used item is versioned, not changed', async () => {
    const [id] = await activeItems(t, [choiceItem('ED2', 2, 1)]);
    const author = await t.signIn('methodologist');
    const item = (await author.get(`/api/items/${id}`)).body;
    expect(item).toMatchObject({ status: 'active', version: 1, type: 'single_choice' });

    const own = await author.post('/api/items', choiceItem('ED2', 2, 2));
    const refused = await author.post(`/api/items/${own.body.id}/review`, {});
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('reviewer_is_author');

    await sql(t.databaseUrl, `UPDATE item SET usage_count = 3 WHERE id = $1`, [id]);
    const content = { ...item.content, stem: { ...item.content.stem, en: 'A clearer question' } };
    const edited = await author.put(`/api/items/${id}`, { content });
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({ ref: item.ref, version: 2, status: 'draft' });
    expect(edited.body.id).not.toBe(id);
    expect((await author.get(`/api/items/${id}`)).body.content.stem.en).toBe(item.content.stem.en);
  });

  it('refuses a key that does not fit and a competency outside the methodology', async () => {
    const m = await t.signIn('methodologist');
    const bad = choiceItem('ED2', 1, 9);
    const r = await m.post('/api/items', { ...bad, content: { ...bad.content, key: { type: 'single_choice', correct: 'z' } } });
    expect(r.status).toBe(400);
    expect(r.body.code).toBe('item_key_mismatch');
    const r2 = await m.post('/api/items', { ...bad, content: { ...bad.content, competencyCode: 'XX9' } });
    expect(r2.status).toBe(400);
    expect(r2.body.errors[0].field).toBe('body.content.competencyCode');
    expect((await (await t.signIn('servant')).get('/api/items')).status).toBe(403);
  });

  it('exports QTI 3.0 and imports it back with the same content', async () => {
    const m = await t.signIn('methodologist');
    const exported = await m.get('/api/items/export?competencyCode=ED2');
    expect(exported.status).toBe(200);
    expect(exported.body.files.length).toBeGreaterThan(0);
    expect(exported.body.files[0].content).toContain('qti-assessment-item');
    const original = (await m.get('/api/items?competencyCode=ED2&limit=500')).body.items;
    const imported = await m.post('/api/items/import', { files: exported.body.files });
    expect(imported.status).toBe(200);
    expect(imported.body.imported).toHaveLength(exported.body.files.length);
    for (const row of imported.body.imported) {
      const copy = (await m.get(`/api/items/${row.itemId}`)).body;
      expect(copy.status).toBe('draft');
      const source = original.find((o: { content: { stem: { en: string } } }) => o.content.stem.en === copy.content.stem.en);
      expect(copy.content).toEqual(source.content);
    }
  });

  it('reports malformed and unsupported files one by one and imports the rest', async () => {
    const m = await t.signIn('methodologist');
    const good = (await m.get('/api/items/export?competencyCode=ED2')).body.files[0];
    const malformed = { name: 'broken.xml', content: '<qti-assessment-item identifier="x"><qti-item-body>' };
    const unsupported = {
      name: 'hotspot.xml',
      content: `<qti-assessment-item xmlns="http://www.imsglobal.org/xsd/imsqtiasi_v3p0" identifier="hs1" title="Hotspot"><qti-response-declaration identifier="RESPONSE" cardinality="single" base-type="identifier"/><qti-item-body><qti-hotspot-interaction response-identifier="RESPONSE" max-choices="1"><img src="x.png" alt="map"/></qti-hotspot-interaction></qti-item-body></qti-assessment-item>`,
    };
    const r = await m.post('/api/items/import', {
      files: [malformed, good, unsupported],
      defaults: { competencyCode: 'ED2', level: 1, language: 'en' },
    });
    expect(r.status).toBe(200);
    expect(r.body.imported.map((i: { file: string }) => i.file)).toEqual([good.name]);
    const byFile = (f: string) => r.body.problems.filter((p: { file: string; code: string }) => p.file === f && p.code !== 'warning');
    expect(byFile('broken.xml').length).toBeGreaterThan(0);
    expect(
      byFile('hotspot.xml')
        .map((p: { message: string }) => p.message)
        .join(' '),
    ).toMatch(/hotspot/i);
  });
});
