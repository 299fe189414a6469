import type { AreaContent } from './framework-content.types';

/** Area DF — Digital foundations (methodology version 1). */
export const AREA_DF: AreaContent = {
  code: 'DF',
  title: { az: 'Rəqəmsal əsaslar', ru: 'Цифровые основы', en: 'Digital foundations' },
  description: {
    az: 'Hər bir dövlət qulluqçusunun ofis işi və vətəndaşlara onlayn xidmət üçün ehtiyac duyduğu gündəlik rəqəmsal bacarıqlar.',
    ru: 'Повседневные цифровые навыки, необходимые каждому государственному служащему для офисной работы и онлайн-обслуживания граждан.',
    en: 'Everyday digital skills that every civil servant needs for office work and for serving citizens online.',
  },
  competencies: [
    {
      code: 'DF1',
      title: {
        az: 'Ofis və birgə iş alətləri',
        ru: 'Офисные инструменты и средства совместной работы',
        en: 'Office and collaboration tools',
      },
      description: {
        az: 'Rəsmi sənədləri səmərəli və təhlükəsiz hazırlamaq, paylaşmaq və birgə redaktə etmək üçün ofis proqramlarından, ortaq yaddaşdan və birgə iş platformalarından istifadə edir.',
        ru: 'Использует офисные приложения, общие хранилища и платформы совместной работы для эффективной и безопасной подготовки, передачи и совместного редактирования служебных документов.',
        en: 'Uses office applications, shared storage and collaboration platforms to prepare, share and co-edit official documents efficiently and securely.',
      },
      indicators: [
        {
          level: 1,
          text: {
            az: 'Qurumun şablonu əsasında məktub və ya xidməti qeyd yaradır, yadda saxlayır, çap edir və PDF formatına ixrac edir.',
            ru: 'Создаёт по шаблону ведомства письмо или служебную записку, сохраняет, распечатывает и экспортирует документ в PDF.',
            en: "Creates a letter or memo from the agency's template, saves it, prints it and exports it to PDF.",
          },
        },
        {
          level: 2,
          text: {
            az: 'Uzun sənədləri üslublar və avtomatik mündəricatla formatlaşdırır, düsturlar və filtrlərlə cədvəllər qurur, ortaq iş məkanında faylları dəyişikliklərin izlənməsi və şərhlərlə birgə redaktə edir.',
            ru: 'Оформляет большие документы с помощью стилей и автоматического оглавления, строит таблицы с формулами и фильтрами, совместно редактирует файлы в общем рабочем пространстве с отслеживанием изменений и комментариями.',
            en: 'Formats long documents with styles and an automatic table of contents, builds spreadsheets with formulas and filters, and co-edits files in the shared workspace with tracked changes and comments.',
          },
        },
        {
          level: 3,
          text: {
            az: 'Struktur bölmə üçün düzgün giriş hüquqları və versiya tarixçəsi olan ortaq qovluqlar qurur, təkrarlanan hesabatları xülasə (pivot) cədvəlləri və ya kütləvi göndərişlə avtomatlaşdırır, onlayn görüşləri səmərəli təşkil edir.',
            ru: 'Настраивает для подразделения общие папки с правильными правами доступа и историей версий, автоматизирует регулярные отчёты с помощью сводных таблиц или слияния, эффективно проводит онлайн-совещания.',
            en: 'Sets up shared folders for the unit with correct access rights and version history, automates recurring reports with pivot tables or mail merge, and runs online meetings effectively.',
          },
        },
        {
          level: 4,
          text: {
            az: 'Qurumda şablonlar, faylların adlandırılması, saxlanma müddətləri və birgə iş alətləri üzrə standartları müəyyən edir, kağız əsaslı iş axınlarının ortaq rəqəmsal iş məkanlarına keçirilməsinə rəhbərlik edir.',
            ru: 'Устанавливает в ведомстве стандарты шаблонов, именования файлов, сроков хранения и инструментов совместной работы, руководит переводом бумажных процессов в общие цифровые рабочие пространства.',
            en: "Defines the agency's standards for templates, file naming, retention and collaboration tools, and leads the move of paper-based workflows to shared digital workspaces.",
          },
        },
      ],
    },
    {
      code: 'DF2',
      title: {
        az: 'İnformasiyanın axtarışı, qiymətləndirilməsi və idarə edilməsi',
        ru: 'Поиск, оценка и управление информацией',
        en: 'Finding, evaluating and managing information',
      },
      description: {
        az: 'Rəsmi və açıq mənbələrdə informasiya tapır, onun etibarlılığını və aktuallığını qiymətləndirir, onu asan tapılması və təkrar istifadəsi üçün sistemləşdirir.',
        ru: 'Находит информацию в официальных и открытых источниках, оценивает её достоверность и актуальность, упорядочивает её для поиска и повторного использования.',
        en: 'Finds information in official and open sources, judges its reliability and currency, and organises it so that it can be found and reused.',
      },
      indicators: [
        {
          level: 1,
          text: {
            az: 'Qanunu və ya normativ aktı adına və ya nömrəsinə görə rəsmi hüquqi məlumat bazasında tapır və onun qüvvədə olan redaksiya olduğunu yoxlayır.',
            ru: 'Находит закон или нормативный акт в официальной правовой базе по названию или номеру и проверяет, что это действующая редакция.',
            en: 'Finds a law or regulation in the official legal database by its title or number and checks that the version found is the one in force.',
          },
        },
        {
          level: 2,
          text: {
            az: 'Təkmil axtarış operatorlarından və filtrlərdən istifadə edir, ən azı iki mənbəni müqayisə edir, sənədlərdə onlara istinad edir və materialları razılaşdırılmış qovluq strukturunda saxlayır.',
            ru: 'Использует расширенные операторы поиска и фильтры, сопоставляет не менее двух источников, ссылается на них в документах и размещает материалы в согласованной структуре папок.',
            en: 'Uses advanced search operators and filters, compares at least two sources, cites them in documents, and files material in the agreed folder structure.',
          },
        },
        {
          level: 3,
          text: {
            az: 'Köhnəlmiş, saxtalaşdırılmış və ya təsdiqlənməmiş informasiyanı aşkar edir, statistika və açıq məlumatlar əsasında sübuta əsaslanan analitik arayışlar hazırlayır, bölmənin arayış materiallarını aktual saxlayır.',
            ru: 'Выявляет устаревшую, искажённую или непроверенную информацию, готовит на основе статистики и открытых данных обоснованные аналитические справки, поддерживает в актуальном состоянии справочные материалы подразделения.',
            en: "Detects outdated, manipulated or unverified information, prepares evidence-based analytical notes from statistics and open data, and keeps the unit's reference material up to date.",
          },
        },
        {
          level: 4,
          text: {
            az: 'Qurumun informasiya və bilik idarəetməsi siyasətini (təsnifat sxemləri, metaməlumatlar, saxlanma müddətləri, açıq məlumatların dərci) hazırlayır və onun tətbiqinə nəzarət edir.',
            ru: 'Разрабатывает политику ведомства по управлению информацией и знаниями (схемы классификации, метаданные, сроки хранения, публикация открытых данных) и контролирует её применение.',
            en: "Designs the agency's information and knowledge-management policy (classification schemes, metadata, retention, open-data publication) and monitors how it is applied.",
          },
        },
      ],
    },
    {
      code: 'DF3',
      title: {
        az: 'E-xidmətlər vasitəsilə vətəndaşlarla rəqəmsal ünsiyyət ("vahid pəncərə")',
        ru: 'Цифровое взаимодействие с гражданами через электронные услуги («единое окно»)',
        en: 'Digital communication with citizens through e-services ("single window")',
      },
      description: {
        az: 'Vətəndaşlar və sahibkarlarla elektron hökumət portalı, elektron müraciətlər və digər rəqəmsal kanallar vasitəsilə "vahid pəncərə" prinsipi əsasında aydın, vaxtında və əlçatan şəkildə ünsiyyət qurur.',
        ru: 'Взаимодействует с гражданами и бизнесом через портал электронного правительства, электронные обращения и другие цифровые каналы по принципу «единого окна» — ясно, своевременно и доступно.',
        en: 'Communicates with citizens and businesses through the e-government portal, electronic applications and other digital channels on the single-window principle: clearly, on time and accessibly.',
      },
      indicators: [
        {
          level: 1,
          text: {
            az: 'Qurumun hansı xidmətlərinin elektron hökumət portalında təqdim olunduğunu bilir və vətəndaşı kağız ərizə ilə şəxsən gəlməyə deyil, müvafiq e-xidmətə yönləndirir.',
            ru: 'Знает, какие услуги ведомства доступны на портале электронного правительства, и направляет гражданина к нужной электронной услуге, а не на личный приём с бумажным заявлением.',
            en: "Knows which of the agency's services are offered on the e-government portal and directs a citizen to the right e-service instead of asking for a visit with a paper application.",
          },
        },
        {
          level: 2,
          text: {
            az: 'Elektron müraciətləri qurumun sistemində qeydə alır, qanunla müəyyən olunmuş müddətdə sadə dildə cavablandırır və bağlayır, dövlətdə artıq mövcud olan sənədləri vətəndaşdan tələb etmir.',
            ru: 'Регистрирует, рассматривает и закрывает электронные обращения в системе ведомства в установленный законом срок, отвечает простым языком и не требует от граждан документов, которые уже есть у государства.',
            en: "Registers, answers and closes electronic applications in the agency's system within the legal deadline, in plain language, without asking citizens for documents the state already holds.",
          },
        },
        {
          level: 3,
          text: {
            az: 'Şikayətləri, qiymətləndirmələri və kanal statistikasını təhlil edir, xidmət təlimatlarını və formaları aydınlıq və əlçatanlıq baxımından yenidən yazır, bir neçə bölməni əhatə edən cavabları əlaqələndirir.',
            ru: 'Анализирует жалобы, оценки и статистику каналов, переписывает инструкции и формы услуг для ясности и доступности, координирует ответы, в подготовке которых участвуют несколько подразделений.',
            en: 'Analyses complaints, ratings and channel statistics, rewrites service instructions and forms for clarity and accessibility, and coordinates answers that involve several units.',
          },
        },
        {
          level: 4,
          text: {
            az: 'Qurumun çoxkanallı xidmət standartlarını (cavab müddətləri, sağlamlıq imkanları məhdud şəxslər üçün əlçatanlıq, üç dildə məzmun, əks əlaqə) müəyyən edir, proaktiv və "vahid pəncərə" xidmət modelinə keçidə rəhbərlik edir.',
            ru: 'Устанавливает многоканальные стандарты обслуживания ведомства (сроки ответа, доступность для людей с инвалидностью, контент на трёх языках, обратная связь) и руководит переходом к проактивным услугам по принципу «единого окна».',
            en: "Sets the agency's multichannel service standards (response times, accessibility for people with disabilities, content in three languages, feedback) and leads the move to proactive, single-window delivery.",
          },
        },
      ],
    },
  ],
};
