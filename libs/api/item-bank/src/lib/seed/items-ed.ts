import type { SeedItem } from './seed-item.types';
import { t, single, multi, trueFalse, ordering, matching, numeric, shortText } from './seed-builders';

/* Seed items for area ED — Electronic documents (ED1, ED2, ED3 × levels 1..4). */

/* ---------------------------------------------------------------- ED1 Electronic document circulation and legal force */

const ED1: readonly SeedItem[] = [
  single({
    ref: 'ED1-1-a',
    stem: t(
      'Elektron sənəd dövriyyəsi sisteminə gücləndirilmiş elektron imza ilə imzalanmış məktub daxil olub. Onun kağız nüsxəsi lazımdırmı?',
      'В систему электронного документооборота поступило письмо, подписанное усиленной электронной подписью. Нужна ли его бумажная копия?',
      'A letter signed with a qualified electronic signature has arrived in the electronic document management system. Is a paper copy needed?',
    ),
    options: [
      t(
        'Bəli, onu çap edib rəhbərin əl imzası ilə təsdiqləmək lazımdır',
        'Да, его нужно распечатать и заверить собственноручной подписью руководителя',
        "Yes, it must be printed and confirmed with the head's handwritten signature",
      ),
      t(
        'Yalnız sənəd başqa qurumdan gəlibsə',
        'Только если документ пришёл из другого ведомства',
        'Only if the document came from another agency',
      ),
      t(
        'Xeyr, o, əl ilə imzalanmış kağız sənədlə eyni hüquqi qüvvəyə malikdir',
        'Нет, он имеет такую же юридическую силу, как бумажный документ с собственноручной подписью',
        'No, it has the same legal force as a paper document signed by hand',
      ),
      t('Yalnız sənəd 10 səhifədən uzundursa', 'Только если документ длиннее 10 страниц', 'Only if the document is longer than 10 pages'),
    ],
    correct: 'c',
    explanation: t(
      'Gücləndirilmiş elektron imza ilə imzalanmış elektron sənəd əl ilə imzalanmış kağız sənədə bərabər tutulur. Onu çap edib yenidən imzalamaq artıq iş yaradır, kağız çap isə elektron əslin yerini tutmur.',
      'Электронный документ с усиленной электронной подписью приравнивается к бумажному документу с собственноручной подписью. Распечатка и повторное подписание — лишняя работа, а бумажная распечатка не заменяет электронный оригинал.',
      'An electronic document signed with a qualified electronic signature is equivalent to a paper document signed by hand. Printing and re-signing it is wasted work, and a printout does not replace the electronic original.',
    ),
  }),
  trueFalse({
    ref: 'ED1-1-b',
    stem: t(
      'Əl ilə imzalanmış kağız məktubun e-poçtla göndərilmiş skan surəti gücləndirilmiş elektron imza ilə imzalanmış sənədlə eyni hüquqi qüvvəyə malikdir.',
      'Отсканированная копия бумажного письма с собственноручной подписью, отправленная по электронной почте, имеет такую же юридическую силу, как документ, подписанный усиленной электронной подписью.',
      'A scanned copy of a hand-signed paper letter sent by e-mail has the same legal force as a document signed with a qualified electronic signature.',
    ),
    correct: false,
    explanation: t(
      'Yanlışdır. Skan surəti yalnız təsvirdir: onun dəyişdirilmədiyini və imzalayanın kim olduğunu yoxlamaq mümkün deyil. Gücləndirilmiş elektron imza isə sənədin bütövlüyünü və imzalayanı təsdiq edir.',
      'Неверно. Скан — лишь изображение: нельзя проверить, что он не изменён и кто его подписал. Усиленная электронная подпись, напротив, подтверждает целостность документа и личность подписавшего.',
      'False. A scan is only an image: there is no way to verify that it is unaltered or who signed it. A qualified electronic signature confirms both the integrity of the document and the signatory.',
    ),
  }),
  single({
    ref: 'ED1-1-c',
    stem: t(
      'Elektron sənəd dövriyyəsi sistemində sizə yönləndirilmiş sənəd başqa bölmənin səlahiyyətinə aiddir. Nə etməlisiniz?',
      'Документ, направленный вам в системе электронного документооборота, относится к компетенции другого подразделения. Что следует сделать?',
      "A document routed to you in the electronic document management system falls within another unit's remit. What should you do?",
    ),
    options: [
      t(
        'Sənədi öz qutunuzdan silmək; qeydiyyat xidməti onun icra olunmadığını görüb yenidən yönləndirəcək',
        'Удалить его из своих входящих: служба регистрации заметит, что он не исполнен, и перенаправит',
        'Delete it from your inbox; the registry will notice it is not being executed and reroute it',
      ),
      t(
        'Sənədi sistem daxilində qeydiyyat xidmətinə və ya aidiyyəti bölməyə yönləndirmək',
        'Перенаправить документ внутри системы в службу регистрации или профильное подразделение',
        'Redirect it within the system to the registry or the competent unit',
      ),
      t(
        'Sənədi çap edib digər bölmənin rəhbərinə şəxsən vermək ki, aidiyyəti şəxsə daha tez çatsın',
        'Распечатать и лично передать руководителю другого подразделения, чтобы документ быстрее дошёл до адресата',
        'Print it and hand it to the head of the other unit so that it reaches the right person faster',
      ),
      t(
        'Sənədi e-poçtla həmin bölmədəki həmkara göndərib onu orada qeydiyyata almasını xahiş etmək',
        'Переслать документ по электронной почте коллеге из того подразделения и попросить зарегистрировать его там',
        'E-mail it to a colleague in that unit and ask him to register it there',
      ),
    ],
    correct: 'b',
    explanation: t(
      'Sənəd sistem daxilində hərəkət etməlidir ki, onun kimdə olduğu və icra müddəti izlənsin. Silmək, çap edib aparmaq və ya e-poçtla ötürmək izlənməni qırır, sənədin iki dəfə qeydiyyata alınmasına və ya itməsinə səbəb ola bilər.',
      'Документ должен перемещаться внутри системы, чтобы было видно, у кого он и каков срок исполнения. Удаление, распечатка или пересылка по почте разрывают контроль и могут привести к повторной регистрации или потере документа.',
      'The document must move inside the system so that its holder and deadline stay visible. Deleting it, carrying a printout or e-mailing it breaks tracking and can lead to double registration or a lost document.',
    ),
  }),
  ordering({
    ref: 'ED1-2-a',
    stem: t(
      'Çıxan xidməti məktubun elektron həyat dövrünün mərhələlərini düzgün ardıcıllıqla düzün.',
      'Расположите этапы жизненного цикла исходящего служебного письма в электронном виде в правильном порядке.',
      "Put the stages of an outgoing official letter's electronic life cycle in the correct order.",
    ),
    options: [
      t(
        'Məktubu qurumlararası elektron sənəd dövriyyəsi sistemi ilə ünvana göndərmək',
        'Отправить письмо адресату через систему межведомственного электронного документооборота',
        'Dispatch the letter to the addressee through the inter-agency electronic document system',
      ),
      t('Layihəni şablon əsasında hazırlamaq', 'Подготовить проект по шаблону', 'Draft the letter from the template'),
      t(
        'Səlahiyyətli vəzifəli şəxsin məktubu gücləndirilmiş elektron imza ilə imzalaması',
        'Подписание письма уполномоченным должностным лицом усиленной электронной подписью',
        'Signature by the authorised official with a qualified electronic signature',
      ),
      t(
        'Aidiyyəti rəhbərlərin layihəni razılaşdırması (viza)',
        'Согласование (визирование) проекта причастными руководителями',
        'Approval (endorsement) of the draft by the heads concerned',
      ),
      t(
        'Məktubu çıxan nömrə və tarix verməklə qeydiyyata almaq',
        'Регистрация письма с присвоением исходящего номера и даты',
        'Registration of the letter with an outgoing number and date',
      ),
    ],
    order: ['b', 'd', 'c', 'e', 'a'],
    explanation: t(
      'Layihə hazırlanır, aidiyyəti rəhbərlər tərəfindən razılaşdırılır, səlahiyyətli şəxs tərəfindən imzalanır, sonra qeydiyyata alınaraq nömrə və tarix alır və yalnız bundan sonra göndərilir. Razılaşdırmadan əvvəl imzalamaq və ya qeydiyyatsız göndərmək nəzarəti pozur.',
      'Проект готовят, согласуют с причастными руководителями, подписывает уполномоченное лицо, затем письмо регистрируют с номером и датой и только после этого отправляют. Подписание до согласования или отправка без регистрации нарушают контроль.',
      'The draft is prepared, endorsed by the heads concerned, signed by the authorised official, then registered with a number and date, and only then dispatched. Signing before endorsement or sending without registration breaks control.',
    ),
  }),
  multi({
    ref: 'ED1-2-b',
    stem: t(
      'Daxil olan elektron sənədi qeydiyyata almazdan əvvəl hansı rekvizitləri yoxlamalısınız? (Bütün düzgün variantları seçin.)',
      'Какие реквизиты нужно проверить у поступившего электронного документа перед его регистрацией? (Выберите все правильные варианты.)',
      'Which details must you check on an incoming electronic document before registering it? (Select all that apply.)',
    ),
    options: [
      t('Göndərən təşkilatın adı', 'Наименование организации-отправителя', 'The name of the sending organisation'),
      t('Sənədin tarixi və qeydiyyat nömrəsi', 'Дата и регистрационный номер документа', "The document's date and reference number"),
      t(
        'Səlahiyyətli şəxsin etibarlı elektron imzası',
        'Действительная электронная подпись уполномоченного лица',
        'A valid electronic signature of an authorised person',
      ),
      t('Mətnin şrifti və ölçüsü', 'Шрифт и кегль текста', 'The font and size of the text'),
      t('Ünvan sahibi (adresat)', 'Адресат', 'The addressee'),
      t('Faylın ölçüsünün 1 MB-dan az olması', 'Размер файла меньше 1 МБ', 'A file size below 1 MB'),
    ],
    correct: ['a', 'b', 'c', 'e'],
    explanation: t(
      'Göndərən, tarix, nömrə, adresat və etibarlı imza sənədin məcburi rekvizitləridir və onun hüquqi qüvvəsini və işlənməsini müəyyən edir. Şrift və faylın ölçüsü sənədin etibarlılığına təsir etmir.',
      'Отправитель, дата, номер, адресат и действительная подпись — обязательные реквизиты, определяющие юридическую силу и порядок обработки документа. Шрифт и размер файла на действительность документа не влияют.',
      'Sender, date, number, addressee and a valid signature are mandatory details that determine the legal force and handling of the document. Font and file size do not affect its validity.',
    ),
  }),
  single({
    ref: 'ED1-2-c',
    stem: t(
      'Elektron sənədə əlavə edilən fayl uzun müddət dəyişməz qalmalı və gələcəkdə də oxuna bilməlidir. Adətən hansı format tələb olunur?',
      'Файл, прикладываемый к электронному документу, должен долго оставаться неизменным и читаемым в будущем. Какой формат обычно требуется?',
      'A file attached to an electronic document must stay unchanged and readable for a long time. Which format is usually required?',
    ),
    options: [
      t('PDF/A', 'PDF/A', 'PDF/A'),
      t('.docx (redaktə edilə bilən mətn)', '.docx (редактируемый текст)', '.docx (editable text)'),
      t('Telefonla çəkilmiş .jpg foto', 'Фотография .jpg, сделанная телефоном', 'A .jpg photo taken with a phone'),
      t('Layihələrin .zip arxivi', 'Архив .zip с черновиками', 'A .zip archive of drafts'),
    ],
    correct: 'a',
    explanation: t(
      'PDF/A uzunmüddətli saxlanma üçün nəzərdə tutulmuş standart formatdır: şriftlər fayla daxil edilir, xarici asılılıqlar qadağandır. Redaktə edilə bilən fayllar dəyişdirilə bilər, foto və arxivlər isə axtarışı və yoxlamanı çətinləşdirir.',
      'PDF/A — стандартный формат для долговременного хранения: шрифты встраиваются в файл, внешние зависимости запрещены. Редактируемые файлы можно изменить, а фотографии и архивы затрудняют поиск и проверку.',
      'PDF/A is the standard format for long-term preservation: fonts are embedded and external dependencies are forbidden. Editable files can be changed, and photos and archives hamper search and checking.',
    ),
  }),
  single({
    ref: 'ED1-3-a',
    stem: t(
      'Mübahisədə gücləndirilmiş elektron imza ilə imzalanmış elektron sənədin kağız çapı təqdim edilib. Ümumi qayda olaraq hansı müddəa düzgündür?',
      'В споре представлена бумажная распечатка электронного документа, подписанного усиленной электронной подписью. Какое утверждение, как правило, верно?',
      'In a dispute, a paper printout of an electronic document signed with a qualified electronic signature is presented. As a general rule, which statement is correct?',
    ),
    options: [
      t(
        'Kağız çap əsl sənəddir, çünki məhkəmələr kağızla işləyir, elektron fayl isə yalnız onun mənbəyidir',
        'Бумажная распечатка — оригинал, так как суды работают с бумагой, а электронный файл — лишь её источник',
        'The printout is the original, because courts work with paper, and the electronic file is only its source',
      ),
      t(
        'Elektron sənədin kağız çapı, hətta təsdiq edilsə belə, heç vaxt hüquqi qüvvəyə malik ola bilməz',
        'Распечатка электронного документа никогда не имеет юридической силы, даже если она заверена',
        'A printout of an electronic document can never have legal force, even if certified',
      ),
      t(
        'Sənədi verən qurumun istənilən əməkdaşının möhür vurduğu çap həmişə əsl sənədə bərabərdir',
        'Распечатка с печатью любого сотрудника выдавшего ведомства всегда равна оригиналу',
        'A printout stamped by any employee of the issuing agency is always equal to the original',
      ),
      t(
        'Əsl sənəd elektron sənəddir; kağız surəti yalnız müəyyən qaydada təsdiq edildikdə qüvvəyə malikdir',
        'Оригинал — электронный документ; бумажная копия имеет силу, только если заверена в установленном порядке',
        'The e-document is the original; a paper copy has force only if certified as established',
      ),
    ],
    correct: 'd',
    explanation: t(
      'Elektron imza kağıza köçürülə bilməz, ona görə imzanın yoxlanılması elektron əsl üzrə aparılır. Kağız surəti müəyyən olunmuş qaydada təsdiq edildikdə hüquqi qüvvəyə malik ola bilər, lakin istənilən möhür bunu təmin etmir.',
      'Электронную подпись нельзя перенести на бумагу, поэтому подпись проверяют по электронному оригиналу. Бумажная копия может иметь юридическую силу при заверении в установленном порядке, но не любая печать это обеспечивает.',
      'An electronic signature cannot be carried onto paper, so it is verified on the electronic original. A paper copy can have legal force when certified in the established manner, but not just any stamp achieves that.',
    ),
  }),
  numeric({
    ref: 'ED1-3-b',
    stem: t(
      'İşin saxlanma müddəti 5 ildir və iş bağlandığı ildən sonrakı ilin 1 yanvarından hesablanır. İş 14 mart 2024-cü ildə bağlanıb. Ekspert baxışından sonra iş ən tezi hansı ildə məhv edilmək üçün təqdim oluna bilər?',
      'Срок хранения дела — 5 лет; он исчисляется с 1 января года, следующего за годом закрытия дела. Дело закрыто 14 марта 2024 года. В каком году, самое раннее, дело может быть представлено к уничтожению после экспертизы?',
      "A case file's retention period is 5 years, counted from 1 January of the year after the year the file was closed. The file was closed on 14 March 2024. In which year, at the earliest, may it be submitted for destruction after expert review?",
    ),
    value: 2030,
    tolerance: 0,
    explanation: t(
      'Hesablama 1 yanvar 2025-ci ildən başlayır; 5 il 31 dekabr 2029-cu ildə bitir. Deməli, iş ən tezi 2030-cu ildə məhv edilmək üçün təqdim oluna bilər. Müddəti bağlanma tarixindən hesablamaq səhvən 2029-cu ili verir.',
      'Отсчёт начинается с 1 января 2025 года; 5 лет истекают 31 декабря 2029 года. Значит, самое раннее дело можно представить к уничтожению в 2030 году. Отсчёт от даты закрытия ошибочно даёт 2029 год.',
      'Counting starts on 1 January 2025; five years end on 31 December 2029. So the earliest year to submit the file for destruction is 2030. Counting from the closing date wrongly gives 2029.',
    ),
  }),
  single({
    ref: 'ED1-3-c',
    stem: t(
      'Bölmə üçün müqavilə layihələrinin elektron marşrutunu tənzimləyirsiniz. Hansı marşrut dizaynı ən düzgündür?',
      'Вы настраиваете электронный маршрут проектов договоров для подразделения. Какая схема маршрута наиболее правильна?',
      'You are configuring the electronic route for draft contracts in your unit. Which route design is best?',
    ),
    options: [
      t(
        'Hər sənədi əvvəlcə qurum rəhbərinə göndərmək, o isə sonra aidiyyəti bölmələrə dərkənar qoyur',
        'Направлять каждый документ сначала руководителю ведомства, который затем расписывает его профильным подразделениям',
        'Route every document first to the head of the agency, who then assigns it to the units concerned',
      ),
      t(
        'Sənəd növünə görə: müqavilə → hüquq vizası → maliyyə vizası → imzalayan; mərhələ müddətləri və avtomatik xatırlatmalar',
        'По виду документа: договор → виза юристов → виза финансистов → подписант; сроки этапов и автоматические напоминания',
        'By document type: contract → legal endorsement → finance endorsement → signatory, with step deadlines and reminders',
      ),
      t(
        'Sabit marşrut müəyyən etməmək: hər icraçı növbəti razılaşdıranı özü seçir, bu da prosesi çevik edir',
        'Не задавать постоянный маршрут: каждый исполнитель сам выбирает следующего согласующего, что делает процесс гибким',
        'Define no fixed route: each officer chooses the next approver, which keeps the process flexible',
      ),
      t(
        'Bütün sənəd növləri üçün bütün bölmələrdən keçən bir marşrutdan istifadə etmək ki, heç nə nəzərdən qaçmasın və hamı xəbərdar olsun',
        'Использовать один маршрут через все подразделения для всех видов документов, чтобы ничего не упустить и все были в курсе',
        'Use one route through every unit for all document types, so that nothing is missed and everyone stays informed',
      ),
    ],
    correct: 'b',
    explanation: t(
      'Sənəd növünə uyğun marşrut lazımi ekspertizanı təmin edir, müddətlər və avtomatik xəbərdarlıqlar isə gecikmələri görünən edir. Vahid uzun marşrut işi ləngidir, sərbəst marşrut isə nəzarəti itirir.',
      'Маршрут по виду документа обеспечивает нужную экспертизу, а сроки и автоматические напоминания делают задержки видимыми. Единый длинный маршрут тормозит работу, а свободная маршрутизация лишает контроля.',
      'A route per document type ensures the right expertise, and deadlines with automatic reminders make delays visible. One long route for all slows work down; free routing loses control.',
    ),
  }),
  single({
    ref: 'ED1-4-a',
    stem: t(
      'İmza sertifikatlarının müddəti zamanla bitəcək imzalanmış elektron sənədlərin uzunmüddətli saxlanması üçün siyasət hansı tədbiri nəzərdə tutmalıdır?',
      'Какую меру должна предусматривать политика долговременного хранения подписанных электронных документов, сертификаты подписей которых со временем истекут?',
      'Which measure must the policy provide for the long-term preservation of signed electronic documents whose signing certificates will expire over time?',
    ),
    options: [
      t(
        'Sənədləri görünən imza ştampı ilə çap edib əsl nüsxə kimi kağız arxivdə saxlamaq',
        'Распечатать документы с видимым штампом подписи и хранить их в бумажном архиве как оригиналы',
        'Print the documents with a visible signature stamp and keep them in the paper archive as originals',
      ),
      t(
        'Bütün sənədləri hər il mövcud rəhbərin imzası ilə yenidən imzalamaq ki, onlara həmişə qüvvədə olan sertifikat bağlı olsun',
        'Ежегодно переподписывать все документы подписью действующего руководителя, чтобы к ним всегда был привязан действующий сертификат',
        "Re-sign all documents yearly with the current head's signature so that a valid certificate is always attached",
      ),
      t(
        'Sənədləri arxiv formatında, yoxlama məlumatları və dövri yenilənən arxiv vaxt damğaları ilə saxlamaq',
        'Хранить документы в архивном формате с данными для проверки и периодически обновляемыми архивными метками времени',
        'Keep them in an archival format with validation data and archival time stamps, renewed periodically',
      ),
      t(
        'Yalnız sənədlərin heş-dəyərlərini qorunan bazada saxlamaq; bu, sonradan bütövlüyü sübut etmək üçün kifayətdir',
        'Хранить только хеш-значения документов в защищённой базе — этого достаточно, чтобы позже доказать целостность',
        "Keep only the documents' hash values in a protected database, which is enough to prove integrity later",
      ),
    ],
    correct: 'c',
    explanation: t(
      'Uzunmüddətli yoxlanıla bilənlik üçün imzanın imzalanma anında etibarlı olduğunu sübut edən məlumatlar və onları qoruyan vaxt damğaları saxlanılmalıdır. Yenidən imzalama müəllifliyi dəyişir, çap elektron imzanı itirir, yalnız heş isə məzmunu saxlamır.',
      'Для долговременной проверяемости нужно хранить данные, доказывающие действительность подписи на момент подписания, и защищающие их метки времени. Переподписание меняет авторство, распечатка теряет электронную подпись, а один хеш не сохраняет содержание.',
      'Long-term verifiability requires keeping the evidence that the signature was valid when made, protected by time stamps. Re-signing changes authorship, printing loses the electronic signature, and a hash alone does not keep the content.',
    ),
  }),
  multi({
    ref: 'ED1-4-b',
    stem: t(
      'Qurumun kağızsız sənəd dövriyyəsi siyasətinə hansı müddəalar daxil edilməlidir? (Bütün düzgün variantları seçin.)',
      'Какие положения должны входить в политику безбумажного документооборота ведомства? (Выберите все правильные варианты.)',
      "Which provisions should the agency's paperless document policy contain? (Select all that apply.)",
    ),
    options: [
      t(
        'İşçi və arxiv nüsxələri üçün təsdiq olunmuş fayl formatları',
        'Утверждённые форматы файлов для рабочих и архивных экземпляров',
        'Approved file formats for working and archival copies',
      ),
      t(
        'Digər qurumlarla qurumlararası elektron sənəd dövriyyəsi sistemi vasitəsilə mübadilə qaydaları',
        'Правила обмена с другими ведомствами через систему межведомственного электронного документооборота',
        'Rules for exchange with other agencies through the inter-agency electronic document system',
      ),
      t(
        'Məhkəmə və ya vətəndaş tələb etdikdə elektron sənədin təsdiq edilmiş kağız surətinin hazırlanması qaydası',
        'Порядок изготовления заверенной бумажной копии электронного документа по требованию суда или гражданина',
        'A procedure for producing a certified paper copy of an electronic document when a court or citizen requires it',
      ),
      t(
        'Daxil olan hər elektron sənədin işə tikilmək üçün çap edilməsi tələbi',
        'Требование распечатывать каждый входящий электронный документ для подшивки в дело',
        'A requirement to print every incoming electronic document for the paper file',
      ),
      t(
        'Uzunmüddətli saxlanma və formatların miqrasiyası planı',
        'План долговременного хранения и миграции форматов',
        'A plan for long-term preservation and format migration',
      ),
    ],
    correct: ['a', 'b', 'c', 'e'],
    explanation: t(
      'Siyasət formatları, qurumlararası mübadiləni, kağız surətlərin təsdiqini və uzunmüddətli saxlanmanı tənzimləyir. Hər sənədin çap edilməsi kağızsız dövriyyənin məqsədinə ziddir.',
      'Политика регулирует форматы, межведомственный обмен, заверение бумажных копий и долговременное хранение. Распечатка каждого документа противоречит цели безбумажного документооборота.',
      'The policy governs formats, inter-agency exchange, certification of paper copies and long-term preservation. Printing every document defeats the purpose of going paperless.',
    ),
  }),
  trueFalse({
    ref: 'ED1-4-c',
    stem: t(
      'Sistem hər sənədi kimin və nə vaxt qeydiyyata aldığını, razılaşdırdığını, imzaladığını və dəyişdirdiyini əks etdirən audit izini saxladıqda elektron sənədlərin məhkəmədə sübut kimi etibarlılığı artır.',
      'Доказательная сила электронных документов в суде повышается, если система хранит журнал аудита: кто и когда зарегистрировал, согласовал, подписал и изменил каждый документ.',
      'The evidential weight of electronic documents in court is strengthened when the system keeps an audit trail of who registered, approved, signed and changed each document, and when.',
    ),
    correct: true,
    explanation: t(
      'Doğrudur. Audit izi sənədin həyat dövrünü və bütövlüyünü sübut edir və elektron imza ilə birlikdə sənədin həqiqiliyini təsdiqləməyə kömək edir.',
      'Верно. Журнал аудита доказывает жизненный цикл и целостность документа и вместе с электронной подписью помогает подтвердить его подлинность.',
      'True. An audit trail proves the life cycle and integrity of the document and, together with the electronic signature, helps establish its authenticity.',
    ),
  }),
];

/* ---------------------------------------------------------------- ED2 Electronic signature and trust services */

const ED2: readonly SeedItem[] = [
  single({
    ref: 'ED2-1-a',
    stem: t(
      'Rəhbəriniz məzuniyyətdədir və telefonla PİN-kodunu deyib təcili məktubu onun mobil imzası ilə imzalamağınızı xahiş edir. Nə etməlisiniz?',
      'Ваш руководитель в отпуске и по телефону, сообщив свой PIN-код, просит подписать срочное письмо его мобильной подписью. Что следует сделать?',
      'Your head is on leave and, giving you her PIN over the phone, asks you to sign an urgent letter with her mobile signature. What should you do?',
    ),
    options: [
      t(
        'İmzalamaq: sertifikat sahibinin şifahi razılığı imzanı onun imzası edir, xüsusən məktub təcili olduqda',
        'Подписать: устное согласие владельца сертификата делает подпись её подписью, тем более если письмо срочное',
        "Sign it: the holder's oral consent makes the signature hers, especially as the letter is urgent",
      ),
      t(
        'İmzalamaq və sonra elektron sənəd sistemində onun göstərişi ilə imzaladığınızı qeyd etmək',
        'Подписать, а затем отметить в системе документооборота, что вы подписали по её указанию',
        'Sign it, then record in the document system that you signed on her instructions',
      ),
      t(
        'İT bölməsindən onun sertifikatını sizin kompüterə köçürməyi xahiş etmək',
        'Попросить ИТ-отдел перенести её сертификат на ваш компьютер',
        'Ask the IT unit to copy her certificate to your computer',
      ),
      t(
        'İmtina etmək: imza vasitəsi və PİN-kod şəxsidir; əvəzinə rəhbəri rəsmi qaydada əvəz edən şəxs imzalayır',
        'Отказаться: средство подписи и PIN-код личные; вместо этого подписывает официально замещающее руководителя лицо',
        'Refuse: the device and PIN are personal; the official formally acting for the head signs instead',
      ),
    ],
    correct: 'd',
    explanation: t(
      'Elektron imza onun sahibinin şəxsi iradəsini ifadə edir. Başqasının imzasından, hətta onun razılığı ilə belə, istifadə sənədin etibarlılığını pozur və məsuliyyət yaradır. Əvəzetmə hallarında sənədi səlahiyyət verilmiş şəxs öz imzası ilə imzalayır.',
      'Электронная подпись выражает личную волю её владельца. Использование чужой подписи, даже с согласия владельца, подрывает действительность документа и влечёт ответственность. При замещении документ подписывает уполномоченное лицо своей подписью.',
      "An electronic signature expresses its holder's personal will. Using someone else's, even with consent, undermines the document's validity and creates liability. When someone is acting for the head, that person signs with their own signature.",
    ),
  }),
  trueFalse({
    ref: 'ED2-1-b',
    stem: t(
      'Gücləndirilmiş elektron imza əl ilə atılmış imza ilə eyni hüquqi qüvvəyə malikdir.',
      'Усиленная электронная подпись имеет такую же юридическую силу, как собственноручная подпись.',
      'A qualified electronic signature has the same legal force as a handwritten signature.',
    ),
    correct: true,
    explanation: t(
      'Doğrudur. Elektron imza qanunvericiliyi gücləndirilmiş elektron imzanı əl imzasına bərabər tutur; ona görə onunla imzalanmış sənəd kağız nüsxə tələb etmir.',
      'Верно. Законодательство об электронной подписи приравнивает усиленную электронную подпись к собственноручной; поэтому подписанный ею документ не требует бумажного экземпляра.',
      'True. Electronic-signature law treats a qualified electronic signature as equivalent to a handwritten one, so a document signed with it needs no paper counterpart.',
    ),
  }),
  single({
    ref: 'ED2-1-c',
    stem: t(
      'Aşağıdakılardan hansı gücləndirilmiş elektron imza yaratmaq vasitəsi ola BİLMƏZ?',
      'Что из перечисленного НЕ может быть средством создания усиленной электронной подписи?',
      'Which of the following can NOT serve as a means of creating a qualified electronic signature?',
    ),
    options: [
      t(
        'Əl imzasının skan edilmiş təsviri',
        'Отсканированное изображение собственноручной подписи',
        'A scanned image of a handwritten signature',
      ),
      t('Çipli şəxsiyyət vəsiqəsi', 'Удостоверение личности с чипом', 'An ID card with a chip'),
      t('USB token', 'USB-токен', 'A USB token'),
      t(
        'Mobil telefonun SİM-kartında yerləşən mobil imza',
        'Мобильная подпись на SIM-карте телефона',
        "A mobile signature held on the phone's SIM card",
      ),
    ],
    correct: 'a',
    explanation: t(
      'Gücləndirilmiş elektron imza kriptoqrafik açar və sertifikat əsasında yaradılır; açar çipdə, tokendə və ya SİM-kartda qorunur. Skan edilmiş imza sadəcə şəkildir və hər kəs tərəfindən kopyalana bilər.',
      'Усиленная электронная подпись создаётся на основе криптографического ключа и сертификата; ключ защищён в чипе, токене или на SIM-карте. Отсканированная подпись — просто картинка, которую может скопировать кто угодно.',
      'A qualified electronic signature is created with a cryptographic key and certificate protected in a chip, token or SIM card. A scanned signature is just a picture that anyone can copy.',
    ),
  }),
  matching({
    ref: 'ED2-2-a',
    stem: t(
      'Hər etimad xidmətini onun təyinatı ilə uyğunlaşdırın.',
      'Сопоставьте каждую услугу доверия с её назначением.',
      'Match each trust service with its purpose.',
    ),
    premises: [
      t('Vaxt damğası', 'Метка времени', 'Time stamp'),
      t(
        'Sertifikat statusunun onlayn yoxlanılması (OCSP) və ya ləğv edilmiş sertifikatlar siyahısı',
        'Онлайн-проверка статуса сертификата (OCSP) или список отозванных сертификатов',
        'Online certificate status check (OCSP) or certificate revocation list',
      ),
      t('Elektron möhür', 'Электронная печать', 'Electronic seal'),
      t('Qeydiyyatlı elektron çatdırılma', 'Заказная электронная доставка', 'Registered electronic delivery'),
    ],
    responses: [
      t(
        'Sənədin hüquqi şəxsdən (təşkilatdan) gəldiyini və dəyişdirilmədiyini təsdiq edir',
        'Подтверждает, что документ исходит от юридического лица (организации) и не изменён',
        'Confirms that a document comes from a legal person (organisation) and has not been altered',
      ),
      t(
        'Məlumatların müəyyən anda mövcud olduğunu sübut edir',
        'Доказывает, что данные существовали в определённый момент',
        'Proves that data existed at a given moment',
      ),
      t(
        'Sertifikatın müddəti bitməzdən əvvəl ləğv edilib-edilmədiyini göstərir',
        'Показывает, не отозван ли сертификат до истечения срока действия',
        'Shows whether a certificate was revoked before it expired',
      ),
      t(
        'Məlumatların göndərilməsini və alınmasını sübut edir',
        'Доказывает отправку и получение данных',
        'Proves that data was sent and received',
      ),
      t('Kompüterin sərt diskini şifrələyir', 'Шифрует жёсткий диск компьютера', "Encrypts the computer's hard disk"),
    ],
    pairs: [
      ['p1', 'r2'],
      ['p2', 'r3'],
      ['p3', 'r1'],
      ['p4', 'r4'],
    ],
    explanation: t(
      'Vaxt damğası zaman anını, status xidməti sertifikatın ləğv vəziyyətini, elektron möhür təşkilatın mənşəyini və bütövlüyü, qeydiyyatlı çatdırılma isə göndərilmə və alınma faktını sübut edir. Diskin şifrələnməsi etimad xidməti deyil.',
      'Метка времени доказывает момент времени, служба статуса — отзыв сертификата, электронная печать — происхождение от организации и целостность, заказная доставка — факт отправки и получения. Шифрование диска услугой доверия не является.',
      'A time stamp proves a moment in time, a status service shows revocation, an electronic seal proves organisational origin and integrity, and registered delivery proves sending and receipt. Disk encryption is not a trust service.',
    ),
  }),
  single({
    ref: 'ED2-2-b',
    stem: t(
      'Daxil olan sənədin yoxlanılması göstərir: imza riyazi cəhətdən düzgündür, lakin sertifikat imzalanma vaxtından iki gün əvvəl ləğv edilib. Nəticə nədir?',
      'Проверка поступившего документа показывает: подпись математически верна, но сертификат отозван за два дня до момента подписания. Каков вывод?',
      'Verification of an incoming document shows that the signature is mathematically intact, but the certificate was revoked two days before the signing time. What is the conclusion?',
    ),
    options: [
      t(
        'Etibarlıdır: imza riyazi cəhətdən təsdiqlənir və sənəd dəyişməyib, ona görə ləğv statusu əhəmiyyət daşımır',
        'Действительна: подпись математически верна и документ не изменён, поэтому статус отзыва не важен',
        'Valid: the signature verifies mathematically and the document is unchanged, so revocation does not matter',
      ),
      t(
        'Etibarsızdır: sertifikat imzalanmadan əvvəl ləğv edilib; sənədi etibarlı imza ilə tələb etmək lazımdır',
        'Недействительна: сертификат отозван до подписания; нужно запросить документ с действительной подписью',
        'Invalid: the certificate was revoked before signing; ask for the document with a valid signature',
      ),
      t(
        'Sertifikatda göstərilən bitmə tarixinə qədər etibarlıdır, ləğv statusundan asılı olmayaraq',
        'Действительна до указанной в сертификате даты окончания срока, независимо от статуса отзыва',
        'Valid until the expiry date printed in the certificate, whatever its revocation status',
      ),
      t(
        'Göndərən sənədi özünün imzaladığını telefonla təsdiq edərsə, etibarlıdır',
        'Действительна, если отправитель подтвердит по телефону, что подписал документ сам',
        'Valid if the sender confirms by phone that he signed the document himself',
      ),
    ],
    correct: 'b',
    explanation: t(
      'Bütövlük yoxlaması kifayət deyil: imzalanma anında sertifikat qüvvədə olmalı və ləğv edilməməlidir. Telefonla təsdiq etibarsız imzanı etibarlı etmir.',
      'Проверки целостности недостаточно: на момент подписания сертификат должен быть действующим и не отозванным. Подтверждение по телефону не делает недействительную подпись действительной.',
      'An integrity check is not enough: at signing time the certificate must be valid and not revoked. A phone confirmation does not make an invalid signature valid.',
    ),
  }),
  multi({
    ref: 'ED2-2-c',
    stem: t(
      'Elektron imzanın yoxlanılmasına hansı yoxlamalar daxildir? (Bütün düzgün variantları seçin.)',
      'Какие проверки входят в проверку электронной подписи? (Выберите все правильные варианты.)',
      'Which checks are part of verifying an electronic signature? (Select all that apply.)',
    ),
    options: [
      t(
        'Səhifənin aşağısında imzanın şəklinin görünməsi',
        'Наличие изображения подписи внизу страницы',
        'An image of the signature appearing at the bottom of the page',
      ),
      t(
        'Sənədin imzalandıqdan sonra dəyişdirilməməsi (bütövlük)',
        'Документ не изменялся после подписания (целостность)',
        'The document has not been changed since signing (integrity)',
      ),
      t(
        'Sertifikatın akkreditə olunmuş sertifikatlaşdırma mərkəzi tərəfindən verilməsi',
        'Сертификат выдан аккредитованным удостоверяющим центром',
        'The certificate was issued by an accredited certification authority',
      ),
      t(
        'İmzalanma anında sertifikatın müddətinin bitməməsi',
        'На момент подписания срок действия сертификата не истёк',
        'The certificate had not expired at the time of signing',
      ),
      t(
        'İmzalanma anında sertifikatın ləğv edilməməsi',
        'На момент подписания сертификат не был отозван',
        'The certificate had not been revoked at the time of signing',
      ),
    ],
    correct: ['b', 'c', 'd', 'e'],
    explanation: t(
      'İmzanın yoxlanılması bütövlüyü, sertifikatın etibarlı mərkəz tərəfindən verilməsini, imzalanma anında onun müddətini və ləğv statusunu əhatə edir. İmzanın vizual təsviri saxtalaşdırıla bilər və heç nəyi sübut etmir.',
      'Проверка подписи охватывает целостность, выдачу сертификата доверенным центром, срок действия и статус отзыва на момент подписания. Визуальное изображение подписи легко подделать, и оно ничего не доказывает.',
      "Verification covers integrity, issuance by a trusted authority, and the certificate's validity and revocation status at signing time. A visual signature image can be faked and proves nothing.",
    ),
  }),
  single({
    ref: 'ED2-3-a',
    stem: t(
      'Qurum adından imzalayan əməkdaş bu gün vəzifədən azad edilir. Onun təşkilat atributları olan imza sertifikatı ilə bağlı nə edilməlidir?',
      'Сотрудник, подписывающий документы от имени ведомства, сегодня увольняется. Что нужно сделать с его сертификатом подписи с атрибутами организации?',
      "An employee who signs on behalf of the agency leaves the post today. What must be done about his signing certificate carrying the organisation's attributes?",
    ),
    options: [
      t(
        'Heç nə: ofisə girişi ləğv edildikdən sonra sertifikatdan artıq istifadə etmək mümkün deyil',
        'Ничего: после того как у него отозван доступ в здание, сертификатом уже нельзя воспользоваться',
        'Nothing: once his building access is withdrawn, the certificate can no longer be used',
      ),
      t(
        'Tokeni və PİN-kodu varisinə vermək ki, imzalama fasiləsiz davam etsin',
        'Передать токен и PIN-код преемнику, чтобы подписание продолжалось без перерыва',
        'Hand the token and PIN to his successor so that signing continues without a break',
      ),
      t(
        'Sertifikatın dərhal ləğv edilməsi (və ya dayandırılması) üçün sertifikatlaşdırma mərkəzinə müraciət etmək və onun elektron sənəd dövriyyəsi sistemindəki giriş hüquqlarını ləğv etmək',
        'Немедленно обратиться в удостоверяющий центр за отзывом (или приостановкой) сертификата и отозвать его права доступа в системе электронного документооборота',
        'Ask the certification authority at once to revoke (or suspend) the certificate, and withdraw his access rights in the document management system',
      ),
      t(
        'Tokenin PİN-kodunu dəyişib sertifikatın müddəti bitənə qədər tokeni seyfdə saxlamaq',
        'Сменить PIN-код токена и хранить токен в сейфе до истечения срока сертификата',
        "Change the token's PIN and keep the token in the safe until the certificate expires",
      ),
    ],
    correct: 'c',
    explanation: t(
      'Vəzifədən azad edilmiş şəxsin sertifikatı qurum adından etibarlı imza yaratmağa imkan verir, ona görə dərhal ləğv edilməlidir. Tokenin başqasına verilməsi imzanın şəxsi xarakterini pozur, PİN-kodun dəyişdirilməsi isə sertifikatı etibarsız etmir.',
      'Сертификат уволенного позволяет создавать действительную подпись от имени ведомства, поэтому его нужно немедленно отозвать. Передача токена другому нарушает личный характер подписи, а смена PIN-кода не делает сертификат недействительным.',
      "A leaver's certificate can still create valid signatures on the agency's behalf, so it must be revoked at once. Handing the token on breaks the personal nature of the signature, and changing the PIN does not invalidate the certificate.",
    ),
  }),
  trueFalse({
    ref: 'ED2-3-b',
    stem: t(
      'Əməkdaşın şəxsi sertifikatı ilə imzalanmış sənəd qurumu yalnız o halda öhdəlik altına qoyur ki, əməkdaşın həmin sənədi qurum adından imzalamaq səlahiyyəti (vəzifəsinə görə və ya etibarnamə əsasında) olsun.',
      'Документ, подписанный личным сертификатом сотрудника, обязывает ведомство, только если у сотрудника есть полномочие подписывать такой документ от имени ведомства (по должности или по доверенности).',
      "A document signed with an employee's personal certificate binds the agency only if the employee has authority (by position or under a power of attorney) to sign that document on its behalf.",
    ),
    correct: true,
    explanation: t(
      'Doğrudur. İmza şəxsin kimliyini təsdiq edir, lakin təmsilçilik səlahiyyəti ayrıca əsas — vəzifə və ya etibarnamə — tələb edir. Səlahiyyət olmadan imzalanmış sənəd qurum üçün hüquqi nəticə yaratmaya bilər.',
      'Верно. Подпись подтверждает личность, но полномочие представлять ведомство требует отдельного основания — должности или доверенности. Документ, подписанный без полномочий, может не создавать для ведомства правовых последствий.',
      'True. The signature proves identity, but the power to represent the agency needs a separate basis: the position or a power of attorney. A document signed without authority may have no legal effect for the agency.',
    ),
  }),
  multi({
    ref: 'ED2-3-c',
    stem: t(
      'Xarici şirkət öz ölkəsinin kvalifikasiyalı elektron imzası ilə imzalanmış müqavilə göndərib. Hansı addımlar düzgündür? (Bütün düzgün variantları seçin.)',
      'Иностранная компания прислала договор, подписанный квалифицированной электронной подписью своей страны. Какие действия правильны? (Выберите все правильные варианты.)',
      'A foreign company has sent a contract signed with a qualified electronic signature from its own country. Which steps are appropriate? (Select all that apply.)',
    ),
    options: [
      t(
        'Bütün xarici imzaları avtomatik olaraq rədd etmək',
        'Автоматически отклонять все иностранные подписи',
        'Reject all foreign signatures automatically',
      ),
      t(
        'Xarici sertifikatın qanunvericiliyə və ya beynəlxalq sazişə əsasən tanınıb-tanınmadığını yoxlamaq',
        'Проверить, признаётся ли иностранный сертификат по закону или международному соглашению',
        'Check whether the foreign certificate is recognised under the law or an international agreement',
      ),
      t(
        'PDF-də imza sahəsi göründüyü üçün imzanı qəbul etmək',
        'Принять подпись, раз в PDF видно поле подписи',
        'Accept the signature because a signature field is visible in the PDF',
      ),
      t(
        'İmzanı müvafiq etibarlı siyahını (trust list) qəbul edən yoxlama xidməti ilə yoxlamaq',
        'Проверить подпись с помощью сервиса проверки, принимающего соответствующий доверенный список (trust list)',
        'Validate the signature with a validation service that accepts the relevant trust list',
      ),
      t(
        'Sertifikat tanınmırsa, ölkədə tanınan imza və ya qanunla nəzərdə tutulmuş digər forma tələb etmək',
        'Если сертификат не признаётся, запросить подпись, признаваемую в стране, или иную предусмотренную законом форму',
        'If the certificate is not recognised, ask for a signature recognised in the country or another form provided by law',
      ),
    ],
    correct: ['b', 'd', 'e'],
    explanation: t(
      'Xarici sertifikatlar qanunla və ya beynəlxalq müqavilə ilə tanındıqda qəbul edilir; bunun üçün etibarlı siyahılardan və yoxlama xidmətlərindən istifadə olunur. Avtomatik rədd əsassızdır, imza sahəsinin görünməsi isə heç nəyi sübut etmir.',
      'Иностранные сертификаты принимаются, если они признаны законом или международным договором; для этого используются доверенные списки и сервисы проверки. Автоматический отказ необоснован, а видимое поле подписи ничего не доказывает.',
      'Foreign certificates are accepted when recognised by law or treaty, using trust lists and validation services. Automatic rejection is unfounded, and a visible signature field proves nothing.',
    ),
  }),
  single({
    ref: 'ED2-4-a',
    stem: t(
      'İnformasiya sistemi reyestrdən insan iştirakı olmadan minlərlə arayışı avtomatik verir. Bu proses üçün hansı etimad xidməti ən uyğundur?',
      'Информационная система автоматически, без участия человека, выдаёт из реестра тысячи справок. Какая услуга доверия лучше всего подходит для этого процесса?',
      'An information system automatically issues thousands of certificates (statements) from a register with no human involved. Which trust service best fits this process?',
    ),
    options: [
      t(
        'Hər arayışın qurum rəhbərinin şəxsi gücləndirilmiş imzası ilə imzalanması',
        'Подписание каждой справки личной усиленной подписью руководителя ведомства',
        "Signing each statement with the agency head's personal qualified signature",
      ),
      t(
        'Qurumun kvalifikasiyalı elektron möhürü və vaxt damğası',
        'Квалифицированная электронная печать ведомства и метка времени',
        "The agency's qualified electronic seal plus a time stamp",
      ),
      t(
        'Rəhbərin imzasının skan edilmiş təsviri',
        'Отсканированное изображение подписи руководителя',
        "A scanned image of the head's signature",
      ),
      t(
        'Arayışda sistemə giriş parolunun göstərilməsi',
        'Указание в справке пароля для входа в систему',
        'Printing the system log-in password on the statement',
      ),
    ],
    correct: 'b',
    explanation: t(
      'Elektron möhür hüquqi şəxsə məxsusdur və avtomatlaşdırılmış proseslər üçün nəzərdə tutulub: sənədin qurumdan gəldiyini və dəyişdirilmədiyini təsdiq edir. Rəhbərin şəxsi imzasının avtomatik istifadəsi onun şəxsi iradəsi olmadan imza yaradır.',
      'Электронная печать принадлежит юридическому лицу и предназначена для автоматизированных процессов: подтверждает, что документ исходит от ведомства и не изменён. Автоматическое использование личной подписи руководителя создаёт подпись без его личной воли.',
      "An electronic seal belongs to a legal person and is meant for automated processes: it confirms the document comes from the agency unaltered. Using the head's personal signature automatically creates signatures without her personal will.",
    ),
  }),
  single({
    ref: 'ED2-4-b',
    stem: t(
      'Prosesdə vətəndaşın qərarı aldığı an hüquqi əhəmiyyət daşıyır (məsələn, şikayət müddəti bu andan başlayır). Hansı həll ən uyğundur?',
      'В процессе важен момент получения гражданином решения (например, с него начинается срок обжалования). Какое решение подходит лучше всего?',
      'In a process, the moment a citizen receives a decision is legally significant (e.g. the appeal period starts then). Which solution fits best?',
    ),
    options: [
      t(
        'Oxunma bildirişi tələb edilən adi e-poçt; göndərilmiş məktub sübut kimi saxlanılır',
        'Обычная электронная почта с запросом уведомления о прочтении; отправленное письмо хранится как доказательство',
        'Ordinary e-mail with a read-receipt request, keeping the sent message as proof',
      ),
      t(
        'Əhali reyestrindəki telefon nömrəsinə SMS; çatdırılma hesabatı alınmanı sübut edir',
        'SMS на номер телефона из реестра населения; отчёт о доставке доказывает получение',
        'An SMS to the phone number in the population register, whose delivery report proves receipt',
      ),
      t(
        'Qərarı qurumun saytında dərc etmək; bundan sonra o, hamı tərəfindən alınmış sayılır',
        'Опубликовать решение на сайте ведомства, после чего оно считается полученным всеми',
        "Publish the decision on the agency's website, after which everyone is deemed to have received it",
      ),
      t(
        'Göndərilmə və alınma sübutu verən qeydiyyatlı elektron çatdırılma',
        'Заказная электронная доставка с доказательством отправки и получения',
        'Registered electronic delivery with proof of sending and receipt',
      ),
    ],
    correct: 'd',
    explanation: t(
      'Qeydiyyatlı elektron çatdırılma göndərilmə və alınma faktını və vaxtını sübut edir, bu isə müddətlərin hesablanması üçün vacibdir. Adi e-poçt, SMS və saytda dərc alınmanı sübut etmir.',
      'Заказная электронная доставка доказывает факт и время отправки и получения, что важно для исчисления сроков. Обычная почта, SMS и публикация на сайте получения не доказывают.',
      'Registered electronic delivery proves the fact and time of sending and receipt, which matters for computing deadlines. Ordinary e-mail, SMS and website publication do not prove receipt.',
    ),
  }),
  single({
    ref: 'ED2-4-c',
    stem: t(
      'Risklərə əsaslanan yanaşmaya görə hansı prosesdə gücləndirilmiş imza əvəzinə sadə elektron imzadan (giriş adı və parol ilə təsdiq) istifadə ən əsaslıdır?',
      'В каком процессе при риск-ориентированном подходе наиболее обосновано использовать простую электронную подпись (подтверждение логином и паролем) вместо усиленной?',
      'Under a risk-based approach, in which process is a simple electronic signature (confirmation by user name and password) most justified instead of a qualified one?',
    ),
    options: [
      t(
        'Hüquqi nəticə yaratmayan məmnunluq sorğusunun təqdim edilməsi',
        'Отправка опроса удовлетворённости, не влекущего правовых последствий',
        'Submitting a satisfaction survey that has no legal consequences',
      ),
      t(
        'Məbləği satınalma həddindən aşağı olan müqavilənin qurum adından imzalanması',
        'Подписание от имени ведомства договора на сумму ниже порога закупок',
        "Signing a contract on the agency's behalf whose value is below the procurement threshold",
      ),
      t('İnzibati aktın (qərarın) verilməsi', 'Издание административного акта (решения)', 'Issuing an administrative act (decision)'),
      t(
        'Satınalma təkliflərinin qiymətləndirilməsi protokolunun imzalanması',
        'Подписание протокола оценки закупочных предложений',
        'Signing the protocol evaluating procurement bids',
      ),
    ],
    correct: 'a',
    explanation: t(
      'Etimad xidmətinin səviyyəsi prosesin hüquqi nəticələrinə və risklərinə uyğun olmalıdır. Hüquqi nəticə yaratmayan sorğu üçün sadə imza kifayətdir; müqavilələr, inzibati aktlar və protokollar isə gücləndirilmiş imza tələb edir.',
      'Уровень услуги доверия должен соответствовать правовым последствиям и рискам процесса. Для опроса без правовых последствий достаточно простой подписи, а договоры, административные акты и протоколы требуют усиленной.',
      'The level of trust service should match the legal effect and risk of the process. A simple signature suffices for a survey with no legal effect; contracts, administrative acts and protocols need a qualified signature.',
    ),
  }),
];

/* ---------------------------------------------------------------- ED3 State registers, classifiers and information resources */

const ED3: readonly SeedItem[] = [
  single({
    ref: 'ED3-1-a',
    stem: t(
      'Şirkətin mövcud olub-olmadığını və onun rəhbərinin kim olduğunu müəyyən etmək üçün hansı reyestr mötəbər mənbədir?',
      'Какой реестр является авторитетным источником сведений о том, существует ли компания и кто её руководитель?',
      'Which register is the authoritative source on whether a company exists and who its director is?',
    ),
    options: [
      t('Əhalinin reyestri', 'Реестр населения', 'The population register'),
      t('Hüquqi şəxslərin dövlət reyestri', 'Государственный реестр юридических лиц', 'The state register of legal entities'),
      t('Daşınmaz əmlakın dövlət reyestri', 'Государственный реестр недвижимости', 'The state real-estate register'),
      t(
        'Şirkətin öz internet saytı və son illik hesabatı',
        'Собственный сайт компании и её последний годовой отчёт',
        "The company's own website and its latest annual report",
      ),
    ],
    correct: 'b',
    explanation: t(
      'Hüquqi şəxslərin dövlət reyestri şirkətin qeydiyyatı, statusu və rəhbəri barədə rəsmi məlumatları saxlayır. Şirkətin saytı köhnəlmiş və ya yanlış ola bilər.',
      'Государственный реестр юридических лиц содержит официальные сведения о регистрации, статусе и руководителе компании. Сайт компании может быть устаревшим или неточным.',
      "The state register of legal entities holds the official data on a company's registration, status and director. The company's website may be outdated or wrong.",
    ),
  }),
  shortText({
    ref: 'ED3-1-b',
    stem: t(
      'Vətəndaşın eyni məlumatı dövlətə yalnız bir dəfə təqdim etməsi, qurumların isə onu təkrar istifadə etməsi prinsipi necə adlanır?',
      'Как называется принцип, по которому гражданин предоставляет государству одни и те же сведения только один раз, а ведомства используют их повторно?',
      'What is the principle called under which a citizen gives the state the same data only once and agencies reuse it?',
    ),
    accepted: [
      'bir dəfə təqdimetmə',
      'bir dəfə təqdim etmə',
      'bir dəfə təqdimetmə prinsipi',
      'bir dəfəlik təqdimetmə',
      'однократное предоставление',
      'принцип однократного предоставления',
      'однократность',
      'принцип однократности',
      'once-only',
      'once only',
      'once-only principle',
      'once only principle',
    ],
    explanation: t(
      '"Bir dəfə təqdimetmə" prinsipinə görə dövlətdə artıq olan məlumat vətəndaşdan yenidən tələb edilmir; qurumlar onu reyestrlərdən və digər qurumlardan elektron qaydada alır.',
      'По принципу однократного предоставления сведения, уже имеющиеся у государства, у гражданина повторно не запрашиваются; ведомства получают их электронно из реестров и друг от друга.',
      'Under the once-only principle, data the state already holds is not requested from the citizen again; agencies obtain it electronically from registers and from each other.',
    ),
  }),
  trueFalse({
    ref: 'ED3-1-c',
    stem: t(
      'Vətəndaşın qeydiyyat ünvanını yoxlamaq üçün dövlət qulluqçusu kağız arayış tələb etmək əvəzinə öz giriş hüquqları çərçivəsində ünvan və ya əhali reyestrinin rəsmi interfeysindən istifadə edə bilər.',
      'Чтобы проверить адрес регистрации гражданина, служащий может в рамках своих прав доступа воспользоваться официальным интерфейсом реестра адресов или населения вместо того, чтобы требовать бумажную справку.',
      "To check a citizen's registered address, a civil servant may use the official interface of the address or population register within their access rights instead of asking for a paper certificate.",
    ),
    correct: true,
    explanation: t(
      'Doğrudur. Reyestr mötəbər mənbədir; ondan giriş hüququ çərçivəsində istifadə vətəndaşı arayış toplamaqdan azad edir və məlumatın aktual olmasını təmin edir.',
      'Верно. Реестр — авторитетный источник; обращение к нему в пределах прав доступа избавляет гражданина от сбора справок и гарантирует актуальность сведений.',
      "True. The register is the authoritative source; using it within one's access rights spares the citizen from collecting certificates and ensures the data is current.",
    ),
  }),
  single({
    ref: 'ED3-2-a',
    stem: t(
      'Əhali reyestrində ərizəçinin doğum tarixi səhv göstərilib, şəxsiyyət vəsiqəsində isə düzgündür. Nə etməlisiniz?',
      'В реестре населения дата рождения заявителя указана неверно, а в удостоверении личности — правильно. Что следует сделать?',
      "The population register shows a wrong date of birth for an applicant, while the applicant's ID card shows the correct one. What should you do?",
    ),
    options: [
      t(
        'Qərarınız düzgün olsun deyə tarixi öz qurumunuzun bazasında düzəltmək, reyestri isə olduğu kimi saxlamaq',
        'Исправить дату в базе своего ведомства, чтобы ваше решение было верным, а реестр оставить как есть',
        "Correct the date in your agency's own database so that your decision is right, and leave the register as it is",
      ),
      t(
        'Vətəndaşa səhvi özünün düzəltdirməsini deyib müraciətə baxmamaq',
        'Сказать гражданину, чтобы он сам добился исправления, и не рассматривать обращение',
        'Tell the citizen to get the error fixed himself and not process the application',
      ),
      t(
        'Səhvə əhəmiyyət verməmək, çünki reyestr həmişə düzgündür',
        'Не обращать внимания на ошибку, ведь реестр всегда прав',
        'Ignore the discrepancy, since the register is always right',
      ),
      t(
        'Səhv barədə sübutla reyestri aparan quruma məlumat vermək və müraciətə vəsiqədəki məlumat əsasında baxmaq',
        'Сообщить об ошибке с подтверждением держателю реестра и рассмотреть обращение по данным удостоверения',
        'Report the error with evidence to the register keeper and process the application on the ID-card data',
      ),
    ],
    correct: 'd',
    explanation: t(
      'Mənbə reyestrdəki səhv onu aparan qurum tərəfindən düzəldilməlidir, əks halda səhv bütün istifadəçi qurumlara yayılır. Yalnız öz bazanızda düzəliş etmək məlumatların uyğunsuzluğunu yaradır.',
      'Ошибку в реестре-первоисточнике должен исправить его держатель, иначе она распространится на все ведомства-пользователи. Исправление только в своей базе порождает расхождение данных.',
      'An error in the source register must be fixed by its keeper, otherwise it spreads to every agency using it. Correcting only your own database creates inconsistent data.',
    ),
  }),
  multi({
    ref: 'ED3-2-b',
    stem: t(
      'Qurumun reyestrinə qeyd daxil edərkən hansı təcrübələr düzgündür? (Bütün düzgün variantları seçin.)',
      'Какие практики правильны при внесении записи в реестр ведомства? (Выберите все правильные варианты.)',
      "Which practices are correct when entering a record into the agency's register? (Select all that apply.)",
    ),
    options: [
      t(
        'Dəyərləri sərbəst mətnlə yazmaq əvəzinə rəsmi təsnifatçıdan seçmək',
        'Выбирать значения из официального классификатора, а не вписывать их свободным текстом',
        'Choose values from the official classifier instead of typing free text',
      ),
      t(
        'Təsnifatçının qüvvədə olan versiyasından istifadə etmək',
        'Использовать действующую версию классификатора',
        'Use the current version of the classifier',
      ),
      t('Uyğun kod tapılmadıqda yeni kod uydurmaq', 'Придумывать новый код, если подходящий не найден', 'Invent a new code if none fits'),
      t(
        'Şəxsin identifikasiya məlumatlarını yenidən yazmaq əvəzinə FİN üzrə mənbə reyestrdən götürmək',
        'Брать идентификационные данные лица из реестра-первоисточника по ФИН, а не перепечатывать их',
        "Pull the person's identification data from the source register by personal identification code instead of retyping it",
      ),
      t(
        'Vaxta qənaət üçün məcburi sahələri boş buraxmaq',
        'Оставлять обязательные поля пустыми для экономии времени',
        'Leave mandatory fields blank to save time',
      ),
    ],
    correct: ['a', 'b', 'd'],
    explanation: t(
      'Təsnifatçıdan seçim və mənbə reyestrdən məlumat götürülməsi səhvləri azaldır və məlumatların uyğunluğunu təmin edir. Uydurulmuş kodlar və boş məcburi sahələr reyestrin keyfiyyətini pozur.',
      'Выбор из классификатора и получение данных из первоисточника снижают число ошибок и обеспечивают согласованность данных. Выдуманные коды и пустые обязательные поля ухудшают качество реестра.',
      'Picking from the classifier and pulling data from the source register cut errors and keep data consistent. Invented codes and empty mandatory fields degrade the register.',
    ),
  }),
  single({
    ref: 'ED3-2-c',
    stem: t(
      'Əməkdaş sahibkarın fəaliyyət növünü təsnifatçı kodu əvəzinə sərbəst mətnlə "çörək dükanı" kimi yazıb. Bu hansı problemə səbəb olur?',
      'Сотрудник записал вид деятельности предпринимателя свободным текстом «хлебная лавка» вместо кода классификатора. К какой проблеме это приводит?',
      'An officer recorded an entrepreneur\'s activity as free text, "bread shop", instead of a classifier code. What problem does this cause?',
    ),
    options: [
      t(
        'Heç bir problem: sərbəst mətn oxucu üçün rəqəmli koddan daha aydındır',
        'Никакой: свободный текст понятнее читателю, чем цифровой код',
        'None: free text is clearer for readers than a numeric code',
      ),
      t(
        'Qeyd reyestrin verilənlər bazası sahəsi üçün həddən artıq böyük olur',
        'Запись становится слишком большой для поля базы данных реестра',
        "The record becomes too large for the register's database field",
      ),
      t(
        'Qeydləri etibarlı şəkildə ümumiləşdirmək, müqayisə etmək və digər sistemlərlə mübadilə etmək mümkün olmur',
        'Записи невозможно надёжно агрегировать, сравнивать и передавать в другие системы',
        'Records can no longer be reliably aggregated, compared or exchanged with other systems',
      ),
      t(
        'Bu, fərdi məlumat qaydalarını pozur, çünki fəaliyyət növü sahibkarı müəyyən edir',
        'Это нарушает правила о персональных данных, так как вид деятельности идентифицирует предпринимателя',
        'It breaches personal-data rules, because the activity identifies the entrepreneur',
      ),
    ],
    correct: 'c',
    explanation: t(
      'Təsnifatçı kodları eyni anlayışın hər yerdə eyni cür yazılmasını təmin edir. Sərbəst mətn ("çörək dükanı", "çörəkxana", "çörək satışı") statistikanı, axtarışı və qurumlararası mübadiləni pozur.',
      'Коды классификатора обеспечивают единообразную запись одного и того же понятия. Свободный текст («хлебная лавка», «пекарня», «продажа хлеба») ломает статистику, поиск и межведомственный обмен.',
      'Classifier codes make the same concept recorded the same way everywhere. Free text ("bread shop", "bakery", "bread sales") breaks statistics, search and inter-agency exchange.',
    ),
  }),
  single({
    ref: 'ED3-3-a',
    stem: t(
      'Məlumat keyfiyyəti yoxlaması göstərir ki, şəxs qeydlərinin 1,2 %-ində eyni fərdi identifikasiya nömrəsi (FİN) iki dəfə təkrarlanır. Bu hansı problemdir və düzgün addım hansıdır?',
      'Проверка качества данных показывает, что в 1,2 % записей о лицах один и тот же ФИН встречается дважды. Что это за проблема и каков правильный шаг?',
      'A data-quality check shows that in 1.2% of person records the same personal identification code appears twice. What is the problem and the right step?',
    ),
    options: [
      t(
        'Dublikatlar: əhali reyestri ilə yoxladıqdan sonra birləşdirmək və daxiletmədə unikallıq yoxlaması qurmaq',
        'Дубликаты: объединить после сверки с реестром населения и ввести проверку уникальности при вводе',
        'Duplicates: merge after checking the population register and add a uniqueness check at data entry',
      ),
      t(
        'Natamamlıq: ikinci qeydin boş sahələrini birinci qeydin məlumatları ilə doldurmaq',
        'Неполнота: заполнить пустые поля второй записи данными из первой',
        'Incompleteness: fill in the empty fields of the second record from the first one',
      ),
      t(
        'Köhnəlmiş təsnifatçı dəyərləri: hər iki qeydi təsnifatçının qüvvədə olan versiyasına uyğun yenidən kodlaşdırmaq',
        'Устаревшие значения классификатора: перекодировать обе записи по действующей версии классификатора',
        'Outdated classifier values: recode both records to the current version of the classifier',
      ),
      t(
        'Problem yoxdur: şəxsin bir neçə qeydi ola bilər, məsələn, hər müraciət üçün bir qeyd, ona görə tədbir lazım deyil',
        'Проблемы нет: у лица может быть несколько записей, например по одной на каждое обращение, поэтому мер не требуется',
        'No problem: a person may have several records, e.g. one per application, so no action is needed',
      ),
    ],
    correct: 'a',
    explanation: t(
      'Eyni identifikatorla iki qeyd dublikatdır. Onları yalnız mənbə reyestrlə tutuşdurduqdan sonra birləşdirmək və səbəbi — daxiletmə nəzarətinin olmamasını — aradan qaldırmaq lazımdır.',
      'Две записи с одним идентификатором — дубликаты. Объединять их нужно только после сверки с первоисточником и устранив причину — отсутствие контроля при вводе.',
      'Two records with the same identifier are duplicates. Merge them only after checking the source register, and remove the cause: the missing entry control.',
    ),
  }),
  multi({
    ref: 'ED3-3-b',
    stem: t(
      'Reyestrin dövlət informasiya ehtiyatları kataloqundakı təsvirinə hansı məlumatlar daxil edilməlidir? (Bütün düzgün variantları seçin.)',
      'Какие сведения должны входить в описание реестра в государственном каталоге информационных ресурсов? (Выберите все правильные варианты.)',
      "Which information belongs in a register's description in the state catalogue of information resources? (Select all that apply.)",
    ),
    options: [
      t('Reyestri aparan qurum və hüquqi əsas', 'Держатель реестра и правовое основание', 'The register keeper and legal basis'),
      t(
        'Məlumatların tərkibi (sahələr) və istifadə olunan təsnifatçılar',
        'Состав данных (поля) и используемые классификаторы',
        'The data composition (fields) and the classifiers used',
      ),
      t(
        'Digər qurumlar üçün giriş şərtləri və elektron xidmətlər',
        'Условия доступа и электронные сервисы для других ведомств',
        'Access conditions and electronic services for other agencies',
      ),
      t('Verilənlər bazası administratorlarının parolları', 'Пароли администраторов базы данных', "The database administrators' passwords"),
      t('Məlumatların yenilənmə tezliyi', 'Периодичность обновления данных', 'How often the data is updated'),
    ],
    correct: ['a', 'b', 'c', 'e'],
    explanation: t(
      'Kataloq digər qurumlara reyestrin nə saxladığını, kimə məxsus olduğunu, hansı əsasla aparıldığını və məlumatlara necə çıxış əldə etməyi göstərir. Parollar heç vaxt kataloqda dərc edilmir.',
      'Каталог показывает другим ведомствам, что содержит реестр, кому он принадлежит, на каком основании ведётся и как получить доступ к данным. Пароли в каталоге никогда не публикуются.',
      'The catalogue tells other agencies what the register holds, who keeps it, on what basis and how to get access. Passwords are never published in it.',
    ),
  }),
  numeric({
    ref: 'ED3-3-c',
    stem: t(
      'Reyestrdəki 20 000 qeydin 600-ündə məcburi "ünvan kodu" sahəsi boşdur. Bu sahə üzrə qeydlərin neçə faizi tamdır?',
      'В 600 из 20 000 записей реестра обязательное поле «код адреса» пустое. Какой процент записей полон по этому полю?',
      'In 600 of the 20,000 records in a register the mandatory "address code" field is empty. What percentage of records is complete for this field?',
    ),
    unit: t('%', '%', '%'),
    value: 97,
    tolerance: 0.1,
    explanation: t(
      'Tam qeydlər: 20 000 − 600 = 19 400; 19 400 / 20 000 × 100 = 97 %. Natamamlıq isə 3 %-dir.',
      'Полных записей 20 000 − 600 = 19 400; 19 400 / 20 000 × 100 = 97 %. Неполнота — 3 %.',
      'Complete records: 20,000 − 600 = 19,400; 19,400 / 20,000 × 100 = 97%. Incompleteness is 3%.',
    ),
  }),
  single({
    ref: 'ED3-4-a',
    stem: t(
      'Yeni lisenziyalar reyestrini layihələndirirsiniz. Hansı yanaşma "bir dəfə təqdimetmə" prinsipini ən yaxşı həyata keçirir?',
      'Вы проектируете новый реестр лицензий. Какой подход лучше всего реализует принцип однократного предоставления?',
      'You are designing a new register of licences. Which approach best implements the once-only principle?',
    ),
    options: [
      t(
        'Lisenziatın adını, ünvanını və rəhbərini ərizəçidən onların düzgünlüyü barədə imzalı bəyannamə ilə toplamaq',
        'Собирать у заявителя наименование, адрес и руководителя лицензиата с подписанной декларацией об их достоверности',
        "Collect the licensee's name, address and director from the applicant with a signed declaration that they are correct",
      ),
      t(
        'Yalnız lisenziya məlumatlarını saxlamaq, lisenziatı isə VÖEN vasitəsilə mənbə kimi hüquqi şəxslər reyestri ilə əlaqələndirmək',
        'Хранить только сведения о лицензии, а лицензиата связывать по ИНН (VÖEN) с реестром юридических лиц как первоисточником',
        'Keep only licence data and link the licensee by tax number (VÖEN) to the legal-entity register as the source',
      ),
      t(
        'Hüquqi şəxslər reyestrinin hamısını hər gecə kopyalamaq və əməkdaşlara onu redaktə etməyə icazə vermək',
        'Каждую ночь копировать весь реестр юридических лиц и разрешить сотрудникам его редактировать',
        'Copy the entire legal-entity register every night and let staff edit the copy',
      ),
      t(
        'Hər lisenziya qeydinə ərizəçinin qeydiyyat sənədlərinin skan surətlərini əlavə edib saxlamaq',
        'Прикреплять к каждой записи о лицензии сканы регистрационных документов заявителя',
        "Attach scans of the applicant's registration documents to each licence record",
      ),
    ],
    correct: 'b',
    explanation: t(
      'Məlumat bir mənbədə saxlanmalı, digər reyestrlərdə isə identifikator vasitəsilə ona istinad edilməlidir. Kopyanın redaktəsi mənbə ilə uyğunsuzluq yaradır, ərizəçidən təkrar toplamaq isə prinsipi pozur.',
      'Данные должны храниться в одном источнике, а другие реестры — ссылаться на них по идентификатору. Редактирование копии порождает расхождения с первоисточником, а повторный сбор у заявителя нарушает принцип.',
      'Data should live in one source, with other registers referring to it by identifier. Editing a copy creates divergence from the source, and collecting again from the applicant breaks the principle.',
    ),
  }),
  trueFalse({
    ref: 'ED3-4-b',
    stem: t(
      'Dövlət reyestrinin onu aparan qurumu, məlumatların tərkibini və məlumatlara kimin çıxış əldə edə biləcəyini müəyyən edən hüquqi əsası olmalıdır; yalnız texniki sistem kifayət deyil.',
      'У государственного реестра должно быть правовое основание, определяющее его держателя, состав данных и круг лиц, имеющих доступ к данным; одной технической системы недостаточно.',
      'A state register needs a legal basis defining its keeper, its data composition and who may access the data; a technical system alone is not enough.',
    ),
    correct: true,
    explanation: t(
      'Doğrudur. Hüquqi əsas reyestr məlumatlarının rəsmi statusunu, məsuliyyəti və fərdi məlumatların emalı üçün qanuni zəmini müəyyən edir.',
      'Верно. Правовое основание определяет официальный статус данных реестра, ответственность и законное основание обработки персональных данных.',
      'True. The legal basis establishes the official status of the register data, responsibilities and the lawful ground for processing personal data.',
    ),
  }),
  single({
    ref: 'ED3-4-c',
    stem: t(
      'Digər qurumların istifadə etdiyi reyestr üçün hansı giriş hüquqları modeli ən düzgündür?',
      'Какая модель прав доступа наиболее правильна для реестра, которым пользуются другие ведомства?',
      'Which access-rights model is best for a register used by other agencies?',
    ),
    options: [
      t(
        'Hər sorğu göndərən quruma aylıq yenilənən tam verilənlər bazası nüsxəsi vermək ki, oflayn işləyə bilsin',
        'Выдавать каждому запросившему ведомству полную копию базы с ежемесячным обновлением, чтобы оно могло работать автономно',
        'Give each requesting agency a full copy of the database, updated monthly, so that it can work offline',
      ),
      t(
        'Bütün istifadəçi qurumlar üçün hər ay dəyişdirilən güclü parollu bir ümumi administrator hesabı',
        'Одна общая учётная запись администратора для всех ведомств-пользователей с надёжным паролем, меняемым ежемесячно',
        'One shared administrator account for all user agencies, with a strong password changed every month',
      ),
      t(
        'Ayrıca giriş hüquqlarına ehtiyac qalmasın deyə reyestrin bütün məlumatlarını açıq dərc etmək',
        'Опубликовать все данные реестра открыто, чтобы отдельные права доступа вообще не требовались',
        'Publish all register data openly, so that no separate access rights are needed at all',
      ),
      t(
        'Platforma vasitəsilə hər quruma yalnız qanuni məqsədi üçün lazım olan sahələrə giriş, bütün sorğular jurnalda',
        'Доступ через платформу только к полям, нужным для законной цели каждого ведомства, с журналированием всех запросов',
        "Platform access to only the fields each agency's legal purpose needs, with every query logged",
      ),
    ],
    correct: 'd',
    explanation: t(
      'Minimal zəruri giriş, platforma vasitəsilə mübadilə və jurnal həm məlumatların qorunmasını, həm də məsuliyyəti təmin edir. Tam nüsxələr nəzarəti itirir, ümumi hesab isə hərəkətləri konkret şəxsə bağlamağa imkan vermir.',
      'Минимально необходимый доступ, обмен через платформу и журналирование обеспечивают и защиту данных, и подотчётность. Полные копии лишают контроля, а общая учётная запись не позволяет связать действия с конкретным лицом.',
      'Minimum necessary access, exchange via the platform and logging ensure both data protection and accountability. Full copies lose control, and a shared account makes actions untraceable to a person.',
    ),
  }),
];

/** Seed items for area ED (Electronic documents): 3 per competency × level. */
export const ITEMS_ED: readonly SeedItem[] = [...ED1, ...ED2, ...ED3];
