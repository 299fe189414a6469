import { startTestApp, type TestApp } from '../support/test-app';
import type { HttpClient } from '../support/http-client';
import { Db, download, parseCsv, readXlsx, upload } from './support';

const HEADER = 'personalCode,lastName,firstName,email,unit,position,hiredOn';
const CSV = 'text/csv';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

async function until<T>(read: () => Promise<T>, done: (v: T) => boolean, timeoutMs = 60_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const v = await read();
    if (done(v) || Date.now() > end) return v;
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('roster import', () => {
  let t: TestApp;
  let db: Db;
  let hr: HttpClient;
  let admin: HttpClient;
  const staff = async () => Number((await db.q<{ n: string }>(`SELECT count(*) AS n FROM person`))[0].n);

  beforeAll(async () => {
    // No job runner: the refresh runs when a test asks for it (a minutely job would race the assertions).
    t = await startTestApp({ JOBS_ENABLED: 'false' });
    db = await Db.open(t.databaseUrl);
    hr = await t.signIn('hr');
    admin = await t.signIn('admin');
  });

  afterAll(async () => {
    await db.close();
    await t.close();
  });

  it('previews a roster with 10% broken rows, naming each row and field, and writes nothing until confirmed', async () => {
    const lines = [HEADER];
    for (let i = 1; i <= 36; i++)
      lines.push(
        `RS${String(i).padStart(5, '0')},Quliyeva,Nərmin ${i},n${i}@example.gov.az,MDDT-EGOV-ES,SPECIALIST,2021-0${(i % 9) + 1}-15`,
      );
    // An existing person (the demo servant) changes unit: an update.
    lines.push('5ZK3P1A,Məmmədova,Aysel,aysel.mammadova@mddt.gov.az,MDDT-HR,SPECIALIST,2019-03-01');
    // Broken rows (4 of 40): unknown unit, unknown position, bad e-mail and date, a personal code twice, one outside the scope.
    lines.push('RS90001,Əliyev,Kamran,k@example.gov.az,NO-SUCH-UNIT,SPECIALIST,2020-01-01');
    lines.push('RS90002,Əliyev,Orxan,not-an-email,MDDT-EGOV-ES,ASTRONAUT,2020-02-30');
    lines.push('RS00001,Dublikat,Dublikat,d@example.gov.az,MDDT-EGOV-ES,SPECIALIST,');
    // The demo methodologist works in the Civil Service Commission, outside the HR officer's ministry.
    lines.push('7LW2N5D,Başqa,Qurum,b@example.gov.az,MDDT-EGOV-ES,SPECIALIST,2020-01-01');
    const before = await staff();
    const r = await upload(hr, '/api/roster-imports?fileName=staff.csv', Buffer.from(lines.join('\r\n'), 'utf8'), CSV);
    expect(r.status).toBe(201);
    expect(r.body).toMatchObject({
      status: 'validated',
      format: 'csv',
      totalRows: 41,
      validRows: 36,
      invalidRows: 5,
      toCreate: 35,
      toUpdate: 1,
    });
    expect(await staff()).toBe(before);

    const errors = (await hr.get(`/api/roster-imports/${r.body.id}/rows?only=errors`)).body;
    const byRow = Object.fromEntries(
      errors.items.map((x: { row: number; errors: { field: string; code: string }[] }) => [
        x.row,
        x.errors.map((e) => `${e.field}:${e.code}`),
      ]),
    );
    expect(byRow).toEqual({
      2: ['personalCode:duplicate_in_file'],
      39: ['unit:unknown_unit'],
      40: ['email:invalid_email', 'position:unknown_position', 'hiredOn:invalid_date'],
      41: ['personalCode:duplicate_in_file'],
      42: ['personalCode:outside_scope'],
    });
    const dup = errors.items.find((x: { row: number }) => x.row === 2).errors[0];
    expect(dup.message).toContain('41');

    // Confirming needs the explicit choice to skip the broken rows.
    const refused = await hr.post(`/api/roster-imports/${r.body.id}/commit`, {});
    expect(refused.status).toBe(422);
    expect(refused.body.code).toBe('roster_has_errors');
    expect(await staff()).toBe(before);

    const started = await hr.post(`/api/roster-imports/${r.body.id}/commit`, { skipInvalid: true });
    expect(started.status).toBe(202);
    const done = await until(
      async () => (await hr.get(`/api/roster-imports/${r.body.id}`)).body,
      (i) => i.status !== 'committing',
    );
    expect(done).toMatchObject({ status: 'committed', toCreate: 35, toUpdate: 1, processed: 41 });
    expect(await staff()).toBe(before + 35);
    const [moved] = await db.q<{ code: string }>(
      `SELECT o.code FROM person p JOIN organisation o ON o.id = p.organisation_id WHERE p.personal_code = '5ZK3P1A'`,
    );
    expect(moved.code).toBe('MDDT-HR');
    const [{ n: audited }] = await db.q<{ n: string }>(`SELECT count(*) AS n FROM audit_event WHERE action = 'identity.roster_imported'`);
    expect(Number(audited)).toBe(1);

    // The result report names every row, its outcome and problems (parsed back).
    const report = parseCsv((await download(hr, `/api/roster-imports/${r.body.id}/report?format=csv&lang=en`)).body.toString('utf8'));
    expect(report).toHaveLength(1 + 41);
    const outcomes = report.slice(1).map((x) => x[6]);
    expect(outcomes.filter((o) => o === 'To be added')).toHaveLength(35);
    expect(outcomes.filter((o) => o === 'To be updated')).toHaveLength(1);
    expect(outcomes.filter((o) => o === 'Skipped (errors)')).toHaveLength(5);
    expect(report.find((x) => x[0] === '40')?.[7]).toContain('Position code: The methodology has no such position profile: ASTRONAUT');
    const xlsx = await readXlsx((await download(hr, `/api/roster-imports/${r.body.id}/report?format=xlsx&lang=az`)).body);
    expect(xlsx[0]).toEqual(['Sətir', 'FİN', 'Soyad', 'Ad', 'Bölmə kodu', 'Vəzifə kodu', 'Nəticə', 'Xətalar']);

    // The new staff reach the dashboard after a refresh.
    await admin.post('/api/analytics/refresh');
    const unit = (await hr.get('/api/analytics/compliance/people?q=RS000&limit=100')).body;
    expect(unit.total).toBe(35);
  });

  it('refuses a file with wrong columns or encoding, naming the problem, and stores nothing', async () => {
    const columns = await upload(hr, '/api/roster-imports', Buffer.from('code;name;unit\nA;B;C\n'), CSV);
    expect(columns.status).toBe(422);
    expect(columns.body.code).toBe('roster_columns');
    expect(columns.body.errors.map((e: { field: string; code: string }) => `${e.field}:${e.code}`)).toEqual([
      'header.personalCode:missing_column',
      'header.lastName:missing_column',
      'header.firstName:missing_column',
      'header.email:missing_column',
      'header.position:missing_column',
      'header.hiredOn:missing_column',
      'header.code:unknown_column',
      'header.name:unknown_column',
    ]);
    // "Məmmədova" in Windows-1254 (Turkish): not UTF-8.
    const latin = Buffer.concat([Buffer.from(`${HEADER}\nRS12345,M`), Buffer.from([0x9f, 0xe7]), Buffer.from(',A,,MDDT-HR,SPECIALIST,\n')]);
    const encoding = await upload(hr, '/api/roster-imports', latin, CSV);
    expect(encoding.status).toBe(422);
    expect(encoding.body.code).toBe('roster_encoding');
    expect(encoding.body.errors[0].field).toBe('row 2');
    const empty = await upload(hr, '/api/roster-imports', Buffer.from(`${HEADER}\n`), CSV);
    expect(empty.body.code).toBe('roster_empty');
    expect((await db.q(`SELECT 1 FROM roster_import WHERE status = 'uploading'`)).length).toBe(0);
  });

  it('reads XLSX workbooks (shared strings, date cells) and localized headers', async () => {
    const ExcelJS = (await import('exceljs')) as unknown as {
      Workbook: typeof import('exceljs').Workbook;
      default?: { Workbook: typeof import('exceljs').Workbook };
    };
    const Workbook = ExcelJS.Workbook ?? ExcelJS.default?.Workbook;
    const wb = new Workbook();
    const ws = wb.addWorksheet('Kadrlar');
    ws.addRow(['FİN', 'Soyad', 'Ad', 'E-poçt', 'Bölmə kodu', 'Vəzifə kodu', 'İşə qəbul tarixi', 'Dil']);
    for (let i = 1; i <= 30; i++)
      ws.addRow([
        `XL${String(i).padStart(5, '0')}`,
        'Hüseynova',
        'Könül',
        `k${i}@example.gov.az`,
        'MDDT-EGOV',
        'Aparıcı məsləhətçi',
        new Date(Date.UTC(2022, 0, i)),
        'ru',
      ]);
    const bytes = Buffer.from(await wb.xlsx.writeBuffer({ useSharedStrings: true } as never));
    const r = await upload(hr, '/api/roster-imports?fileName=kadrlar.xlsx', bytes, XLSX);
    expect(r.status).toBe(201);
    expect(r.body).toMatchObject({ format: 'xlsx', totalRows: 30, validRows: 30, toCreate: 30 });
    await hr.post(`/api/roster-imports/${r.body.id}/commit`, {});
    await until(
      async () => (await hr.get(`/api/roster-imports/${r.body.id}`)).body,
      (i) => i.status === 'committed',
    );
    const [p] = await db.q<{ hired_on: string; preferred_language: string; position_code: string }>(
      `SELECT hired_on::text, preferred_language, position_code FROM person WHERE personal_code = 'XL00003'`,
    );
    expect(p).toEqual({ hired_on: '2022-01-03', preferred_language: 'ru', position_code: 'LEADING_ADVISER' });
  });

  it('streams a file larger than the 1 MiB body limit and reports the commit’s progress batch by batch', async () => {
    const rows = 15_000;
    async function* file() {
      yield Buffer.from(`${HEADER}\n`);
      for (let i = 0; i < rows; i += 1000) {
        let chunk = '';
        for (let j = i; j < i + 1000; j++)
          chunk += `BG${String(j).padStart(6, '0')},Babayeva,Günel,g${j}@example.gov.az,MDDT-EGOV-ES,SPECIALIST,2020-05-04\n`;
        yield Buffer.from(chunk);
      }
    }
    const r = await upload(hr, '/api/roster-imports?fileName=big.csv', file(), CSV);
    expect(r.status).toBe(201);
    expect(r.body).toMatchObject({ totalRows: rows, validRows: rows, toCreate: rows });
    await hr.post(`/api/roster-imports/${r.body.id}/commit`, {});
    const seen = new Set<number>();
    const done = await until(
      async () => {
        const i = (await hr.get(`/api/roster-imports/${r.body.id}`)).body;
        seen.add(i.processed);
        return i;
      },
      (i) => i.status !== 'committing',
    );
    expect(done.status).toBe('committed');
    expect(done.processed).toBe(rows);
    // Progress moves in whole batches of 5,000 rows.
    expect([...seen].every((n) => n % 5000 === 0 && n <= rows)).toBe(true);
    expect(Number((await db.q<{ n: string }>(`SELECT count(*) AS n FROM person WHERE personal_code LIKE 'BG%'`))[0].n)).toBe(rows);
  });

  it('keeps imports to the one who made them, and units to the caller’s scope', async () => {
    const mine = await upload(admin, '/api/roster-imports', Buffer.from(`${HEADER}\nAD12345,Admin,Test,,STS-IT-DS,SPECIALIST,\n`), CSV);
    expect(mine.status).toBe(201);
    expect(mine.body.validRows).toBe(1);
    expect((await hr.get(`/api/roster-imports/${mine.body.id}`)).status).toBe(404);
    expect((await hr.post(`/api/roster-imports/${mine.body.id}/commit`, {})).status).toBe(404);
    const hrTry = await upload(hr, '/api/roster-imports', Buffer.from(`${HEADER}\nAD12345,Admin,Test,,STS-IT-DS,SPECIALIST,\n`), CSV);
    expect(hrTry.body.invalidRows).toBe(1);
    expect((await hr.get(`/api/roster-imports/${hrTry.body.id}/rows`)).body.items[0].errors[0].code).toBe('unknown_unit');
    const servant = await t.signIn('servant');
    expect((await upload(servant, '/api/roster-imports', Buffer.from(`${HEADER}\n`), CSV)).status).toBe(403);
    const template = await download(hr, '/api/roster-imports/template?format=csv&lang=ru');
    expect(parseCsv(template.body.toString('utf8'))[0]).toEqual([
      'ФИН',
      'Фамилия',
      'Имя',
      'Эл. почта',
      'Код подразделения',
      'Код должности',
      'Дата приёма',
      'Язык',
    ]);
  });
});
