import type { AnalyticsTable, Language, RosterErrorCode, RosterOutcome } from '@civics/contracts';

/** Texts of exported files, the summary report and the monthly e-mail, in the three platform languages. */
export interface Labels {
  readonly tables: Record<AnalyticsTable, string>;
  readonly columns: {
    readonly month: string;
    readonly organisation: string;
    readonly code: string;
    readonly scope: string;
    readonly people: string;
    readonly measured: string;
    readonly meanCi: string;
    readonly fullyCompliant: string;
    readonly fullyCompliantShare: string;
    readonly competency: string;
    readonly title: string;
    readonly required: string;
    readonly gap: (g: number) => string;
    readonly meanGap: string;
    readonly position: string;
    readonly personalCode: string;
    readonly name: string;
    readonly ci: string;
    readonly gapTotal: string;
    readonly gapCount: string;
    readonly criticalGaps: string;
    readonly lastMeasured: string;
    readonly indicator: string;
    readonly value: string;
    readonly row: string;
    readonly unit: string;
    readonly outcome: string;
    readonly problems: string;
  };
  readonly scopes: { readonly subtree: string; readonly direct: string };
  readonly yes: string;
  readonly no: string;
  readonly wholeService: string;
  readonly attestation: {
    readonly due: string;
    readonly scheduled: string;
    readonly decided: string;
    readonly overdue: string;
    readonly meets: string;
    readonly meetsSubjectToTraining: string;
    readonly doesNotMeet: string;
    readonly passRate: string;
    readonly unavailable: string;
  };
  readonly training: {
    readonly planned: string;
    readonly enrolled: string;
    readonly waiting: string;
    readonly completed: string;
    readonly closedByMeasurement: string;
  };
  readonly about: {
    readonly sheet: string;
    readonly organisation: string;
    readonly version: string;
    readonly position: string;
    readonly allPositions: string;
    readonly period: string;
    readonly generated: string;
    readonly refreshed: string;
  };
  readonly report: {
    readonly title: string;
    readonly subtitle: (org: string) => string;
    readonly summary: string;
    readonly trend: string;
    readonly units: string;
    readonly heatmap: string;
    readonly heatmapNote: string;
    readonly gaps: string;
    readonly people: string;
    readonly noPeople: string;
    readonly page: (n: number, of: number) => string;
    readonly definitions: string;
    /** Unit of a change of a share: percentage points. */
    readonly points: string;
  };
  readonly mail: {
    readonly subject: (org: string, month: string) => string;
    readonly text: (org: string, month: string) => string;
  };
  readonly roster: {
    readonly outcomes: Record<RosterOutcome, string>;
    readonly errors: Record<RosterErrorCode, string>;
    readonly columns: Record<'personalCode' | 'lastName' | 'firstName' | 'email' | 'unit' | 'position' | 'hiredOn' | 'language', string>;
  };
}

const AZ: Labels = {
  tables: {
    trend: 'Dinamika',
    units: 'Struktur bölmələr',
    heatmap: 'İstilik xəritəsi',
    'gaps-by-competency': 'Kompetensiyalar üzrə boşluqlar',
    'gaps-by-position': 'Vəzifələr üzrə boşluqlar',
    people: 'Əməkdaşlar',
    attestation: 'Attestasiya',
    training: 'Təlim',
  },
  columns: {
    month: 'Ay',
    organisation: 'Təşkilat',
    code: 'Kod',
    scope: 'Əhatə',
    people: 'Əməkdaşlar',
    measured: 'Ölçülüb',
    meanCi: 'Orta uyğunluq indeksi',
    fullyCompliant: 'Tam uyğun',
    fullyCompliantShare: 'Tam uyğunların payı',
    competency: 'Kompetensiya',
    title: 'Adı',
    required: 'Tələb olunur (nəfər)',
    gap: (g) => `Boşluq ${g}`,
    meanGap: 'Orta boşluq',
    position: 'Vəzifə',
    personalCode: 'FİN',
    name: 'Ad, soyad',
    ci: 'Uyğunluq indeksi',
    gapTotal: 'Boşluqların cəmi',
    gapCount: 'Boşluqlu kompetensiyalar',
    criticalGaps: 'Kritik boşluqlar',
    lastMeasured: 'Son ölçmə',
    indicator: 'Göstərici',
    value: 'Dəyər',
    row: 'Sətir',
    unit: 'Bölmə',
    outcome: 'Nəticə',
    problems: 'Xətalar',
  },
  scopes: { subtree: 'bütün alt bölmələrlə', direct: 'birbaşa tabeliyində' },
  yes: 'bəli',
  no: 'xeyr',
  wholeService: 'Bütün dövlət qulluğu',
  attestation: {
    due: 'Attestasiya vaxtı çatıb',
    scheduled: 'Planlaşdırılıb',
    decided: 'Qərar verilib',
    overdue: 'Gecikir',
    meets: 'Tələblərə cavab verir',
    meetsSubjectToTraining: 'Təlim şərti ilə cavab verir',
    doesNotMeet: 'Cavab vermir',
    passRate: 'Keçid nisbəti',
    unavailable: 'Attestasiya məlumatları hələ mövcud deyil',
  },
  training: {
    planned: 'Planlaşdırılıb',
    enrolled: 'Qeydiyyatdadır',
    waiting: 'Gözləmə siyahısında',
    completed: 'Başa vurulub',
    closedByMeasurement: 'Ölçmə ilə bağlanıb',
  },
  about: {
    sheet: 'Haqqında',
    organisation: 'Təşkilat',
    version: 'Metodologiya versiyası',
    position: 'Vəzifə',
    allPositions: 'Bütün vəzifələr',
    period: 'Dövr',
    generated: 'Hazırlanıb',
    refreshed: 'Göstəricilər yenilənib',
  },
  report: {
    title: 'Kompetensiyalara uyğunluq üzrə hesabat',
    subtitle: (org) => org,
    summary: 'Əsas göstəricilər',
    trend: 'Dinamika (aylar üzrə)',
    units: 'Struktur bölmələr üzrə',
    heatmap: 'Tələb olunan səviyyəyə çatanların payı',
    heatmapNote: 'Xanada: tələb olunan səviyyəyə çatan əməkdaşların faizi (kompetensiya vəzifə profilində tələb olunursa).',
    gaps: 'Kompetensiyalar üzrə boşluqlar (nəfər)',
    people: 'Ən böyük boşluqları olan əməkdaşlar',
    noPeople: 'Bu seçimdə əməkdaş yoxdur.',
    page: (n, of) => `Səhifə ${n} / ${of}`,
    definitions:
      'Uyğunluq indeksi (Uİ) = Σ w·min(a, r)/r ÷ Σ w tələb olunan kompetensiyalar üzrə; ölçülməyən kompetensiya üçün a = 0. Tam uyğun: bütün boşluqlar 0.',
    points: 'faiz bəndi',
  },
  mail: {
    subject: (org, month) => `Aylıq uyğunluq hesabatı: ${org}, ${month}`,
    text: (org, month) =>
      `Salam!\n\n${org} üzrə ${month} ayı üçün kompetensiyalara uyğunluq hesabatı hazırdır. PDF fayl əlavə olunub; o, həmçinin platformada "Aylıq hesabatlar" bölməsindədir.\n`,
  },
  roster: {
    outcomes: { create: 'Əlavə ediləcək', update: 'Yenilənəcək', unchanged: 'Dəyişiklik yoxdur', skip: 'Buraxıldı (xəta)' },
    errors: {
      required: 'Doldurulmalıdır',
      invalid_personal_code: 'FİN 5–20 böyük hərf və rəqəmdən ibarət olmalıdır',
      invalid_email: 'E-poçt ünvanı düzgün deyil',
      invalid_date: 'Tarix düzgün deyil (İİİİ-AA-GG və ya GG.AA.İİİİ)',
      too_long: 'Çox uzundur',
      unknown_unit: 'Belə bölmə yoxdur və ya səlahiyyətinizdən kənardadır',
      unknown_position: 'Metodologiyada belə vəzifə profili yoxdur',
      invalid_language: 'Dil az, ru və ya en olmalıdır',
      duplicate_in_file: 'Bu FİN faylda bir neçə dəfə var',
      outside_scope: 'Bu FİN səlahiyyətinizdən kənar təşkilatda qeydiyyatdadır',
    },
    columns: {
      personalCode: 'FİN',
      lastName: 'Soyad',
      firstName: 'Ad',
      email: 'E-poçt',
      unit: 'Bölmə kodu',
      position: 'Vəzifə kodu',
      hiredOn: 'İşə qəbul tarixi',
      language: 'Dil',
    },
  },
};

const RU: Labels = {
  tables: {
    trend: 'Динамика',
    units: 'Подразделения',
    heatmap: 'Тепловая карта',
    'gaps-by-competency': 'Разрывы по компетенциям',
    'gaps-by-position': 'Разрывы по должностям',
    people: 'Сотрудники',
    attestation: 'Аттестация',
    training: 'Обучение',
  },
  columns: {
    month: 'Месяц',
    organisation: 'Организация',
    code: 'Код',
    scope: 'Охват',
    people: 'Сотрудники',
    measured: 'Измерены',
    meanCi: 'Средний индекс соответствия',
    fullyCompliant: 'Полностью соответствуют',
    fullyCompliantShare: 'Доля полностью соответствующих',
    competency: 'Компетенция',
    title: 'Название',
    required: 'Требуется (чел.)',
    gap: (g) => `Разрыв ${g}`,
    meanGap: 'Средний разрыв',
    position: 'Должность',
    personalCode: 'ФИН',
    name: 'Фамилия, имя',
    ci: 'Индекс соответствия',
    gapTotal: 'Сумма разрывов',
    gapCount: 'Компетенций с разрывом',
    criticalGaps: 'Критических разрывов',
    lastMeasured: 'Последнее измерение',
    indicator: 'Показатель',
    value: 'Значение',
    row: 'Строка',
    unit: 'Подразделение',
    outcome: 'Результат',
    problems: 'Ошибки',
  },
  scopes: { subtree: 'со всеми подразделениями', direct: 'в прямом подчинении' },
  yes: 'да',
  no: 'нет',
  wholeService: 'Вся государственная служба',
  attestation: {
    due: 'Подлежат аттестации',
    scheduled: 'Назначены',
    decided: 'Решение принято',
    overdue: 'Просрочены',
    meets: 'Соответствует',
    meetsSubjectToTraining: 'Соответствует при условии обучения',
    doesNotMeet: 'Не соответствует',
    passRate: 'Доля прошедших',
    unavailable: 'Данных об аттестации пока нет',
  },
  training: {
    planned: 'Запланировано',
    enrolled: 'Записаны',
    waiting: 'В листе ожидания',
    completed: 'Завершено',
    closedByMeasurement: 'Закрыто измерением',
  },
  about: {
    sheet: 'Сведения',
    organisation: 'Организация',
    version: 'Версия методологии',
    position: 'Должность',
    allPositions: 'Все должности',
    period: 'Период',
    generated: 'Сформировано',
    refreshed: 'Показатели обновлены',
  },
  report: {
    title: 'Отчёт о соответствии компетенций',
    subtitle: (org) => org,
    summary: 'Основные показатели',
    trend: 'Динамика по месяцам',
    units: 'По подразделениям',
    heatmap: 'Доля достигших требуемого уровня',
    heatmapNote: 'В ячейке: процент сотрудников, достигших требуемого уровня (если компетенция требуется профилем должности).',
    gaps: 'Разрывы по компетенциям (чел.)',
    people: 'Сотрудники с наибольшими разрывами',
    noPeople: 'В этой выборке нет сотрудников.',
    page: (n, of) => `Страница ${n} из ${of}`,
    definitions:
      'Индекс соответствия (ИС) = Σ w·min(a, r)/r ÷ Σ w по требуемым компетенциям; для неизмеренной компетенции a = 0. Полностью соответствует: все разрывы равны 0.',
    points: 'п. п.',
  },
  mail: {
    subject: (org, month) => `Ежемесячный отчёт о соответствии: ${org}, ${month}`,
    text: (org, month) =>
      `Здравствуйте!\n\nОтчёт о соответствии компетенций по организации «${org}» за ${month} готов. PDF во вложении; он также доступен на платформе в разделе «Ежемесячные отчёты».\n`,
  },
  roster: {
    outcomes: { create: 'Будет добавлен', update: 'Будет обновлён', unchanged: 'Без изменений', skip: 'Пропущен (ошибка)' },
    errors: {
      required: 'Обязательное поле',
      invalid_personal_code: 'ФИН: от 5 до 20 заглавных букв и цифр',
      invalid_email: 'Неверный адрес электронной почты',
      invalid_date: 'Неверная дата (ГГГГ-ММ-ДД или ДД.ММ.ГГГГ)',
      too_long: 'Слишком длинное значение',
      unknown_unit: 'Подразделение не найдено или вне ваших полномочий',
      unknown_position: 'В методологии нет такого профиля должности',
      invalid_language: 'Язык: az, ru или en',
      duplicate_in_file: 'Этот ФИН встречается в файле несколько раз',
      outside_scope: 'Этот ФИН зарегистрирован в организации вне ваших полномочий',
    },
    columns: {
      personalCode: 'ФИН',
      lastName: 'Фамилия',
      firstName: 'Имя',
      email: 'Эл. почта',
      unit: 'Код подразделения',
      position: 'Код должности',
      hiredOn: 'Дата приёма',
      language: 'Язык',
    },
  },
};

const EN: Labels = {
  tables: {
    trend: 'Trend',
    units: 'Units',
    heatmap: 'Heatmap',
    'gaps-by-competency': 'Gaps by competency',
    'gaps-by-position': 'Gaps by position',
    people: 'People',
    attestation: 'Attestation',
    training: 'Training',
  },
  columns: {
    month: 'Month',
    organisation: 'Organisation',
    code: 'Code',
    scope: 'Scope',
    people: 'People',
    measured: 'Measured',
    meanCi: 'Mean compliance index',
    fullyCompliant: 'Fully compliant',
    fullyCompliantShare: 'Fully compliant share',
    competency: 'Competency',
    title: 'Title',
    required: 'Required (people)',
    gap: (g) => `Gap ${g}`,
    meanGap: 'Mean gap',
    position: 'Position',
    personalCode: 'Personal code',
    name: 'Name',
    ci: 'Compliance index',
    gapTotal: 'Total gap',
    gapCount: 'Competencies with a gap',
    criticalGaps: 'Critical gaps',
    lastMeasured: 'Last measured',
    indicator: 'Indicator',
    value: 'Value',
    row: 'Row',
    unit: 'Unit',
    outcome: 'Outcome',
    problems: 'Problems',
  },
  scopes: { subtree: 'with all units below', direct: 'directly placed' },
  yes: 'yes',
  no: 'no',
  wholeService: 'The whole civil service',
  attestation: {
    due: 'Due for attestation',
    scheduled: 'Scheduled',
    decided: 'Decided',
    overdue: 'Overdue',
    meets: 'Meets the requirements',
    meetsSubjectToTraining: 'Meets subject to training',
    doesNotMeet: 'Does not meet',
    passRate: 'Pass rate',
    unavailable: 'No attestation data yet',
  },
  training: {
    planned: 'Planned',
    enrolled: 'Enrolled',
    waiting: 'On a waiting list',
    completed: 'Completed',
    closedByMeasurement: 'Closed by measurement',
  },
  about: {
    sheet: 'About',
    organisation: 'Organisation',
    version: 'Methodology version',
    position: 'Position',
    allPositions: 'All positions',
    period: 'Period',
    generated: 'Generated',
    refreshed: 'Figures refreshed',
  },
  report: {
    title: 'Competency compliance report',
    subtitle: (org) => org,
    summary: 'Key figures',
    trend: 'Trend by month',
    units: 'By unit',
    heatmap: 'Share meeting the required level',
    heatmapNote:
      'In each cell: the percentage of staff at or above the required level (where their position profile requires the competency).',
    gaps: 'Gaps by competency (people)',
    people: 'People with the largest gaps',
    noPeople: 'No staff in this selection.',
    page: (n, of) => `Page ${n} of ${of}`,
    definitions:
      'Compliance index (CI) = Σ w·min(a, r)/r ÷ Σ w over the required competencies; a never-measured competency counts as a = 0. Fully compliant: every gap is 0.',
    points: 'pp',
  },
  mail: {
    subject: (org, month) => `Monthly compliance report: ${org}, ${month}`,
    text: (org, month) =>
      `Hello,\n\nThe competency compliance report of ${org} for ${month} is ready. The PDF is attached; it is also in the platform under "Monthly reports".\n`,
  },
  roster: {
    outcomes: { create: 'To be added', update: 'To be updated', unchanged: 'No change', skip: 'Skipped (errors)' },
    errors: {
      required: 'Required',
      invalid_personal_code: 'A personal code is 5–20 upper-case letters and digits',
      invalid_email: 'Not a valid e-mail address',
      invalid_date: 'Not a valid date (YYYY-MM-DD or DD.MM.YYYY)',
      too_long: 'Too long',
      unknown_unit: 'No such unit, or it is outside your scope',
      unknown_position: 'The methodology has no such position profile',
      invalid_language: 'The language is az, ru or en',
      duplicate_in_file: 'This personal code is in the file more than once',
      outside_scope: 'This personal code is registered in an organisation outside your scope',
    },
    columns: {
      personalCode: 'Personal code',
      lastName: 'Last name',
      firstName: 'First name',
      email: 'E-mail',
      unit: 'Unit code',
      position: 'Position code',
      hiredOn: 'Hire date',
      language: 'Language',
    },
  },
};

export const LABELS: Readonly<Record<Language, Labels>> = { az: AZ, ru: RU, en: EN };
