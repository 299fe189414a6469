/** Fixed ids of the demo sessions, so the seeder runs once and tests can find them. */
export const DEMO_OPEN_SESSION_ID = '8d6b4f3e-2a1c-4e5d-9f70-a11e57a70001';
export const DEMO_PAST_SESSION_ID = '8d6b4f3e-2a1c-4e5d-9f70-a11e57a70002';

export const DEMO_ATTESTATION_TEMPLATE_TITLE = {
  az: 'Attestasiya imtahanı (vəzifə profili üzrə)',
  ru: 'Аттестационный экзамен (по профилю должности)',
  en: 'Attestation exam (by position profile)',
};

/** People of the past session: one meets, one meets subject to training, one was absent. */
export const DEMO_PAST_CANDIDATES = [
  {
    personalCode: 'AT001DM',
    firstName: 'Nigar',
    lastName: 'Əhmədova',
    email: 'nigar.ahmadova@mddt.gov.az',
    /** Levels below the SPECIALIST requirement (none: meets). */
    short: {} as Record<string, number>,
  },
  {
    personalCode: 'AT002DM',
    firstName: 'Rauf',
    lastName: 'Qasımov',
    email: 'rauf.qasimov@mddt.gov.az',
    // ED1 and DF2 one level short: CI 0.925, critical competencies met → meets subject to training.
    short: { ED1: 1, DF2: 1 } as Record<string, number>,
  },
  { personalCode: 'AT003DM', firstName: 'Səbinə', lastName: 'Əlizadə', email: 'sabina.alizada@mddt.gov.az', short: null },
] as const;
