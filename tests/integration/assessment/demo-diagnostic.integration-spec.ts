import { startTestApp, type TestApp } from '../support/test-app';

describe('the seeded bank and diagnostic', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('holds at least 3 active items for every competency × level of version 1', async () => {
    const m = await t.signIn('methodologist');
    const all = (await m.get('/api/items?status=active&limit=500')).body;
    expect(all.total).toBeGreaterThanOrEqual(192);
    const cells = new Map<string, number>();
    for (const i of all.items)
      cells.set(`${i.content.competencyCode}#${i.content.level}`, (cells.get(`${i.content.competencyCode}#${i.content.level}`) ?? 0) + 1);
    expect(cells.size).toBe(64);
    expect(Math.min(...cells.values())).toBeGreaterThanOrEqual(3);
    expect(new Set(all.items.map((i: { type: string }) => i.type))).toEqual(
      new Set(['single_choice', 'multiple_response', 'true_false', 'ordering', 'matching', 'numeric', 'short_text']),
    );
  });

  it('builds the position diagnostic from the servant’s profile (one item per level up to the required one)', async () => {
    const s = await t.signIn('servant');
    const templates = (await s.get('/api/assessment-templates')).body as { id: string; blueprint: { source: string } }[];
    const diagnostic = templates.find((x) => x.blueprint.source === 'position_profile');
    expect(diagnostic).toBeDefined();
    const profile = (await t.client().get('/api/methodologies/current')).body.content.positionProfiles.find(
      (p: { code: string }) => p.code === 'SPECIALIST',
    );
    const expected = profile.requirements.reduce((n: number, r: { requiredLevel: number }) => n + r.requiredLevel, 0);
    const attempt = await s.post('/api/attempts', { templateId: diagnostic?.id });
    expect(attempt.status).toBe(201);
    expect(attempt.body.items).toHaveLength(expected);
    const result = await s.post(`/api/attempts/${attempt.body.id}/submit`);
    expect(result.status).toBe(200);
    expect(result.body.competencies.every((c: { achievedLevel: number }) => c.achievedLevel === 0)).toBe(true);
    expect(result.body.complianceIndex).toBe(0);
  });
});
