import type { LocalizedText, Role } from '@civics/contracts';

export interface DemoOrganisation {
  readonly code: string;
  readonly parentCode: string | null;
  readonly kind: 'agency' | 'department' | 'unit';
  readonly name: LocalizedText;
}

export interface DemoPerson {
  readonly personalCode: string;
  readonly firstName: string;
  readonly lastName: string;
  readonly email: string;
  readonly organisationCode: string;
  readonly positionCode: string;
  readonly positionTitle: string;
  readonly hiredOn: string;
}

export interface DemoAccount {
  readonly username: string;
  readonly role: Role;
  readonly person: DemoPerson | null;
  readonly scopeOrganisationCode?: string;
}

/** The demo institution a provider account acts for (the learning feature creates its profile). */
export const DEMO_PROVIDER_ID = '5f1c2a4e-7b7e-4c55-9b0e-0d3a8e6a1001';

export const DEMO_ORGANISATIONS: readonly DemoOrganisation[] = [
  {
    code: 'MDDT',
    parentCode: null,
    kind: 'agency',
    name: {
      az: 'Rəqəmsal İnkişaf və Nəqliyyat Nazirliyi',
      ru: 'Министерство цифрового развития и транспорта',
      en: 'Ministry of Digital Development and Transport',
    },
  },
  {
    code: 'MDDT-EGOV',
    parentCode: 'MDDT',
    kind: 'department',
    name: { az: 'Elektron hökumət departamenti', ru: 'Департамент электронного правительства', en: 'E-Government Department' },
  },
  {
    code: 'MDDT-EGOV-ES',
    parentCode: 'MDDT-EGOV',
    kind: 'unit',
    name: { az: 'Elektron xidmətlər şöbəsi', ru: 'Отдел электронных услуг', en: 'E-Services Unit' },
  },
  {
    code: 'MDDT-HR',
    parentCode: 'MDDT',
    kind: 'department',
    name: { az: 'İnsan resursları departamenti', ru: 'Департамент кадровых ресурсов', en: 'Human Resources Department' },
  },
  {
    code: 'STS',
    parentCode: null,
    kind: 'agency',
    name: { az: 'Dövlət Vergi Xidməti', ru: 'Государственная налоговая служба', en: 'State Tax Service' },
  },
  {
    code: 'STS-IT',
    parentCode: 'STS',
    kind: 'department',
    name: {
      az: 'İnformasiya texnologiyaları departamenti',
      ru: 'Департамент информационных технологий',
      en: 'Information Technology Department',
    },
  },
  {
    code: 'STS-IT-DS',
    parentCode: 'STS-IT',
    kind: 'unit',
    name: { az: 'Rəqəmsal xidmətlər şöbəsi', ru: 'Отдел цифровых сервисов', en: 'Digital Services Unit' },
  },
  {
    code: 'CSC',
    parentCode: null,
    kind: 'agency',
    name: {
      az: 'Dövlət Qulluğu Məsələləri üzrə Komissiya',
      ru: 'Комиссия по вопросам государственной службы',
      en: 'Civil Service Commission',
    },
  },
  {
    code: 'CSC-METH',
    parentCode: 'CSC',
    kind: 'department',
    name: { az: 'Metodologiya şöbəsi', ru: 'Методологический отдел', en: 'Methodology Unit' },
  },
];

export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  {
    username: 'servant',
    role: 'civil_servant',
    person: {
      personalCode: '5ZK3P1A',
      firstName: 'Aysel',
      lastName: 'Məmmədova',
      email: 'aysel.mammadova@mddt.gov.az',
      organisationCode: 'MDDT-EGOV-ES',
      positionCode: 'SPECIALIST',
      positionTitle: 'Baş məsləhətçi',
      hiredOn: '2019-03-01',
    },
  },
  {
    username: 'hr',
    role: 'hr_officer',
    scopeOrganisationCode: 'MDDT',
    person: {
      personalCode: '6RT8K2B',
      firstName: 'Elvin',
      lastName: 'Həsənov',
      email: 'elvin.hasanov@mddt.gov.az',
      organisationCode: 'MDDT-HR',
      positionCode: 'LEADING_ADVISER',
      positionTitle: 'Aparıcı məsləhətçi',
      hiredOn: '2016-09-15',
    },
  },
  {
    username: 'commission',
    role: 'commission_member',
    person: {
      personalCode: '3PQ7M4C',
      firstName: 'Günay',
      lastName: 'Əliyeva',
      email: 'gunay.aliyeva@mddt.gov.az',
      organisationCode: 'MDDT-EGOV',
      positionCode: 'HEAD_OF_DEPARTMENT',
      positionTitle: 'Departament müdiri',
      hiredOn: '2012-01-10',
    },
  },
  {
    // A second commission member, so that a session's commission can reach its quorum (2 of 2).
    username: 'commission2',
    role: 'commission_member',
    person: {
      personalCode: '4HX9R6E',
      firstName: 'Tural',
      lastName: 'Hüseynov',
      email: 'tural.huseynov@mddt.gov.az',
      organisationCode: 'MDDT',
      positionCode: 'HEAD_OF_DEPARTMENT',
      positionTitle: 'Departament müdiri',
      hiredOn: '2010-06-01',
    },
  },
  { username: 'provider', role: 'training_provider', person: null },
  {
    username: 'methodologist',
    role: 'methodologist',
    person: {
      personalCode: '7LW2N5D',
      firstName: 'Rəşad',
      lastName: 'Quliyev',
      email: 'rashad.guliyev@csc.gov.az',
      organisationCode: 'CSC-METH',
      positionCode: 'LEADING_ADVISER',
      positionTitle: 'Aparıcı məsləhətçi',
      hiredOn: '2014-05-20',
    },
  },
  { username: 'admin', role: 'administrator', person: null },
];
