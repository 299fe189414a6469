import type { LocalizedText } from '@civics/contracts';

export interface DemoUnit {
  readonly code: string;
  readonly parentCode: string;
  readonly kind: 'department' | 'unit';
  readonly name: LocalizedText;
  /** Staff added here, and how far along the unit is (0: weakest … 1: strongest). */
  readonly staff: number;
  readonly strength: number;
  /** Positions of the staff, drawn in this proportion. */
  readonly positions: readonly string[];
}

/** More of the demo ministry (the HR account's scope) and some of the State Tax Service, so every level of the drill-down has figures. */
export const DEMO_UNITS: readonly DemoUnit[] = [
  {
    code: 'MDDT-EGOV-DX',
    parentCode: 'MDDT-EGOV',
    kind: 'unit',
    name: { az: 'Məlumat mübadiləsi şöbəsi', ru: 'Отдел обмена данными', en: 'Data Exchange Unit' },
    staff: 22,
    strength: 0.75,
    positions: ['EGOV_IT_SPECIALIST', 'EGOV_IT_SPECIALIST', 'SPECIALIST', 'LEADING_ADVISER'],
  },
  {
    code: 'MDDT-EGOV-SEC',
    parentCode: 'MDDT-EGOV',
    kind: 'unit',
    name: { az: 'İnformasiya təhlükəsizliyi şöbəsi', ru: 'Отдел информационной безопасности', en: 'Information Security Unit' },
    staff: 16,
    strength: 0.85,
    positions: ['EGOV_IT_SPECIALIST', 'SPECIALIST', 'LEADING_ADVISER'],
  },
  {
    code: 'MDDT-TR',
    parentCode: 'MDDT',
    kind: 'department',
    name: { az: 'Nəqliyyat siyasəti departamenti', ru: 'Департамент транспортной политики', en: 'Transport Policy Department' },
    staff: 4,
    strength: 0.45,
    positions: ['HEAD_OF_DEPARTMENT', 'LEADING_ADVISER'],
  },
  {
    code: 'MDDT-TR-RD',
    parentCode: 'MDDT-TR',
    kind: 'unit',
    name: { az: 'Avtomobil nəqliyyatı şöbəsi', ru: 'Отдел автомобильного транспорта', en: 'Road Transport Unit' },
    staff: 26,
    strength: 0.3,
    positions: ['SPECIALIST', 'SPECIALIST', 'LEADING_ADVISER'],
  },
  {
    code: 'MDDT-TR-RL',
    parentCode: 'MDDT-TR',
    kind: 'unit',
    name: { az: 'Dəmir yolu nəqliyyatı şöbəsi', ru: 'Отдел железнодорожного транспорта', en: 'Rail Transport Unit' },
    staff: 20,
    strength: 0.4,
    positions: ['SPECIALIST', 'LEADING_ADVISER'],
  },
  {
    code: 'MDDT-HR-TD',
    parentCode: 'MDDT-HR',
    kind: 'unit',
    name: { az: 'Təlim və inkişaf şöbəsi', ru: 'Отдел обучения и развития', en: 'Training and Development Unit' },
    staff: 12,
    strength: 0.55,
    positions: ['SPECIALIST', 'LEADING_ADVISER'],
  },
  {
    code: 'STS-IT-INF',
    parentCode: 'STS-IT',
    kind: 'unit',
    name: { az: 'İnfrastruktur şöbəsi', ru: 'Отдел инфраструктуры', en: 'Infrastructure Unit' },
    staff: 18,
    strength: 0.6,
    positions: ['EGOV_IT_SPECIALIST', 'SPECIALIST'],
  },
];

/** Given names with the matching family-name ending (-ov/-yev for men, -ova/-yeva for women). */
export const NAMES: readonly (readonly [string, 'm' | 'f'])[] = [
  ['Nigar', 'f'],
  ['Rauf', 'm'],
  ['Leyla', 'f'],
  ['Tural', 'm'],
  ['Sevinc', 'f'],
  ['Orxan', 'm'],
  ['Könül', 'f'],
  ['Fuad', 'm'],
  ['Aynur', 'f'],
  ['Kamran', 'm'],
  ['Nərmin', 'f'],
  ['Elçin', 'm'],
  ['Gülnar', 'f'],
  ['Vüsal', 'm'],
  ['Səbinə', 'f'],
  ['Ramil', 'm'],
  ['Ülviyyə', 'f'],
  ['Şahin', 'm'],
  ['Günel', 'f'],
  ['İlkin', 'm'],
  ['Aytən', 'f'],
  ['Cavid', 'm'],
  ['Xədicə', 'f'],
  ['Ağa', 'm'],
];
/** Family names in their masculine form; the feminine adds "a". */
export const FAMILY_NAMES = [
  'Abbasov',
  'Hüseynov',
  'Kərimov',
  'Rzayev',
  'Məmmədov',
  'Cəfərov',
  'Qasımov',
  'Nəsirov',
  'Əliyev',
  'Quliyev',
  'İsmayılov',
  'Şükürov',
  'Babayev',
  'Həsənov',
  'Ağayev',
  'Süleymanov',
];

/** Measurement rounds (days ago) and the share of the staff each reached. */
export const ROUNDS: readonly { daysAgo: number; share: number; gain: number }[] = [
  { daysAgo: 480, share: 0.75, gain: 0 },
  { daysAgo: 270, share: 0.55, gain: 0.6 },
  { daysAgo: 60, share: 0.45, gain: 0.7 },
];
