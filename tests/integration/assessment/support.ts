import type { HttpClient } from '../support/http-client';
import type { TestApp } from '../support/test-app';
import { sql } from '../support/test-database';

const t3 = (en: string) => ({ az: `${en} (az)`, ru: `${en} (ru)`, en });

/** A single-choice item whose correct option is `b`. */
export function choiceItem(competencyCode: string, level: number, n: number) {
  return {
    ref: `T-${competencyCode}-${level}-${n}`,
    content: {
      competencyCode,
      level,
      stem: t3(`Question ${n} on ${competencyCode} at level ${level}`),
      interaction: { type: 'single_choice', options: ['a', 'b', 'c', 'd'].map((id) => ({ id, text: t3(`Option ${id}`) })) },
      key: { type: 'single_choice', correct: 'b' },
      points: 1,
      explanation: t3('Because b.'),
      scenarioId: null,
    },
  };
}

/** Two methodologists (author and reviewer): items go draft → reviewed → active. The seed items of
 * the same competencies are retired first, so forms hold only the test's hand-made items. */
export async function activeItems(
  t: Pick<TestApp, 'signIn' | 'client' | 'databaseUrl'>,
  items: ReturnType<typeof choiceItem>[],
): Promise<string[]> {
  const codes = [...new Set(items.map((i) => i.content.competencyCode))];
  await sql(t.databaseUrl, `UPDATE item SET status = 'retired' WHERE status = 'active' AND competency_code = ANY($1)`, [codes]);
  const admin = await t.signIn('admin');
  const exists = await t.client().post('/api/auth/login', { login: 'reviewer.it', password: 'a long reviewer passphrase' });
  if (exists.status !== 200) {
    const r = await admin.post('/api/accounts', {
      username: 'reviewer.it',
      password: 'a long reviewer passphrase',
      roles: [{ role: 'methodologist' }],
    });
    if (r.status !== 201) throw new Error(r.text);
  }
  const author = await t.signIn('methodologist');
  const reviewer = await t.signIn('reviewer.it', 'a long reviewer passphrase');
  const ids: string[] = [];
  for (const item of items) {
    const created = await author.post('/api/items', item);
    if (created.status !== 201) throw new Error(created.text);
    const id = created.body.id;
    if ((await reviewer.post(`/api/items/${id}/review`, {})).status !== 200) throw new Error('review failed');
    if ((await author.post(`/api/items/${id}/activate`, {})).status !== 200) throw new Error('activate failed');
    ids.push(id);
  }
  return ids;
}

export async function createTemplate(m: HttpClient, competencies: string[], overrides: Record<string, unknown> = {}): Promise<string> {
  const r = await m.post('/api/assessment-templates', {
    title: t3('Integration test form'),
    purpose: 'diagnostic',
    blueprint: { source: 'chosen', competencies, levels: 'all', itemsPerCell: 2 },
    timeLimitMinutes: 10,
    shuffleItems: true,
    shuffleOptions: true,
    navigation: 'free',
    maxAttempts: 5,
    retakeWaitDays: 0,
    allowReview: true,
    active: true,
    ...overrides,
  });
  if (r.status !== 201) throw new Error(r.text);
  return r.body.id;
}

/** A civil servant of the STS with an account of their own, signed in. */
export async function servantWithAccount(
  t: Pick<TestApp, 'signIn'>,
  admin: HttpClient,
  servant: {
    personalCode: string;
    firstName: string;
    lastName: string;
    positionCode: string;
    positionTitle: string;
    username: string;
    password: string;
  },
): Promise<HttpClient> {
  const orgs = (await admin.get('/api/organisations')).body as { id: string; code: string }[];
  const person = await admin.post('/api/persons', {
    personalCode: servant.personalCode,
    firstName: servant.firstName,
    lastName: servant.lastName,
    organisationId: orgs.find((o) => o.code === 'STS')?.id,
    positionCode: servant.positionCode,
    positionTitle: servant.positionTitle,
  });
  if (person.status !== 201) throw new Error(person.text);
  const account = await admin.post('/api/accounts', {
    username: servant.username,
    personId: person.body.id,
    password: servant.password,
    roles: [{ role: 'civil_servant' }],
  });
  if (account.status !== 201) throw new Error(account.text);
  return t.signIn(servant.username, servant.password);
}

export interface DeliveredItem {
  itemId: string;
  stem: { en: string };
  interaction: { type: string; options: { id: string }[] };
}

/** The level an item was written for, read back from its stem. */
export function levelOf(item: DeliveredItem): number {
  return Number(/at level (\d)/.exec(item.stem.en)?.[1]);
}
