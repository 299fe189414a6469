import type { CourseFormat, Language, LocalizedText } from '@civics/contracts';

/** The second demo institution (the demo `provider` account acts for DEMO_PROVIDER_ID). */
export const DEMO_SECOND_PROVIDER_ID = '5f1c2a4e-7b7e-4c55-9b0e-0d3a8e6a1002';

export interface DemoCourse {
  readonly code: string;
  /** 1: the demo provider's centre, 2: the second institute. */
  readonly provider: 1 | 2;
  readonly targets: readonly [code: string, from: number, to: number][];
  readonly format: CourseFormat;
  readonly hours: number;
  readonly languages: readonly Language[];
  readonly title: LocalizedText;
  readonly focus: LocalizedText;
}

const t = (az: string, ru: string, en: string): LocalizedText => ({ az, ru, en });

// prettier-ignore
export const DEMO_COURSES: readonly DemoCourse[] = [
  { code: 'DF-FOUND', provider: 1, targets: [['DF1', 0, 2], ['DF2', 0, 2]], format: 'blended', hours: 24, languages: ['az', 'ru'],
    title: t('Rəqəmsal iş yerinin əsasları', 'Основы цифрового рабочего места', 'Digital workplace essentials'),
    focus: t('ofis və birgə iş alətləri, məlumatın axtarışı və idarə olunması', 'офисные и совместные инструменты, поиск и управление информацией', 'office and collaboration tools, finding and managing information') },
  { code: 'DF3-SW', provider: 2, targets: [['DF3', 0, 2]], format: 'online', hours: 12, languages: ['az', 'ru', 'en'],
    title: t('"Vahid pəncərə" vasitəsilə vətəndaşlara e-xidmət', 'Обслуживание граждан через «единое окно»', 'Serving citizens through the single window'),
    focus: t('e-xidmət kanalları ilə vətəndaşlarla rəqəmsal ünsiyyət', 'цифровое общение с гражданами через электронные услуги', 'digital communication with citizens through e-services') },
  { code: 'ED-FOUND', provider: 1, targets: [['ED1', 0, 2], ['ED2', 0, 2]], format: 'classroom', hours: 16, languages: ['az', 'ru'],
    title: t('Elektron sənədlər və elektron imza praktikada', 'Электронные документы и электронная подпись на практике', 'Electronic documents and e-signature in practice'),
    focus: t('elektron sənəd dövriyyəsi, e-sənədin hüquqi qüvvəsi və elektron imza', 'электронный документооборот, юридическая сила э-документа и электронная подпись', 'electronic document circulation, the legal force of e-documents and the electronic signature') },
  { code: 'ED3-REG', provider: 2, targets: [['ED3', 0, 2]], format: 'online', hours: 10, languages: ['az', 'en'],
    title: t('Dövlət reyestrləri və təsnifatlar', 'Государственные реестры и классификаторы', 'State registers and classifiers'),
    focus: t('dövlət reyestrləri, təsnifatlar və informasiya ehtiyatları ilə iş', 'работа с государственными реестрами, классификаторами и информационными ресурсами', 'working with state registers, classifiers and information resources') },
  { code: 'IS-HYG', provider: 1, targets: [['IS1', 0, 2]], format: 'online', hours: 8, languages: ['az', 'ru', 'en'],
    title: t('Dövlət qulluqçusu üçün informasiya təhlükəsizliyi gigiyenası', 'Гигиена информационной безопасности для госслужащего', 'Information-security hygiene for civil servants'),
    focus: t('parollar, fişinq, cihazların qorunması və insidentlərin bildirilməsi', 'пароли, фишинг, защита устройств и сообщение об инцидентах', 'passwords, phishing, device protection and reporting incidents') },
  { code: 'IS-PDL', provider: 1, targets: [['IS2', 0, 2]], format: 'blended', hours: 16, languages: ['az', 'ru'],
    title: t('Fərdi məlumatlar haqqında qanun və subyektin hüquqları', 'Закон о персональных данных и права субъекта', 'Personal data law and data-subject rights'),
    focus: t('"Fərdi məlumatlar haqqında" Qanun, emalın hüquqi əsasları və subyektin hüquqları', 'Закон «О персональных данных», правовые основания обработки и права субъекта', 'the Law on Personal Data, lawful grounds of processing and data-subject rights') },
  { code: 'IS3-SEC', provider: 2, targets: [['IS3', 0, 2]], format: 'classroom', hours: 12, languages: ['az'],
    title: t('Dövlət sirri və informasiyanın təsnifatı', 'Государственная тайна и классификация информации', 'Official secrets and classification of information'),
    focus: t('məxfilik dərəcələri, qrif qoyulması və məxfi sənədlərlə iş qaydaları', 'степени секретности, грифы и правила работы с секретными документами', 'classification levels, marking and handling classified documents') },
  { code: 'EG-BASICS', provider: 2, targets: [['EG1', 0, 1], ['EG2', 0, 1], ['EG3', 0, 1]], format: 'online', hours: 10, languages: ['az', 'ru', 'en'],
    title: t('Elektron hökumətə giriş: xidmətlər, qarşılıqlı fəaliyyət, hüquq', 'Введение в электронное правительство: услуги, интероперабельность, право', 'E-government basics: services, interoperability and law'),
    focus: t('e-xidmətlərin, qurumlararası məlumat mübadiləsinin və hüquqi bazanın əsasları', 'основы электронных услуг, межведомственного обмена данными и правовой базы', 'the basics of e-services, inter-agency data exchange and the legal framework') },
  { code: 'PM-BASICS', provider: 1, targets: [['PM1', 0, 1], ['PM2', 0, 1], ['PM3', 0, 1], ['PM4', 0, 1]], format: 'online', hours: 12, languages: ['az', 'ru', 'en'],
    title: t('Proses və layihə idarəçiliyinin əsasları', 'Основы управления процессами и проектами', 'Process and project fundamentals'),
    focus: t('inzibati proseslər, layihələr, risklər və dəyişikliklər haqqında əsas anlayışlar', 'основные понятия процессов, проектов, рисков и изменений', 'key notions of processes, projects, risks and change') },
  { code: 'SEC-PRIV', provider: 2, targets: [['IS1', 0, 2], ['IS2', 0, 2], ['IS3', 0, 1]], format: 'classroom', hours: 40, languages: ['ru', 'en'],
    title: t('Təhlükəsizlik və məxfilik üzrə intensiv kurs', 'Интенсив по безопасности и защите данных', 'Security and privacy bootcamp'),
    focus: t('informasiya təhlükəsizliyi, fərdi məlumatların qorunması və məxfi informasiya', 'информационная безопасность, защита персональных данных и секретная информация', 'information security, personal-data protection and classified information') },
  { code: 'ESIG-ADV', provider: 1, targets: [['ED2', 2, 4]], format: 'blended', hours: 24, languages: ['az', 'ru'],
    title: t('Gücləndirilmiş elektron imza və etibarlı xidmətlər', 'Усиленная электронная подпись и доверенные услуги', 'Qualified e-signature and trust services'),
    focus: t('sertifikatlar, vaxt damğası, mobil imza və imzanın yoxlanılması', 'сертификаты, метки времени, мобильная подпись и проверка подписи', 'certificates, time stamps, mobile signature and signature validation') },
  { code: 'EDMS-ADV', provider: 1, targets: [['ED1', 2, 3]], format: 'online', hours: 16, languages: ['az'],
    title: t('Elektron sənəd dövriyyəsi: hüquqi qüvvə və arxiv', 'Электронный документооборот: юридическая сила и архив', 'E-document circulation: legal force and archiving'),
    focus: t('e-sənədlərin saxlanması, arxivləşdirilməsi və hüquqi qüvvəsinin təmin edilməsi', 'хранение, архивирование э-документов и обеспечение их юридической силы', 'storing and archiving e-documents and keeping their legal force') },
  { code: 'REG-ADV', provider: 2, targets: [['ED3', 2, 3]], format: 'online', hours: 12, languages: ['az', 'en'],
    title: t('Dövlət informasiya ehtiyatları ilə peşəkar iş', 'Профессиональная работа с государственными информационными ресурсами', 'Working professionally with state information resources'),
    focus: t('reyestrlərin keyfiyyəti, master-data və məlumat mübadiləsi', 'качество реестров, мастер-данные и обмен данными', 'register quality, master data and data sharing') },
  { code: 'IS-ADV', provider: 1, targets: [['IS1', 2, 4]], format: 'classroom', hours: 32, languages: ['az', 'en'],
    title: t('Dövlət orqanında təhlükəsizlik insidentlərinə cavab', 'Реагирование на инциденты безопасности в госоргане', 'Security incident response in government'),
    focus: t('insidentlərin aşkarlanması, cavab planı və CERT ilə əməkdaşlıq', 'обнаружение инцидентов, план реагирования и взаимодействие с CERT', 'detecting incidents, response planning and working with the CERT') },
  { code: 'PDP-ADV', provider: 1, targets: [['IS2', 2, 4]], format: 'blended', hours: 24, languages: ['az', 'ru', 'en'],
    title: t('Fərdi məlumatların qorunması: təsirin qiymətləndirilməsi və pozuntular', 'Защита персональных данных: оценка воздействия и нарушения', 'Personal-data protection: impact assessment and breaches'),
    focus: t('məlumatların qorunmasına təsirin qiymətləndirilməsi, pozuntuların idarə olunması', 'оценка воздействия на защиту данных, управление нарушениями', 'data-protection impact assessment and breach management') },
  { code: 'IS3-ADV', provider: 2, targets: [['IS3', 1, 3]], format: 'classroom', hours: 16, languages: ['az', 'ru'],
    title: t('Məxfi informasiyanın qorunması sistemi', 'Система защиты секретной информации', 'Protecting classified information'),
    focus: t('məxfi rejimin təşkili, giriş icazələri və nəzarət', 'организация режима секретности, допуск и контроль', 'organising the secrecy regime, clearances and control') },
  { code: 'EG1-DES', provider: 2, targets: [['EG1', 1, 3]], format: 'blended', hours: 24, languages: ['az', 'en'],
    title: t('Vətəndaşyönümlü e-xidmətlərin layihələndirilməsi', 'Проектирование клиентоориентированных э-услуг', 'Designing citizen-centric e-services'),
    focus: t('xidmət dizaynı, istifadəçi tədqiqatı və əlçatanlıq', 'дизайн услуг, исследование пользователей и доступность', 'service design, user research and accessibility') },
  { code: 'EG2-INT', provider: 1, targets: [['EG2', 1, 3]], format: 'online', hours: 20, languages: ['az', 'ru', 'en'],
    title: t('Qarşılıqlı fəaliyyət və qurumlararası məlumat mübadiləsi', 'Интероперабельность и межведомственный обмен данными', 'Interoperability and inter-agency data exchange'),
    focus: t('qarşılıqlı fəaliyyət çərçivəsi, məlumat standartları və mübadilə platforması', 'рамка интероперабельности, стандарты данных и платформа обмена', 'the interoperability framework, data standards and the exchange platform') },
  { code: 'EG2-API', provider: 2, targets: [['EG2', 2, 4]], format: 'online', hours: 24, languages: ['en', 'ru'],
    title: t('API və məlumat mübadiləsi platformaları', 'API и платформы обмена данными', 'APIs and data exchange platforms'),
    focus: t('REST API, məlumat kataloqları və xidmət səviyyəsi razılaşmaları', 'REST API, каталоги данных и соглашения об уровне сервиса', 'REST APIs, data catalogues and service-level agreements') },
  { code: 'EG3-LAW', provider: 1, targets: [['EG3', 1, 3]], format: 'classroom', hours: 16, languages: ['az', 'ru'],
    title: t('Elektron hökumətin hüquqi bazası', 'Правовая база электронного правительства', 'Legal framework of e-government'),
    focus: t('informasiya, e-imza, fərdi məlumatlar və e-xidmətlər haqqında qanunvericilik', 'законодательство об информации, э-подписи, персональных данных и э-услугах', 'legislation on information, e-signature, personal data and e-services') },
  { code: 'EG3-RIA', provider: 2, targets: [['EG3', 2, 4]], format: 'blended', hours: 20, languages: ['az', 'en'],
    title: t('Rəqəmsal tənzimləmənin təsirinin qiymətləndirilməsi', 'Оценка регулирующего воздействия в цифровой сфере', 'Regulatory impact assessment for digital government'),
    focus: t('"rəqəmsal defolt" prinsipi və normativ aktların təsirinin qiymətləndirilməsi', 'принцип «цифровой по умолчанию» и оценка воздействия актов', 'the digital-by-default principle and assessing the impact of acts') },
  { code: 'PM1-BPMN', provider: 2, targets: [['PM1', 1, 3]], format: 'blended', hours: 24, languages: ['az', 'ru', 'en'],
    title: t('BPMN 2.0 ilə inzibati proseslərin modelləşdirilməsi', 'Моделирование административных процессов в BPMN 2.0', 'Modelling administrative processes with BPMN 2.0'),
    focus: t('proses xəritələri, BPMN notasiyası və "as-is / to-be" təhlili', 'карты процессов, нотация BPMN и анализ «как есть / как будет»', 'process maps, BPMN notation and as-is / to-be analysis') },
  { code: 'PM1-LEAN', provider: 2, targets: [['PM1', 2, 4]], format: 'classroom', hours: 24, languages: ['az', 'ru'],
    title: t('İnzibati proseslərin "lean" optimallaşdırılması', 'Бережливая оптимизация административных процессов', 'Lean optimisation of administrative processes'),
    focus: t('israfın aradan qaldırılması, ölçmə və davamlı təkmilləşdirmə', 'устранение потерь, измерение и непрерывное улучшение', 'removing waste, measurement and continuous improvement') },
  { code: 'PM2-PRJ', provider: 1, targets: [['PM2', 1, 3]], format: 'blended', hours: 32, languages: ['az', 'ru', 'en'],
    title: t('Elektron hökumət layihələrinin idarə olunması', 'Управление проектами электронного правительства', 'Managing e-government projects'),
    focus: t('layihə planı, satınalma, podratçılarla iş və nəticələrin ölçülməsi', 'план проекта, закупки, работа с подрядчиками и измерение результатов', 'project plans, procurement, working with contractors and measuring results') },
  { code: 'PM3-CHG', provider: 1, targets: [['PM3', 1, 3]], format: 'online', hours: 16, languages: ['az', 'en'],
    title: t('İKT ilə risklərin və dəyişikliklərin idarə olunması', 'Управление рисками и изменениями с помощью ИКТ', 'Risk and change management with ICT'),
    focus: t('risk reyestri, dəyişikliklərə müqavimət və kommunikasiya', 'реестр рисков, сопротивление изменениям и коммуникация', 'risk registers, resistance to change and communication') },
  { code: 'PM4-ARCH', provider: 2, targets: [['PM4', 1, 3]], format: 'online', hours: 20, languages: ['az', 'ru', 'en'],
    title: t('Müəssisə arxitekturası və elektron hökumətin ahəngdar inkişafı', 'Архитектура предприятия и согласованное развитие э-правительства', 'Enterprise architecture and coherent e-government development'),
    focus: t('arxitektura prinsipləri, təkrar istifadə və qurumlararası uyğunlaşdırma', 'архитектурные принципы, повторное использование и межведомственная согласованность', 'architecture principles, reuse and cross-agency alignment') },
  { code: 'PM-LEAD', provider: 1, targets: [['PM2', 2, 4], ['PM3', 2, 4], ['PM4', 2, 4]], format: 'classroom', hours: 40, languages: ['az', 'ru'],
    title: t('Qurum rəhbərləri üçün rəqəmsal liderlik', 'Цифровое лидерство для руководителей ведомств', 'Digital leadership for heads of agencies'),
    focus: t('rəqəmsal transformasiya strategiyası, portfel idarəçiliyi və dəyişikliklərə rəhbərlik', 'стратегия цифровой трансформации, управление портфелем и лидерство в изменениях', 'digital transformation strategy, portfolio management and leading change') },
  { code: 'DF2-DATA', provider: 2, targets: [['DF2', 2, 3]], format: 'online', hours: 12, languages: ['az', 'ru', 'en'],
    title: t('Məlumat savadlılığı və informasiyanın idarə olunması', 'Грамотность в работе с данными и управление информацией', 'Data literacy and information management'),
    focus: t('mənbələrin etibarlılığı, açıq məlumatlar və sadə analitika', 'надёжность источников, открытые данные и простая аналитика', 'source reliability, open data and simple analytics') },
  { code: 'DF1-COLLAB', provider: 1, targets: [['DF1', 2, 3]], format: 'online', hours: 8, languages: ['az', 'ru'],
    title: t('Birgə iş alətlərindən peşəkar istifadə', 'Профессиональное использование инструментов совместной работы', 'Advanced collaboration tools'),
    focus: t('birgə sənəd redaktəsi, onlayn görüşlər və tapşırıqların idarə olunması', 'совместное редактирование, онлайн-встречи и управление задачами', 'co-editing documents, online meetings and task management') },
  { code: 'DF3-CX', provider: 2, targets: [['DF3', 2, 3]], format: 'blended', hours: 16, languages: ['az', 'en'],
    title: t('Rəqəmsal kanallarda vətəndaş təcrübəsi', 'Опыт граждан в цифровых каналах', 'Citizen experience in digital channels'),
    focus: t('müraciətlərə cavab standartları, əks-əlaqə və xidmət keyfiyyəti', 'стандарты ответов на обращения, обратная связь и качество услуг', 'response standards, feedback and service quality') },
];

export const DEMO_PROVIDERS = [
  {
    name: t('Elektron Hökumət Tədris Mərkəzi', 'Учебный центр электронного правительства', 'E-Government Training Centre'),
    description: t(
      'Dövlət qulluqçuları üçün elektron sənədlər, informasiya təhlükəsizliyi və layihə idarəçiliyi üzrə kurslar.',
      'Курсы для госслужащих по электронным документам, информационной безопасности и управлению проектами.',
      'Courses for civil servants on electronic documents, information security and project management.',
    ),
    accreditation: { number: 'AKR-2024/117', issuedBy: 'Ministry of Science and Education', validUntil: '2029-06-30' },
    specialisations: ['ED1', 'ED2', 'IS1', 'IS2', 'EG2', 'EG3', 'PM2', 'PM3'],
    contacts: {
      email: 'courses@egov-training.example.az',
      phone: '+994 12 555 01 10',
      website: 'https://egov-training.example.az',
      address: 'Bakı, Nizami küç. 90',
    },
  },
  {
    name: t('Rəqəmsal Bacarıqlar İnstitutu', 'Институт цифровых навыков', 'Digital Skills Institute'),
    description: t(
      'E-xidmətlərin dizaynı, qarşılıqlı fəaliyyət və proseslərin modelləşdirilməsi üzrə təlimlər.',
      'Обучение проектированию э-услуг, интероперабельности и моделированию процессов.',
      'Training in e-service design, interoperability and process modelling.',
    ),
    accreditation: { number: 'AKR-2023/052', issuedBy: 'Ministry of Science and Education', validUntil: '2028-12-31' },
    specialisations: ['DF2', 'DF3', 'ED3', 'IS3', 'EG1', 'EG2', 'PM1', 'PM4'],
    contacts: {
      email: 'info@digital-skills.example.az',
      phone: '+994 12 555 02 20',
      website: 'https://digital-skills.example.az',
      address: 'Bakı, Azadlıq pr. 21',
    },
  },
] as const;

export const DEMO_MODULES = [
  { title: t('Giriş və hüquqi əsaslar', 'Введение и правовые основы', 'Introduction and legal basis'), share: 0.25 },
  { title: t('Praktiki məşğələlər', 'Практические занятия', 'Practical workshops'), share: 0.5 },
  { title: t('Yekun tapşırıq və qiymətləndirmə', 'Итоговое задание и оценивание', 'Final assignment and assessment'), share: 0.25 },
];

export function describe(c: DemoCourse): LocalizedText {
  const levels = c.targets.map(([code, from, to]) => `${code} ${from}→${to}`).join(', ');
  return {
    az: `Kurs ${c.focus.az} mövzularını əhatə edir. Hədəf səviyyələr: ${levels}. Praktiki tapşırıqlar dövlət orqanlarının real hallarına əsaslanır.`,
    ru: `Курс охватывает темы: ${c.focus.ru}. Целевые уровни: ${levels}. Практические задания основаны на реальных случаях госорганов.`,
    en: `The course covers ${c.focus.en}. Target levels: ${levels}. Practical assignments are drawn from real cases of public bodies.`,
  };
}

export const DEMO_RESOURCES = [
  {
    kind: 'legislation',
    title: t(
      '"Fərdi məlumatlar haqqında" Azərbaycan Respublikasının Qanunu',
      'Закон Азербайджанской Республики «О персональных данных»',
      'Law of the Republic of Azerbaijan on Personal Data',
    ),
    summary: t(
      'Fərdi məlumatların toplanması, emalı və qorunması qaydaları.',
      'Правила сбора, обработки и защиты персональных данных.',
      'Rules on collecting, processing and protecting personal data.',
    ),
    competencies: ['IS2', 'EG3'],
    languages: ['az', 'ru', 'en'],
    url: 'https://e-qanun.az/',
    publishedOn: '2010-05-11',
  },
  {
    kind: 'legislation',
    title: t(
      '"Elektron imza və elektron sənəd haqqında" Qanun',
      'Закон «Об электронной подписи и электронном документе»',
      'Law on Electronic Signature and Electronic Document',
    ),
    summary: t(
      'Elektron sənədin hüquqi qüvvəsi və elektron imzanın istifadəsi.',
      'Юридическая сила электронного документа и использование электронной подписи.',
      'Legal force of electronic documents and use of the electronic signature.',
    ),
    competencies: ['ED1', 'ED2'],
    languages: ['az', 'ru'],
    url: 'https://e-qanun.az/',
    publishedOn: '2004-03-09',
  },
  {
    kind: 'legislation',
    title: t(
      '"İnformasiya, informasiyalaşdırma və informasiyanın mühafizəsi haqqında" Qanun',
      'Закон «Об информации, информатизации и защите информации»',
      'Law on Information, Informatisation and Protection of Information',
    ),
    summary: null,
    competencies: ['IS1', 'IS3', 'EG3'],
    languages: ['az', 'ru'],
    url: 'https://e-qanun.az/',
    publishedOn: '1998-04-03',
  },
  {
    kind: 'methodology',
    title: t(
      'Dövlət qulluğu üçün e-hökumət İKT səriştələri çərçivəsi, versiya 1',
      'Рамка ИКТ-компетенций э-правительства для госслужбы, версия 1',
      'E-Government ICT Competency Framework for the Civil Service, version 1',
    ),
    summary: t(
      'Təsdiq edilmiş metodologiya: sahələr, səriştələr, səviyyələr və vəzifə profilləri.',
      'Утверждённая методология: области, компетенции, уровни и профили должностей.',
      'The approved methodology: areas, competencies, levels and position profiles.',
    ),
    competencies: [],
    languages: ['az', 'ru', 'en'],
    url: 'https://civics.example.az/api/methodologies/current',
    publishedOn: '2026-01-15',
  },
  {
    kind: 'training_material',
    title: t(
      'Elektron imza: addım-addım bələdçi',
      'Электронная подпись: пошаговое руководство',
      'Electronic signature: a step-by-step guide',
    ),
    summary: t(
      'Mobil imza ilə sənədin imzalanması və yoxlanılması.',
      'Подписание и проверка документа мобильной подписью.',
      'Signing and validating a document with the mobile signature.',
    ),
    competencies: ['ED2'],
    languages: ['az', 'ru', 'en'],
    url: 'https://egov-training.example.az/materials/e-signature-guide',
    publishedOn: '2025-09-01',
  },
  {
    kind: 'training_material',
    title: t('BPMN 2.0 qısa məlumat kitabçası', 'Краткий справочник по BPMN 2.0', 'BPMN 2.0 quick reference'),
    summary: null,
    competencies: ['PM1'],
    languages: ['az', 'en'],
    url: 'https://digital-skills.example.az/materials/bpmn-reference',
    publishedOn: '2025-03-10',
  },
  {
    kind: 'training_material',
    title: t('Fişinq hücumlarını necə tanımalı', 'Как распознать фишинговую атаку', 'How to recognise a phishing attack'),
    summary: t('Nümunələr və yoxlama siyahısı.', 'Примеры и контрольный список.', 'Examples and a checklist.'),
    competencies: ['IS1'],
    languages: ['az', 'ru', 'en'],
    url: 'https://egov-training.example.az/materials/phishing',
    publishedOn: '2026-02-20',
  },
  {
    kind: 'analytics',
    title: t(
      'Dövlət qulluqçularının İKT səriştələri: 2026-cı il icmalı',
      'ИКТ-компетенции госслужащих: обзор 2026 года',
      'ICT competencies of civil servants: 2026 review',
    ),
    summary: t(
      'Qurumlar üzrə uyğunluq indeksi və ən böyük boşluqlar.',
      'Индекс соответствия по ведомствам и самые большие разрывы.',
      'Compliance index by agency and the largest gaps.',
    ),
    competencies: ['DF1', 'IS1', 'IS2', 'EG1'],
    languages: ['az', 'en'],
    url: 'https://civics.example.az/analytics/2026-review',
    publishedOn: '2026-10-01',
  },
] as const;
