import type { SeedItem } from './seed-item.types';
import { t, single, multi, trueFalse, ordering, matching, numeric, shortText } from './seed-builders';

/* Seed items for area DF — Digital foundations (DF1, DF2, DF3 × levels 1..4). */

/* ---------------------------------------------------------------- DF1 Office and collaboration tools */

const DF1: readonly SeedItem[] = [
  single({
    ref: 'DF1-1-a',
    stem: t(
      'Qurumun şablonu əsasında məktubu hazırladınız. Onu elə göndərmək lazımdır ki, alıcının kompüterində tərtibatı dəyişməsin və mətn təsadüfən redaktə olunmasın. Hansı format daha uyğundur?',
      'Вы подготовили письмо по шаблону ведомства. Его нужно отправить так, чтобы оформление не изменилось на компьютере получателя, а текст нельзя было случайно отредактировать. Какой формат подходит лучше всего?',
      "You have prepared a letter from the agency's template. It must be sent so that its layout does not change on the recipient's computer and the text cannot be edited by accident. Which format is most suitable?",
    ),
    options: [
      t('Sadə mətn (.txt)', 'Простой текст (.txt)', 'Plain text (.txt)'),
      t(
        'Dəyişikliklərin izlənməsi açıq olan, redaktə edilə bilən .docx faylı',
        'Редактируемый файл .docx с включённым отслеживанием изменений',
        'An editable .docx file with track changes switched on',
      ),
      t('PDF', 'PDF', 'PDF'),
      t('Sənədin ekran şəkli (.png)', 'Снимок экрана документа (.png)', 'A screenshot of the document (.png)'),
    ],
    correct: 'c',
    explanation: t(
      'PDF tərtibatı bütün qurğularda eyni saxlayır və sənədi təsadüfi redaktədən qoruyur. .txt formatlaşdırmanı itirir, .docx asanlıqla dəyişdirilir, şəkildəki mətn isə axtarılmır və ekran oxuyucuları ilə oxunmur.',
      'PDF сохраняет одинаковое оформление на всех устройствах и защищает документ от случайной правки. Формат .txt теряет оформление, .docx легко изменить, а текст на картинке не ищется и не читается экранными дикторами.',
      'PDF keeps the same layout on every device and protects the document from accidental editing. Plain text loses the formatting, a .docx is easily changed, and text in an image cannot be searched or read by screen readers.',
    ),
  }),
  single({
    ref: 'DF1-1-b',
    stem: t(
      'Rəsmi məktubu köhnə məktubu kopyalayıb dəyişməklə deyil, qurumun təsdiq olunmuş şablonu əsasında yaratmaq nə üçün daha düzgündür?',
      'Почему официальное письмо правильнее создавать по утверждённому шаблону ведомства, а не копированием и правкой старого письма?',
      "Why is it better to create an official letter from the agency's approved template than by copying and editing an old letter?",
    ),
    options: [
      t(
        'Şablonda aktual blank, məcburi rekvizitlər və üslublar var, başqa işdən isə heç nə qalmır',
        'В шаблоне актуальный бланк, обязательные реквизиты и стили, и ничего не остаётся от другого дела',
        'It carries the current letterhead, mandatory details and styles, with nothing left over from another case',
      ),
      t(
        'Şablondan yaradılan fayl həmişə daha kiçik olur və e-poçtla daha tez göndərilir.',
        'Файл, созданный по шаблону, всегда меньше и быстрее отправляется по электронной почте.',
        'A file created from a template is always smaller and is sent faster by e-mail.',
      ),
      t(
        'Köhnə məktublar bir ildən sonra ofis proqramında açılmır.',
        'Старые письма через год перестают открываться в офисной программе.',
        'Old letters can no longer be opened in the office application after a year.',
      ),
      t(
        'Şablon sənədi müəllifin elektron imzası ilə avtomatik imzalayır, ona görə ayrıca imzalamaya ehtiyac qalmır',
        'Шаблон автоматически подписывает документ электронной подписью автора, поэтому отдельное подписание не нужно',
        "The template signs the document automatically with the author's electronic signature, so no separate signing is needed",
      ),
    ],
    correct: 'a',
    explanation: t(
      'Təsdiq olunmuş şablon blankın, rekvizitlərin və tərtibatın vahid olmasını təmin edir. Köhnə məktubun kopyalanması əvvəlki işin mətn parçalarının, ünvanlarının və metaməlumatlarının səhvən yeni sənədə keçməsi riskini yaradır.',
      'Утверждённый шаблон обеспечивает единый бланк, реквизиты и оформление. При копировании старого письма фрагменты текста, адресаты и метаданные прежнего дела могут по ошибке попасть в новый документ.',
      'An approved template keeps the letterhead, details and layout uniform. Copying an old letter risks carrying text fragments, addressees and metadata of the previous case into the new document by mistake.',
    ),
  }),
  trueFalse({
    ref: 'DF1-1-c',
    stem: t(
      'Sənədi PDF formatına ixrac etmək onu avtomatik olaraq müəllifin elektron imzası ilə imzalayır.',
      'Экспорт документа в PDF автоматически подписывает его электронной подписью автора.',
      "Exporting a document to PDF automatically signs it with the author's electronic signature.",
    ),
    correct: false,
    explanation: t(
      'Yanlışdır. PDF yalnız fayl formatıdır. Elektron imza ayrıca hərəkətdir: sənəd imza vasitəsi (şəxsiyyət vəsiqəsi, token və ya mobil imza) ilə imzalanmalıdır.',
      'Неверно. PDF — лишь формат файла. Электронная подпись — отдельное действие: документ нужно подписать средством подписи (удостоверение личности, токен или мобильная подпись).',
      'False. PDF is only a file format. An electronic signature is a separate act: the document must be signed with a signature device (ID card, token or mobile signature).',
    ),
  }),
  single({
    ref: 'DF1-2-a',
    stem: t(
      '40 səhifəlik hesabatın avtomatik mündəricatında yeni əlavə etdiyiniz bölmələr görünmür. Düzgün həll hansıdır?',
      'В автоматическом оглавлении 40-страничного отчёта не отображаются добавленные вами новые разделы. Каково правильное решение?',
      'The automatic table of contents of a 40-page report does not show the new sections you added. What is the right fix?',
    ),
    options: [
      t(
        'Çatışmayan başlıqları və səhifə nömrələrini mündəricata əl ilə yazmaq',
        'Вписать недостающие заголовки и номера страниц в оглавление вручную',
        'Type the missing headings and page numbers into the table of contents by hand',
      ),
      t(
        'Yeni başlıqların şriftini qalın və böyük etmək',
        'Сделать шрифт новых заголовков жирным и крупным',
        'Make the new headings bold and larger',
      ),
      t(
        'Sənədi PDF-ə ixrac edib yenidən redaktora idxal etmək',
        'Экспортировать документ в PDF и снова импортировать его в редактор',
        'Export the document to PDF and import it back into the editor',
      ),
      t(
        'Yeni başlıqlara başlıq üslubları tətbiq edib mündəricatı yeniləmək',
        'Применить к новым заголовкам стили заголовков и обновить оглавление',
        'Apply heading styles to the new titles and update the table of contents',
      ),
    ],
    correct: 'd',
    explanation: t(
      'Avtomatik mündəricat başlıq üslubları əsasında qurulur. Yalnız vizual formatlaşdırma (qalın, böyük şrift) başlığı mündəricata əlavə etmir, əl ilə yazılmış sətirlər isə səhifələr dəyişəndə köhnəlir.',
      'Автоматическое оглавление строится по стилям заголовков. Одно лишь визуальное оформление (жирный, крупный шрифт) не добавляет заголовок в оглавление, а вписанные вручную строки устаревают при смещении страниц.',
      'An automatic table of contents is built from heading styles. Visual formatting alone (bold, large font) does not add a heading to it, and lines typed by hand go stale as pages shift.',
    ),
  }),
  numeric({
    ref: 'DF1-2-b',
    stem: t(
      'B2:B5 xanalarında günlər üzrə daxil olan müraciətlərin sayı yazılıb: 12, 15, 9 və 14. =AVERAGE(B2:B5) düsturu hansı nəticəni qaytarır?',
      'В ячейках B2:B5 записано число поступивших обращений по дням: 12, 15, 9 и 14. Какой результат вернёт формула =AVERAGE(B2:B5) (СРЗНАЧ)?',
      'Cells B2:B5 hold the number of applications received per day: 12, 15, 9 and 14. What does the formula =AVERAGE(B2:B5) return?',
    ),
    value: 12.5,
    tolerance: 0,
    explanation: t(
      'Cəm 12 + 15 + 9 + 14 = 50, qiymətlərin sayı 4-dür; 50 / 4 = 12,5.',
      'Сумма 12 + 15 + 9 + 14 = 50, значений четыре; 50 / 4 = 12,5.',
      'The sum 12 + 15 + 9 + 14 = 50 over four values; 50 / 4 = 12.5.',
    ),
  }),
  multi({
    ref: 'DF1-2-c',
    stem: t(
      'Həmkarınız ortaq iş məkanında sizin layihə sənədinizi redaktə edir. Onun dəyişikliklərini görmək və nəzarətdə saxlamaq üçün hansı addımlar düzgündür? (Bütün düzgün variantları seçin.)',
      'Коллега редактирует ваш проект документа в общем рабочем пространстве. Какие действия позволяют видеть его изменения и управлять ими? (Выберите все правильные варианты.)',
      'A colleague is editing your draft in the shared workspace. Which actions let you see and control the changes? (Select all that apply.)',
    ),
    options: [
      t('Dəyişikliklərin izlənməsi rejimini yandırmaq', 'Включить режим отслеживания изменений', 'Turn on track changes'),
      t(
        'Bir-birinizə "yekun_son2.docx" kimi adlanan nüsxələri e-poçtla göndərmək',
        'Пересылать друг другу по почте копии с именами вроде «итог_последний2.docx»',
        'E-mail each other copies named like "final_final2.docx"',
      ),
      t(
        'Sual və təkliflər üçün mətni birbaşa dəyişmək əvəzinə şərhlərdən istifadə etmək',
        'Для вопросов и предложений использовать комментарии, а не править текст напрямую',
        'Use comments for questions and suggestions instead of editing the text directly',
      ),
      t(
        'Hər dəyişikliyi nəzərdən keçirib qəbul etmək və ya rədd etmək',
        'Просматривать каждое изменение и принимать или отклонять его',
        'Review each change and accept or reject it',
      ),
      t(
        'Fayllarda qarışıqlıq olmasın deyə versiya tarixçəsini söndürmək',
        'Отключить историю версий, чтобы не путаться в файлах',
        'Switch off version history to avoid confusion between files',
      ),
    ],
    correct: ['a', 'c', 'd'],
    explanation: t(
      'İzlənən dəyişikliklər, şərhlər və hər dəyişikliyin qəbulu və ya rəddi birgə redaktəni şəffaf edir. E-poçtla nüsxə mübadiləsi versiya qarışıqlığı yaradır, versiya tarixçəsini söndürmək isə səhvən silinmiş mətni bərpa etmək imkanını aradan qaldırır.',
      'Отслеживание изменений, комментарии и принятие или отклонение каждой правки делают совместное редактирование прозрачным. Обмен копиями по почте порождает путаницу версий, а отключение истории версий лишает возможности восстановить ошибочно удалённый текст.',
      'Tracked changes, comments and accepting or rejecting each change make co-editing transparent. Swapping copies by e-mail creates version chaos, and switching off version history removes the ability to restore text deleted by mistake.',
    ),
  }),
  matching({
    ref: 'DF1-3-a',
    stem: t(
      'Hər tapşırığı onu ən səmərəli yerinə yetirən alətlə uyğunlaşdırın.',
      'Сопоставьте каждую задачу с инструментом, который решает её эффективнее всего.',
      'Match each task with the tool that does it most efficiently.',
    ),
    premises: [
      t(
        '5 000 sətirlik müraciət siyahısından rayonlar və aylar üzrə yekun cədvəl hazırlamaq',
        'По списку из 5 000 обращений подготовить сводку по районам и месяцам',
        'Produce totals by district and month from a list of 5,000 applications',
      ),
      t(
        'Siyahıdakı ad və ünvanlarla 300 fərdi dəvət məktubu hazırlamaq',
        'Подготовить 300 персональных писем-приглашений с именами и адресами из списка',
        'Prepare 300 personalised invitation letters with names and addresses from a list',
      ),
      t(
        'Səhvən üzərinə yazılmış sənədin dünənki vəziyyətini bərpa etmək',
        'Восстановить вчерашнее состояние документа, перезаписанного по ошибке',
        "Restore yesterday's state of a document that was overwritten by mistake",
      ),
      t(
        'Cədvəldə yalnız bir rayona aid sətirləri göstərmək',
        'Показать в таблице только строки одного района',
        'Show only the rows for one district in a spreadsheet',
      ),
    ],
    responses: [
      t('Filtr', 'Фильтр', 'Filter'),
      t('Xülasə (pivot) cədvəli', 'Сводная таблица', 'Pivot table'),
      t('Versiya tarixçəsi', 'История версий', 'Version history'),
      t('Kütləvi göndəriş (mail merge)', 'Слияние (массовая рассылка)', 'Mail merge'),
      t('Şərti formatlaşdırma', 'Условное форматирование', 'Conditional formatting'),
    ],
    pairs: [
      ['p1', 'r2'],
      ['p2', 'r4'],
      ['p3', 'r3'],
      ['p4', 'r1'],
    ],
    explanation: t(
      'Xülasə cədvəli böyük siyahını bir neçə ölçü üzrə qruplaşdırır; kütləvi göndəriş şablonu siyahıdakı məlumatlarla birləşdirir; versiya tarixçəsi əvvəlki vəziyyəti bərpa edir; filtr sətirləri silmədən gizlədir. Şərti formatlaşdırma isə yalnız xanaları vizual olaraq vurğulayır.',
      'Сводная таблица группирует большой список по нескольким измерениям; слияние объединяет шаблон с данными списка; история версий восстанавливает прежнее состояние; фильтр скрывает строки, не удаляя их. Условное форматирование лишь визуально выделяет ячейки.',
      'A pivot table groups a large list along several dimensions; mail merge combines a template with list data; version history restores an earlier state; a filter hides rows without deleting them. Conditional formatting only highlights cells.',
    ),
  }),
  single({
    ref: 'DF1-3-b',
    stem: t(
      'Bölmənin ortaq qovluğunda layihə sənədləri, əməkdaşların kadr işləri və təsdiq olunmuş yekun sənədlər saxlanılır. Ən az imtiyaz prinsipinə hansı quruluş uyğundur?',
      'В общей папке подразделения хранятся проекты документов, кадровые дела сотрудников и утверждённые итоговые документы. Какая настройка соответствует принципу минимальных привилегий?',
      "The unit's shared folder holds draft documents, staff personnel files and approved final documents. Which set-up follows the principle of least privilege?",
    ),
    options: [
      t(
        'Həssaslığa görə alt qovluqlar: kadr işləri yalnız kadr məsulu və rəhbər üçün, layihələri bölmə redaktə edir, yekun sənədlər yalnız oxunuş üçündür',
        'Подпапки по степени чувствительности: кадровые дела только для кадровика и руководителя, проекты редактирует подразделение, итоговые документы — только для чтения',
        'Subfolders by sensitivity: personnel files for HR and the head only, drafts editable by the unit, final documents read-only',
      ),
      t(
        'Bütün bölmə əməkdaşlarına bütün qovluqda tam redaktə hüququ vermək, səhvləri isə versiya tarixçəsi ilə geri qaytarmaq',
        'Дать всем сотрудникам подразделения полные права на редактирование всей папки, а ошибки откатывать через историю версий',
        'Give every member of the unit full edit rights to the whole folder and rely on version history to undo mistakes',
      ),
      t(
        '"Keçidi olan hər kəs redaktə edə bilər" tipli ümumi keçid yaradıb onu bölmənin çatında paylaşmaq',
        'Создать общую ссылку «Редактировать может любой, у кого есть ссылка» и разместить её в чате подразделения',
        'Create an "anyone with the link can edit" link and post it in the unit\'s chat',
      ),
      t(
        'Hər əməkdaşın lazım olan sənədlərin nüsxələrini öz noutbukunda saxlaması',
        'Чтобы каждый сотрудник хранил копии нужных документов на своём ноутбуке',
        'Have each employee keep copies of the documents they need on their own laptop',
      ),
    ],
    correct: 'a',
    explanation: t(
      'Ən az imtiyaz prinsipi hər kəsə yalnız işi üçün lazım olan hüququ verir. Kadr işləri fərdi məlumatlardır və məhdud dairəyə açıq olmalıdır; yekun sənədlərin yalnız oxunuş rejimi onları təsadüfi dəyişiklikdən qoruyur. Ümumi keçidlər və şəxsi nüsxələr giriş nəzarətini və versiya tarixçəsini itirir.',
      'Принцип минимальных привилегий даёт каждому только те права, которые нужны для работы. Кадровые дела — персональные данные и должны быть доступны узкому кругу; режим «только чтение» защищает итоговые документы от случайных изменений. Общие ссылки и личные копии лишают контроля доступа и истории версий.',
      'Least privilege gives everyone only the rights their work needs. Personnel files are personal data for a narrow circle; read-only final documents are protected from accidental change. Open links and personal copies lose access control and version history.',
    ),
  }),
  single({
    ref: 'DF1-3-c',
    stem: t(
      'Layihə sənədini razılaşdırmaq üçün üç qurumdan 25 iştirakçı ilə onlayn görüş keçirirsiniz. Hansı təcrübə ən səmərəlidir?',
      'Вы проводите онлайн-совещание с 25 участниками из трёх ведомств, чтобы согласовать проект документа. Какая практика наиболее эффективна?',
      'You are running an online meeting with 25 participants from three agencies to agree a draft document. Which practice is most effective?',
    ),
    options: [
      t(
        'Hamı fikrini desin deyə gündəlik göndərmədən sərbəst müzakirə aparmaq',
        'Обсуждать свободно, без рассылки повестки, чтобы высказался каждый',
        'Hold a free discussion without circulating an agenda so that everyone can speak',
      ),
      t(
        'İştirakçılar əvvəlcədən fikir formalaşdırmasın deyə layihəni görüşdən sonra göndərmək',
        'Разослать проект после совещания, чтобы участники не формировали мнение заранее',
        'Send the draft after the meeting so that participants do not form opinions in advance',
      ),
      t(
        'Diqqət üçün bütün iştirakçılardan görüş boyu kamera və mikrofonlarını açıq saxlamağı tələb etmək',
        'Требовать, чтобы все участники ради внимания держали камеры и микрофоны включёнными всё совещание',
        'Require all participants to keep cameras and microphones on throughout, to keep them attentive',
      ),
      t(
        'Gündəliyi və layihəni əvvəlcədən göndərmək, sənədi ekranda göstərmək, qərarları və məsulları protokolda qeyd etmək',
        'Заранее разослать повестку и проект, показывать документ на экране, фиксировать решения и ответственных в протоколе',
        'Send the agenda and draft in advance, share the document on screen, and minute decisions and owners',
      ),
    ],
    correct: 'd',
    explanation: t(
      'Əvvəlcədən göndərilən materiallar iştirakçılara hazırlaşmağa imkan verir, ekranda ortaq sənəd müzakirəni konkretləşdirir, protokol isə qərarların və məsuliyyətin izlənməsini təmin edir. Böyük görüşdə açıq mikrofonlar səs-küy yaradır.',
      'Заранее разосланные материалы позволяют подготовиться, общий документ на экране делает обсуждение предметным, а протокол обеспечивает контроль решений и ответственности. Открытые микрофоны на большом совещании создают шум.',
      'Materials sent in advance let people prepare, a shared document on screen keeps the discussion concrete, and minutes make decisions and responsibilities traceable. Open microphones in a large meeting create noise.',
    ),
  }),
  single({
    ref: 'DF1-4-a',
    stem: t(
      'Qurum üçün faylların adlandırılması standartını müəyyən edirsiniz. Hansı qayda axtarışı, çeşidlənməni və fərdi məlumatların qorunmasını ən yaxşı təmin edir?',
      'Вы устанавливаете стандарт именования файлов для ведомства. Какое правило лучше всего обеспечивает поиск, сортировку и защиту персональных данных?',
      "You are setting the agency's file-naming standard. Which rule best supports search, sorting and the protection of personal data?",
    ),
    options: [
      t(
        'Fayl adını hər müəllif öz mülahizəsinə görə seçir, əsas odur ki, ad mənalı olsun',
        'Имя файла каждый автор выбирает по своему усмотрению, лишь бы оно было понятным',
        'Each author chooses file names at their own discretion as long as they are meaningful',
      ),
      t(
        'Fayl adına vətəndaşın adını, soyadını və FİN-ini daxil etmək ki, istənilən fayl sadə axtarışla tapılsın',
        'Включать в имя файла имя, фамилию и ФИН гражданина, чтобы любой файл находился простым поиском',
        "Put the citizen's name, surname and personal identification code in the file name so that any file can be found by a simple search",
      ),
      t(
        'İİİİ-AA-GG_bölmə_sənəd-növü_qısa-mövzu_vN şablonu; fayl adlarında fərdi məlumat olmur; yekun versiya ayrıca işarələnir',
        'Шаблон ГГГГ-ММ-ДД_подразделение_вид-документа_краткая-тема_vN; в именах файлов нет персональных данных; итоговая версия помечается отдельно',
        'The pattern YYYY-MM-DD_unit_doc-type_short-subject_vN; no personal data in file names; the final version is marked explicitly',
      ),
      t(
        'Fayl yalnız müəllifin soyadı və yaradılma vaxtı ilə adlandırılır',
        'Файл называется только фамилией автора и временем создания',
        "Files are named only with the author's surname and the time of creation",
      ),
    ],
    correct: 'c',
    explanation: t(
      'Tarixin İİİİ-AA-GG şəklində əvvəldə yazılması xronoloji çeşidlənməni təmin edir, bölmə və sənəd növü axtarışı asanlaşdırır, versiya nömrəsi qarışıqlığın qarşısını alır. Fayl adları axtarış nəticələrində və jurnallarda görünür, ona görə orada fərdi məlumat olmamalıdır.',
      'Дата в начале в виде ГГГГ-ММ-ДД обеспечивает хронологическую сортировку, подразделение и вид документа облегчают поиск, номер версии предотвращает путаницу. Имена файлов видны в результатах поиска и журналах, поэтому персональных данных в них быть не должно.',
      'A leading YYYY-MM-DD date sorts files chronologically, unit and document type make search easy, and a version number prevents confusion. File names show up in search results and logs, so they must not contain personal data.',
    ),
  }),
  single({
    ref: 'DF1-4-b',
    stem: t(
      'Kağız əsaslı razılaşdırma prosesinin ortaq rəqəmsal iş məkanına keçirilməsinə rəhbərlik edirsiniz. İlk növbədə nə etmək lazımdır?',
      'Вы руководите переводом бумажного процесса согласования в общее цифровое рабочее пространство. Что нужно сделать в первую очередь?',
      'You are leading the move of a paper-based approval process to a shared digital workspace. What should be done first?',
    ),
    options: [
      t(
        'Mövcud prosesi, onun iştirakçılarını, hüquqi tələbləri və problemli nöqtələri xəritələmək, sonra bir bölmədə pilot tətbiq etmək',
        'Описать текущий процесс, его участников, правовые требования и узкие места, затем провести пилот в одном подразделении',
        'Map the current process, its participants, legal requirements and pain points, then pilot in one unit',
      ),
      t(
        'Bütün əməkdaşlar üçün dərhal lisenziyalar almaq və sabahdan kağızı qadağan etmək',
        'Сразу закупить лицензии для всех сотрудников и со следующего дня запретить бумагу',
        'Buy licences for all staff at once and ban paper from the next day',
      ),
      t(
        'Əvvəlcə qurumun bütün tarixi arxivini skan etmək',
        'Сначала отсканировать весь исторический архив ведомства',
        "First scan the agency's entire historical archive",
      ),
      t(
        'Əvvəlcə kağız formaları eynilə ortaq elektron cədvəllərə köçürmək ki, əməkdaşlar tanış görünüşü görsün, prosesi isə sonra dəyişmək',
        'Сначала перенести бумажные формы один к одному в общие электронные таблицы, чтобы сотрудники видели привычный вид, а процесс менять потом',
        'First copy the paper forms one-to-one into shared spreadsheets so that staff see a familiar layout, and change the process later',
      ),
    ],
    correct: 'a',
    explanation: t(
      'Uğurlu rəqəmsal keçid prosesin təhlilindən başlayır: kim nəyi, hansı hüquqi əsasla edir və harada gecikmə yaranır. Pilot riskləri azaldır və istifadəçi rəyini toplamağa imkan verir. Kağız prosesin olduğu kimi rəqəmsallaşdırılması onun çatışmazlıqlarını saxlayır.',
      'Успешный цифровой переход начинается с анализа процесса: кто что делает, на каком правовом основании и где возникают задержки. Пилот снижает риски и позволяет собрать отзывы пользователей. Оцифровка бумажного процесса как есть сохраняет его недостатки.',
      'A successful digital move starts by analysing the process: who does what, on what legal basis and where delays arise. A pilot lowers risk and gathers user feedback. Digitising the paper process as it is keeps its flaws.',
    ),
  }),
  trueFalse({
    ref: 'DF1-4-c',
    stem: t(
      'Birgə iş alətləri üzrə qurum standartı hazırlanarkən hər bölməyə istənilən pulsuz ictimai bulud xidmətini seçməyə icazə vermək məqbuldur, çünki bu, alətlərin mənimsənilməsini sürətləndirir.',
      'При разработке стандарта ведомства по инструментам совместной работы допустимо разрешить каждому подразделению выбирать любой бесплатный публичный облачный сервис, поскольку это ускоряет освоение инструментов.',
      "When setting the agency's standard for collaboration tools, it is acceptable to let each unit pick any free public cloud service, because that speeds up adoption.",
    ),
    correct: false,
    explanation: t(
      'Yanlışdır. Dağınıq ictimai xidmətlər məlumatların harada saxlandığına, giriş hüquqlarına, saxlanma müddətlərinə və fərdi məlumatların qorunmasına nəzarəti aradan qaldırır. Standart təhlükəsizlik tələblərinə cavab verən, təsdiq olunmuş vahid platforma müəyyən etməlidir.',
      'Неверно. Разрозненные публичные сервисы лишают ведомство контроля над местом хранения данных, правами доступа, сроками хранения и защитой персональных данных. Стандарт должен определять единую утверждённую платформу, отвечающую требованиям безопасности.',
      'False. Scattered public services remove control over where data is stored, access rights, retention and personal-data protection. The standard should name one approved platform that meets the security requirements.',
    ),
  }),
];

/* ---------------------------------------------------------------- DF2 Finding, evaluating and managing information */

const DF2: readonly SeedItem[] = [
  single({
    ref: 'DF2-1-a',
    stem: t(
      'Rəsmi cavabda qanundan sitat gətirmək lazımdır. Qanunun aktual mətnini harada axtarmalısınız?',
      'В официальном ответе нужно процитировать закон. Где следует искать его актуальный текст?',
      'You need to quote a law in an official reply. Where should you look for its current text?',
    ),
    options: [
      t('Hüquqşünasların internet forumunda', 'На интернет-форуме юристов', "On a lawyers' internet forum"),
      t(
        'Axtarış sistemində ilk nəticədə, çünki o, ən çox baxılan, deməli, ən aktual mətni birinci göstərir',
        'В первом результате поисковика: он ставит первым самый посещаемый, а значит, самый актуальный текст',
        "In a search engine's first result, since it ranks the most visited and therefore most current text first",
      ),
      t(
        'Üç il əvvəl kompüterinizdə saxladığınız nüsxədə',
        'В копии, сохранённой на вашем компьютере три года назад',
        'In a copy saved on your computer three years ago',
      ),
      t(
        'Dövlətin rəsmi hüquqi informasiya bazasında (normativ hüquqi aktların rəsmi reyestrində)',
        'В официальной государственной базе правовой информации (официальном реестре нормативных правовых актов)',
        "In the state's official legal information database (the official register of legal acts)",
      ),
    ],
    correct: 'd',
    explanation: t(
      'Yalnız rəsmi hüquqi baza mətnin mötəbərliyini və bütün dəyişikliklərin nəzərə alındığını təmin edir. Forumlar, təsadüfi saytlar və köhnə nüsxələr sonrakı dəyişiklikləri əks etdirməyə bilər.',
      'Только официальная правовая база гарантирует достоверность текста и учёт всех изменений. Форумы, случайные сайты и старые копии могут не отражать последующие поправки.',
      'Only the official legal database guarantees that the text is authentic and includes all amendments. Forums, random websites and old copies may miss later changes.',
    ),
  }),
  single({
    ref: 'DF2-1-b',
    stem: t(
      'Hüquqi bazada lazım olan qərarı tapdınız. Bunun qüvvədə olan redaksiya olduğunu necə yoxlamaq olar?',
      'Вы нашли нужное постановление в правовой базе. Как проверить, что это действующая редакция?',
      'You have found the regulation you need in the legal database. How do you check that it is the version in force?',
    ),
    options: [
      t(
        'Aktın statusunu (qüvvədədir və ya qüvvədən düşüb) və konsolidə mətndə son dəyişikliklərin tarixini yoxlamaq',
        'Проверить статус акта (действует или утратил силу) и дату последних изменений в консолидированном тексте',
        'Check its status (in force or repealed) and the date of the latest amendments in the consolidated text',
      ),
      t(
        'Faylın yüklənmə tarixini yoxlamaq: ən son yüklənmiş mətn qüvvədə olandır',
        'Проверить дату загрузки файла: последний загруженный текст и есть действующий',
        "Check the file's upload date: the most recently uploaded text is the one in force",
      ),
      t(
        'Birinci nəticəni qüvvədə olan saymaq, çünki baza qüvvədə olan aktları birinci göstərir',
        'Считать первый результат действующим, так как база показывает действующие акты первыми',
        'Assume the first result is in force, because the database lists current acts first',
      ),
      t(
        'Başlıqda göstərilən qəbul tarixini yoxlamaq: tarix yenidirsə, mətn aktualdır',
        'Проверить дату принятия в названии: если она недавняя, текст актуален',
        'Check the adoption date in the title: if it is recent, the text is current',
      ),
    ],
    correct: 'a',
    explanation: t(
      'Normativ aktlara tez-tez dəyişikliklər edilir və ya onlar qüvvədən düşür. Rəsmi baza aktın statusunu və dəyişikliklər nəzərə alınmış konsolidə mətnini göstərir; qəbul və ya yüklənmə tarixi sonrakı dəyişiklikləri əks etdirmir.',
      'В нормативные акты часто вносятся изменения, или они утрачивают силу. Официальная база показывает статус акта и консолидированный текст с учётом изменений; дата принятия или загрузки не отражает последующих поправок.',
      'Legal acts are often amended or repealed. The official database shows the status and the consolidated text with amendments; the adoption or upload date does not reflect later changes.',
    ),
  }),
  trueFalse({
    ref: 'DF2-1-c',
    stem: t(
      'Təcrübəli həmkarın messencer qrupunda paylaşdığı qanun mətnindən yoxlamadan rəsmi cavabda sitat gətirmək olar.',
      'Текст закона, присланный опытным коллегой в группу мессенджера, можно цитировать в официальном ответе без проверки.',
      'A law text shared by an experienced colleague in a messenger group can be quoted in an official reply without checking.',
    ),
    correct: false,
    explanation: t(
      'Yanlışdır. Mətn köhnəlmiş və ya təhrif olunmuş ola bilər; sitat həmişə rəsmi hüquqi bazadakı qüvvədə olan redaksiya ilə tutuşdurulmalıdır.',
      'Неверно. Текст может быть устаревшим или искажённым; цитату всегда нужно сверять с действующей редакцией в официальной правовой базе.',
      'False. The text may be outdated or altered; a quotation must always be checked against the version in force in the official legal database.',
    ),
  }),
  single({
    ref: 'DF2-2-a',
    stem: t(
      'Yalnız gov.az domenindəki saytlarda "elektron imza" ifadəsinin dəqiq uyğunluğunu tapmaq üçün hansı axtarış sorğusu düzgündür?',
      'Какой поисковый запрос найдёт точную фразу «электронная подпись» только на сайтах в домене gov.az?',
      'Which search query finds the exact phrase "electronic signature" only on websites in the gov.az domain?',
    ),
    options: [
      t('elektron OR imza gov.az', 'электронная OR подпись gov.az', 'electronic OR signature gov.az'),
      t('elektron imza -gov.az', 'электронная подпись -gov.az', 'electronic signature -gov.az'),
      t('"elektron imza" site:gov.az', '"электронная подпись" site:gov.az', '"electronic signature" site:gov.az'),
      t('*elektron imza* gov', '*электронная подпись* gov', '*electronic signature* gov'),
    ],
    correct: 'c',
    explanation: t(
      'Dırnaq işarələri ifadənin dəqiq axtarışını, site: operatoru isə nəticələrin göstərilən domenlə məhdudlaşdırılmasını təmin edir. OR sözlərdən hər hansı birini tapır, mənfi işarəsi isə domeni nəticələrdən çıxarır.',
      'Кавычки задают поиск точной фразы, а оператор site: ограничивает результаты указанным доменом. OR ищет любое из слов, а знак минус исключает домен из результатов.',
      'Quotation marks search for the exact phrase and the site: operator limits results to the given domain. OR matches either word, and a minus sign excludes the domain.',
    ),
  }),
  multi({
    ref: 'DF2-2-b',
    stem: t(
      'İnternetdən götürülmüş rəqəmlərlə arayış hazırlayırsınız. Hansı təcrübələr düzgündür? (Bütün düzgün variantları seçin.)',
      'Вы готовите справку с цифрами из интернета. Какие практики правильны? (Выберите все правильные варианты.)',
      'You are preparing a note with figures taken from the internet. Which practices are correct? (Select all that apply.)',
    ),
    options: [
      t(
        'Arayış qısa olsun deyə rəqəmləri mənbə göstərmədən köçürmək',
        'Переносить цифры без указания источника, чтобы справка была короче',
        'Copy figures without naming sources to keep the note short',
      ),
      t(
        'Hər rəqəmi ən azı iki müstəqil mənbədə, mümkünsə ilkin dərc edəndə yoxlamaq',
        'Сверять каждую цифру минимум по двум независимым источникам, по возможности — у первоисточника',
        'Check each figure against at least two independent sources, preferably the original publisher',
      ),
      t(
        'Mənbənin adını, başlığını, tarixini və keçidini göstərmək',
        'Указывать источник, название, дату и ссылку',
        'Cite the source, its title, date and link',
      ),
      t(
        'Sosial şəbəkədə ən çox paylaşılan paylaşıma üstünlük vermək',
        'Отдавать предпочтение самой популярной публикации в соцсетях',
        'Prefer the most widely shared social-media post',
      ),
      t(
        'İstifadə olunmuş materialları bölmənin razılaşdırılmış qovluq strukturunda saxlamaq',
        'Сохранять использованные материалы в согласованной структуре папок подразделения',
        "File the material used in the unit's agreed folder structure",
      ),
    ],
    correct: ['b', 'c', 'e'],
    explanation: t(
      'Mənbələrin tutuşdurulması səhvləri aşkar edir, istinadlar oxucuya rəqəmi yoxlamağa imkan verir, materialların razılaşdırılmış qovluqda saxlanması isə onları həmkarlar üçün tapılan edir. Paylaşımların sayı etibarlılıq meyarı deyil.',
      'Сверка источников выявляет ошибки, ссылки позволяют читателю проверить цифру, а хранение материалов в согласованной структуре делает их доступными коллегам. Число репостов не является критерием достоверности.',
      'Cross-checking sources catches errors, citations let the reader verify a figure, and filing material in the agreed structure makes it findable for colleagues. Popularity is not a measure of reliability.',
    ),
  }),
  single({
    ref: 'DF2-2-c',
    stem: t(
      'İki mənbə e-xidmətin qeydiyyatdan keçmiş istifadəçilərinin sayı barədə fərqli rəqəmlər verir. Nə etməlisiniz?',
      'Два источника приводят разное число зарегистрированных пользователей электронной услуги. Что следует сделать?',
      'Two sources give different numbers of registered users of an e-service. What should you do?',
    ),
    options: [
      t(
        'Daha böyük rəqəmi götürmək, çünki qeydiyyatlar yalnız artır və kiçik rəqəm yəqin ki, köhnədir',
        'Взять большее число: регистрации только растут, значит меньшее число наверняка устарело',
        'Use the larger figure, since registrations only grow and the smaller one must be older',
      ),
      t(
        'Hansı mənbənin ilkin olduğunu, tarixini və göstəricinin necə təyin edildiyini yoxlamaq, qalan fərqi qeyd etmək',
        'Проверить, какой источник первичный, его дату и определение показателя, а оставшееся расхождение указать',
        'Check which source is primary, its date and how the indicator is defined, and note any remaining gap',
      ),
      t(
        'İki rəqəmin orta qiymətini götürmək və dəyərin təxmini olduğunu haşiyədə qeyd etmək',
        'Взять среднее двух чисел и указать в сноске, что значение приблизительное',
        'Take the average of the two figures and add a footnote that the value is approximate',
      ),
      t(
        'Mediada ən çox istinad edilən mənbənin rəqəmini götürmək, çünki o, ən geniş qəbul olunandır',
        'Взять число из источника, который чаще всего цитируют СМИ, как наиболее признанное',
        'Use the figure from the source the media quote most often, as it is the most widely accepted',
      ),
    ],
    correct: 'b',
    explanation: t(
      'Fərqlər çox vaxt tarixdən və ya tərifdən (məsələn, "qeydiyyatdan keçmiş" və "aktiv" istifadəçi) irəli gəlir. İlkin mənbəyə üstünlük verilir; orta qiymət və ya böyük rəqəm əsassız nəticədir.',
      'Расхождения часто объясняются датой или определением (например, «зарегистрированный» и «активный» пользователь). Предпочтение отдаётся первоисточнику; среднее или большее число — необоснованный вывод.',
      'Differences usually come from the date or the definition (e.g. "registered" versus "active" users). The primary source takes precedence; an average or the larger number is an unfounded result.',
    ),
  }),
  single({
    ref: 'DF2-3-a',
    stem: t(
      'Nazirliyin rüsumu ləğv etdiyini iddia edən "rəsmi əmr"in ekran şəkli yayılır. Onun həqiqiliyini ən etibarlı şəkildə necə yoxlamaq olar?',
      'Распространяется скриншот «официального приказа», согласно которому министерство отменило пошлину. Как надёжнее всего проверить его подлинность?',
      'A screenshot of an "official order" claiming that a ministry has abolished a fee is circulating. What is the most reliable way to check whether it is genuine?',
    ),
    options: [
      t(
        'Nə qədər geniş yayıldığını yoxlamaq: minlərlə insanın paylaşdığı əmrin saxta olması ehtimalı azdır',
        'Посмотреть, насколько широко он распространён: приказ, которым поделились тысячи людей, вряд ли поддельный',
        'See how widely it has spread: an order shared by thousands of people is unlikely to be fake',
      ),
      t(
        'Gerbi, blankı və imzanı nazirliyin digər əmrlərindəkilərlə müqayisə etmək',
        'Сравнить герб, бланк и подпись с теми, что на других приказах министерства',
        'Compare the coat of arms, letterhead and signature with those on other orders of the ministry',
      ),
      t(
        'Hüquq şöbəsindəki həmkarlardan bu əmr barədə eşidib-eşitmədiklərini soruşmaq',
        'Спросить коллег из юридического отдела, слышали ли они о таком приказе',
        'Ask colleagues in the legal unit whether they have heard of the order',
      ),
      t(
        'Əmrin nömrəsini və tarixini rəsmi hüquqi bazada və ya nazirliyin saytında axtarmaq, tapılmasa, nazirlikdən soruşmaq',
        'Найти номер и дату приказа в официальной правовой базе или на сайте министерства, а если их нет — спросить министерство',
        "Look up the order's number and date in the official legal database or on the ministry's site, or ask the ministry",
      ),
    ],
    correct: 'd',
    explanation: t(
      'Gerb, blank və imza asanlıqla saxtalaşdırılır, paylaşımların sayı və həmkarların eşitdikləri isə həqiqiliyi sübut etmir. Həlledici yoxlama ilkin rəsmi mənbə ilə tutuşdurmadır.',
      'Герб, бланк и подпись легко подделать, а число репостов и слухи среди коллег не доказывают подлинность. Решающая проверка — сверка с первичным официальным источником.',
      "Coats of arms, letterheads and signatures are easy to fake, and shares or colleagues' hearsay prove nothing. The decisive check is against the primary official source.",
    ),
  }),
  numeric({
    ref: 'DF2-3-b',
    stem: t(
      'Elektron müraciətlərin sayı 2023-cü ildə 4 000, 2024-cü ildə isə 5 000 olmuşdur. Müraciətlərin sayı neçə faiz artmışdır?',
      'Число электронных обращений составило 4 000 в 2023 году и 5 000 в 2024 году. На сколько процентов выросло число обращений?',
      'The number of electronic applications was 4,000 in 2023 and 5,000 in 2024. By what percentage did it increase?',
    ),
    unit: t('%', '%', '%'),
    value: 25,
    tolerance: 0.5,
    explanation: t(
      'Artım (5 000 − 4 000) / 4 000 × 100 = 25 %-dir. Tez-tez edilən səhv artımı yeni qiymətə bölməkdir: 1 000 / 5 000 = 20 %.',
      'Рост составляет (5 000 − 4 000) / 4 000 × 100 = 25 %. Частая ошибка — делить прирост на новое значение: 1 000 / 5 000 = 20 %.',
      'The increase is (5,000 − 4,000) / 4,000 × 100 = 25%. A common mistake is dividing by the new value: 1,000 / 5,000 = 20%.',
    ),
  }),
  single({
    ref: 'DF2-3-c',
    stem: t(
      'Analitik arayışda yazılıb: "E-xidmətdən istifadə 40 % artıb, deməli, vətəndaşların məmnunluğu yüksəlib." Bu nəticənin əsas zəif cəhəti nədir?',
      'В аналитической справке написано: «Использование электронной услуги выросло на 40 %, значит, удовлетворённость граждан повысилась». В чём главная слабость этого вывода?',
      'An analytical note says: "Use of the e-service rose by 40%, so citizen satisfaction has improved." What is the main weakness of this conclusion?',
    ),
    options: [
      t(
        'İstifadənin artması məmnunluğu ölçmür və başqa səbəblərdən ola bilər; reytinq və şikayət məlumatları lazımdır',
        'Рост использования не измеряет удовлетворённость и может иметь другие причины; нужны данные оценок и жалоб',
        'Higher use does not measure satisfaction and may have other causes; ratings and complaints are needed',
      ),
      t(
        'Rəsmi arayışlarda faizlərdən istifadə olunmamalıdır; əvəzində mütləq rəqəmlər verilməlidir',
        'В официальных справках нельзя использовать проценты; вместо них нужно давать абсолютные числа',
        'Official notes must not use percentages; absolute numbers should be given instead',
      ),
      t(
        'Arayış açıq məlumatlara əsaslanır, onlar isə vətəndaşlar barədə nəticə çıxarmaq üçün istifadə oluna bilməz',
        'Справка опирается на открытые данные, которые нельзя использовать для выводов о гражданах',
        'The note relies on open data, which cannot be used to draw conclusions about citizens',
      ),
      t(
        '40 %-lik artım ölkə miqyaslı xidmət üçün statistik cəhətdən əhəmiyyətli sayılmaq üçün çox kiçikdir',
        'Рост на 40 % слишком мал, чтобы быть статистически значимым для общенациональной услуги',
        'A 40% rise is too small to be statistically meaningful for a nationwide service',
      ),
    ],
    correct: 'a',
    explanation: t(
      'Bir göstəricinin dəyişməsi başqa göstərici barədə nəticə üçün əsas deyil, korrelyasiya isə səbəb-nəticə əlaqəsini sübut etmir. Məmnunluq barədə nəticə birbaşa ölçülərə — reytinqlərə, sorğulara, şikayətlərə əsaslanmalıdır.',
      'Изменение одного показателя не даёт оснований для вывода о другом, а корреляция не доказывает причинно-следственную связь. Вывод об удовлетворённости должен опираться на прямые измерения — оценки, опросы, жалобы.',
      'A change in one indicator is no basis for a conclusion about another, and correlation does not prove causation. A claim about satisfaction must rest on direct measures: ratings, surveys, complaints.',
    ),
  }),
  multi({
    ref: 'DF2-4-a',
    stem: t(
      'Qurumun informasiya və bilik idarəetməsi siyasətinə hansı elementlər daxil edilməlidir? (Bütün düzgün variantları seçin.)',
      'Какие элементы должны входить в политику ведомства по управлению информацией и знаниями? (Выберите все правильные варианты.)',
      "Which elements belong in the agency's information and knowledge-management policy? (Select all that apply.)",
    ),
    options: [
      t(
        'Sənədləri nə qədər saxlamağa hər əməkdaşın özünün qərar verməsi qaydası',
        'Правило, по которому каждый сотрудник сам решает, сколько хранить документы',
        'A rule that each employee decides personally how long to keep documents',
      ),
      t(
        'Sənədlərin təsnifat sxemi (işlərin nomenklaturası)',
        'Схема классификации документов (номенклатура дел)',
        'A classification scheme for records (file plan)',
      ),
      t(
        'Məcburi metaməlumatlar: müəllif, tarix, sənəd növü, məxfilik qrifi, saxlanma müddəti',
        'Обязательные метаданные: автор, дата, вид документа, гриф, срок хранения',
        'Mandatory metadata: author, date, document type, classification marking, retention period',
      ),
      t('Saxlanma müddətləri və məhvetmə qaydası', 'Сроки хранения и порядок уничтожения', 'Retention periods and disposal rules'),
      t('Açıq məlumatların dərci qaydaları', 'Правила публикации открытых данных', 'Rules for publishing open data'),
    ],
    correct: ['b', 'c', 'd', 'e'],
    explanation: t(
      'Siyasət informasiyanın bütün həyat dövrünü əhatə edir: təsnifat, metaməlumatlar, saxlanma və məhvetmə, dərc. Saxlanma müddətlərinin fərdi qərara buraxılması siyasətin məqsədinə ziddir.',
      'Политика охватывает весь жизненный цикл информации: классификацию, метаданные, хранение и уничтожение, публикацию. Оставлять сроки хранения на личное усмотрение противоречит цели политики.',
      'The policy covers the whole life cycle of information: classification, metadata, retention and disposal, publication. Leaving retention to personal choice defeats the purpose of a policy.',
    ),
  }),
  single({
    ref: 'DF2-4-b',
    stem: t(
      'Vətəndaş müraciətləri üzrə məlumat toplusunu açıq məlumat kimi dərc etməzdən əvvəl siyasət nəyi tələb etməlidir?',
      'Что должна требовать политика перед публикацией набора данных об обращениях граждан в качестве открытых данных?',
      "What should the policy require before a data set on citizens' applications is published as open data?",
    ),
    options: [
      t(
        'Toplunu olduğu kimi, xam halda dərc etmək, çünki açıq məlumatlar dərc edən tərəfindən dəyişdirilməməlidir',
        'Опубликовать сырой набор как есть, поскольку открытые данные не должны изменяться публикатором',
        'Publish the raw data set as it is, since open data must not be altered by the publisher',
      ),
      t(
        'Toplunu dəyişdirilməsin və mənşəyi aydın olsun deyə skan edilmiş, imzalanmış PDF kimi dərc etmək',
        'Опубликовать набор как отсканированный подписанный PDF, чтобы его нельзя было изменить и было ясно происхождение',
        'Publish it as a scanned, signed PDF so that it cannot be altered and its origin is clear',
      ),
      t(
        'Fərdi məlumatları çıxarmaq və ya ümumiləşdirmək, yenidən identifikasiya riskini yoxlamaq, metaməlumat və lisenziya ilə maşınla oxunan formatda dərc etmək',
        'Удалить или агрегировать персональные данные, проверить риск повторной идентификации, публиковать в машиночитаемом формате с метаданными и лицензией',
        'Strip or aggregate personal data, test the re-identification risk, publish machine-readable with metadata and a licence',
      ),
      t(
        'Toplunu yalnız yazılı sorğu ilə, kimin və nə üçün istədiyini yoxladıqdan sonra vermək ki, qurum məlumatların necə istifadə olunacağını bilsin',
        'Предоставлять набор только по письменному запросу, проверив, кто и зачем просит, чтобы ведомство знало, как будут использованы данные',
        'Release it only on written request, after checking who is asking and why, so that the agency knows how the data will be used',
      ),
    ],
    correct: 'c',
    explanation: t(
      'Açıq məlumatlar maşınla oxunan, təsvir olunmuş və müntəzəm yenilənən olmalıdır, lakin fərdi məlumatları açmamalıdır. Xam dərc məxfiliyi pozur, skan edilmiş PDF isə təkrar istifadəni çətinləşdirir.',
      'Открытые данные должны быть машиночитаемыми, описанными и регулярно обновляемыми, но не раскрывать персональные данные. Публикация сырых данных нарушает конфиденциальность, а скан в PDF затрудняет повторное использование.',
      'Open data must be machine-readable, described and regularly updated, yet must not expose personal data. Raw publication breaches privacy, and a scanned PDF hinders reuse.',
    ),
  }),
  trueFalse({
    ref: 'DF2-4-c',
    stem: t(
      'İnformasiya idarəetməsi siyasətinin tətbiqinə nəzarət ölçülə bilən göstəricilərə, məsələn, metaməlumatları tam olan sənədlərin payına və vaxtında məhv edilmiş sənədlərin sayına əsaslana bilər.',
      'Контроль применения политики управления информацией может опираться на измеримые показатели, например долю документов с полными метаданными и число документов, уничтоженных в установленный срок.',
      'Monitoring how an information-management policy is applied can rely on measurable indicators such as the share of documents with complete metadata and the number of records disposed of on schedule.',
    ),
    correct: true,
    explanation: t(
      'Doğrudur. Ölçülə bilən göstəricilər siyasətin real tətbiqini göstərir və boşluqları (məsələn, metaməlumatsız sənədləri) aşkar etməyə imkan verir.',
      'Верно. Измеримые показатели показывают реальное применение политики и позволяют выявить пробелы (например, документы без метаданных).',
      'True. Measurable indicators show how the policy is really applied and reveal gaps such as documents without metadata.',
    ),
  }),
];

/* ---------------------------------------------------------------- DF3 Digital communication with citizens (single window) */

const DF3: readonly SeedItem[] = [
  single({
    ref: 'DF3-1-a',
    stem: t(
      'Vətəndaş zəng edib qurumunuzun elektron hökumət portalında onlayn verdiyi arayışı necə ala biləcəyini soruşur. Ən düzgün cavab hansıdır?',
      'Гражданин звонит и спрашивает, как получить справку, которую ваше ведомство выдаёт онлайн через портал электронного правительства. Какой ответ наиболее правильный?',
      'A citizen phones to ask how to obtain a certificate that your agency issues online through the e-government portal. What is the best response?',
    ),
    options: [
      t(
        'Sənədləri birbaşa yoxlamaq mümkün olsun deyə kağız ərizə ilə şəxsən qəbula gəlməsini xahiş etmək',
        'Попросить прийти на приём с бумажным заявлением, чтобы сотрудники могли сразу проверить документы',
        'Ask them to come in with a paper application, so that staff can check the documents directly',
      ),
      t(
        'Çağrı mərkəzinin nömrəsini verib zəngi bitirmək, çünki onlayn xidmətlər sizin bölmənin işi deyil',
        'Дать номер колл-центра и завершить разговор, поскольку онлайн-услуги — не задача вашего подразделения',
        "Give the contact-centre number and end the call, since online services are not your unit's task",
      ),
      t(
        'Xidmətin elektron hökumət portalında olduğunu, portala necə daxil olmağı və xidməti harada tapmağı izah etmək',
        'Объяснить, что услуга есть на портале электронного правительства, как войти на портал и где её найти',
        'Explain that the service is on the e-government portal, how to log in and where to find it',
      ),
      t(
        'Skan edilmiş ərizəni e-poçtla göndərməyi tövsiyə etmək; əməkdaşlar onu sistemə özləri daxil edəcək',
        'Посоветовать прислать отсканированное заявление по электронной почте, а сотрудники сами внесут его в систему',
        'Advise them to e-mail a scanned application, which staff will then enter into the system themselves',
      ),
    ],
    correct: 'c',
    explanation: t(
      'Xidmət onlayn mövcuddursa, vətəndaşı e-xidmətə yönləndirmək və ona necə istifadə edəcəyini izah etmək lazımdır. Bu, vətəndaşın vaxtına qənaət edir və kağız iş axınını azaldır.',
      'Если услуга доступна онлайн, гражданина нужно направить к электронной услуге и объяснить, как ею воспользоваться. Это экономит время гражданина и сокращает бумажный документооборот.',
      'If the service is online, the citizen should be directed to the e-service and told how to use it. This saves the citizen time and reduces paper work.',
    ),
  }),
  shortText({
    ref: 'DF3-1-b',
    stem: t(
      'Vətəndaşın müxtəlif qurumların xidmətlərini bir əlaqə nöqtəsində (bir portalda və ya bir xidmət mərkəzində) alması prinsipi necə adlanır?',
      'Как называется принцип, при котором гражданин получает услуги разных ведомств в одной точке контакта (на одном портале или в одном центре обслуживания)?',
      'What is the name of the principle under which a citizen obtains the services of different agencies at a single point of contact (one portal or one service centre)?',
    ),
    accepted: [
      'vahid pəncərə',
      'vahid pəncərə prinsipi',
      'единое окно',
      'принцип единого окна',
      'одно окно',
      'single window',
      'single-window',
      'single window principle',
      'one-stop shop',
      'one stop shop',
    ],
    explanation: t(
      '"Vahid pəncərə" prinsipi vətəndaşı qurumlar arasında gəzdirmir: müraciət bir nöqtədə qəbul edilir, lazımi məlumatlar isə qurumlar arasında elektron qaydada əldə edilir.',
      'Принцип «единого окна» избавляет гражданина от хождения по ведомствам: обращение принимается в одной точке, а нужные сведения ведомства получают друг от друга электронно.',
      'The single-window principle spares the citizen from going from agency to agency: the application is taken at one point and agencies obtain the data they need from each other electronically.',
    ),
  }),
  trueFalse({
    ref: 'DF3-1-c',
    stem: t(
      'Xidmət onlayn təqdim olunsa da, dövlət qulluqçusu elektron hökumət portalı vasitəsilə verilmiş ərizəni qəbul etməyib vətəndaşdan kağız əsli tələb edə bilər.',
      'Даже если услуга предоставляется онлайн, служащий может не принять заявление, поданное через портал электронного правительства, и потребовать от гражданина бумажный оригинал.',
      'Even when a service is offered online, a civil servant may refuse an application submitted through the e-government portal and demand a paper original.',
    ),
    correct: false,
    explanation: t(
      'Yanlışdır. Müəyyən olunmuş qaydada portal vasitəsilə verilmiş elektron ərizə qəbul edilməlidir; əlavə kağız əslinin tələb edilməsi e-xidmətin mənasını aradan qaldırır.',
      'Неверно. Электронное заявление, поданное через портал в установленном порядке, должно быть принято; требование бумажного оригинала лишает электронную услугу смысла.',
      'False. An electronic application filed through the portal in the established way must be accepted; demanding a paper original defeats the purpose of the e-service.',
    ),
  }),
  ordering({
    ref: 'DF3-2-a',
    stem: t(
      'Elektron müraciətin işlənməsi addımlarını düzgün ardıcıllıqla düzün.',
      'Расположите шаги обработки электронного обращения в правильном порядке.',
      'Put the steps for handling an electronic application in the correct order.',
    ),
    options: [
      t(
        'İmzalanmış cavabı vətəndaşa müraciət etdiyi kanalla göndərmək və müraciəti bağlamaq',
        'Отправить подписанный ответ гражданину по каналу, через который он обратился, и закрыть обращение',
        'Send the signed answer to the citizen through the channel they used and close the application',
      ),
      t(
        'Müraciəti qurumun sistemində qeydə almaq',
        'Зарегистрировать обращение в системе ведомства',
        "Register the application in the agency's system",
      ),
      t(
        'Lazımi məlumatları vətəndaşdan tələb etmək əvəzinə dövlət reyestrlərindən əldə etmək',
        'Получить необходимые сведения из государственных реестров, а не запрашивать их у гражданина',
        'Obtain the data needed from state registers instead of asking the citizen',
      ),
      t(
        'Sadə dildə cavab layihəsi hazırlamaq və onu razılaşdırmaq',
        'Подготовить проект ответа простым языком и согласовать его',
        'Draft the answer in plain language and have it approved',
      ),
    ],
    order: ['b', 'c', 'd', 'a'],
    explanation: t(
      'Müraciət əvvəlcə qeydə alınır ki, müddətin hesablanması başlasın; sonra məlumatlar reyestrlərdən əldə edilir, cavab hazırlanıb razılaşdırılır və yalnız ondan sonra göndərilib bağlanır.',
      'Сначала обращение регистрируется, чтобы начался отсчёт срока; затем сведения получают из реестров, ответ готовят и согласовывают и лишь после этого отправляют и закрывают обращение.',
      'The application is registered first so that the deadline starts to run; then data is taken from the registers, the answer is drafted and approved, and only then sent and the case closed.',
    ),
  }),
  single({
    ref: 'DF3-2-b',
    stem: t(
      'Müavinət üçün müraciət edən vətəndaşdan şəxsiyyət vəsiqəsinin və uşağın doğum haqqında şəhadətnaməsinin surətləri tələb olunur. Bu məlumatlar qurumunuzun giriş hüququ olduğu əhali reyestrində var. Nə etməlisiniz?',
      'От гражданина, обратившегося за пособием, требуют копии удостоверения личности и свидетельства о рождении ребёнка. Эти сведения есть в реестре населения, к которому у вашего ведомства есть доступ. Что следует сделать?',
      "A citizen applying for a benefit is asked for copies of their ID card and their child's birth certificate. This data is in the population register, which your agency is entitled to access. What should you do?",
    ),
    options: [
      t(
        'Surətləri yenə də tələb etmək, çünki vətəndaşın öz sənədləri reyestr məlumatından daha etibarlı sübutdur',
        'Всё равно потребовать копии, так как собственные документы гражданина — более надёжное доказательство, чем данные реестра',
        "Require the copies anyway, because the citizen's own documents are more reliable evidence than register data",
      ),
      t(
        'Vətəndaşdan sənədlərin əslini şəxsən gətirməsini xahiş etmək',
        'Попросить гражданина лично принести оригиналы документов',
        'Ask the citizen to bring the originals in person',
      ),
      t(
        'Surətlər əlavə edilmədiyi üçün müraciəti rədd etmək',
        'Отказать в обращении, так как копии не приложены',
        'Reject the application because the copies are not attached',
      ),
      t(
        'Məlumatları qarşılıqlı əlaqə platforması vasitəsilə reyestrdən əldə etmək və vətəndaşdan surət tələb etməmək',
        'Получить сведения из реестра через платформу межведомственного взаимодействия и не требовать копий от гражданина',
        'Obtain the data from the register through the interoperability platform and not ask the citizen for copies',
      ),
    ],
    correct: 'd',
    explanation: t(
      'Dövlətdə artıq mövcud olan məlumatları vətəndaşdan yenidən tələb etmək "bir dəfə təqdimetmə" prinsipinə ziddir. Qurum giriş hüququ olan reyestrdən məlumatı özü əldə etməlidir.',
      'Требовать от гражданина сведения, которые уже есть у государства, противоречит принципу однократного предоставления. Ведомство должно само получить данные из реестра, к которому имеет доступ.',
      'Asking citizens again for data the state already holds goes against the once-only principle. The agency must fetch the data itself from the register it may access.',
    ),
  }),
  multi({
    ref: 'DF3-2-c',
    stem: t(
      'Elektron müraciətə cavabın "sadə dildə" yazılmasını hansı xüsusiyyətlər təmin edir? (Bütün düzgün variantları seçin.)',
      'Какие особенности делают ответ на электронное обращение написанным «простым языком»? (Выберите все правильные варианты.)',
      'Which features make a reply to an electronic application "plain language"? (Select all that apply.)',
    ),
    options: [
      t(
        'Qısa cümlələr və sualın cavabının mətnin əvvəlində verilməsi',
        'Короткие предложения и ответ на вопрос в начале текста',
        'Short sentences and the answer to the question at the start',
      ),
      t(
        'Qanun maddələrinə izahatsız istinadlar',
        'Ссылки на статьи закона без пояснений',
        'References to articles of law without explanation',
      ),
      t(
        'Vətəndaşın bundan sonra nə etməli olduğunu və hansı müddətdə etməli olduğunu izah etmək',
        'Объяснение, что гражданину делать дальше и в какой срок',
        'Explaining what the citizen must do next and by when',
      ),
      t(
        'Bütün mətndə passiv, şəxssiz konstruksiyalardan istifadə',
        'Пассивные, безличные конструкции по всему тексту',
        'Passive, impersonal constructions throughout',
      ),
      t(
        'Daxili abreviaturalardan və peşə jarqonundan qaçmaq',
        'Отказ от внутренних сокращений и профессионального жаргона',
        'Avoiding internal abbreviations and jargon',
      ),
    ],
    correct: ['a', 'c', 'e'],
    explanation: t(
      'Sadə dil oxucunun ehtiyacından başlayır: əsas cavab əvvəldə, növbəti addımlar aydın, jarqon yoxdur. İzahatsız istinadlar və şəxssiz konstruksiyalar mətni çətin anlaşılan edir.',
      'Простой язык исходит из потребностей читателя: главный ответ в начале, следующие шаги понятны, жаргона нет. Ссылки без пояснений и безличные конструкции затрудняют понимание.',
      "Plain language starts from the reader's need: the main answer first, clear next steps, no jargon. Unexplained references and impersonal constructions make a text hard to follow.",
    ),
  }),
  single({
    ref: 'DF3-3-a',
    stem: t(
      'Statistika göstərir ki, xidmət üzrə onlayn müraciətlərin 60 %-i düzəliş üçün qaytarılır və əksəriyyəti eyni "fəaliyyət kodu" sahəsinə görədir. Ən düzgün tədbir hansıdır?',
      'Статистика показывает, что 60 % онлайн-заявлений на услугу возвращаются на доработку, большинство — из-за одного и того же поля «код деятельности». Какая мера наиболее правильна?',
      'Statistics show that 60% of online applications for a service are returned for correction, most of them because of the same "activity code" field. What is the best measure?',
    ),
    options: [
      t(
        'Sahəni yenidən işləmək: sadə izahlı, təsnifatçıdan açılan siyahı, mümkün olduqda avtomatik doldurulma və göndərilməzdən əvvəl yoxlama',
        'Переработать поле: выпадающий список из классификатора с простой подсказкой, автозаполнение где возможно и проверка до отправки',
        'Redesign the field: a classifier drop-down with a plain hint, pre-filled and validated before submission',
      ),
      t(
        'Qaytarılan müraciətləri daha tez işləmək üçün əlavə əməkdaş ayırmaq ki, vətəndaşlar az gözləsin',
        'Выделить дополнительных сотрудников для более быстрой обработки возвращённых заявлений, чтобы граждане меньше ждали',
        'Assign extra staff to process returned applications faster, so that citizens wait less',
      ),
      t(
        'Səhvlərin payı azalana qədər onlayn kanalı müvəqqəti bağlayıb müraciətləri yalnız xidmət mərkəzlərində qəbul etmək',
        'Временно закрыть онлайн-канал и принимать заявления только в центрах обслуживания, пока доля ошибок не снизится',
        'Close the online channel for now and accept applications only at service centres until the error rate falls',
      ),
      t(
        'Fəaliyyət növləri təsnifatçısı üzrə ətraflı təlimat dərc etmək və vətəndaşlardan müraciətdən əvvəl onu oxumağı xahiş etmək',
        'Опубликовать подробное руководство по классификатору видов деятельности и попросить граждан прочитать его перед подачей',
        'Publish a detailed guide to the activity classifier and ask citizens to read it before applying',
      ),
    ],
    correct: 'a',
    explanation: t(
      'Təkrarlanan səhv problemin formanın dizaynında olduğunu göstərir. Səbəbi formanın özündə aradan qaldırmaq (təsnifatçıdan seçim, izah, yoxlama) nəticə ilə mübarizədən — əlavə işçidən, kanalın bağlanmasından və ya vətəndaşın oxumalı olduğu uzun təlimatdan — daha səmərəlidir.',
      'Повторяющаяся ошибка указывает на проблему в дизайне формы. Устранить причину в самой форме (выбор из классификатора, пояснение, проверка) эффективнее, чем бороться с последствиями — дополнительными сотрудниками, закрытием канала или длинным руководством, которое гражданин должен прочитать.',
      'A repeated error points to the form design. Fixing the cause in the form itself (choice from the classifier, explanation, validation) works better than treating symptoms with extra staff, closing the channel or a long guide citizens must read.',
    ),
  }),
  single({
    ref: 'DF3-3-b',
    stem: t(
      'Hansı dəyişiklik onlayn formanın ekran oxuyucusundan istifadə edən şəxslər üçün əlçatanlığını ən çox artırır?',
      'Какое изменение больше всего повышает доступность онлайн-формы для людей, пользующихся экранным диктором?',
      'Which change most improves the accessibility of an online form for people who use screen readers?',
    ),
    options: [
      t(
        'Tərtibat pozulmasın deyə təlimatları şəkil kimi yerləşdirmək',
        'Размещать инструкции картинкой, чтобы не нарушалось оформление',
        'Put the instructions in as an image so the layout stays intact',
      ),
      t(
        'Məcburi sahələri yalnız qırmızı rənglə işarələmək, çünki istifadəçilərin çoxu bunu bir baxışda tanıyır',
        'Отмечать обязательные поля только красным цветом — большинство пользователей узнают это с первого взгляда',
        'Mark mandatory fields in red only, the convention most users recognise at a glance',
      ),
      t(
        'Hər sahəyə bağlı mətn etiketi vermək, səhvləri mətnlə yazmaq və klaviatura ilə naviqasiyanı təmin etmək',
        'Дать каждому полю связанную текстовую метку, писать ошибки текстом и обеспечить навигацию с клавиатуры',
        'Give every field a linked text label, write errors as text and support keyboard navigation',
      ),
      t(
        'Təhlükəsizlik üçün sessiyanı 2 dəqiqəlik fəaliyyətsizlikdən sonra xəbərdarlıqsız bitirmək',
        'Ради безопасности завершать сеанс без предупреждения после 2 минут бездействия',
        'For security, end the session without warning after 2 minutes of inactivity',
      ),
    ],
    correct: 'c',
    explanation: t(
      'Ekran oxuyucusu etiketləri və mətn mesajlarını oxuyur, şəkildəki mətni və yalnız rənglə verilən məlumatı isə ötürə bilmir. Xəbərdarlıqsız qısa sessiya müddəti köməkçi texnologiyalarla daha yavaş işləyən istifadəçiləri xüsusilə çətinliyə salır.',
      'Экранный диктор читает метки и текстовые сообщения, но не может передать текст на картинке и информацию, выраженную только цветом. Короткий тайм-аут без предупреждения особенно мешает тем, кто работает медленнее с вспомогательными технологиями.',
      'A screen reader reads labels and text messages but cannot convey text in images or information given only by colour. A short time-out without warning particularly hurts users working more slowly with assistive technology.',
    ),
  }),
  trueFalse({
    ref: 'DF3-3-c',
    stem: t(
      'Müraciət bir neçə bölməyə aid olduqda, cavabı əlaqələndirən bölmə vətəndaşa hər bölmədən ayrıca cavab əvəzinə bir ümumiləşdirilmiş cavab göndərməlidir.',
      'Если обращение касается нескольких подразделений, координирующее подразделение должно направить гражданину один сводный ответ, а не отдельные ответы от каждого подразделения.',
      'When an application concerns several units, the coordinating unit should send the citizen one consolidated reply rather than separate replies from each unit.',
    ),
    correct: true,
    explanation: t(
      'Doğrudur. Bir ümumiləşdirilmiş cavab "vahid pəncərə" prinsipinə uyğundur: vətəndaş qurumun daxili strukturunu bilməli deyil və ziddiyyətli cavablar almamalıdır.',
      'Верно. Один сводный ответ соответствует принципу «единого окна»: гражданин не обязан знать внутреннюю структуру ведомства и не должен получать противоречивые ответы.',
      "True. A single consolidated reply fits the single-window principle: the citizen need not know the agency's internal structure and should not get conflicting answers.",
    ),
  }),
  single({
    ref: 'DF3-4-a',
    stem: t(
      'Aşağıdakılardan hansı proaktiv e-xidmətə nümunədir?',
      'Что из перечисленного является примером проактивной электронной услуги?',
      'Which of the following is an example of a proactive e-service?',
    ),
    options: [
      t(
        'Vətəndaş formanı saytdan yükləyir, doldurur və qəbula gətirir',
        'Гражданин скачивает форму с сайта, заполняет её и приносит на приём',
        'The citizen downloads a form from the website, fills it in and brings it to the office',
      ),
      t(
        'Portalda vətəndaşların xidmətlər barədə suallarına gecə-gündüz cavab verən çatbot',
        'Чат-бот на портале, круглосуточно отвечающий на вопросы граждан об услугах',
        "A chatbot on the portal that answers citizens' questions about services around the clock",
      ),
      t(
        'Çağrı mərkəzinin iş saatları uzadılır',
        'Продлевается время работы колл-центра',
        "The contact centre's opening hours are extended",
      ),
      t(
        'Doğum qeydə alındıqdan sonra müavinət reyestr məlumatları əsasında təyin edilir, valideynlərdən yalnız təsdiq istənilir',
        'После регистрации рождения пособие назначается по данным реестров, а у родителей запрашивается только подтверждение',
        'After a birth is registered, the benefit is granted from register data and the parents are asked only to confirm',
      ),
    ],
    correct: 'd',
    explanation: t(
      'Proaktiv xidmət həyat hadisəsi əsasında dövlətin təşəbbüsü ilə başlayır və reyestrlərdəki məlumatlardan istifadə edir. Digər variantlar mövcud reaktiv xidmətin rahatlığını artırır, lakin təşəbbüs yenə də vətəndaşdadır.',
      'Проактивная услуга запускается по инициативе государства на основании жизненного события и использует данные реестров. Остальные варианты повышают удобство реактивной услуги, но инициатива по-прежнему за гражданином.',
      'A proactive service is started by the state on a life event and uses register data. The other options make a reactive service more convenient, but the citizen still has to take the initiative.',
    ),
  }),
  single({
    ref: 'DF3-4-b',
    stem: t(
      'Qurumun çoxkanallı xidmət standartını hazırlayırsınız. Hansı elementlər toplusu ən tamdır?',
      'Вы разрабатываете многоканальный стандарт обслуживания ведомства. Какой набор элементов наиболее полный?',
      "You are drafting the agency's multichannel service standard. Which set of elements is the most complete?",
    ),
    options: [
      t(
        'Cavab müddətləri və performans göstəriciləri; məzmun yalnız dövlət dilində; əks əlaqə mexanizmi nəzərdə tutulmur',
        'Сроки ответа и показатели эффективности; контент только на государственном языке; механизм обратной связи не предусмотрен',
        'Response times and performance indicators; content in the state language only; no feedback mechanism',
      ),
      t(
        'Hər kanal üzrə cavab müddətləri, əlçatanlıq qaydaları, üç dildə məzmun, əks əlaqə və şikayətlər, dərc olunan nəticələr',
        'Сроки ответа по каналам, правила доступности, контент на трёх языках, обратная связь и жалобы, публикуемые результаты',
        'Response times per channel, accessibility rules, content in three languages, feedback and complaints, published results',
      ),
      t(
        'Bütün kanallar üçün eyni cavab müddəti və əlçatanlıq tələbləri; şikayətlər yalnız kağız üzərində qəbul edilir',
        'Единый срок ответа для всех каналов и требования доступности; жалобы принимаются только на бумаге',
        'One response time for all channels and accessibility requirements; complaints accepted on paper only',
      ),
      t(
        'Veb-portalın fasiləsiz işləmə göstəricisi və xidmət mərkəzindəki pəncərələrin sayı',
        'Показатель бесперебойной работы веб-портала и число окон в центре обслуживания',
        'The web portal uptime and the number of counters in the service centre',
      ),
    ],
    correct: 'b',
    explanation: t(
      'Çoxkanallı standart bütün kanalları əhatə etməli, əlçatanlığı və üç dildə məzmunu təmin etməli, əks əlaqə ilə dövri təkmilləşdirməyə imkan verməli və nəticələri ictimaiyyətə açmalıdır. Digər variantlarda bu elementlərdən biri və ya bir neçəsi yoxdur.',
      'Многоканальный стандарт должен охватывать все каналы, обеспечивать доступность и контент на трёх языках, опираться на обратную связь для постоянного улучшения и открыто публиковать результаты. В остальных вариантах одного или нескольких элементов нет.',
      'A multichannel standard must cover all channels, ensure accessibility and content in three languages, use feedback for continuous improvement and publish results. Each other option lacks one or more of these.',
    ),
  }),
  single({
    ref: 'DF3-4-c',
    stem: t(
      'Sorğular göstərir ki, xidmət mərkəzində xidmət 5 baldan 4,8, eyni xidmətin onlayn variantı isə 2,9 balla qiymətləndirilir; şikayətlər müxtəlif qurum saytlarında təkrar-təkrar giriş tələbi ilə bağlıdır. "Vahid pəncərə" modelinə ən uyğun strateji qərar hansıdır?',
      'Опросы показывают, что обслуживание в центре оценивается на 4,8 из 5, а онлайн-вариант той же услуги — на 2,9; жалобы связаны с необходимостью повторно входить на разные сайты ведомств. Какое стратегическое решение лучше всего соответствует модели «единого окна»?',
      'Surveys rate a service at 4.8 out of 5 in the service centre but its online version at 2.9; complaints concern having to log in again and again on different agency sites. Which strategic decision best fits the single-window model?',
    ),
    options: [
      t(
        'Xidmət mərkəzi yaxşı işlədiyi üçün onlayn kanalı bağlamaq',
        'Закрыть онлайн-канал, раз центр обслуживания работает хорошо',
        'Close the online channel, since the service centre works well',
      ),
      t(
        'Qurum üçün öz ayrıca girişi olan yeni mobil tətbiq hazırlamaq, çünki vətəndaşların çoxu artıq telefondan istifadə edir',
        'Разработать для ведомства новое мобильное приложение с собственным входом, ведь большинство граждан уже пользуются телефонами',
        'Build a new mobile app for the agency with its own login, since most citizens now use their phones',
      ),
      t(
        'Xidməti vahid giriş və ortaq status izlənməsi ilə vahid portala köçürmək, dizaynı istifadəçilərlə birgə qurmaq',
        'Перенести услугу в единый портал с единым входом и общим отслеживанием статуса, проектируя вместе с пользователями',
        'Move the service into the single portal with single sign-on and shared status tracking, co-designed with users',
      ),
      t(
        'Onlayn xidmət üçün təlimat videosu çəkmək, qalan hər şeyi dəyişməz saxlamaq',
        'Снять обучающее видео по онлайн-услуге, а всё остальное оставить без изменений',
        'Record a tutorial video for the online service and leave everything else unchanged',
      ),
    ],
    correct: 'c',
    explanation: t(
      'Şikayətlərin səbəbi parçalanmış girişdir; həll — vahid portal, bir dəfə giriş və istifadəçilərlə birgə dizayn. Ayrıca tətbiq parçalanmanı artırır, kanalın bağlanması isə rəqəmsal xidmətdən imtina deməkdir.',
      'Причина жалоб — раздробленный вход; решение — единый портал, однократный вход и дизайн совместно с пользователями. Отдельное приложение усиливает раздробленность, а закрытие канала означает отказ от цифровой услуги.',
      'The complaints stem from fragmented log-ins; the answer is one portal, single sign-on and co-design with users. A separate app adds fragmentation, and closing the channel abandons the digital service.',
    ),
  }),
];

/** Seed items for area DF (Digital foundations): 3 per competency × level. */
export const ITEMS_DF: readonly SeedItem[] = [...DF1, ...DF2, ...DF3];
