import type { AreaContent } from './framework-content.types';

/** Area ED — Electronic documents (methodology version 1). */
export const AREA_ED: AreaContent = {
  code: 'ED',
  title: { az: 'Elektron sənədlər', ru: 'Электронные документы', en: 'Electronic documents' },
  description: {
    az: 'Tam hüquqi qüvvəyə malik elektron sənədlər, elektron imzalar və dövlət informasiya ehtiyatları ilə iş.',
    ru: 'Работа с электронными документами, электронными подписями и государственными информационными ресурсами, имеющими полную юридическую силу.',
    en: 'Working with electronic documents, electronic signatures and state information resources that carry full legal force.',
  },
  competencies: [
    {
      code: 'ED1',
      title: {
        az: 'Elektron sənəd dövriyyəsi və elektron sənədlərin hüquqi qüvvəsi',
        ru: 'Электронный документооборот и юридическая сила электронных документов',
        en: 'Electronic document circulation and the legal force of e-documents',
      },
      description: {
        az: 'Rəsmi sənədləri elektron sənəd dövriyyəsi sistemində qeydiyyatdan arxivləşdirməyə qədər işləyir və elektron sənədin nə zaman kağız sənədlə eyni hüquqi qüvvəyə malik olduğunu bilir.',
        ru: 'Ведёт служебные документы в системе электронного документооборота от регистрации до архивирования и знает, когда электронный документ имеет такую же юридическую силу, как бумажный.',
        en: 'Handles official documents in the electronic document management system from registration to archiving and knows when an electronic document has the same legal force as a paper one.',
      },
      indicators: [
        {
          level: 1,
          text: {
            az: 'Elektron sənəd dövriyyəsi sistemində daxil olan sənədləri açır, oxuyur və ötürür; gücləndirilmiş elektron imza ilə imzalanmış sənədin kağız nüsxəyə ehtiyacı olmadığını bilir.',
            ru: 'Открывает, читает и передаёт входящие документы в системе электронного документооборота; знает, что документ, подписанный усиленной электронной подписью, не требует бумажной копии.',
            en: 'Opens, reads and forwards incoming documents in the electronic document management system, and knows that a document signed with a qualified electronic signature needs no paper copy.',
          },
        },
        {
          level: 2,
          text: {
            az: 'Sənədləri müəyyən olunmuş müddətlərdə elektron qaydada qeydiyyata alır, yönləndirir, razılaşdırır və göndərir, faylları tələb olunan formatlarda əlavə edir, daxil olan elektron sənədin bütün məcburi rekvizitlərinin olduğunu yoxlayır.',
            ru: 'Регистрирует, направляет, согласовывает и отправляет документы в электронном виде в установленные сроки, прикладывает файлы в требуемых форматах и проверяет наличие всех обязательных реквизитов у полученного электронного документа.',
            en: 'Registers, routes, approves and dispatches documents electronically within the set deadlines, attaches files in the required formats, and checks that a received e-document has all mandatory details.',
          },
        },
        {
          level: 3,
          text: {
            az: 'Mübahisəli hallarda elektron sənədin və ya onun kağız nüsxəsinin hüquqi qüvvəyə malik olub-olmadığını müəyyən edir, bölmənin sənəd marşrutlarını və saxlanma müddətlərini tənzimləyir, elektron işləri arxivə təhvil vermək üçün hazırlayır.',
            ru: 'В спорных случаях определяет, имеет ли юридическую силу электронный документ или его бумажная копия, настраивает маршруты и сроки хранения документов подразделения, готовит электронные дела к передаче в архив.',
            en: "Decides in disputed cases whether an electronic document or its paper copy has legal force, configures the unit's document routes and retention periods, and prepares electronic files for transfer to the archive.",
          },
        },
        {
          level: 4,
          text: {
            az: 'Qurumun kağızsız sənəd dövriyyəsi siyasətini (formatlar, uzunmüddətli saxlanma, məhkəmədə sübut kimi qəbul edilmə, digər qurumlarla mübadilə) hazırlayır və onun tətbiqinə rəhbərlik edir.',
            ru: 'Разрабатывает политику безбумажного документооборота ведомства (форматы, долговременное хранение, доказательная сила в суде, обмен с другими ведомствами) и руководит её внедрением.',
            en: "Designs the agency's paperless document policy (formats, long-term preservation, admissibility as evidence in court, exchange with other agencies) and leads its implementation.",
          },
        },
      ],
    },
    {
      code: 'ED2',
      title: {
        az: 'Elektron imza və etimad xidmətləri',
        ru: 'Электронная подпись и услуги доверия',
        en: 'Electronic signature and trust services',
      },
      description: {
        az: 'Gücləndirilmiş elektron imzadan, vaxt damğasından və sertifikatlardan düzgün istifadə edir, alınmış sənədlərdəki imzaları yoxlayır və imza açarlarını qoruyur.',
        ru: 'Правильно использует усиленную электронную подпись, метки времени и сертификаты, проверяет подписи в полученных документах и защищает ключи подписи.',
        en: 'Uses qualified electronic signatures, timestamps and certificates correctly, verifies the signatures on received documents and protects signature keys.',
      },
      indicators: [
        {
          level: 1,
          text: {
            az: 'Sənədi öz gücləndirilmiş elektron imzası ilə (şəxsiyyət vəsiqəsi, token və ya mobil imza vasitəsilə) imzalayır; imza vasitəsini və ya PİN-kodu heç kimə verməməli olduğunu bilir.',
            ru: 'Подписывает документ своей усиленной электронной подписью (удостоверение личности, токен или мобильная подпись); знает, что нельзя передавать носитель подписи или PIN-код другим лицам.',
            en: 'Signs a document with their own qualified electronic signature (ID card, token or mobile signature) and knows never to hand the signature device or PIN to anyone.',
          },
        },
        {
          level: 2,
          text: {
            az: 'Daxil olan elektron sənəddə imzanı, sertifikatın qüvvədə olma müddətini və ləğv statusunu yoxlayır, etibarsız və ya müddəti bitmiş imzanı tanıyır, tələb olunduqda vaxt damğası tətbiq edir.',
            ru: 'Проверяет подпись, срок действия и статус отзыва сертификата в полученном электронном документе, распознаёт недействительную или просроченную подпись, при необходимости применяет метку времени.',
            en: 'Verifies the signature, certificate validity period and revocation status of a received e-document, recognises an invalid or expired signature, and applies a timestamp where required.',
          },
        },
        {
          level: 3,
          text: {
            az: 'Bölmə üçün imza sertifikatlarının verilməsini, yenilənməsini və ləğvini təşkil edir, etibarnamə əsasında təmsilçilik səlahiyyəti ilə imzalamanı tənzimləyir, xarici sertifikatların yoxlanılması ilə bağlı halları həll edir.',
            ru: 'Организует выпуск, продление и отзыв сертификатов подписи для подразделения, настраивает подписание с полномочиями представителя по доверенности, решает вопросы проверки иностранных сертификатов.',
            en: 'Organises the issuing, renewal and revocation of signature certificates for the unit, sets up signing with powers of representation under a power of attorney, and resolves cases of validating foreign certificates.',
          },
        },
        {
          level: 4,
          text: {
            az: 'Qanunvericiliyə və risklərə uyğun olaraq qurumun hər bir prosesinə hansı etimad xidmətlərinin (elektron imzalar, elektron möhürlər, vaxt damğaları, qeydiyyatlı elektron çatdırılma) lazım olduğunu müəyyən edir, bu məsələlərdə qurumu sertifikatlaşdırma mərkəzi qarşısında təmsil edir.',
            ru: 'В соответствии с законодательством и рисками определяет, какие услуги доверия (электронные подписи, электронные печати, метки времени, заказная электронная доставка) нужны каждому процессу ведомства, представляет ведомство по этим вопросам перед удостоверяющим центром.',
            en: "Defines, by law and by risk, which trust services (electronic signatures, electronic seals, timestamps, registered electronic delivery) each of the agency's processes requires, and represents the agency on these matters before the certification authority.",
          },
        },
      ],
    },
    {
      code: 'ED3',
      title: {
        az: 'Dövlət reyestrləri, təsnifatçılar və informasiya ehtiyatları',
        ru: 'Государственные реестры, классификаторы и информационные ресурсы',
        en: 'State registers, classifiers and information resources',
      },
      description: {
        az: 'Dövlət reyestrləri, rəsmi təsnifatçılar və informasiya ehtiyatları ilə məlumatların mötəbər mənbəyi kimi işləyir, qurumun daxil etdiyi qeydlərin dəqiqliyini təmin edir və "bir dəfə təqdimetmə" prinsipinə əməl edir.',
        ru: 'Работает с государственными реестрами, официальными классификаторами и информационными ресурсами как с авторитетным источником данных, обеспечивает точность записей ведомства и соблюдает принцип однократного предоставления сведений.',
        en: "Works with state registers, official classifiers and information resources as the authoritative source of data, keeps the agency's entries accurate and respects the once-only principle.",
      },
      indicators: [
        {
          level: 1,
          text: {
            az: 'Əsas dövlət reyestrlərini (əhali, hüquqi şəxslər, daşınmaz əmlak, ünvanlar) və onların hər birini hansı qurumun apardığını bilir; qeydi rəsmi interfeys vasitəsilə axtarıb tapır.',
            ru: 'Знает основные государственные реестры (населения, юридических лиц, недвижимости, адресов) и ведомства, которые их ведут; находит запись через официальный интерфейс.',
            en: 'Knows the main state registers (population, legal entities, real estate, addresses) and which agency keeps each, and looks up a record through the official interface.',
          },
        },
        {
          level: 2,
          text: {
            az: 'Qurumun reyestr qeydlərini düzgün təsnifatçı kodları ilə daxil edir və yeniləyir, məlumatları vətəndaşdan tələb etmək əvəzinə mənbə reyestrdə yoxlayır, səhvlər barədə reyestri aparan quruma məlumat verir.',
            ru: 'Вносит и обновляет записи реестра ведомства с правильными кодами классификаторов, сверяет данные с первоисточником вместо запроса у гражданина, сообщает об ошибках держателю реестра.',
            en: "Enters and updates the agency's register records with the correct classifier codes, checks data against the source register instead of asking the citizen, and reports errors to the register keeper.",
          },
        },
        {
          level: 3,
          text: {
            az: 'Qurumun reyestrində məlumat keyfiyyəti yoxlamaları (dublikatlar, boş sahələr, köhnəlmiş təsnifatçı dəyərləri) aparır, düzəlişləri təşkil edir və reyestri dövlət informasiya ehtiyatlarının kataloqunda təsvir edir.',
            ru: 'Проводит проверки качества данных реестра ведомства (дубликаты, пустые поля, устаревшие значения классификаторов), организует исправления и описывает реестр в государственном каталоге информационных ресурсов.',
            en: "Runs data-quality checks on the agency's register (duplicates, empty fields, outdated classifier values), organises corrections, and describes the register in the state catalogue of information resources.",
          },
        },
        {
          level: 4,
          text: {
            az: 'Dövlət reyestrini layihələndirir və ya islahat edir: onun hüquqi əsasını, məlumat modelini, istinad təsnifatçılarını, digər qurumların giriş hüquqlarını və məlumat keyfiyyətinin idarə edilməsini müəyyən edir.',
            ru: 'Проектирует или реформирует государственный реестр: определяет его правовую основу, модель данных, справочные классификаторы, права доступа других ведомств и управление качеством данных.',
            en: 'Designs or reforms a state register: its legal basis, data model, reference classifiers, the access rights of other agencies and data-quality governance.',
          },
        },
      ],
    },
  ],
};
