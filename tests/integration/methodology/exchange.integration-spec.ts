import { startTestApp, type TestApp } from '../support/test-app';
import { sql } from '../support/test-database';
import { digCompCasePackage, digCompCsv } from '../../../libs/api/methodology/src/lib/exchange/test/digcomp-2.2.fixture';

describe('methodology exchange: IMS CASE 1.1 and CSV', () => {
  let t: TestApp;
  let v1: { id: string };
  beforeAll(async () => {
    t = await startTestApp();
    v1 = (await t.client().get('/api/methodologies/current')).body;
  });
  afterAll(() => t.close());

  const count = async () => (await sql<{ n: number }>(t.databaseUrl, `SELECT count(*)::int AS n FROM methodology_version`))[0].n;

  it('exports CASE publicly and imports it back as an identical version', async () => {
    const exported = await t.client().get(`/api/methodologies/${v1.id}/export?format=case`);
    expect(exported.status).toBe(200);
    expect(exported.headers.get('content-disposition')).toContain('EGOV-ICT-v1.case.json');
    const pkg = exported.body;
    expect(pkg.CFDocument.title).toBeTruthy();
    expect(pkg.CFItems.length).toBeGreaterThan(16);
    expect(pkg.CFAssociations.every((a: { associationType: string }) => a.associationType === 'isChildOf')).toBe(true);

    const m = await t.signIn('methodologist');
    const imported = await m.post('/api/methodologies/import?format=case', exported.text);
    expect(imported.status).toBe(201);
    expect(imported.body).toMatchObject({
      code: 'EGOV-ICT',
      status: 'draft',
      counts: { levels: 4, areas: 5, competencies: 16, profiles: 5 },
    });
    const diff = await m.get(`/api/methodologies/${v1.id}/diff/${imported.body.id}`);
    expect(diff.body.identical).toBe(true);
    const again = await m.get(`/api/methodologies/${imported.body.id}/export?format=case`);
    // Identifiers derive from code and version number; everything a reader sees is the same.
    const visible = (p: { CFItems: Record<string, unknown>[] }) =>
      p.CFItems.map((i) => [i['humanCodingScheme'], i['fullStatement'], i['CFItemType'], i['notes']]);
    expect(visible(again.body)).toEqual(visible(pkg));
    expect(again.body.CFAssociations.length).toBe(pkg.CFAssociations.length);
  });

  it('exports CSV and imports it back: the same file comes out', async () => {
    const csv = await t.client().get(`/api/methodologies/${v1.id}/export?format=csv`);
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toContain('text/csv');
    expect(csv.text.split('\r\n')[0]).toMatch(/^area_code,area_title_az,/);
    const m = await t.signIn('methodologist');
    const imported = await m.request('POST', '/api/methodologies/import?format=csv&code=EGOV-CSV', new TextEncoder().encode(csv.text), {
      'content-type': 'text/csv',
    });
    expect(imported.status).toBe(201);
    expect(imported.body.counts).toMatchObject({ levels: 4, areas: 5, competencies: 16 });
    const back = await m.get(`/api/methodologies/${imported.body.id}/export?format=csv`);
    expect(back.text).toBe(csv.text);
  });

  it('imports DigComp 2.2 (5 areas, 21 competences, 8 levels) through CSV and through a plain CASE package', async () => {
    const m = await t.signIn('methodologist');
    const viaCsv = await m.request('POST', '/api/methodologies/import?format=csv&code=DIGCOMP', digCompCsv(), {
      'content-type': 'text/csv',
    });
    expect(viaCsv.status).toBe(201);
    expect(viaCsv.body.counts).toMatchObject({ areas: 5, competencies: 21, levels: 8 });
    // English only: the draft lists what needs translating before approval.
    expect(viaCsv.body.missingTranslations.length).toBeGreaterThan(0);
    const viaCase = await m.post('/api/methodologies/import?format=case&code=DIGCOMP', digCompCasePackage());
    expect(viaCase.status).toBe(201);
    expect(viaCase.body.counts).toMatchObject({ areas: 5, competencies: 21, levels: 8 });
  });

  it('an invalid file writes nothing and lists every problem', async () => {
    const m = await t.signIn('methodologist');
    const before = await count();
    const badCsv = 'area_code,title_en,bogus\r\nDF,Digital,x\r\n';
    const r = await m.request('POST', '/api/methodologies/import?format=csv&code=BAD', new TextEncoder().encode(badCsv), {
      'content-type': 'text/csv',
    });
    expect(r.status).toBe(400);
    expect(r.body.code).toBe('import_invalid');
    expect(r.body.errors.length).toBeGreaterThan(1);
    expect(r.body.errors.map((e: { message: string }) => e.message).join(' ')).toMatch(/bogus/);

    const encoding = await m.request('POST', '/api/methodologies/import?format=csv&code=BAD', new Uint8Array([0x61, 0xff, 0xfe, 0x0a]), {
      'content-type': 'text/csv',
    });
    expect(encoding.status).toBe(400);
    expect(encoding.body.errors.map((e: { code: string }) => e.code)).toContain('encoding');

    const pkg = (await t.client().get(`/api/methodologies/${v1.id}/export?format=case`)).body;
    const items = pkg.CFItems as { identifier: string }[];
    pkg.CFAssociations.push({
      identifier: 'dangling-1',
      associationType: 'isChildOf',
      originNodeURI: { identifier: items[3].identifier },
      destinationNodeURI: { identifier: 'nowhere' },
    });
    pkg.CFAssociations.push({
      identifier: 'cycle-1',
      associationType: 'isChildOf',
      originNodeURI: { identifier: items[0].identifier },
      destinationNodeURI: { identifier: items[1].identifier },
    });
    pkg.CFAssociations.push({
      identifier: 'cycle-2',
      associationType: 'isChildOf',
      originNodeURI: { identifier: items[1].identifier },
      destinationNodeURI: { identifier: items[0].identifier },
    });
    const bad = await m.post('/api/methodologies/import?format=case', pkg);
    expect(bad.status).toBe(400);
    const codes = bad.body.errors.map((e: { code: string }) => e.code);
    expect(codes.length).toBeGreaterThanOrEqual(2);
    expect(bad.body.errors.map((e: { field: string }) => e.field).join(' ')).toMatch(/dangling-1/);
    expect(await count()).toBe(before);
  });

  it('a civil servant may export the approved framework but not import', async () => {
    const s = await t.signIn('servant');
    expect((await s.get(`/api/methodologies/${v1.id}/export?format=csv`)).status).toBe(200);
    expect(
      (
        await s.request('POST', '/api/methodologies/import?format=csv&code=X', new TextEncoder().encode('a'), {
          'content-type': 'text/csv',
        })
      ).status,
    ).toBe(403);
  });
});
