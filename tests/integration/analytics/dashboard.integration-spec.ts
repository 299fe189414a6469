import { startTestApp, type TestApp } from '../support/test-app';
import type { HttpClient } from '../support/http-client';
import { Db, download, isoDay, monthsAgo, parseCsv, pdfText, readXlsx } from './support';

interface Requirement {
  competencyCode: string;
  requiredLevel: number;
  weight: number;
  critical: boolean;
}

/**
 * Expected figures computed here from the raw rows, without the product's code: for each person,
 * the latest level per competency before a moment, then CI = Σ w·min(a, r)/r ÷ Σ w over r > 0.
 */
class Expected {
  constructor(
    private readonly profiles: Map<string, Requirement[]>,
    private readonly people: { id: string; org: string; position: string; hired: string | null; left: string | null }[],
    private readonly measurements: { person: string; code: string; level: number; at: number }[],
  ) {}

  levels(person: string, before: number): Map<string, number> {
    const out = new Map<string, number>();
    for (const m of [...this.measurements].filter((x) => x.person === person && x.at < before).sort((a, b) => a.at - b.at))
      out.set(m.code, m.level);
    return out;
  }

  figures(person: string, position: string, before: number) {
    const reqs = (this.profiles.get(position) ?? []).filter((r) => r.requiredLevel > 0);
    const a = this.levels(person, before);
    let num = 0;
    let den = 0;
    let gapTotal = 0;
    let fully = true;
    for (const r of reqs) {
      const achieved = a.get(r.competencyCode) ?? 0;
      num += (r.weight * Math.min(achieved, r.requiredLevel)) / r.requiredLevel;
      den += r.weight;
      gapTotal += Math.max(0, r.requiredLevel - achieved);
      if (achieved < r.requiredLevel) fully = false;
    }
    const measured = reqs.some((r) => a.has(r.competencyCode));
    return { ci: den ? num / den : 1, fully, gapTotal, measured };
  }

  /** Group figures over people of `orgs` employed on `day`, levels before `before`. */
  group(orgs: string[], day: string, before: number, position?: string) {
    const staff = this.people.filter(
      (p) =>
        orgs.includes(p.org) &&
        this.profiles.has(p.position) &&
        (!position || p.position === position) &&
        (p.hired === null || p.hired <= day) &&
        (p.left === null || p.left > day),
    );
    const f = staff.map((p) => this.figures(p.id, p.position, before));
    const n = staff.length;
    return {
      people: n,
      measured: f.filter((x) => x.measured).length,
      meanCi: n ? f.reduce((s, x) => s + x.ci, 0) / n : null,
      fullyCompliant: f.filter((x) => x.fully).length,
      fullyCompliantShare: n ? f.filter((x) => x.fully).length / n : null,
    };
  }

  /** Per competency: people (employed on `day`, with a profile requiring it) meeting the level, and those required. */
  heat(orgs: string[], day: string, before: number, code: string) {
    let required = 0;
    let met = 0;
    for (const p of this.people.filter(
      (x) => orgs.includes(x.org) && (x.hired === null || x.hired <= day) && (x.left === null || x.left > day),
    )) {
      const r = (this.profiles.get(p.position) ?? []).find((x) => x.competencyCode === code && x.requiredLevel > 0);
      if (!r) continue;
      required++;
      if ((this.levels(p.id, before).get(code) ?? 0) >= r.requiredLevel) met++;
    }
    return { required, met };
  }
}

function expectFigures(actual: Record<string, unknown>, expected: Record<string, number | null>) {
  for (const [k, v] of Object.entries(expected)) {
    if (v === null || Number.isInteger(v)) expect({ [k]: actual[k] }).toEqual({ [k]: v });
    else expect(actual[k] as number).toBeCloseTo(v, 10);
  }
}

describe('compliance dashboard', () => {
  let t: TestApp;
  let db: Db;
  let admin: HttpClient;
  let hr: HttpClient;
  let expected: Expected;
  let org: Record<string, string>;
  let ids: Record<string, string>;
  let profiles: Map<string, Requirement[]>;
  const now = Date.now();
  const today = isoDay(new Date());

  beforeAll(async () => {
    // No job runner: the refresh runs when a test asks for it (a minutely job would race the assertions).
    t = await startTestApp({ JOBS_ENABLED: 'false' });
    db = await Db.open(t.databaseUrl);
    admin = await t.signIn('admin');
    hr = await t.signIn('hr');
    const version = (await t.client().get('/api/methodologies/current')).body;
    profiles = new Map(
      version.content.positionProfiles.map((p: { code: string; requirements: Requirement[] }) => [p.code, p.requirements]),
    );

    // A fixed agency: a department with a unit, a unit directly under the agency, and staff in each.
    const mk = async (code: string, kind: string, parentId: string | null) => {
      const r = await admin.post('/api/organisations', {
        parentId,
        code,
        kind,
        name: { az: `${code} Şöbə`, ru: `${code} отдел`, en: `${code} unit` },
      });
      expect(r.status).toBe(201);
      return r.body.id as string;
    };
    const agency = await mk('ITEST', 'agency', null);
    const dept = await mk('ITEST-D', 'department', agency);
    const u1 = await mk('ITEST-D-U1', 'unit', dept);
    const u2 = await mk('ITEST-U2', 'unit', agency);
    org = { agency, dept, u1, u2 };

    const spec = profiles.get('SPECIALIST') as Requirement[];
    const all = (fn: (r: Requirement, i: number) => number, reqs: Requirement[]) =>
      Object.fromEntries(reqs.map((r, i) => [r.competencyCode, fn(r, i)]));
    const hiredRecently = isoDay(monthsAgo(2, 1));
    const leftLastMonth = isoDay(monthsAgo(1, 1));
    const people = [
      { key: 'p1', org: u1, position: 'SPECIALIST', hired: '2020-01-15', left: null },
      { key: 'p2', org: u1, position: 'SPECIALIST', hired: '2020-01-15', left: null },
      { key: 'p3', org: u1, position: 'LEADING_ADVISER', hired: hiredRecently, left: null },
      { key: 'p4', org: u2, position: 'HEAD_OF_DEPARTMENT', hired: '2019-05-01', left: null },
      { key: 'p5', org: u2, position: 'INTERN', hired: '2019-05-01', left: null },
      { key: 'p6', org: dept, position: 'SPECIALIST', hired: null, left: leftLastMonth },
      { key: 'p7', org: agency, position: 'EGOV_IT_SPECIALIST', hired: '2021-03-01', left: null },
    ];
    ids = {};
    for (const [i, p] of people.entries())
      ids[p.key] = await db.person({
        code: `ITEST${String(i + 1).padStart(3, '0')}`,
        orgId: p.org,
        position: p.position,
        hiredOn: p.hired,
        leftOn: p.left,
      });
    const m: { person: string; code: string; level: number; at: number }[] = [];
    const measure = async (key: string, levels: Record<string, number>, at: Date) => {
      await db.measure(ids[key], levels, at);
      for (const [code, level] of Object.entries(levels)) m.push({ person: ids[key], code, level, at: at.getTime() });
    };
    await measure(
      'p1',
      all((_, i) => i % 3, spec),
      monthsAgo(5),
    );
    await measure(
      'p1',
      all((r, i) => (i % 2 ? r.requiredLevel : Math.max(0, r.requiredLevel - 1)), spec),
      monthsAgo(1),
    );
    await measure(
      'p2',
      all((r) => r.requiredLevel, spec),
      monthsAgo(3),
    );
    const head = profiles.get('HEAD_OF_DEPARTMENT') as Requirement[];
    await measure(
      'p4',
      all((_, i) => (i < 6 ? 3 : 0), head.slice(0, 8)),
      monthsAgo(4),
    );
    await measure(
      'p6',
      all((r) => r.requiredLevel, spec),
      monthsAgo(6),
    );
    const egov = profiles.get('EGOV_IT_SPECIALIST') as Requirement[];
    await measure(
      'p7',
      all((r) => Math.min(4, r.requiredLevel + 1), egov),
      monthsAgo(2),
    );
    // Training: an open plan item without an enrolment for p1, one closed by a measurement last month for p2,
    // and one for p6 who has left (not counted).
    const plan = async (key: string, items: { code: string; status: string; closedAt: Date | null }[]) => {
      const [{ id }] = await db.q<{ id: string }>(
        `INSERT INTO development_plan (id, person_id) VALUES (gen_random_uuid(), $1) RETURNING id`,
        [ids[key]],
      );
      for (const i of items)
        await db.q(
          `INSERT INTO plan_item (id, plan_id, competency_code, from_level, target_level, status, closed_at, closed_level)
           VALUES (gen_random_uuid(), $1, $2, 0, 2, $3, $4, CASE WHEN $3 = 'closed' THEN 2 END)`,
          [id, i.code, i.status, i.closedAt?.toISOString() ?? null],
        );
    };
    await plan('p1', [{ code: spec[0].competencyCode, status: 'accepted', closedAt: null }]);
    await plan('p2', [{ code: spec[1].competencyCode, status: 'closed', closedAt: monthsAgo(1, 20) }]);
    await plan('p6', [{ code: spec[2].competencyCode, status: 'accepted', closedAt: null }]);
    expected = new Expected(
      profiles,
      people.map((p) => ({ id: ids[p.key], org: p.org, position: p.position, hired: p.hired, left: p.left })),
      m,
    );
    expect((await admin.post('/api/analytics/refresh')).status).toBe(200);
  });

  afterAll(async () => {
    await db.close();
    await t.close();
  });

  it('equals the figures computed from the raw rows: summary, breakdown, trend, heatmap, gaps and people', async () => {
    const r = await admin.get(`/api/analytics/compliance?orgId=${org.agency}`);
    expect(r.status).toBe(200);
    const d = r.body;
    const everything = [org.agency, org.dept, org.u1, org.u2];
    expectFigures(d.summary, expected.group(everything, today, now + 1));
    expect(d.summary.noProfile).toBe(1); // the intern's position has no profile
    expect(d.breadcrumb.map((o: { code: string }) => o.code)).toEqual(['ITEST']);

    // Breakdown: the department's subtree, the unit under the agency, and the staff placed in the agency itself.
    expect(d.units.map((u: { organisation: { code: string }; scope: string }) => `${u.organisation.code}/${u.scope}`)).toEqual([
      'ITEST-D/subtree',
      'ITEST-U2/subtree',
      'ITEST/direct',
    ]);
    expectFigures(d.units[0], expected.group([org.dept, org.u1], today, now + 1));
    expectFigures(d.units[1], expected.group([org.u2], today, now + 1));
    expectFigures(d.units[2], expected.group([org.agency], today, now + 1));

    // Trend: people employed at each month end (today for this month), levels measured before its end.
    expect(d.trend).toHaveLength(12);
    for (const point of d.trend as { month: string }[]) {
      const [y, mo] = point.month.split('-').map(Number);
      const boundary = Math.min(Date.UTC(y, mo, 1), now + 1);
      const lastDay = isoDay(new Date(Date.UTC(y, mo, 1) - 86_400_000));
      expectFigures(point, expected.group(everything, lastDay < today ? lastDay : today, boundary));
    }
    expect(d.summary.meanCiChange).toBeCloseTo(d.trend[11].meanCi - d.trend[0].meanCi, 10);

    // Heatmap: share meeting the required level per competency, for each row of the breakdown.
    for (const [i, orgs] of [[org.dept, org.u1], [org.u2], [org.agency]].entries())
      for (const c of d.heatmap[i].cells as { competencyCode: string; required: number; met: number; share: number | null }[]) {
        const e = expected.heat(orgs, today, now + 1, c.competencyCode);
        expect({ code: c.competencyCode, required: c.required, met: c.met }).toEqual({ code: c.competencyCode, ...e });
        expect(c.share).toEqual(e.required ? e.met / e.required : null);
      }

    // Gaps by competency: people per gap size, summed over the agency.
    const current = [ids.p1, ids.p2, ids.p3, ids.p4, ids.p7];
    const positions: Record<string, string> = {
      [ids.p1]: 'SPECIALIST',
      [ids.p2]: 'SPECIALIST',
      [ids.p3]: 'LEADING_ADVISER',
      [ids.p4]: 'HEAD_OF_DEPARTMENT',
      [ids.p7]: 'EGOV_IT_SPECIALIST',
    };
    for (const g of d.gapsByCompetency as { competencyCode: string; counts: number[]; required: number }[]) {
      const counts = new Array(d.scaleSize + 1).fill(0);
      for (const p of current) {
        const r = (profiles.get(positions[p]) ?? []).find((x) => x.competencyCode === g.competencyCode && x.requiredLevel > 0);
        if (r) counts[Math.max(0, r.requiredLevel - (expected.levels(p, now + 1).get(g.competencyCode) ?? 0))]++;
      }
      expect({ code: g.competencyCode, counts: g.counts }).toEqual({ code: g.competencyCode, counts });
    }
    const specialists = d.gapsByPosition.find((p: { positionCode: string }) => p.positionCode === 'SPECIALIST');
    expectFigures(specialists, expected.group(everything, today, now + 1, 'SPECIALIST'));

    // People with the largest gaps first (Σ g_c, then the lowest CI).
    const ranked = current
      .map((p) => ({ id: p, ...expected.figures(p, positions[p], now + 1) }))
      .sort((a, b) => b.gapTotal - a.gapTotal || a.ci - b.ci || (a.id < b.id ? -1 : 1));
    expect(d.people.map((p: { personId: string }) => p.personId)).toEqual(ranked.map((x) => x.id));
    expect(d.people.map((p: { gapTotal: number }) => p.gapTotal)).toEqual(ranked.map((x) => x.gapTotal));

    // Nobody here holds a certificate or sits in a session: the whole current staff (the intern too,
    // as in the HR due list) is due and overdue.
    const staff = current.length + 1;
    expect(d.attestation).toMatchObject({ available: true, due: staff, scheduled: 0, decided: 0, overdue: staff });
    expect(d.training).toEqual({ planned: 1, enrolled: 0, waiting: 0, completed: 0, closedByMeasurement: 1 });
    // A period that ends before the closure does not count it.
    const early = (await admin.get(`/api/analytics/compliance?orgId=${org.agency}&to=${d.trend[0].month}`)).body;
    expect(early.training.closedByMeasurement).toBe(0);
  });

  it('filters by position and keeps the period inside the months it holds', async () => {
    const d = (await admin.get(`/api/analytics/compliance?orgId=${org.agency}&positionCode=SPECIALIST&from=2000-01&to=2099-12`)).body;
    expectFigures(d.summary, expected.group([org.agency, org.dept, org.u1, org.u2], today, now + 1, 'SPECIALIST'));
    expect(d.trend).toHaveLength(24);
    expect(d.period.to).toBe(d.period.latest);
    const bad = await admin.get(`/api/analytics/compliance?orgId=${org.agency}&from=2026-05&to=2026-01`);
    expect(bad.status).toBe(400);
    expect(bad.body.errors.some((e: { field: string }) => e.field === 'query.to')).toBe(true);
  });

  it('drills down to a unit and to a person, and audits the person read', async () => {
    const unit = (await admin.get(`/api/analytics/compliance?orgId=${org.u1}`)).body;
    expect(unit.breadcrumb.map((o: { code: string }) => o.code)).toEqual(['ITEST', 'ITEST-D', 'ITEST-D-U1']);
    expect(unit.units.map((u: { scope: string }) => u.scope)).toEqual(['direct']);
    const list = (await admin.get(`/api/analytics/compliance/people?orgId=${org.u1}&sort=name`)).body;
    expect(list.total).toBe(3);
    const person = await admin.get(`/api/analytics/persons/${ids.p1}`);
    expect(person.status).toBe(200);
    const f = expected.figures(ids.p1, 'SPECIALIST', now + 1);
    expect(person.body.ci).toBeCloseTo(f.ci, 10);
    expect(person.body.history).toHaveLength(2);
    expect(person.body.competencies.reduce((s: number, c: { gap: number }) => s + c.gap, 0)).toBe(f.gapTotal);
    const [audit] = await db.q<{ action: string; purpose: string }>(
      `SELECT action, purpose FROM audit_event WHERE subject_person_id = $1 ORDER BY seq DESC LIMIT 1`,
      [ids.p1],
    );
    expect(audit).toEqual({ action: 'analytics.person_read', purpose: 'compliance analytics' });
  });

  it('keeps HR officers inside their scope (404 outside it) and others out (403)', async () => {
    expect((await hr.get(`/api/analytics/compliance?orgId=${org.agency}`)).status).toBe(404);
    expect((await hr.get(`/api/analytics/compliance/export?orgId=${org.agency}&table=people&format=csv`)).status).toBe(404);
    expect((await hr.get(`/api/analytics/compliance/report?orgId=${org.agency}`)).status).toBe(404);
    expect((await hr.get(`/api/analytics/persons/${ids.p1}`)).status).toBe(404);
    expect((await hr.get(`/api/analytics/compliance/people?orgId=${org.u1}`)).status).toBe(404);
    const own = await hr.get('/api/analytics/compliance');
    expect(own.status).toBe(200);
    expect(own.body.organisation.code).toBe('MDDT');
    expect(own.body.summary.people).toBeGreaterThan(50);
    expect(own.body.units.map((u: { organisation: { code: string } }) => u.organisation.code)).toEqual(
      expect.arrayContaining(['MDDT-EGOV', 'MDDT-HR', 'MDDT-TR']),
    );
    const servant = await t.signIn('servant');
    expect((await servant.get('/api/analytics/compliance')).status).toBe(403);
    expect((await hr.post('/api/analytics/refresh')).status).toBe(403);
  });

  it('exports every table as CSV and XLSX with the same numbers', async () => {
    const d = (await admin.get(`/api/analytics/compliance?orgId=${org.agency}`)).body;
    const units = await download(admin, `/api/analytics/compliance/export?orgId=${org.agency}&table=units&format=csv&lang=en`);
    expect(units.status).toBe(200);
    expect(units.headers.get('content-type')).toContain('text/csv');
    expect(units.headers.get('content-disposition')).toMatch(/attachment; filename="compliance-units-itest-/);
    const rows = parseCsv(units.body.toString('utf8'));
    expect(rows[0]).toEqual([
      'Organisation',
      'Code',
      'Scope',
      'People',
      'Measured',
      'Mean compliance index',
      'Fully compliant',
      'Fully compliant share',
    ]);
    rows.slice(1).forEach((row, i) => {
      expect(Number(row[3])).toBe(d.units[i].people);
      expect(Number(row[5])).toBeCloseTo(d.units[i].meanCi, 4);
    });

    const heat = await readXlsx(
      (await download(admin, `/api/analytics/compliance/export?orgId=${org.agency}&table=heatmap&format=xlsx&lang=az`)).body,
    );
    expect(heat[0].slice(2)).toEqual(d.competencies.map((c: { code: string }) => c.code));
    heat.slice(1).forEach((row, i) =>
      d.heatmap[i].cells.forEach((c: { share: number | null }, j: number) => {
        if (c.share === null) expect(row[j + 2] ?? null).toBeNull();
        else expect(row[j + 2] as number).toBeCloseTo(c.share, 4);
      }),
    );

    const people = await readXlsx(
      (await download(admin, `/api/analytics/compliance/export?orgId=${org.agency}&table=people&format=xlsx&lang=ru`)).body,
    );
    expect(people[0][0]).toBe('ФИН');
    expect(people).toHaveLength(1 + d.summary.people);
    expect(people[1][0]).toBe(d.people[0].personalCode);

    const trend = parseCsv(
      (await download(admin, `/api/analytics/compliance/export?orgId=${org.agency}&table=trend&format=csv`)).body.toString('utf8'),
    );
    expect(trend.slice(1).map((r) => r[0])).toEqual(d.trend.map((p: { month: string }) => p.month));
    for (const table of ['gaps-by-competency', 'gaps-by-position', 'attestation', 'training'])
      for (const format of ['csv', 'xlsx']) {
        const f = await download(admin, `/api/analytics/compliance/export?orgId=${org.agency}&table=${table}&format=${format}`);
        expect({ table, format, status: f.status, size: f.body.length > 20 }).toEqual({ table, format, status: 200, size: true });
      }
    const gaps = parseCsv(
      (
        await download(admin, `/api/analytics/compliance/export?orgId=${org.agency}&table=gaps-by-competency&format=csv&lang=en`)
      ).body.toString('utf8'),
    );
    expect(gaps.slice(1).map((r) => r.slice(3, 3 + d.scaleSize + 1).map(Number))).toEqual(
      d.gapsByCompetency.map((g: { counts: number[] }) => g.counts),
    );
  });

  it('prints the summary report as a PDF with Azerbaijani letters and the same figures, in each language', async () => {
    const d = (await admin.get(`/api/analytics/compliance?orgId=${org.agency}`)).body;
    const az = await download(admin, `/api/analytics/compliance/report?orgId=${org.agency}&lang=az`);
    expect(az.status).toBe(200);
    expect(az.headers.get('content-type')).toBe('application/pdf');
    const text = (await pdfText(az.body)).text.join('\n');
    expect(text).toContain('Kompetensiyalara uyğunluq üzrə hesabat');
    expect(text).toContain('ITEST Şöbə');
    const pct = new Intl.NumberFormat('az-Latn-AZ', { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(
      d.summary.meanCi,
    );
    expect(text.replace(/\s+/g, ' ')).toContain(pct.replace(/\s+/g, ' '));
    const ru = (await pdfText((await download(admin, `/api/analytics/compliance/report?orgId=${org.agency}&lang=ru`)).body)).text.join(
      '\n',
    );
    expect(ru).toContain('Отчёт о соответствии компетенций');
    const en = (await pdfText((await download(admin, `/api/analytics/compliance/report?orgId=${org.agency}&lang=en`)).body)).text.join(
      '\n',
    );
    expect(en).toContain('Competency compliance report');
  });

  it('recomputes only the units of people whose results changed', async () => {
    const before = (await admin.get(`/api/analytics/compliance?orgId=${org.u2}`)).body.summary;
    const head = profiles.get('HEAD_OF_DEPARTMENT') as Requirement[];
    await db.measure(ids.p4, Object.fromEntries(head.map((r) => [r.competencyCode, r.requiredLevel])), new Date(Date.now() - 60_000));
    expect((await admin.get('/api/analytics/status')).body.pendingPeople).toBe(1);
    const status = (await admin.post('/api/analytics/refresh')).body;
    expect(status.lastRun).toMatchObject({ kind: 'incremental', units: 1, people: 2 });
    expect(status.pendingPeople).toBe(0);
    const after = (await admin.get(`/api/analytics/compliance?orgId=${org.u2}`)).body.summary;
    expect(before.fullyCompliant).toBe(0);
    expect(after).toMatchObject({ people: 1, fullyCompliant: 1, meanCi: 1 });
  });

  it('produces the monthly report for each HR scope, mails it with the PDF and keeps it for download', async () => {
    const run = await admin.post('/api/analytics/reports/run', { month: '2026-10' });
    expect(run.status).toBe(200);
    expect(run.body).toMatchObject({ month: '2026-10', reports: 1, recipients: 1 });
    const mine = (await hr.get('/api/analytics/reports')).body;
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({ month: '2026-10', language: 'az', delivery: 'sent', organisation: { code: 'MDDT' } });
    const mails = await db.q<{ kind: string; attachment_name: string; size: number }>(
      `SELECT kind, attachment_name, length(attachment) AS size FROM mail_outbox WHERE kind = 'monthly_report'`,
    );
    expect(mails).toEqual([{ kind: 'monthly_report', attachment_name: 'compliance-report-mddt-2026-10-az.pdf', size: expect.any(Number) }]);
    expect(mails[0].size).toBeGreaterThan(1000);
    // A rerun of the month replaces the report but does not mail it again.
    await admin.post('/api/analytics/reports/run', { month: '2026-10' });
    expect(await db.q(`SELECT 1 FROM mail_outbox WHERE kind = 'monthly_report'`)).toHaveLength(1);
    const file = await download(hr, `/api/analytics/reports/${mine[0].id}/file`);
    expect(file.status).toBe(200);
    expect((await pdfText(file.body)).text.join(' ')).toContain('Rəqəmsal İnkişaf və Nəqliyyat Nazirliyi');
    const servant = await t.signIn('commission');
    expect((await servant.get(`/api/analytics/reports/${mine[0].id}/file`)).status).toBe(403);
  });
});
