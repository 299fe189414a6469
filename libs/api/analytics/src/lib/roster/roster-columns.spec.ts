import { checkRow, isHeaderProblem, mapHeader, parseDate, type HeaderMapping, type RowContext } from './roster-columns';

const ctx: RowContext = {
  units: new Map([['MDDT-EGOV-ES', 'unit-1']]),
  positions: new Map([
    ['SPECIALIST', { code: 'SPECIALIST', title: 'Mütəxəssis' }],
    ['mütəxəssis', { code: 'SPECIALIST', title: 'Mütəxəssis' }],
  ]),
  latestHireDate: '2030-01-01',
};

const header = mapHeader(['FİN', 'Soyad', 'Ad', 'E-poçt', 'Bölmə kodu', 'Vəzifə kodu', 'İşə qəbul tarixi']) as HeaderMapping;

describe('roster header', () => {
  it('understands the column names in Azerbaijani, Russian and English, in any case and spacing', () => {
    expect(isHeaderProblem(header)).toBe(false);
    const ru = mapHeader(['ФИН', 'Фамилия', 'Имя', 'Эл. почта', 'Код подразделения', 'Код должности', 'Дата приёма', 'Язык']);
    expect(isHeaderProblem(ru)).toBe(false);
    const en = mapHeader(['personal_code', 'LAST NAME', 'first name', 'email', 'unit', 'position', 'hired on']);
    expect(isHeaderProblem(en)).toBe(false);
  });

  it('names the missing, doubled and unknown columns', () => {
    const m = mapHeader(['personalCode', 'lastName', 'lastName', 'Department notes']);
    expect(isHeaderProblem(m) && m).toEqual({
      missing: ['firstName', 'email', 'unit', 'position', 'hiredOn'],
      duplicated: ['lastName'],
      unknown: ['Department notes'],
    });
  });
});

describe('checkRow', () => {
  it('accepts a good row and resolves unit, position (by code or title), date and language', () => {
    const r = checkRow(
      2,
      [' ab12345 ', 'Məmmədova', 'Aysel', 'aysel@example.gov.az', 'mddt-egov-es', 'Mütəxəssis', '01.03.2019'],
      header,
      ctx,
    );
    expect(r.errors).toEqual([]);
    expect(r).toMatchObject({ personalCode: 'AB12345', organisationId: 'unit-1', positionCode: 'SPECIALIST', hiredOn: '2019-03-01' });
  });

  it('names each bad field of a row', () => {
    const r = checkRow(7, ['A-1', '', 'Aysel', 'not-an-email', 'NOPE', 'ASTRONAUT', '2019-02-30'], header, ctx);
    expect(r.errors.map((e) => `${e.field}:${e.code}`)).toEqual([
      'personalCode:invalid_personal_code',
      'lastName:required',
      'email:invalid_email',
      'unit:unknown_unit',
      'position:unknown_position',
      'hiredOn:invalid_date',
    ]);
  });

  it('leaves optional cells empty', () => {
    const r = checkRow(3, ['AB12345', 'X', 'Y', '', 'MDDT-EGOV-ES', 'SPECIALIST', ''], header, ctx);
    expect(r.errors).toEqual([]);
    expect(r).toMatchObject({ email: null, hiredOn: null, language: null });
  });
});

describe('parseDate', () => {
  it('reads ISO and day-first dates, XLSX dates and Excel serial days; refuses impossible ones', () => {
    expect(parseDate('2024-02-29')).toBe('2024-02-29');
    expect(parseDate('2023-02-29')).toBeNull();
    expect(parseDate('5/3/2020')).toBe('2020-03-05');
    expect(parseDate(new Date('2021-06-01T00:00:00Z'))).toBe('2021-06-01');
    expect(parseDate(45292)).toBe('2024-01-01');
    expect(parseDate('yesterday')).toBeNull();
  });
});
