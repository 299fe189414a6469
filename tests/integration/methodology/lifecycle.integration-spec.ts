import { startTestApp, type TestApp } from '../support/test-app';
import { sql } from '../support/test-database';

const LEGAL_BASIS = {
  documentType: 'order',
  number: '17/2026',
  date: '2026-11-20',
  issuer: {
    az: 'Dövlət Qulluğu Məsələləri üzrə Komissiya',
    ru: 'Комиссия по вопросам государственной службы',
    en: 'Civil Service Commission',
  },
};

describe('methodology versions', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('serves the seeded version 1 publicly: 5 areas, 16 competencies, 4 levels, 5 profiles, all texts in az, ru and en', async () => {
    const anon = t.client();
    const list = await anon.get('/api/methodologies');
    expect(list.status).toBe(200);
    expect(list.body).toHaveLength(1);
    const v1 = list.body[0];
    expect(v1).toMatchObject({
      code: 'EGOV-ICT',
      versionNumber: 1,
      status: 'approved',
      isCurrent: true,
      counts: { levels: 4, areas: 5, competencies: 16, profiles: 5 },
    });
    const r = await anon.get(`/api/methodologies/${v1.id}`);
    expect(r.status).toBe(200);
    const c = r.body.content;
    expect(c.areas.map((a: { code: string }) => a.code)).toEqual(['DF', 'ED', 'IS', 'EG', 'PM']);
    expect(c.areas.flatMap((a: { competencies: { code: string }[] }) => a.competencies.map((x) => x.code))).toHaveLength(16);
    expect(c.scale).toHaveLength(4);
    expect(c.positionProfiles.map((p: { code: string }) => p.code).sort()).toEqual([
      'EGOV_IT_SPECIALIST',
      'HEAD_OF_AGENCY',
      'HEAD_OF_DEPARTMENT',
      'LEADING_ADVISER',
      'SPECIALIST',
    ]);
    expect(r.body.missingTranslations).toEqual([]);
    for (const a of c.areas) {
      for (const comp of a.competencies) {
        expect(comp.indicators).toHaveLength(4);
        for (const text of [comp.title, comp.description, ...comp.indicators.map((i: { text: unknown }) => i.text)]) {
          expect(Object.keys(text).sort()).toEqual(['az', 'en', 'ru']);
        }
      }
    }
    expect((await anon.get('/api/methodologies/current')).body.id).toBe(v1.id);
  });

  it('draft → edit → approve → edit refused → clone → diff shows the change', async () => {
    const m = await t.signIn('methodologist');
    const [v1] = (await m.get('/api/methodologies')).body;

    const draft = await m.post(`/api/methodologies/${v1.id}/clone`);
    expect(draft.status).toBe(201);
    expect(draft.body).toMatchObject({ status: 'draft', versionNumber: 2, basedOnId: v1.id, isCurrent: false });

    // Drafts are the methodologists' working copies.
    expect((await t.client().get(`/api/methodologies/${draft.body.id}`)).status).toBe(404);
    expect((await t.client().get('/api/methodologies')).body).toHaveLength(1);

    const content = draft.body.content;
    content.areas[0].competencies[0].indicators[1].text.en =
      'Formats long documents with styles and co-edits them in the shared workspace.';
    content.attestationRules.complianceThreshold = 0.8;
    const saved = await m.put(`/api/methodologies/${draft.body.id}`, { content });
    expect(saved.status).toBe(200);
    expect(saved.body.content.attestationRules.complianceThreshold).toBe(0.8);

    const approved = await m.post(`/api/methodologies/${draft.body.id}/approve`, { legalBasis: LEGAL_BASIS, effectiveDate: '2027-01-01' });
    expect(approved.status).toBe(200);
    expect(approved.body).toMatchObject({
      status: 'approved',
      isCurrent: true,
      approvedBy: 'methodologist',
      legalBasis: LEGAL_BASIS,
      effectiveDate: '2027-01-01',
    });
    expect(approved.body.approvedAt).toBeTruthy();

    const refused = await m.put(`/api/methodologies/${draft.body.id}`, { content });
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('methodology_frozen');
    expect(
      (await m.post(`/api/methodologies/${draft.body.id}/approve`, { legalBasis: LEGAL_BASIS, effectiveDate: '2027-01-01' })).body.code,
    ).toBe('methodology_frozen');

    // Exactly one current version.
    const list = (await t.client().get('/api/methodologies')).body as { id: string; isCurrent: boolean }[];
    expect(list.filter((v) => v.isCurrent).map((v) => v.id)).toEqual([draft.body.id]);

    const v3 = await m.post(`/api/methodologies/${draft.body.id}/clone`);
    expect(v3.body.versionNumber).toBe(3);

    const diff = await t.client().get(`/api/methodologies/${v1.id}/diff/${draft.body.id}`);
    expect(diff.status).toBe(200);
    expect(diff.body.identical).toBe(false);
    expect(diff.body.competencies.changed).toEqual([
      {
        code: 'DF1',
        changes: [
          expect.objectContaining({
            path: 'indicators.2',
            to: expect.objectContaining({ en: 'Formats long documents with styles and co-edits them in the shared workspace.' }),
          }),
        ],
      },
    ]);
    expect(diff.body.rules).toEqual([{ path: 'complianceThreshold', from: 0.75, to: 0.8 }]);
    expect(diff.body.competencies.added).toEqual([]);
  });

  it('the database itself refuses to change an approved version', async () => {
    const [v] = await sql<{ id: string }>(t.databaseUrl, `SELECT id FROM methodology_version WHERE status = 'approved' LIMIT 1`);
    await expect(sql(t.databaseUrl, `UPDATE methodology_version SET content = '{}'::jsonb WHERE id = $1`, [v.id])).rejects.toThrow(
      /frozen/,
    );
    await expect(sql(t.databaseUrl, `DELETE FROM methodology_version WHERE id = $1`, [v.id])).rejects.toThrow(/frozen/);
  });

  it('refuses inconsistent content with every problem listed', async () => {
    const m = await t.signIn('methodologist');
    const current = (await m.get('/api/methodologies/current')).body;
    const content = structuredClone(current.content);
    content.areas[0].competencies[1].code = content.areas[0].competencies[0].code;
    content.areas[1].competencies[0].indicators[0].level = 9;
    content.positionProfiles[0].requirements[0].competencyCode = 'NOPE';
    content.positionProfiles[1].requirements[0].requiredLevel = 7;
    const r = await m.post('/api/methodologies', { code: 'BROKEN', title: { en: 'Broken' }, content });
    expect(r.status).toBe(400);
    expect(r.body.code).toBe('methodology_invalid');
    const codes = r.body.errors.map((e: { code: string }) => e.code).sort();
    expect(codes).toEqual(
      expect.arrayContaining([
        'duplicate_code',
        'indicator_level_outside_scale',
        'indicator_missing',
        'unknown_competency',
        'level_outside_scale',
      ]),
    );
    expect(r.body.errors.find((e: { code: string }) => e.code === 'unknown_competency').field).toBe(
      'body.content.positionProfiles[0].requirements[0].competencyCode',
    );
    expect(await sql(t.databaseUrl, `SELECT 1 FROM methodology_version WHERE code = 'BROKEN'`)).toEqual([]);
  });

  it('approval needs every translation', async () => {
    const m = await t.signIn('methodologist');
    const current = (await m.get('/api/methodologies/current')).body;
    const content = structuredClone(current.content);
    delete content.areas[2].competencies[1].title.ru;
    const draft = await m.post('/api/methodologies', { code: 'PARTIAL', title: { az: 'Qismən', ru: 'Частично', en: 'Partial' }, content });
    expect(draft.status).toBe(201);
    expect(draft.body.missingTranslations).toEqual([{ path: 'areas[2].competencies[1].title', languages: ['ru'] }]);
    const r = await m.post(`/api/methodologies/${draft.body.id}/approve`, { legalBasis: LEGAL_BASIS, effectiveDate: '2027-01-01' });
    expect(r.status).toBe(422);
    expect(r.body.code).toBe('translations_missing');
    expect(r.body.errors).toEqual([
      { field: 'content.areas[2].competencies[1].title', message: 'Missing: ru', code: 'translation_missing' },
    ]);
    expect((await m.delete(`/api/methodologies/${draft.body.id}`)).status).toBe(204);
  });

  it('retiring the current version needs an approved successor', async () => {
    const m = await t.signIn('methodologist');
    const list = (await m.get('/api/methodologies?status=approved')).body as { id: string; isCurrent: boolean; versionNumber: number }[];
    const current = list.find((v) => v.isCurrent) as { id: string };
    const other = list.find((v) => !v.isCurrent) as { id: string };
    const r = await m.post(`/api/methodologies/${current.id}/retire`, { reason: 'superseded' });
    expect(r.status).toBe(409);
    expect(r.body.code).toBe('successor_required');
    const bad = await m.post(`/api/methodologies/${current.id}/retire`, { reason: 'superseded', successorId: current.id });
    expect(bad.status).toBe(400);
    const ok = await m.post(`/api/methodologies/${current.id}/retire`, { reason: 'superseded', successorId: other.id });
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ status: 'retired', isCurrent: false });
    expect((await t.client().get('/api/methodologies/current')).body.id).toBe(other.id);
  });

  it('only methodologists edit: civil servants, HR and administrators are refused', async () => {
    const current = (await t.client().get('/api/methodologies/current')).body;
    for (const user of ['servant', 'hr', 'admin']) {
      const c = await t.signIn(user);
      expect((await c.post(`/api/methodologies/${current.id}/clone`)).status).toBe(403);
      expect((await c.post('/api/methodologies', { code: 'X', title: { en: 'X' }, content: current.content })).status).toBe(403);
    }
    expect((await t.client().post(`/api/methodologies/${current.id}/clone`)).status).toBe(401);
    const admin = await t.signIn('admin');
    expect((await admin.get('/api/methodologies?status=draft')).status).toBe(200);
  });

  it('records approvals and retirements in the audit trail', async () => {
    const rows = await sql<{ action: string }>(t.databaseUrl, `SELECT action FROM audit_event WHERE action LIKE 'methodology.%'`);
    expect(rows.map((r) => r.action)).toEqual(
      expect.arrayContaining([
        'methodology.created',
        'methodology.updated',
        'methodology.approved',
        'methodology.retired',
        'methodology.deleted',
      ]),
    );
  });
});
