import type { ScaleLevelContent } from './framework-content.types';

/** Proficiency scale of methodology version 1: N = 4 (0 means "none"). */
export const FRAMEWORK_V1_SCALE: readonly ScaleLevelContent[] = [
  {
    level: 1,
    label: { az: 'Məlumatlılıq', ru: 'Осведомлённость', en: 'Awareness' },
    descriptor: {
      az: 'Əsas anlayışları və qaydaları bilir, onların nə vaxt tətbiq olunduğunu tanıyır; sadə tapşırıqları rəhbərlik altında yerinə yetirir.',
      ru: 'Знает основные понятия и правила, распознаёт ситуации их применения; выполняет простые задачи под руководством.',
      en: 'Knows the basic concepts and rules and recognises when they apply; performs simple tasks with guidance.',
    },
  },
  {
    level: 2,
    label: { az: 'Praktik', ru: 'Практик', en: 'Practitioner' },
    descriptor: {
      az: 'Səriştəni gündəlik iş tapşırıqlarında müstəqil tətbiq edir və müəyyən edilmiş prosedurlara düzgün əməl edir.',
      ru: 'Самостоятельно применяет компетенцию в типовых рабочих задачах и правильно следует установленным процедурам.',
      en: 'Applies the competency independently in routine work tasks and follows established procedures correctly.',
    },
  },
  {
    level: 3,
    label: { az: 'Qabaqcıl', ru: 'Продвинутый', en: 'Advanced' },
    descriptor: {
      az: 'Mürəkkəb və qeyri-standart vəziyyətlərin öhdəsindən gəlir, prosedurları təkmilləşdirir, həmkarlarına məsləhət verir və dəstək olur.',
      ru: 'Справляется со сложными и нестандартными ситуациями, совершенствует процедуры, консультирует и поддерживает коллег.',
      en: 'Handles complex and non-standard situations, improves procedures, and advises and supports colleagues.',
    },
  },
  {
    level: 4,
    label: { az: 'Ekspert', ru: 'Эксперт', en: 'Expert' },
    descriptor: {
      az: 'Təşkilat üçün standartları və strategiyanı müəyyən edir, dəyişikliklərə rəhbərlik edir və qurumlararası səviyyədə nüfuzlu mütəxəssis kimi tanınır.',
      ru: 'Определяет стандарты и стратегию организации, руководит изменениями и признан экспертом на межведомственном уровне.',
      en: 'Sets standards and strategy for the organisation, leads change and is recognised as a reference across agencies.',
    },
  },
];
