import type { AreaContent } from './framework-content.types';

/** Area PM — Change and project leadership (methodology version 1). */
export const AREA_PM: AreaContent = {
  code: 'PM',
  title: {
    az: 'Dəyişikliklərə və layihələrə rəhbərlik',
    ru: 'Руководство изменениями и проектами',
    en: 'Change and project leadership',
  },
  description: {
    az: 'Elektron hökumətin vahid sistem kimi işləməsini təmin edən proseslərə, layihələrə və təşkilati dəyişikliklərə rəhbərlik.',
    ru: 'Руководство процессами, проектами и организационными изменениями, благодаря которым электронное правительство работает как единая система.',
    en: 'Leading the processes, projects and organisational change that make e-government work as one system.',
  },
  competencies: [
    {
      code: 'PM1',
      title: {
        az: 'İnzibati proseslərin modelləşdirilməsi və optimallaşdırılması',
        ru: 'Моделирование и оптимизация административных процессов',
        en: 'Modelling and optimising administrative processes',
      },
      description: {
        az: 'İnzibati prosedurları proses modelləri (BPMN) şəklində təsvir edir, onları ölçür və rəqəmsal icra üçün yenidən qurur.',
        ru: 'Описывает административные процедуры в виде моделей процессов (BPMN), измеряет их и перестраивает для цифрового исполнения.',
        en: 'Describes administrative procedures as process models (BPMN), measures them and redesigns them for digital delivery.',
      },
      indicators: [
        {
          level: 1,
          text: {
            az: 'Öz prosedurunun sadə proses diaqramını oxuyur, onun mərhələlərini, iştirakçıların rollarını, giriş və çıxış məlumatlarını strukturlaşdırılmış siyahı şəklində təsvir edir.',
            ru: 'Читает простую диаграмму своей процедуры и описывает её шаги, роли участников, входы и выходы в виде структурированного списка.',
            en: 'Reads a simple process diagram of their own procedure and describes its steps, roles, inputs and outputs as a structured list.',
          },
        },
        {
          level: 2,
          text: {
            az: 'Prosedurun mövcud vəziyyətini ("olduğu kimi") zolaqlar, tapşırıqlar, qərar nöqtələri (gateway) və hadisələrlə BPMN modelində təsvir edir, onun müddətini və icraçılar arasında ötürmələrin sayını qeyd edir.',
            ru: 'Строит BPMN-модель процедуры «как есть» с дорожками, задачами, шлюзами и событиями, фиксирует её длительность и число передач между исполнителями.',
            en: 'Draws an as-is BPMN model of a procedure with lanes, tasks, gateways and events, and records its duration and the number of hand-offs between staff.',
          },
        },
        {
          level: 3,
          text: {
            az: 'Artıq razılaşdırmaları və kağız mərhələləri aradan qaldıran hədəf ("olmalı") prosesi layihələndirir, qazancı (vaxt, xərc, vətəndaşın gəlişlərinin sayı) hesablayır və informasiya sisteminin nəyi avtomatlaşdırmalı olduğunu müəyyən edir.',
            ru: 'Проектирует процесс «как должно быть» без лишних согласований и бумажных этапов, количественно оценивает выигрыш (время, затраты, число визитов граждан) и определяет, что должна автоматизировать информационная система.',
            en: 'Designs a to-be process that removes redundant approvals and paper steps, quantifies the gain (time, cost, citizen visits) and specifies what the information system must automate.',
          },
        },
        {
          level: 4,
          text: {
            az: 'Qurum miqyasında proses arxitekturasına rəhbərlik edir: sahibləri və performans göstəriciləri olan proseslər kataloqu, rəqəmsal transformasiya planı ilə əlaqələndirilmiş davamlı təkmilləşdirmə.',
            ru: 'Руководит архитектурой процессов всего ведомства: каталог процессов с владельцами и показателями эффективности, непрерывное совершенствование, увязанное с планом цифровой трансформации.',
            en: 'Leads agency-wide process architecture: a process catalogue with owners and performance indicators, and continuous improvement tied to the digital transformation plan.',
          },
        },
      ],
    },
    {
      code: 'PM2',
      title: {
        az: 'Elektron hökumət layihələrinin idarə edilməsi',
        ru: 'Управление проектами электронного правительства',
        en: 'Managing e-government projects',
      },
      description: {
        az: 'Dövlət sektorunda İKT layihələrini planlaşdırır, onlar üçün satınalmaları təşkil edir, onları vaxtında, büdcə daxilində və gözlənilən faydalarla icra edir və başa çatdırır.',
        ru: 'Планирует ИКТ-проекты в государственном секторе, организует закупки для них, реализует и завершает их в срок, в рамках бюджета и с ожидаемыми выгодами.',
        en: 'Plans public-sector ICT projects, organises their procurement, and delivers and closes them on time, within budget and with the expected benefits.',
      },
      indicators: [
        {
          level: 1,
          text: {
            az: 'Layihənin mərhələlərini (başlanğıc, planlaşdırma, icra, bağlanış) və iştirak etdiyi layihədə öz rolunu bilir, ona həvalə edilmiş tapşırıqları müddətində yerinə yetirir.',
            ru: 'Знает стадии проекта (инициация, планирование, исполнение, завершение) и свою роль в проекте, в котором участвует, выполняет порученные задачи в срок.',
            en: 'Knows the stages of a project (initiation, planning, execution, closure) and their own role in the project they take part in, and delivers the assigned tasks on time.',
          },
        },
        {
          level: 2,
          text: {
            az: 'Nəzarət nöqtələri olan iş planı aparır, tapşırıqları və problemləri ortaq alətdə izləyir, vəziyyət hesabatları hazırlayır, satınalma üçün texniki tapşırığın hazırlanmasında iştirak edir.',
            ru: 'Ведёт план работ с контрольными точками, отслеживает задачи и проблемы в общем инструменте, готовит отчёты о ходе проекта, участвует в подготовке технического задания для закупки.',
            en: 'Keeps a work plan with milestones, tracks tasks and issues in a shared tool, prepares status reports, and contributes to the technical specification for procurement.',
          },
        },
        {
          level: 3,
          text: {
            az: 'Layihəni əvvəldən sona qədər idarə edir: əsaslandırma, əhatə dairəsi, cədvəl, büdcə, podratçının dövlət satınalması yolu ilə seçilməsi, istifadəçilərlə qəbul sınaqları və faydaların izlənməsi.',
            ru: 'Управляет проектом от начала до конца: обоснование, содержание, график, бюджет, выбор подрядчика через государственную закупку, приёмочные испытания с пользователями и отслеживание выгод.',
            en: 'Manages a project end to end: business case, scope, schedule, budget, public procurement of the contractor, acceptance testing with users and benefits tracking.',
          },
        },
        {
          level: 4,
          text: {
            az: 'Elektron hökumət layihələri portfelini idarə edir: dəyər və risk əsasında prioritetləri müəyyən edir, idarəetmə şuraları yaradır, layihələri milli strategiya ilə uzlaşdırır və artıq nəticə verməyən layihələri dayandırır.',
            ru: 'Управляет портфелем проектов электронного правительства: расставляет приоритеты по ценности и рискам, создаёт управляющие советы, согласует проекты с национальной стратегией и прекращает проекты, которые больше не дают результата.',
            en: 'Steers a portfolio of e-government projects: prioritises by value and risk, sets up steering boards, aligns projects with the national strategy, and stops projects that no longer deliver.',
          },
        },
      ],
    },
    {
      code: 'PM3',
      title: {
        az: 'Risklərin idarə edilməsi və İKT vasitəsilə təşkilati dəyişikliklər',
        ru: 'Управление рисками и организационные изменения с помощью ИКТ',
        en: 'Risk management and organisational change with ICT',
      },
      description: {
        az: 'Rəqəmsal dəyişikliklərin risklərini müəyyən edir və onlara qarşı tədbirlər görür, İKT-nin gətirdiyi yeni iş üsullarına keçiddə insanlara rəhbərlik edir.',
        ru: 'Выявляет риски цифровых изменений и принимает меры по ним, руководит переходом сотрудников к новым способам работы, которые приносят ИКТ.',
        en: 'Identifies and treats the risks of digital change and leads people through the new ways of working that ICT brings.',
      },
      indicators: [
        {
          level: 1,
          text: {
            az: 'Yeni sistem və ya prosedurla bağlı gördüyü problemlər və risklər barədə rəhbərinə məlumat verir, yeni alətlər üzrə təlimlərdə iştirak edir.',
            ru: 'Сообщает руководителю о замеченных проблемах и рисках новой системы или процедуры, участвует в обучении работе с новыми инструментами.',
            en: 'Reports the problems and risks they notice with a new system or procedure to their manager, and takes part in training on new tools.',
          },
        },
        {
          level: 2,
          text: {
            az: 'Öz sahəsi üzrə ehtimal, təsir, məsul şəxs və cavab tədbiri göstərilməklə risklər reyestri aparır, həmkarlarına yeni sistemi mənimsəməkdə kömək edir (təlimatlar, tez-tez verilən suallar, həmkar dəstəyi).',
            ru: 'Ведёт реестр рисков своего участка с указанием вероятности, влияния, ответственного и мер реагирования, помогает коллегам освоить новую систему (инструкции, ответы на частые вопросы, взаимная поддержка).',
            en: 'Keeps a risk register for their area with likelihood, impact, owner and response, and helps colleagues adopt a new system (guides, FAQs, peer support).',
          },
        },
        {
          level: 3,
          text: {
            az: 'Bölmə üçün dəyişikliyi planlaşdırır: rollara və iş yükünə təsir, kommunikasiya, təlim, keçid və ehtiyat tədbirləri, fəaliyyətin fasiləsizliyi planı; müqavimət və mənimsəmə göstəricilərini izləyir.',
            ru: 'Планирует изменения для подразделения: влияние на роли и нагрузку, коммуникация, обучение, переходные и резервные меры, план непрерывности деятельности; отслеживает сопротивление и показатели освоения.',
            en: 'Plans change for a unit (impact on roles and workload, communication, training, transition and fallback arrangements, a continuity plan) and monitors resistance and adoption indicators.',
          },
        },
        {
          level: 4,
          text: {
            az: 'Qurumun rəqəmsal transformasiyasına dəyişiklik proqramı kimi rəhbərlik edir: baxışı müəyyən edir, strateji İKT risklərini rəhbərlik səviyyəsində idarə edir, davamlı öyrənmə və sübuta əsaslanan qərarlar mədəniyyəti formalaşdırır.',
            ru: 'Руководит цифровой трансформацией ведомства как программой изменений: формирует видение, управляет стратегическими ИКТ-рисками на уровне руководства, создаёт культуру непрерывного обучения и решений, основанных на фактах.',
            en: "Leads the agency's digital transformation as a change programme: sets the vision, manages strategic ICT risks at leadership level, and builds a culture of continuous learning and evidence-based decisions.",
          },
        },
      ],
    },
    {
      code: 'PM4',
      title: {
        az: 'Elektron hökumət sisteminin əlaqəli inkişafı',
        ru: 'Согласованное развитие системы электронного правительства',
        en: 'Coherent development of the e-government system',
      },
      description: {
        az: 'Qurumun sistemlərini və xidmətlərini milli elektron hökumət sisteminin bir hissəsi kimi görür və onları ortaq platformalar, standartlar və strategiya ilə uzlaşdırılmış şəkildə inkişaf etdirir.',
        ru: 'Рассматривает системы и услуги ведомства как часть национальной системы электронного правительства и развивает их согласованно с общими платформами, стандартами и стратегией.',
        en: "Sees the agency's systems and services as part of the national e-government system and develops them coherently with shared platforms, standards and strategy.",
      },
      indicators: [
        {
          level: 1,
          text: {
            az: 'Elektron hökumətin əsas ortaq komponentlərini (portal, vahid giriş, elektron imza, qarşılıqlı fəaliyyət platforması, ödəniş şlüzü) və qurumun öz analoqunu yaratmaq əvəzinə onlardan istifadə etməli olduğunu bilir.',
            ru: 'Знает основные общие компоненты электронного правительства (портал, единый вход, электронная подпись, платформа взаимодействия, платёжный шлюз) и то, что ведомство должно использовать их, а не создавать собственные аналоги.',
            en: 'Knows the main shared components of e-government (portal, single sign-on, electronic signature, interoperability platform, payment gateway) and that the agency should use them rather than build its own.',
          },
        },
        {
          level: 2,
          text: {
            az: 'Öz sahəsində yeni sistemlər və ya funksiyalar üçün tələblərin ortaq komponentlərdən və reyestrlərdən təkrar istifadə etdiyini yoxlayır, qurumlar arasında təkrarçılıq halları barədə məlumat verir.',
            ru: 'Проверяет, что заявки на новые системы или функции на его участке повторно используют общие компоненты и реестры, сообщает о случаях дублирования между ведомствами.',
            en: 'Checks that requests for new systems or features in their area reuse shared components and registers, and reports duplication between agencies.',
          },
        },
        {
          level: 3,
          text: {
            az: 'Qurumun sistemlərini, məlumatlarını və xidmətlərini milli elektron hökumət arxitekturası ilə müqayisə edir, boşluqları və üst-üstə düşmələri müəyyən edir, inteqrasiya və köhnə sistemlərin istismardan çıxarılması planını təklif edir.',
            ru: 'Сопоставляет системы, данные и услуги ведомства с национальной архитектурой электронного правительства, выявляет пробелы и пересечения, предлагает план интеграции и вывода устаревших систем из эксплуатации.',
            en: "Maps the agency's systems, data and services against the national e-government architecture, identifies gaps and overlaps, and proposes a plan for integration and for decommissioning legacy systems.",
          },
        },
        {
          level: 4,
          text: {
            az: 'Qurumun rəqəmsal strategiyasını milli elektron hökumət strategiyası çərçivəsində formalaşdırır, müəssisə arxitekturası prinsiplərini müəyyən edir və irəliləyişi beynəlxalq göstəricilərlə (məsələn, BMT-nin Elektron Hökumətin İnkişafı İndeksi) ölçür.',
            ru: 'Формирует цифровую стратегию ведомства в рамках национальной стратегии электронного правительства, устанавливает принципы архитектуры предприятия и измеряет прогресс по международным показателям (например, по индексу развития электронного правительства ООН).',
            en: "Shapes the agency's digital strategy within the national e-government strategy, sets enterprise-architecture principles, and measures progress with international indicators (for example the UN E-Government Development Index).",
          },
        },
      ],
    },
  ],
};
