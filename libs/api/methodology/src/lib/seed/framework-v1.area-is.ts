import type { AreaContent } from './framework-content.types';

/** Area IS — Security and privacy (methodology version 1). */
export const AREA_IS: AreaContent = {
  code: 'IS',
  title: { az: 'Təhlükəsizlik və məxfilik', ru: 'Безопасность и конфиденциальность', en: 'Security and privacy' },
  description: {
    az: 'Rəqəmsal iş mühitində informasiyanın, fərdi məlumatların, dövlət və xidməti sirrin qorunması.',
    ru: 'Защита информации, персональных данных, государственной и служебной тайны в цифровой рабочей среде.',
    en: 'Protecting information, personal data and official secrets in the digital workplace.',
  },
  competencies: [
    {
      code: 'IS1',
      title: {
        az: 'İnformasiya təhlükəsizliyi gigiyenası',
        ru: 'Гигиена информационной безопасности',
        en: 'Information-security hygiene',
      },
      description: {
        az: 'Gündəlik işdə hesabları, qurğuları və məlumatları qoruyur, təhlükəsizlik insidentlərini tanıyır və onlar barədə dərhal məlumat verir.',
        ru: 'Защищает учётные записи, устройства и данные в повседневной работе, распознаёт инциденты безопасности и незамедлительно сообщает о них.',
        en: 'Protects accounts, devices and data in daily work, and recognises security incidents and reports them at once.',
      },
      indicators: [
        {
          level: 1,
          text: {
            az: 'Güclü və təkrarlanmayan parollardan və iki faktorlu autentifikasiyadan istifadə edir, iş yerindən ayrılarkən ekranı kilidləyir, gözlənilməz qoşmaları və keçidləri açmır.',
            ru: 'Использует надёжные уникальные пароли и двухфакторную аутентификацию, блокирует экран, отходя от рабочего места, не открывает неожиданные вложения и ссылки.',
            en: 'Uses strong, unique passwords and two-factor authentication, locks the screen when leaving the desk, and does not open unexpected attachments or links.',
          },
        },
        {
          level: 2,
          text: {
            az: 'Fişinq və sosial mühəndislik cəhdlərini tanıyır və dərhal təhlükəsizlik üzrə məsul şəxsə bildirir, yalnız təsdiq olunmuş yaddaş vasitələrindən və şifrələnmiş çıxarıla bilən daşıyıcılardan istifadə edir, proqram təminatını vaxtında yeniləyir.',
            ru: 'Распознаёт фишинг и попытки социальной инженерии и немедленно сообщает о них ответственному за безопасность, использует только разрешённые хранилища и зашифрованные съёмные носители, своевременно обновляет программное обеспечение.',
            en: 'Recognises phishing and social-engineering attempts and reports them to the security contact at once, uses only approved storage and encrypted removable media, and keeps software up to date.',
          },
        },
        {
          level: 3,
          text: {
            az: 'Bölmənin iş proseslərinin (giriş hüquqları, məsafədən iş, ortaq hesablar) təhlükəsizliyini qiymətləndirir, onlara qurumun təhlükəsizlik siyasətini tətbiq edir, insidentlərdən sonra həmkarlarını təlimatlandırır.',
            ru: 'Оценивает безопасность рабочих процессов подразделения (права доступа, удалённая работа, общие учётные записи), применяет к ним политику безопасности ведомства, проводит инструктаж коллег после инцидентов.',
            en: "Assesses the security of the unit's workflows (access rights, remote work, shared accounts), applies the agency's security policy to them, and briefs colleagues after incidents.",
          },
        },
        {
          level: 4,
          text: {
            az: 'Qurumda informasiya təhlükəsizliyinin idarə edilməsinə rəhbərlik edir: siyasət, risklərin qiymətləndirilməsi, insidentlərə cavab tədbirləri, maarifləndirmə proqramı və milli kibertəhlükəsizlik orqanı ilə əlaqələndirmə.',
            ru: 'Руководит управлением информационной безопасностью ведомства: политика, оценка рисков, реагирование на инциденты, программа повышения осведомлённости, взаимодействие с национальным органом по кибербезопасности.',
            en: "Leads the agency's information-security management: policy, risk assessment, incident response, an awareness programme, and coordination with the national cyber-security authority.",
          },
        },
      ],
    },
    {
      code: 'IS2',
      title: {
        az: 'Fərdi məlumatların qorunması və məlumat subyektinin hüquqları',
        ru: 'Защита персональных данных и права субъекта данных',
        en: 'Personal-data protection and data-subject rights',
      },
      description: {
        az: 'Vətəndaşların fərdi məlumatlarını qanuni əsasla, yalnız müəyyən məqsəd üçün və zəruri həcmdə emal edir, məlumat subyektlərinin hüquqlarına, o cümlədən onların məlumatlarından kimin və hansı məqsədlə istifadə etdiyini bilmək hüququna hörmət edir.',
        ru: 'Обрабатывает персональные данные граждан на законном основании, только для определённой цели и в необходимом объёме, соблюдает права субъектов данных, включая право знать, кто и с какой целью использовал их данные.',
        en: "Processes citizens' personal data on a lawful basis, only for a defined purpose and to the extent necessary, and respects the rights of data subjects, including the right to know who used their data and why.",
      },
      indicators: [
        {
          level: 1,
          text: {
            az: 'Fərdi məlumatları (ad, fərdi identifikasiya nömrəsi (FİN), ünvan, sağlamlıq məlumatları) tanıyır və vətəndaşın qeydinə yalnız iş tapşırığı tələb etdikdə daxil olur.',
            ru: 'Распознаёт персональные данные (имя, персональный идентификационный номер (ФИН), адрес, сведения о здоровье) и обращается к записи гражданина только тогда, когда этого требует рабочая задача.',
            en: "Recognises personal data (name, personal identification code, address, health data) and opens a citizen's record only when a work task requires it.",
          },
        },
        {
          level: 2,
          text: {
            az: 'Xidmət üçün yalnız zəruri məlumatları toplayır, hər bir girişin məqsədini qeyd edir, fərdi məlumatları yalnız qorunan kanallarla göndərir və məlumat subyektinin sorğusunu qanunla müəyyən edilmiş müddətdə cavablandırır.',
            ru: 'Собирает только необходимые для услуги данные, фиксирует цель каждого обращения к ним, передаёт персональные данные только по защищённым каналам и отвечает на запрос субъекта данных в установленный законом срок.',
            en: "Collects only the data the service needs, records the purpose of each access, sends personal data only through protected channels, and answers a data subject's request within the legal deadline.",
          },
        },
        {
          level: 3,
          text: {
            az: 'Yeni formaları və prosesləri məxfilik riskləri baxımından qiymətləndirir, bölmənin məlumat toplusu üçün saxlanma və anonimləşdirmə qaydalarını müəyyən edir, düzəliş, etiraz və silinmə tələblərini düzgün icra edir.',
            ru: 'Оценивает новые формы и процессы на риски для неприкосновенности частной жизни, устанавливает правила хранения и обезличивания наборов данных подразделения, правильно рассматривает требования об исправлении, возражении и удалении данных.',
            en: "Assesses new forms and processes for privacy risks, sets retention and anonymisation rules for the unit's data sets, and handles rectification, objection and erasure requests correctly.",
          },
        },
        {
          level: 4,
          text: {
            az: 'Qurumda fərdi məlumatların idarə edilməsinə rəhbərlik edir: emal fəaliyyətlərinin reyestri, məlumatların qorunmasına təsirin qiymətləndirilməsi, emal edənlərlə müqavilələr, sızma hallarında bildiriş və giriş jurnallarının auditi.',
            ru: 'Руководит управлением персональными данными в ведомстве: реестр операций обработки, оценка воздействия на защиту данных, договоры с обработчиками, уведомление об утечках, аудит журналов доступа.',
            en: "Leads the agency's personal-data governance: the register of processing activities, data-protection impact assessments, agreements with processors, breach notification, and audits of access logs.",
          },
        },
      ],
    },
    {
      code: 'IS3',
      title: {
        az: 'Dövlət və xidməti sirr, informasiyanın təsnifatı',
        ru: 'Государственная и служебная тайна, классификация информации',
        en: 'Official secrets and classification of information',
      },
      description: {
        az: 'Açıq, məhdud girişli ("xidməti istifadə üçün") və məxfi informasiyanı fərqləndirir, onu müvafiq qaydada qriflə işarələyir və onunla işləyir, qorumanı vətəndaşın informasiya əldə etmək hüququ ilə tarazlaşdırır.',
        ru: 'Различает открытую информацию, информацию ограниченного доступа («для служебного пользования») и секретную, соответствующим образом маркирует её и обращается с ней, соблюдая баланс между защитой и правом граждан на получение информации.',
        en: "Distinguishes public, restricted ('for official use') and secret information, marks and handles it accordingly, and balances its protection with the citizen's right to obtain information.",
      },
      indicators: [
        {
          level: 1,
          text: {
            az: 'İnformasiya kateqoriyalarını və onların qriflərini bilir, məhdud girişli sənədləri heç vaxt şəxsi elektron poçta və ya messencerlərə göndərmir, qrifsiz sənədi dərc etməzdən əvvəl məsləhətləşir.',
            ru: 'Знает категории информации и их грифы, никогда не пересылает документы ограниченного доступа на личную почту или в мессенджеры, перед публикацией документа без грифа консультируется.',
            en: 'Knows the categories of information and their markings, never sends restricted documents to personal e-mail or messengers, and asks before publishing an unmarked document.',
          },
        },
        {
          level: 2,
          text: {
            az: 'Yaratdığı sənədlərə düzgün məxfilik qrifi verir, onları yalnız təsdiq olunmuş sistemlərdə saxlayır və ötürür, açıq informasiyanı sorğu əsasında qanunsuz imtina etmədən təqdim edir.',
            ru: 'Присваивает создаваемым документам правильный гриф, хранит и передаёт их только в разрешённых системах, предоставляет открытую информацию по запросу без неправомерных отказов.',
            en: 'Assigns the correct classification to the documents they create, stores and transmits them only in approved systems, and provides public information on request without unlawful refusal.',
          },
        },
        {
          level: 3,
          text: {
            az: 'Bölmənin təsnifat qərarlarını nəzərdən keçirir, əsaslar aradan qalxdıqda informasiyanın məxfiliyini ləğv edir, məhdud girişli məlumatları emal edən informasiya sistemlərinin tələb olunan sertifikatlaşdırmadan keçdiyini yoxlayır.',
            ru: 'Пересматривает решения подразделения о классификации, снимает ограничения доступа, когда отпадают основания, проверяет, что информационные системы, обрабатывающие сведения ограниченного доступа, прошли требуемую сертификацию.',
            en: "Reviews the unit's classification decisions, declassifies information when the grounds lapse, and checks that information systems handling restricted data have the required certification.",
          },
        },
        {
          level: 4,
          text: {
            az: 'Qurumun informasiya təsnifatı sxemini və onunla işləmə qaydalarını müəyyən edir, qanun çərçivəsində məxfi informasiyaya buraxılış barədə qərar qəbul edir, sxemi açıq məlumatlar və informasiya azadlığı üzrə öhdəliklərlə uzlaşdırır.',
            ru: 'Устанавливает схему классификации информации ведомства и правила обращения с ней, в рамках закона принимает решения о допуске к секретным сведениям, согласует схему с обязанностями в области открытых данных и свободы информации.',
            en: "Sets the agency's classification scheme and handling rules, decides on clearance for secret information within the law, and aligns the scheme with open-data and freedom-of-information obligations.",
          },
        },
      ],
    },
  ],
};
