import type { DecisionOutcome, LocalizedText } from '@civics/contracts';

/** What the platform tells people about attestation, in the app and by e-mail (az, ru, en). */
export interface Notice {
  readonly subject: LocalizedText;
  readonly text: LocalizedText;
}

const BAKU = 'Asia/Baku';
const LOCALES = { az: 'az-Latn-AZ', ru: 'ru-RU', en: 'en-GB' } as const;
const DATE_TIME: Intl.DateTimeFormatOptions = { day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit' };
const ZONE = { az: 'Bakı vaxtı', ru: 'время Баку', en: 'Baku time' } as const;

/** A window in each language, in Baku time (the country's clock; the server keeps UTC). */
export function windowText(startsAt: Date, endsAt: Date): LocalizedText {
  const fmt = (l: keyof typeof LOCALES, d: Date) => new Intl.DateTimeFormat(LOCALES[l], { ...DATE_TIME, timeZone: BAKU }).format(d);
  const one = (l: keyof typeof LOCALES) => `${fmt(l, startsAt)} – ${fmt(l, endsAt)} (${ZONE[l]})`;
  return { az: one('az'), ru: one('ru'), en: one('en') };
}

/** One instant in each language, in Baku time. */
export function instantText(at: Date): LocalizedText {
  const one = (l: keyof typeof LOCALES) =>
    `${new Intl.DateTimeFormat(LOCALES[l], { ...DATE_TIME, timeZone: BAKU }).format(at)} (${ZONE[l]})`;
  return { az: one('az'), ru: one('ru'), en: one('en') };
}

const OUTCOME: Record<DecisionOutcome, LocalizedText> = {
  meets: { az: 'tələblərə cavab verir', ru: 'соответствует требованиям', en: 'meets the requirements' },
  meets_subject_to_training: {
    az: 'təlim şərti ilə tələblərə cavab verir',
    ru: 'соответствует требованиям при условии обучения',
    en: 'meets the requirements subject to training',
  },
  does_not_meet: { az: 'tələblərə cavab vermir', ru: 'не соответствует требованиям', en: 'does not meet the requirements' },
};

export function outcomeText(outcome: DecisionOutcome): LocalizedText {
  return OUTCOME[outcome];
}

interface SessionFacts {
  readonly title: string;
  readonly startsAt: Date;
  readonly endsAt: Date;
  readonly place: string | null;
  readonly onlineUrl: string | null;
}

function where(s: SessionFacts): LocalizedText {
  const parts = [s.place, s.onlineUrl].filter(Boolean).join(' · ');
  return { az: parts, ru: parts, en: parts };
}

export function candidateInvited(s: SessionFacts, appUrl: string): Notice {
  const w = windowText(s.startsAt, s.endsAt);
  const at = where(s);
  return {
    subject: {
      az: `Attestasiyaya dəvət: ${s.title}`,
      ru: `Приглашение на аттестацию: ${s.title}`,
      en: `Invitation to attestation: ${s.title}`,
    },
    text: {
      az: `Siz "${s.title}" attestasiya sessiyasına namizəd kimi daxil edilmisiniz.\nVaxt: ${w.az}\nYer: ${at.az}\nİmtahanı bu müddət ərzində platformada başlaya bilərsiniz: ${appUrl}`,
      ru: `Вы включены кандидатом в сессию аттестации «${s.title}».\nВремя: ${w.ru}\nМесто: ${at.ru}\nЭкзамен можно начать на платформе в это время: ${appUrl}`,
      en: `You are a candidate in the attestation session "${s.title}".\nWhen: ${w.en}\nWhere: ${at.en}\nStart the exam on the platform within this window: ${appUrl}`,
    },
  };
}

export function memberInvited(s: SessionFacts, chair: boolean, appUrl: string): Notice {
  const w = windowText(s.startsAt, s.endsAt);
  const role = chair
    ? { az: 'komissiyanın sədri', ru: 'председатель комиссии', en: 'chair of the commission' }
    : { az: 'komissiya üzvü', ru: 'член комиссии', en: 'member of the commission' };
  return {
    subject: {
      az: `Attestasiya komissiyası: ${s.title}`,
      ru: `Аттестационная комиссия: ${s.title}`,
      en: `Attestation commission: ${s.title}`,
    },
    text: {
      az: `Siz "${s.title}" sessiyasında ${role.az} təyin olunmusunuz.\nVaxt: ${w.az}\nNamizədlər və sübutlar: ${appUrl}`,
      ru: `Вы назначены: ${role.ru}, сессия «${s.title}».\nВремя: ${w.ru}\nКандидаты и материалы: ${appUrl}`,
      en: `You are the ${role.en} of the session "${s.title}".\nWhen: ${w.en}\nCandidates and evidence: ${appUrl}`,
    },
  };
}

export function sessionCancelled(s: SessionFacts): Notice {
  return {
    subject: { az: `Attestasiya ləğv edildi: ${s.title}`, ru: `Аттестация отменена: ${s.title}`, en: `Attestation cancelled: ${s.title}` },
    text: {
      az: `"${s.title}" attestasiya sessiyası ləğv edilib.`,
      ru: `Сессия аттестации «${s.title}» отменена.`,
      en: `The attestation session "${s.title}" has been cancelled.`,
    },
  };
}

export function absenceRecorded(s: Pick<SessionFacts, 'title'>): Notice {
  return {
    subject: {
      az: `Attestasiyada iştirak etmədiniz: ${s.title}`,
      ru: `Неявка на аттестацию: ${s.title}`,
      en: `Absent from attestation: ${s.title}`,
    },
    text: {
      az: `"${s.title}" sessiyasının vaxtı bitdi; imtahana başlamadığınız üçün iştirak etmədiyiniz qeydə alındı.`,
      ru: `Время сессии «${s.title}» истекло; поскольку вы не начали экзамен, зафиксирована неявка.`,
      en: `The window of "${s.title}" has closed; as you did not start the exam, your absence has been recorded.`,
    },
  };
}

export function decisionMade(
  s: Pick<SessionFacts, 'title'>,
  outcome: DecisionOutcome,
  extra: { deadline: string | null; retakeOn: string | null },
  appUrl: string,
): Notice {
  const o = outcomeText(outcome);
  const tail: LocalizedText = extra.deadline
    ? {
        az: ` İnkişaf planınız ${extra.deadline} tarixinədək yerinə yetirilməlidir.`,
        ru: ` План развития нужно выполнить до ${extra.deadline}.`,
        en: ` Your development plan is due by ${extra.deadline}.`,
      }
    : extra.retakeOn
      ? {
          az: ` Təkrar attestasiya ${extra.retakeOn} tarixindən mümkündür.`,
          ru: ` Повторная аттестация возможна с ${extra.retakeOn}.`,
          en: ` Re-attestation is possible from ${extra.retakeOn}.`,
        }
      : { az: '', ru: '', en: '' };
  return {
    subject: { az: `Attestasiya qərarı: ${s.title}`, ru: `Решение аттестации: ${s.title}`, en: `Attestation decision: ${s.title}` },
    text: {
      az: `Komissiyanın qərarı: ${o.az}.${tail.az}\nƏtraflı və şikayət imkanı: ${appUrl}`,
      ru: `Решение комиссии: ${o.ru}.${tail.ru}\nПодробности и обжалование: ${appUrl}`,
      en: `The commission's decision: ${o.en}.${tail.en}\nDetails and appeal: ${appUrl}`,
    },
  };
}

export function appealFiled(s: Pick<SessionFacts, 'title'>, candidateName: string, appUrl: string): Notice {
  return {
    subject: { az: `Şikayət: ${candidateName}`, ru: `Апелляция: ${candidateName}`, en: `Appeal: ${candidateName}` },
    text: {
      az: `${candidateName} "${s.title}" sessiyasındakı qərardan şikayət edib. Komissiya yenidən səs verməlidir: ${appUrl}`,
      ru: `${candidateName} обжалует решение по сессии «${s.title}». Комиссии нужно проголосовать заново: ${appUrl}`,
      en: `${candidateName} has appealed the decision of "${s.title}". The commission votes again: ${appUrl}`,
    },
  };
}
