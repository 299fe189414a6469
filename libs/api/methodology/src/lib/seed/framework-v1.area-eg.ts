import type { AreaContent } from './framework-content.types';

/** Area EG — E-services and interoperability (methodology version 1). */
export const AREA_EG: AreaContent = {
  code: 'EG',
  title: {
    az: 'Elektron xidmətlər və qarşılıqlı fəaliyyət',
    ru: 'Электронные услуги и интероперабельность',
    en: 'E-services and interoperability',
  },
  description: {
    az: 'Dövlət xidmətlərinin elektron qaydada göstərilməsi və hüquqi çərçivə daxilində qurumlar arasında məlumat mübadiləsi.',
    ru: 'Предоставление государственных услуг в электронном виде и обмен данными между ведомствами в правовых рамках.',
    en: 'Delivering public services electronically and exchanging data between agencies within the legal framework.',
  },
  competencies: [
    {
      code: 'EG1',
      title: {
        az: 'E-xidmətlərin layihələndirilməsi və göstərilməsi',
        ru: 'Проектирование и предоставление электронных услуг',
        en: 'Designing and delivering e-services',
      },
      description: {
        az: 'Vətəndaşların həyat hadisələri əsasında sadə formaları, aydın status izləməsi və ölçülən keyfiyyəti olan e-xidmətləri layihələndirir, təsvir edir və göstərir.',
        ru: 'Проектирует, описывает и предоставляет электронные услуги, построенные вокруг жизненных ситуаций граждан, — с простыми формами, понятным отслеживанием статуса и измеряемым качеством.',
        en: "Designs, describes and runs e-services built around citizens' life events, with simple forms, clear status tracking and measured quality.",
      },
      indicators: [
        {
          level: 1,
          text: {
            az: 'Vətəndaşa qurumun e-xidmətinə necə müraciət etməyi, hansı giriş vasitəsinin lazım olduğunu və müraciətin statusunu necə izləməyi izah edir.',
            ru: 'Объясняет гражданину, как подать заявление на электронную услугу ведомства, какой способ входа для этого нужен и как отслеживать статус заявления.',
            en: "Explains to a citizen how to apply for the agency's e-service, which login is needed and how to follow the status of the application.",
          },
        },
        {
          level: 2,
          text: {
            az: 'E-xidmət müraciətlərini daxili (back-office) sistemdə əvvəldən sona qədər icra edir, xidmətin pasportunu (mərhələlər, müddətlər, rüsumlar, tələb olunan məlumatlar) aktual saxlayır və nasazlıqlar barədə məlumat verir.',
            ru: 'Полностью обрабатывает заявления по электронной услуге во внутренней (back-office) системе, поддерживает в актуальном состоянии паспорт услуги (этапы, сроки, пошлины, требуемые сведения) и сообщает о сбоях.',
            en: 'Processes e-service applications end to end in the back-office system, keeps the service passport (steps, deadlines, fees, required data) up to date, and reports failures.',
          },
        },
        {
          level: 3,
          text: {
            az: 'Xidməti istifadəçilərlə birlikdə yenidən layihələndirir: istifadəçi yolunun xəritəsini hazırlayır, lazımsız sənədləri və mərhələləri aradan qaldırır, forma üçün tələbləri yazır və onu vətəndaşlarla, o cümlədən sağlamlıq imkanları məhdud şəxslərlə sınaqdan keçirir.',
            ru: 'Перепроектирует услугу вместе с пользователями: строит карту пути пользователя, убирает лишние документы и шаги, пишет требования к форме и тестирует её с гражданами, в том числе с людьми с инвалидностью.',
            en: 'Redesigns a service with its users: maps the user journey, removes unnecessary documents and steps, writes the requirements for the form, and tests it with citizens, including people with disabilities.',
          },
        },
        {
          level: 4,
          text: {
            az: 'Qurumun xidmətlər portfelinə cavabdehdir: "ilkin olaraq rəqəmsal" və proaktiv xidmət hədəflərini, xidmət səviyyəsi göstəricilərini və yol xəritəsini müəyyən edir, xidmətlərdən istifadə və məmnunluq barədə hesabat verir.',
            ru: 'Отвечает за портфель услуг ведомства: устанавливает цели «цифровой по умолчанию» и проактивных услуг, показатели уровня обслуживания и дорожную карту, отчитывается об использовании услуг и удовлетворённости ими.',
            en: "Owns the agency's service portfolio: sets digital-by-default and proactive-service targets, service-level indicators and a roadmap, and reports on take-up and satisfaction.",
          },
        },
      ],
    },
    {
      code: 'EG2',
      title: {
        az: 'Qurumlararası məlumat mübadiləsi və qarşılıqlı fəaliyyət',
        ru: 'Межведомственный обмен данными и интероперабельность',
        en: 'Inter-agency data exchange and interoperability',
      },
      description: {
        az: 'Kağız sorğular əvəzinə məlumatları dövlət qarşılıqlı fəaliyyət platforması vasitəsilə razılaşdırılmış standartlara, hüquqi əsaslara və girişlərin qeydiyyatına əməl etməklə alır və təqdim edir.',
        ru: 'Получает и предоставляет данные через государственную платформу межведомственного взаимодействия вместо бумажных запросов, соблюдая согласованные стандарты, правовые основания и журналирование доступа.',
        en: 'Obtains and provides data through the government interoperability platform instead of paper requests, following agreed standards, legal grounds and access logging.',
      },
      indicators: [
        {
          level: 1,
          text: {
            az: 'Başqa qurumda olan məlumatların vətəndaşdan deyil, mübadilə platforması vasitəsilə elektron qaydada sorğulanmalı olduğunu və qurumun xidmətlərinin hansı məlumatları bu yolla aldığını bilir.',
            ru: 'Знает, что сведения, которые есть у другого ведомства, нужно запрашивать в электронном виде через платформу обмена, а не у гражданина, и какие данные услуги ведомства получают таким образом.',
            en: "Knows that data held by another agency must be requested electronically through the exchange platform, not from the citizen, and which data the agency's services receive this way.",
          },
        },
        {
          level: 2,
          text: {
            az: 'Qurumlararası elektron sorğuları müddətində göndərir və cavablandırır, hər sorğunun hüquqi əsasını və məqsədini göstərir, alınan məlumatların işə uyğun olduğunu yoxlayır.',
            ru: 'Направляет межведомственные электронные запросы и отвечает на них в установленные сроки, указывает правовое основание и цель каждого запроса, проверяет соответствие полученных данных делу.',
            en: 'Sends and answers electronic inter-agency requests within the deadlines, states the legal ground and purpose of each request, and checks that the data received match the case.',
          },
        },
        {
          level: 3,
          text: {
            az: 'Yeni məlumat mübadiləsini təsvir edir: məlumat elementləri, formatlar və istinad təsnifatçıları, veb-xidmətin interfeys spesifikasiyası, hüquqi əsas, giriş qaydaları və jurnallaşdırma; onu tərəfdaş qurumla birlikdə sınaqdan keçirir.',
            ru: 'Специфицирует новый обмен данными: элементы данных, форматы и справочные классификаторы, спецификацию интерфейса веб-сервиса, правовое основание, правила доступа и журналирование; тестирует его вместе с ведомством-партнёром.',
            en: 'Specifies a new data exchange (data elements, formats and reference classifiers, the web-service interface specification, legal ground, access rules and logging) and tests it with the partner agency.',
          },
        },
        {
          level: 4,
          text: {
            az: 'Sahə üçün milli qarşılıqlı fəaliyyət çərçivəsini formalaşdırır: semantik standartlar, "bir dəfə təqdimetmə" qaydaları, məlumat mübadiləsi sazişləri və ortaq xidmətlərin idarə edilməsi.',
            ru: 'Формирует национальную рамку интероперабельности для отрасли: семантические стандарты, правила однократного предоставления сведений, соглашения об обмене данными и управление общими сервисами.',
            en: 'Shapes the national interoperability framework for the sector: semantic standards, once-only rules, data-sharing agreements and the governance of shared services.',
          },
        },
      ],
    },
    {
      code: 'EG3',
      title: {
        az: 'Elektron hökumətin hüquqi və normativ bazası',
        ru: 'Правовая и нормативная база электронного правительства',
        en: 'Legal and regulatory framework of e-government',
      },
      description: {
        az: 'Elektron hökumət, elektron sənədlər və imzalar, informasiya, fərdi məlumatlar və e-xidmətlər haqqında qanunları və normativ aktları bilir və tətbiq edir, hüquqi cəhətdən əsaslandırılmış rəqəmsal həllər hazırlayır.',
        ru: 'Знает и применяет законы и нормативные акты об электронном правительстве, электронных документах и подписях, информации, персональных данных и электронных услугах, готовит юридически обоснованные цифровые решения.',
        en: 'Knows and applies the laws and regulations on e-government, electronic documents and signatures, information, personal data and e-services, and prepares legally sound digital solutions.',
      },
      indicators: [
        {
          level: 1,
          text: {
            az: 'Rəqəmsal işini tənzimləyən əsas qanunları (elektron imza və elektron sənəd, informasiya əldə etmək, fərdi məlumatlar, informasiya və onun mühafizəsi haqqında) və onları harada tapmağı bilir.',
            ru: 'Называет основные законы, регулирующие его цифровую работу (об электронной подписи и электронном документе, о получении информации, о персональных данных, об информации и её защите), и знает, где их найти.',
            en: 'Names the main laws that govern their digital work (on electronic signature and electronic document, access to information, personal data, information and its protection) and knows where to find them.',
          },
        },
        {
          level: 2,
          text: {
            az: 'Müddətlər, elektron müraciətlər, elektron sənədlər və məlumatlardan istifadə ilə bağlı qaydaları öz işlərinə düzgün tətbiq edir, vətəndaşlara cavab verərkən müvafiq maddəyə istinad edir.',
            ru: 'Правильно применяет к своим делам нормы о сроках, электронных обращениях, электронных документах и использовании данных, при ответе гражданам ссылается на соответствующую статью.',
            en: 'Applies the rules on deadlines, electronic applications, e-documents and data use correctly to their own cases, and cites the relevant article when answering citizens.',
          },
        },
        {
          level: 3,
          text: {
            az: 'Daxili aktların və xidmət reqlamentlərinin layihələrini elektron hökumət qanunvericiliyinə uyğunluq baxımından nəzərdən keçirir, kağız sənəd və ya şəxsən gəlməyi tələb edən müddəaları aşkar edir və dəyişikliklər təklif edir.',
            ru: 'Проверяет проекты внутренних актов и регламентов услуг на соответствие законодательству об электронном правительстве, выявляет положения, требующие бумажных документов или личного визита, предлагает изменения.',
            en: 'Reviews draft internal acts and service regulations for consistency with e-government law, spots provisions that require paper documents or personal visits, and proposes amendments.',
          },
        },
        {
          level: 4,
          text: {
            az: 'Elektron hökumətə dair qanun layihələri və milli normativ aktlar hazırlayır, onları beynəlxalq standartlarla (məsələn, etimad xidmətləri və məlumatların qorunması üzrə) uyğunlaşdırır və onların tənzimləyici təsirini qiymətləndirir.',
            ru: 'Разрабатывает законопроекты и национальные нормативные акты по электронному правительству, гармонизирует их с международными стандартами (например, в области услуг доверия и защиты данных) и оценивает их регулирующее воздействие.',
            en: 'Drafts laws and national regulations on e-government, aligns them with international standards (for example on trust services and data protection), and assesses their regulatory impact.',
          },
        },
      ],
    },
  ],
};
