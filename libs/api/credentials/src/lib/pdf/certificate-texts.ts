import type { LocalizedText } from '@civics/contracts';

/** Every text printed on a certificate, in the three languages. */
export const CERTIFICATE_TEXTS = {
  title: { az: 'SERTİFİKAT', ru: 'СЕРТИФИКАТ', en: 'CERTIFICATE' },
  subtitle: {
    az: 'İKT və elektron hökumət səriştələri üzrə attestasiya',
    ru: 'Аттестация по компетенциям в области ИКТ и электронного правительства',
    en: 'Attestation of ICT and e-government competencies',
  },
  certifies: { az: 'Bu sertifikat təsdiq edir ki,', ru: 'Настоящий сертификат подтверждает, что', en: 'This is to certify that' },
  meets: {
    az: '{position} vəzifəsi üçün təsdiq edilmiş metodologiyanın tələblərinə cavab verir.',
    ru: 'соответствует требованиям утверждённой методологии для должности «{position}».',
    en: 'meets the requirements of the approved methodology for the position “{position}”.',
  },
  meetsSubject: {
    az: '{position} vəzifəsi üçün metodologiyanın tələblərinə təlim şərti ilə cavab verir.',
    ru: 'соответствует требованиям методологии для должности «{position}» при условии прохождения обучения.',
    en: 'meets the requirements of the methodology for the position “{position}” subject to training.',
  },
  methodology: { az: 'Metodologiya', ru: 'Методология', en: 'Methodology' },
  version: { az: 'versiya', ru: 'версия', en: 'version' },
  competency: { az: 'Səriştə', ru: 'Компетенция', en: 'Competency' },
  level: { az: 'Səviyyə', ru: 'Уровень', en: 'Level' },
  required: { az: 'Tələb olunan', ru: 'Требуемый', en: 'Required' },
  issued: { az: 'Verilmə tarixi', ru: 'Дата выдачи', en: 'Issued on' },
  validUntil: { az: 'Etibarlıdır', ru: 'Действителен до', en: 'Valid until' },
  serial: { az: 'Seriya nömrəsi', ru: 'Серийный номер', en: 'Serial number' },
  verify: {
    az: 'Yoxlamaq üçün kodu skan edin və ya ünvanı açın:',
    ru: 'Для проверки отсканируйте код или откройте адрес:',
    en: 'To verify, scan the code or open:',
  },
  signed: {
    az: 'Elektron imza ilə imzalanmış yoxlanıla bilən sənəd (W3C Verifiable Credential 2.0, Open Badges 3.0, Ed25519). Açar: {kid}',
    ru: 'Проверяемый документ с электронной подписью (W3C Verifiable Credential 2.0, Open Badges 3.0, Ed25519). Ключ: {kid}',
    en: 'A verifiable document signed electronically (W3C Verifiable Credential 2.0, Open Badges 3.0, Ed25519). Key: {kid}',
  },
  revoked: { az: 'LƏĞV EDİLİB', ru: 'ОТОЗВАН', en: 'REVOKED' },
  note: { az: 'Şərt', ru: 'Условие', en: 'Condition' },
} as const satisfies Record<string, LocalizedText>;

export function fill(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}
