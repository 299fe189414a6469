import type { CompetencyRequirement } from '@civics/domain';
import type { PositionProfileContent } from './framework-content.types';

/** Competency codes of version 1 in framework order. */
export const FRAMEWORK_V1_COMPETENCY_CODES = [
  'DF1',
  'DF2',
  'DF3',
  'ED1',
  'ED2',
  'ED3',
  'IS1',
  'IS2',
  'IS3',
  'EG1',
  'EG2',
  'EG3',
  'PM1',
  'PM2',
  'PM3',
  'PM4',
] as const;
export type FrameworkV1CompetencyCode = (typeof FRAMEWORK_V1_COMPETENCY_CODES)[number];

/** [required level 0..4, weight, critical] for one competency. */
type Cell = readonly [requiredLevel: number, weight: number, critical: boolean];

/** Builds a full matrix row per competency, in framework order, from a table of cells. */
function matrix(cells: Readonly<Record<FrameworkV1CompetencyCode, Cell>>): readonly CompetencyRequirement[] {
  return FRAMEWORK_V1_COMPETENCY_CODES.map((code) => {
    const [requiredLevel, weight, critical] = cells[code];
    return { competencyCode: code, requiredLevel, weight, critical };
  });
}

const C = true; // critical
const N = false; // not critical

/**
 * Seed position profiles of methodology version 1. Rationale of the matrices:
 * - IS1 (security hygiene) and IS2 (personal data) are critical for every position;
 * - leaders need change and project leadership (PM) high and weighted; the head of agency is
 *   accountable for coherent development (PM4) and change (PM3), both critical;
 * - the leading adviser drafts acts and analyses: legal framework (EG3) and information
 *   management (DF2) weigh more;
 * - the specialist needs solid day-to-day practice (DF, ED1, citizen channels);
 * - the e-government / IT unit specialist needs e-services and interoperability (EG1, EG2,
 *   critical) and electronic documents (ED) high, and security at expert level.
 */
export const FRAMEWORK_V1_POSITION_PROFILES: readonly PositionProfileContent[] = [
  {
    code: 'HEAD_OF_AGENCY',
    title: { az: 'Qurum rəhbəri', ru: 'Руководитель ведомства', en: 'Head of agency' },
    description: {
      az: 'Mərkəzi və ya yerli icra hakimiyyəti orqanının rəhbəri və ya rəhbər müavini.',
      ru: 'Руководитель или заместитель руководителя центрального или местного органа исполнительной власти.',
      en: 'Head or deputy head of a central or local executive authority.',
    },
    // prettier-ignore
    requirements: matrix({
      DF1: [2, 1, N], DF2: [3, 1, N], DF3: [3, 1, N],
      ED1: [2, 1, N], ED2: [2, 1, N], ED3: [2, 1, N],
      IS1: [2, 2, C], IS2: [3, 2, C], IS3: [3, 1, C],
      EG1: [3, 1, N], EG2: [2, 1, N], EG3: [3, 2, N],
      PM1: [3, 1, N], PM2: [3, 2, N], PM3: [4, 2, C], PM4: [4, 2, C],
    }),
  },
  {
    code: 'HEAD_OF_DEPARTMENT',
    title: { az: 'Şöbə müdiri', ru: 'Заведующий отделом', en: 'Head of department' },
    description: {
      az: 'Struktur bölmənin işini planlaşdıran və ona nəzarət edən şöbə və ya sektor müdiri.',
      ru: 'Заведующий отделом или сектором, который планирует работу подразделения и контролирует её.',
      en: 'Head of a department or sector who plans and controls the work of a unit.',
    },
    // prettier-ignore
    requirements: matrix({
      DF1: [3, 1, N], DF2: [3, 1, N], DF3: [3, 1, N],
      ED1: [3, 1, N], ED2: [2, 1, N], ED3: [2, 1, N],
      IS1: [2, 2, C], IS2: [3, 2, C], IS3: [2, 1, N],
      EG1: [3, 1, N], EG2: [2, 1, N], EG3: [3, 1, N],
      PM1: [3, 2, N], PM2: [3, 2, C], PM3: [3, 2, N], PM4: [2, 1, N],
    }),
  },
  {
    code: 'LEADING_ADVISER',
    title: { az: 'Aparıcı məsləhətçi', ru: 'Ведущий советник', en: 'Leading adviser' },
    description: {
      az: 'Öz sahəsində təhlillər, normativ akt və qərar layihələri hazırlayan yüksək ixtisaslı mütəxəssis.',
      ru: 'Высококвалифицированный специалист, который готовит аналитические материалы, проекты актов и решений в своей сфере.',
      en: 'Senior expert who prepares analyses and draft acts and decisions in their field.',
    },
    // prettier-ignore
    requirements: matrix({
      DF1: [3, 1, N], DF2: [3, 2, N], DF3: [2, 1, N],
      ED1: [3, 1, N], ED2: [2, 1, N], ED3: [3, 1, N],
      IS1: [2, 2, C], IS2: [3, 2, C], IS3: [2, 1, N],
      EG1: [2, 1, N], EG2: [2, 1, N], EG3: [3, 2, N],
      PM1: [2, 1, N], PM2: [2, 1, N], PM3: [2, 1, N], PM4: [2, 1, N],
    }),
  },
  {
    code: 'SPECIALIST',
    title: { az: 'Mütəxəssis', ru: 'Специалист', en: 'Specialist' },
    description: {
      az: 'Gündəlik işdə sənədlər, vətəndaş müraciətləri və xidmətlərlə işləyən dövlət qulluqçusu.',
      ru: 'Государственный служащий, который в повседневной работе имеет дело с документами, обращениями граждан и услугами.',
      en: "Civil servant who handles documents, citizens' applications and services in day-to-day work.",
    },
    // prettier-ignore
    requirements: matrix({
      DF1: [2, 1, N], DF2: [2, 1, N], DF3: [2, 2, N],
      ED1: [2, 2, N], ED2: [2, 1, N], ED3: [2, 1, N],
      IS1: [2, 2, C], IS2: [2, 2, C], IS3: [1, 1, N],
      EG1: [1, 1, N], EG2: [1, 1, N], EG3: [1, 1, N],
      PM1: [1, 1, N], PM2: [1, 1, N], PM3: [1, 1, N], PM4: [1, 1, N],
    }),
  },
  {
    code: 'EGOV_IT_SPECIALIST',
    title: {
      az: 'Elektron hökumət / İT bölməsinin mütəxəssisi',
      ru: 'Специалист подразделения электронного правительства / ИТ',
      en: 'E-government / IT unit specialist',
    },
    description: {
      az: 'Qurumun informasiya sistemlərini və e-xidmətlərini inkişaf etdirən və istismar edən bölmənin mütəxəssisi.',
      ru: 'Специалист подразделения, которое развивает и эксплуатирует информационные системы и электронные услуги ведомства.',
      en: "Specialist of the unit that develops and runs the agency's information systems and e-services.",
    },
    // prettier-ignore
    requirements: matrix({
      DF1: [3, 1, N], DF2: [3, 1, N], DF3: [3, 1, N],
      ED1: [3, 1, N], ED2: [3, 2, N], ED3: [3, 2, N],
      IS1: [4, 2, C], IS2: [3, 2, C], IS3: [3, 1, N],
      EG1: [4, 2, C], EG2: [4, 2, C], EG3: [3, 1, N],
      PM1: [3, 2, N], PM2: [3, 1, N], PM3: [2, 1, N], PM4: [3, 2, N],
    }),
  },
];
