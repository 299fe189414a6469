import type { SeedItem } from './seed-item.types';
import { t, single, multi, trueFalse, ordering, matching, shortText } from './seed-builders';

/* Seed items for area IS — Security and privacy (IS1, IS2, IS3 × levels 1..4). */

/* ---------------------------------------------------------------- IS1 Information-security hygiene */

const IS1: readonly SeedItem[] = [
  single({
    ref: 'IS1-1-a',
    stem: t(
      'Aşağıdakı parollardan hansı ən güclüdür?',
      'Какой из следующих паролей самый надёжный?',
      'Which of the following passwords is the strongest?',
    ),
    options: [
      t('Baku2024!', 'Baku2024!', 'Baku2024!'),
      t('Password123', 'Password123', 'Password123'),
      t('Kiwi-Tower-Rain-Violin-41', 'Kiwi-Tower-Rain-Violin-41', 'Kiwi-Tower-Rain-Violin-41'),
      t('15041990 (doğum tarixi)', '15041990 (дата рождения)', '15041990 (a date of birth)'),
    ],
    correct: 'c',
    explanation: t(
      'Bir-biri ilə əlaqəsi olmayan sözlərdən ibarət uzun parol ifadəsi həm yadda qalır, həm də seçmə yolu ilə tapılması çətindir. "Baku2024!" və "Password123" lüğət hücumlarında ilk yoxlanılan nümunələrdir, doğum tarixi isə asanlıqla öyrənilir.',
      'Длинная парольная фраза из не связанных между собой слов легко запоминается и трудно подбирается. «Baku2024!» и «Password123» проверяются словарными атаками в первую очередь, а дату рождения легко узнать.',
      'A long passphrase of unrelated words is easy to remember and hard to guess. "Baku2024!" and "Password123" are among the first patterns tried in dictionary attacks, and a birth date is easy to find out.',
    ),
  }),
  trueFalse({
    ref: 'IS1-1-b',
    stem: t(
      'Parol kifayət qədər uzundursa, iş hesabı və şəxsi sosial şəbəkə hesabı üçün eyni paroldan istifadə etmək məqbuldur.',
      'Если пароль достаточно длинный, допустимо использовать один и тот же пароль для рабочей учётной записи и личной страницы в социальной сети.',
      'If a password is long enough, it is acceptable to use it for both your work account and your personal social-network account.',
    ),
    correct: false,
    explanation: t(
      'Yanlışdır. Xidmətlərdən biri sındırıldıqda sızan parol digər hesablarda avtomatik yoxlanılır. Hər hesab üçün unikal parol və mümkün olduqda iki faktorlu autentifikasiya tələb olunur.',
      'Неверно. При взломе одного сервиса утёкший пароль автоматически пробуют на других учётных записях. Для каждой учётной записи нужен уникальный пароль и, где возможно, двухфакторная аутентификация.',
      'False. When one service is breached, the leaked password is automatically tried on other accounts. Each account needs a unique password and, where possible, two-factor authentication.',
    ),
  }),
  single({
    ref: 'IS1-1-c',
    stem: t(
      'İş yerinizdən beş dəqiqəlik ayrılırsınız. Nə etməlisiniz?',
      'Вы отходите от рабочего места на пять минут. Что следует сделать?',
      'You are leaving your desk for five minutes. What should you do?',
    ),
    options: [
      t('Ekranı kilidləmək (məsələn, Windows + L)', 'Заблокировать экран (например, Windows + L)', 'Lock the screen (e.g. Windows + L)'),
      t('Yalnız monitoru söndürmək', 'Только выключить монитор', 'Just switch off the monitor'),
      t('Heç nə, beş dəqiqə qısa müddətdir', 'Ничего, пять минут — это недолго', 'Nothing; five minutes is a short time'),
      t(
        'Həmkarınızdan kompüterinizə göz qoymasını xahiş etmək',
        'Попросить коллегу присмотреть за компьютером',
        'Ask a colleague to keep an eye on your computer',
      ),
    ],
    correct: 'a',
    explanation: t(
      'Kilidlənmiş ekran sessiyanı parolla qoruyur. Söndürülmüş monitor sessiyanı açıq saxlayır, qısa müddət isə başqasının sizin adınızdan hərəkət etməsi üçün kifayətdir.',
      'Заблокированный экран защищает сеанс паролем. Выключенный монитор оставляет сеанс открытым, а короткого времени достаточно, чтобы кто-то совершил действия от вашего имени.',
      'A locked screen protects the session with your password. A switched-off monitor leaves the session open, and a few minutes are enough for someone to act in your name.',
    ),
  }),
  shortText({
    ref: 'IS1-2-a',
    stem: t(
      'Etibarlı göndərəni təqlid edərək parolunuzu ələ keçirmək və ya zərərli keçidi açdırmaq məqsədi daşıyan saxta e-məktub hücumu necə adlanır? (Bir söz yazın.)',
      'Как называется атака с помощью поддельного письма, которое выдаёт себя за доверенного отправителя, чтобы выманить пароль или заставить открыть вредоносную ссылку? (Напишите одно слово.)',
      'What is the name of an attack by fake e-mail that imitates a trusted sender to steal your password or get you to open a malicious link? (Write one word.)',
    ),
    accepted: ['fişinq', 'fişinq hücumu', 'фишинг', 'фишинговая атака', 'phishing', 'phishing attack'],
    explanation: t(
      'Bu, fişinqdir. Şübhəli məktubu açmadan və keçidə klikləmədən dərhal təhlükəsizlik üzrə məsul şəxsə bildirmək lazımdır.',
      'Это фишинг. О подозрительном письме нужно сразу сообщить ответственному за безопасность, не открывая вложений и не переходя по ссылкам.',
      'This is phishing. Report a suspicious message to the security contact at once, without opening attachments or clicking links.',
    ),
  }),
  multi({
    ref: 'IS1-2-b',
    stem: t(
      'E-məktubda hansı əlamətlər fişinqə işarə edir? (Bütün düzgün variantları seçin.)',
      'Какие признаки в письме указывают на фишинг? (Выберите все правильные варианты.)',
      'Which signs in an e-mail point to phishing? (Select all that apply.)',
    ),
    options: [
      t(
        'Məktub gözlənilirdi, daxili sistem vasitəsilə tanış həmkardan gəlib və razılaşdırılmış məsələyə aiddir',
        'Письмо ожидалось, пришло через внутреннюю систему от знакомого коллеги и касается согласованного вопроса',
        'The message was expected, came through the internal system from a known colleague and concerns an agreed matter',
      ),
      t(
        'Göndərənin domeni həqiqi domendən cüzi fərqlənir (məsələn, gov-az.com)',
        'Домен отправителя слегка отличается от настоящего (например, gov-az.com)',
        "The sender's domain differs slightly from the real one (e.g. gov-az.com)",
      ),
      t(
        'Təcili hədə: "Hesabınız 1 saat ərzində bloklanacaq"',
        'Срочная угроза: «Ваша учётная запись будет заблокирована через 1 час»',
        'An urgent threat: "Your account will be blocked within 1 hour"',
      ),
      t(
        'Keçidin üzərinə gəldikdə görünən ünvan mətndə yazılmış ünvandan fərqlənir',
        'Адрес, который виден при наведении на ссылку, отличается от написанного в тексте',
        'The address shown when hovering over the link differs from the one written in the text',
      ),
      t(
        'Keçiddə açılan səhifədə parolunuzu daxil etmək tələbi',
        'Требование ввести пароль на странице, открывающейся по ссылке',
        'A request to enter your password on the page the link opens',
      ),
    ],
    correct: ['b', 'c', 'd', 'e'],
    explanation: t(
      'Oxşar domenlər, təcililik və hədə, saxta keçidlər və parol tələbi fişinqin tipik əlamətləridir. Daxili sistemlə gələn gözlənilən məktub özlüyündə şübhə doğurmur.',
      'Похожие домены, срочность и угрозы, подменённые ссылки и требование пароля — типичные признаки фишинга. Ожидаемое письмо, пришедшее через внутреннюю систему, само по себе подозрений не вызывает.',
      'Look-alike domains, urgency and threats, disguised links and password requests are typical signs of phishing. An expected message arriving through the internal system is not suspicious in itself.',
    ),
  }),
  single({
    ref: 'IS1-2-c',
    stem: t(
      'Özünü İT dəstəyinin əməkdaşı kimi təqdim edən şəxs zəng edib poçt qutunuzu "düzəltmək" üçün parolunuzu soruşur. Nə edəcəksiniz?',
      'Звонит человек, представляющийся сотрудником ИТ-поддержки, и просит ваш пароль, чтобы «починить» почтовый ящик. Что вы сделаете?',
      'Someone calls claiming to be from IT support and asks for your password to "fix" your mailbox. What do you do?',
    ),
    options: [
      t('Parolu demək, çünki İT-nin ona ehtiyacı var', 'Назвать пароль, ведь он нужен ИТ-отделу', 'Give the password, since IT needs it'),
      t(
        'İmtina etmək — parol heç kimə deyilmir — və zəng barədə təhlükəsizlik üzrə məsul şəxsə məlumat vermək',
        'Отказать — пароль никому не сообщают — и сообщить о звонке ответственному за безопасность',
        'Refuse, as passwords are never shared, and report the call to the security contact',
      ),
      t('Köhnə parolunuzu demək', 'Назвать свой старый пароль', 'Give your old password'),
      t(
        'Zəng edəndən sorğunu İT bölməsinin ünvanından e-poçtla göndərməsini xahiş etmək və parolu cavab məktubunda yazmaq',
        'Попросить звонящего прислать запрос по почте с адреса ИТ-отдела и ответить паролем в письме',
        "Ask the caller to send the request by e-mail from the IT unit's address, then reply with the password",
      ),
    ],
    correct: 'b',
    explanation: t(
      'Həqiqi İT dəstəyi heç vaxt parol soruşmur. Belə zənglər sosial mühəndislik cəhdidir; onlar barədə məlumat vermək digər əməkdaşları qorumağa kömək edir.',
      'Настоящая ИТ-поддержка никогда не спрашивает пароль. Такие звонки — попытка социальной инженерии; сообщение о них помогает защитить других сотрудников.',
      'Genuine IT support never asks for passwords. Such calls are social engineering; reporting them helps protect colleagues.',
    ),
  }),
  single({
    ref: 'IS1-3-a',
    stem: t(
      'Bölmənin beş əməkdaşı reyestrə daxil olmaq üçün bir ortaq hesabdan istifadə edir. Əsas risk nədir və onu necə aradan qaldırmaq olar?',
      'Пять сотрудников подразделения входят в реестр под одной общей учётной записью. В чём главный риск и как его устранить?',
      'Five employees of the unit use one shared account to access a register. What is the main risk and how is it removed?',
    ),
    options: [
      t(
        'Ortaq parol güclüdürsə və hər dəfə kimsə işdən çıxdıqda dəyişdirilirsə, real risk yoxdur',
        'Реального риска нет, если общий пароль надёжный и меняется при каждом увольнении',
        'There is no real risk as long as the shared password is strong and changed whenever someone leaves',
      ),
      t(
        'Əsas risk parolun yadda saxlanmasının çətinliyidir; parolu sadələşdirmək lazımdır',
        'Главный риск — пароль трудно запомнить; его нужно упростить',
        'The main risk is that the password is hard to remember; it should be simplified',
      ),
      t(
        'Əsas risk hesabın yavaş işləməsidir; daha güclü kompüter almaq lazımdır',
        'Главный риск — медленная работа учётной записи; нужно купить более мощный компьютер',
        'The main risk is that the account is slow; a faster computer should be bought',
      ),
      t(
        'Hərəkətləri şəxsə bağlamaq olmur, işdən çıxanlar girişi saxlayır; hər kəsə rol əsaslı hüquqlarla ayrıca hesab vermək',
        'Действия нельзя связать с человеком, а уволившиеся сохраняют доступ; каждому нужна своя учётная запись с правами по роли',
        'Actions cannot be traced to a person and leavers keep access; give everyone an own account with role-based rights',
      ),
    ],
    correct: 'd',
    explanation: t(
      'Ortaq hesab hesabatlılığı aradan qaldırır: jurnal kimin nə etdiyini göstərmir, parol isə işdən çıxandan sonra da məlum qalır. Fərdi hesablar və rol əsaslı hüquqlar bu problemi həll edir.',
      'Общая учётная запись уничтожает подотчётность: журнал не показывает, кто что сделал, а пароль остаётся известен и после увольнения. Личные учётные записи и права по ролям решают проблему.',
      'A shared account destroys accountability: logs cannot show who did what, and the password stays known after someone leaves. Personal accounts with role-based rights fix this.',
    ),
  }),
  single({
    ref: 'IS1-3-b',
    stem: t(
      'Məsafədən iş üçün hansı təşkil qaydası qurumun tipik təhlükəsizlik siyasətinə uyğundur?',
      'Какая организация удалённой работы соответствует типичной политике безопасности ведомства?',
      "Which remote-work arrangement is consistent with an agency's typical security policy?",
    ),
    options: [
      t(
        'Qurumun idarə etdiyi, yenilənmiş qurğudan qurumun VPN-i və iki faktorlu autentifikasiya ilə qoşulmaq',
        'Подключаться с управляемого ведомством обновлённого устройства через VPN ведомства с двухфакторной аутентификацией',
        "Connect from an agency-managed, up-to-date device through the agency's VPN with two-factor authentication",
      ),
      t(
        'Kafedəki Wi-Fi şəbəkəsindən VPN-siz qoşulmaq, çünki https onsuz da qurumun veb-tətbiqlərinə gedən trafiki şifrələyir',
        'Подключаться через Wi-Fi в кафе без VPN, ведь https и так шифрует трафик к веб-приложениям ведомства',
        "Connect over café Wi-Fi without a VPN, since https already encrypts traffic to the agency's web applications",
      ),
      t(
        'Rahatlıq üçün iş e-poçtunu şəxsi poçt qutusuna yönləndirmək',
        'Для удобства перенаправить рабочую почту в личный почтовый ящик',
        'Forward work e-mail to a personal mailbox for convenience',
      ),
      t(
        'Faylları evdə işləmək üçün şəxsi şifrələnməmiş fleş-kartla aparmaq',
        'Переносить файлы для работы дома на личной незашифрованной флешке',
        'Carry files home on a personal unencrypted USB stick',
      ),
    ],
    correct: 'a',
    explanation: t(
      'İdarə olunan qurğu, VPN və iki faktorlu autentifikasiya məsafədən girişi ofisdəki qədər qoruyur. Şəxsi poçt və şifrələnməmiş daşıyıcılar məlumatları qurumun nəzarətindən çıxarır.',
      'Управляемое устройство, VPN и двухфакторная аутентификация защищают удалённый доступ так же, как в офисе. Личная почта и незашифрованные носители выводят данные из-под контроля ведомства.',
      "A managed device, VPN and two-factor authentication protect remote access as well as in the office. Personal mail and unencrypted media take data out of the agency's control.",
    ),
  }),
  trueFalse({
    ref: 'IS1-3-c',
    stem: t(
      'Bölmədə fişinq insidentindən sonra hücumun necə baş verdiyini və necə məlumat verməli olduğunu günahkar axtarmadan izah edən təlimat parolları səssizcə sıfırlamaqdan daha səmərəlidir.',
      'После фишингового инцидента в подразделении инструктаж без поиска виноватых, объясняющий, как сработала атака и как о ней сообщать, эффективнее, чем молча сбросить пароли.',
      'After a phishing incident in the unit, a blame-free briefing that explains how the attack worked and how to report it is more effective than silently resetting passwords.',
    ),
    correct: true,
    explanation: t(
      'Doğrudur. Parolların sıfırlanması lazımdır, lakin kifayət deyil: insidentin açıq təhlili həmkarlara oxşar hücumları tanımağa kömək edir və cəzadan qorxmadan məlumat verməyi təşviq edir.',
      'Верно. Сброс паролей нужен, но недостаточен: открытый разбор инцидента помогает коллегам распознавать похожие атаки и поощряет сообщать о них без страха наказания.',
      'True. Resetting passwords is needed but not enough: an open review helps colleagues recognise similar attacks and encourages reporting without fear of blame.',
    ),
  }),
  ordering({
    ref: 'IS1-4-a',
    stem: t(
      'İnformasiya təhlükəsizliyi insidentinə cavab tədbirlərinin mərhələlərini düzgün ardıcıllıqla düzün.',
      'Расположите этапы реагирования на инцидент информационной безопасности в правильном порядке.',
      'Put the stages of responding to an information-security incident in the correct order.',
    ),
    options: [
      t('Sistemlərin və xidmətlərin bərpası', 'Восстановление систем и сервисов', 'Recovery of systems and services'),
      t('İnsidentin aşkarlanması və təhlili', 'Обнаружение и анализ инцидента', 'Detection and analysis of the incident'),
      t(
        'İnsidentdən sonrakı təhlil və nəticələrin çıxarılması',
        'Разбор после инцидента и извлечение уроков',
        'Post-incident review and lessons learned',
      ),
      t(
        'İnsidentin lokallaşdırılması (yayılmasının qarşısının alınması)',
        'Локализация инцидента (сдерживание распространения)',
        'Containment (stopping the incident from spreading)',
      ),
      t(
        'Səbəbin (zərərli proqramın, zəifliyin) aradan qaldırılması',
        'Устранение причины (вредоносной программы, уязвимости)',
        'Eradication of the cause (malware, vulnerability)',
      ),
    ],
    order: ['b', 'd', 'e', 'a', 'c'],
    explanation: t(
      'Əvvəlcə insident aşkarlanıb təhlil edilir, sonra yayılması dayandırılır, səbəbi aradan qaldırılır, sistemlər bərpa olunur və sonda nəticələr çıxarılır. Lokallaşdırmadan və səbəbin aradan qaldırılmasından əvvəl bərpa insidentin təkrarlanmasına səbəb ola bilər.',
      'Сначала инцидент обнаруживают и анализируют, затем сдерживают, устраняют причину, восстанавливают системы и в конце извлекают уроки. Восстановление до сдерживания и устранения причины может привести к повторению инцидента.',
      'First detect and analyse, then contain, eradicate the cause, recover systems and finally draw lessons. Recovering before containment and eradication can let the incident recur.',
    ),
  }),
  single({
    ref: 'IS1-4-b',
    stem: t(
      'Risk = ehtimal × təsir (hər biri 1–5 bal). Risklərin qiymətləndirilməsinə görə hansı risk ilk növbədə işlənməlidir?',
      'Риск = вероятность × воздействие (каждое от 1 до 5 баллов). Какой риск по результатам оценки нужно обрабатывать в первую очередь?',
      'Risk = likelihood × impact (each scored 1–5). According to the assessment, which risk should be treated first?',
    ),
    options: [
      t(
        'Fayl serverində şifrələyici zərərli proqram: ehtimal 3, təsir 5',
        'Программа-шифровальщик на файловом сервере: вероятность 3, воздействие 5',
        'Ransomware on the file server: likelihood 3, impact 5',
      ),
      t(
        'Saytın görünüşünün dəyişdirilməsi (defeysment): ehtimal 4, təsir 2',
        'Дефейс сайта: вероятность 4, воздействие 2',
        'Website defacement: likelihood 4, impact 2',
      ),
      t(
        'Noutbukun oğurlanması: ehtimal 2, təsir 4',
        'Кража ноутбука: вероятность 2, воздействие 4',
        'Laptop theft: likelihood 2, impact 4',
      ),
      t(
        'Fişinq yolu ilə hesab məlumatlarının oğurlanması: ehtimal 4, təsir 4',
        'Кража учётных данных через фишинг: вероятность 4, воздействие 4',
        'Credential theft through phishing: likelihood 4, impact 4',
      ),
    ],
    correct: 'd',
    explanation: t(
      'Risk dəyərləri: 15, 8, 8 və 16. Ən yüksək dəyər (16) fişinqlə hesab məlumatlarının oğurlanmasıdır, ona görə ilk növbədə onunla bağlı tədbirlər (iki faktorlu autentifikasiya, maarifləndirmə, poçt filtrasiyası) planlaşdırılmalıdır.',
      'Значения риска: 15, 8, 8 и 16. Наибольшее (16) — кража учётных данных через фишинг, поэтому меры против неё (двухфакторная аутентификация, обучение, фильтрация почты) планируются в первую очередь.',
      'The risk scores are 15, 8, 8 and 16. The highest (16) is credential theft through phishing, so its controls (two-factor authentication, awareness, mail filtering) come first.',
    ),
  }),
  single({
    ref: 'IS1-4-c',
    stem: t(
      'Dövlət informasiya sistemini təsir altına alan ciddi insident aşkarlanıb. Daxili cavab tədbirləri ilə yanaşı qurum nə etməlidir?',
      'Обнаружен серьёзный инцидент, затрагивающий государственную информационную систему. Что должно сделать ведомство помимо внутреннего реагирования?',
      'A serious incident affecting a state information system has been detected. Besides its internal response, what should the agency do?',
    ),
    options: [
      t(
        'İnsidenti daxildə həll edib məxfi saxlamaq ki, hücumçular uğur qazandıqlarını bilib yenidən cəhd etməsinlər',
        'Разобраться внутри и сохранить инцидент в тайне, чтобы злоумышленники не узнали об успехе и не повторили попытку',
        'Handle it internally and keep it confidential, so that attackers do not learn they succeeded and try again',
      ),
      t(
        'Müəyyən olunmuş müddətdə milli kibertəhlükəsizlik orqanına (CERT) məlumat vermək və onunla əlaqələndirmək',
        'В установленный срок сообщить в национальный орган по кибербезопасности (CERT) и координировать с ним действия',
        'Report it within the required time to the national cyber-security authority (CERT) and coordinate with it',
      ),
      t(
        'Vətəndaşlar bunu qurumdan eşitsin deyə əvvəlcə sosial şəbəkələrdə ictimai bəyanat yaymaq',
        'Сначала опубликовать заявление в социальных сетях, чтобы граждане узнали об инциденте от ведомства',
        'Post a public statement on social media first, so that citizens hear it from the agency',
      ),
      t(
        'Hesabat tam olsun deyə yalnız insident tam həll edildikdən sonra məlumat vermək',
        'Сообщить только после полного устранения инцидента, чтобы отчёт был полным',
        'Report only after the incident is fully resolved, so that the report is complete',
      ),
    ],
    correct: 'b',
    explanation: t(
      'Milli kibertəhlükəsizlik orqanı digər qurumları eyni hücum barədə xəbərdar edə və cavab tədbirlərinə kömək göstərə bilər. Gizlətmə və ya gecikmə zərərin yayılmasına imkan verir.',
      'Национальный орган по кибербезопасности может предупредить другие ведомства о той же атаке и помочь в реагировании. Сокрытие или задержка позволяют ущербу распространиться.',
      'The national cyber-security authority can warn other agencies of the same attack and help with the response. Hiding or delaying lets the damage spread.',
    ),
  }),
];

/* ---------------------------------------------------------------- IS2 Personal-data protection and data-subject rights */

const IS2: readonly SeedItem[] = [
  multi({
    ref: 'IS2-1-a',
    stem: t(
      'Aşağıdakılardan hansılar fərdi məlumatlardır? (Bütün düzgün variantları seçin.)',
      'Что из перечисленного является персональными данными? (Выберите все правильные варианты.)',
      'Which of the following are personal data? (Select all that apply.)',
    ),
    options: [
      t('Qurumun illik büdcəsi', 'Годовой бюджет ведомства', "The agency's annual budget"),
      t(
        'Vətəndaşın fərdi identifikasiya nömrəsi (FİN)',
        'Персональный идентификационный номер (ФИН) гражданина',
        "A citizen's personal identification code",
      ),
      t('Vətəndaşın ev ünvanı', 'Домашний адрес гражданина', "A citizen's home address"),
      t('Regionlar üzrə müraciətlərin ümumi sayı', 'Общее число обращений по регионам', 'The total number of applications per region'),
      t('Tibbi arayışdakı diaqnoz', 'Диагноз в медицинской справке', 'A diagnosis on a medical certificate'),
    ],
    correct: ['b', 'c', 'e'],
    explanation: t(
      'Fərdi məlumat müəyyən edilmiş və ya müəyyən edilə bilən şəxsə aid istənilən məlumatdır: FİN, ünvan, diaqnoz. Qurumun büdcəsi və şəxsləri müəyyən etməyə imkan verməyən ümumiləşdirilmiş statistika fərdi məlumat deyil.',
      'Персональные данные — любые сведения об определённом или определяемом лице: ФИН, адрес, диагноз. Бюджет ведомства и агрегированная статистика, не позволяющая установить личность, персональными данными не являются.',
      'Personal data is any information about an identified or identifiable person: an identification code, an address, a diagnosis. The agency budget and aggregate statistics that identify no one are not personal data.',
    ),
  }),
  single({
    ref: 'IS2-1-b',
    stem: t(
      'Maraq üçün giriş hüququnuz olan reyestrdə tanınmış bir şəxsin qeydinə baxmaq istəyirsiniz. Buna icazə varmı?',
      'Из любопытства вы хотите посмотреть запись известного человека в реестре, к которому у вас есть доступ. Допустимо ли это?',
      "Out of curiosity you want to look up a well-known person's record in a register you have access to. Is this allowed?",
    ),
    options: [
      t('Bəli, çünki sizin giriş hüququnuz var', 'Да, ведь у вас есть доступ', 'Yes, because you have access'),
      t(
        'Bəli, əgər məlumatı heç kimə ötürməsəniz və qeyd məhdud girişli kimi işarələnməyibsə',
        'Да, если вы никому не передаёте сведения и запись не помечена как ограниченная',
        'Yes, as long as you pass nothing on and the record is not marked as restricted',
      ),
      t(
        'Xeyr: qeydlərə yalnız iş tapşırığı tələb etdikdə baxmaq olar; bütün girişlər jurnalda qeydə alınır',
        'Нет: просматривать записи можно только тогда, когда этого требует рабочая задача; все обращения фиксируются в журнале',
        'No: records may be opened only when a work task requires it; every access is logged',
      ),
      t('Bəli, iş saatlarından sonra', 'Да, в нерабочее время', 'Yes, outside working hours'),
    ],
    correct: 'c',
    explanation: t(
      'Texniki giriş imkanı icazə demək deyil: fərdi məlumatlar yalnız müəyyən məqsəd üçün emal edilir. Girişlər qeydə alınır, əsassız baxış isə intizam və ya digər məsuliyyətə səbəb ola bilər.',
      'Техническая возможность доступа не равна разрешению: персональные данные обрабатываются только для определённой цели. Обращения журналируются, а необоснованный просмотр может повлечь дисциплинарную или иную ответственность.',
      'Technical access is not permission: personal data is processed only for a defined purpose. Accesses are logged, and unjustified viewing can lead to disciplinary or other liability.',
    ),
  }),
  trueFalse({
    ref: 'IS2-1-c',
    stem: t(
      'Sağlamlıq haqqında məlumatlar gücləndirilmiş qorunma tələb edən xüsusi (həssas) kateqoriyalı fərdi məlumatlardır.',
      'Сведения о здоровье относятся к специальной (чувствительной) категории персональных данных, требующей усиленной защиты.',
      'Health data is a special (sensitive) category of personal data that requires enhanced protection.',
    ),
    correct: true,
    explanation: t(
      'Doğrudur. Sağlamlıq məlumatlarının sızması şəxsə ciddi zərər vura bilər, ona görə onların emalı daha sərt şərtlərə və qorunma tədbirlərinə tabedir.',
      'Верно. Утечка сведений о здоровье может причинить человеку серьёзный вред, поэтому их обработка подчиняется более строгим условиям и мерам защиты.',
      'True. A leak of health data can seriously harm a person, so processing it is subject to stricter conditions and safeguards.',
    ),
  }),
  single({
    ref: 'IS2-2-a',
    stem: t(
      'Kitabxana oxucu bileti üçün forma bunları soruşur: ad, əlaqə telefonu, ailə vəziyyəti, dini etiqad, əmək haqqı. Məlumatların minimallaşdırılması prinsipinə görə hansılar formadan çıxarılmalıdır?',
      'Форма на читательский билет библиотеки запрашивает: имя, контактный телефон, семейное положение, вероисповедание, заработную плату. Что нужно убрать из формы по принципу минимизации данных?',
      'A library-card form asks for: name, contact phone, marital status, religion and salary. Under data minimisation, which should be removed from the form?',
    ),
    options: [
      t('Ad və əlaqə telefonu', 'Имя и контактный телефон', 'Name and contact phone'),
      t(
        'Ailə vəziyyəti, dini etiqad və əmək haqqı',
        'Семейное положение, вероисповедание и заработную плату',
        'Marital status, religion and salary',
      ),
      t('Yalnız dini etiqad', 'Только вероисповедание', 'Only religion'),
      t('Heç biri; artıq məlumat zərər vermir', 'Ничего; лишние сведения не вредят', 'Nothing; extra data does no harm'),
    ],
    correct: 'b',
    explanation: t(
      'Oxucu bileti üçün yalnız şəxsi müəyyən etmək və əlaqə saxlamaq lazımdır. Ailə vəziyyəti, əmək haqqı və xüsusilə həssas məlumat olan dini etiqad bu məqsəd üçün zəruri deyil və toplanmamalıdır.',
      'Для читательского билета нужно лишь идентифицировать человека и связаться с ним. Семейное положение, зарплата и особенно вероисповедание — чувствительные данные — для этой цели не нужны и собираться не должны.',
      'A library card only needs to identify the person and reach them. Marital status, salary and especially religion, a sensitive category, are not needed for that purpose and must not be collected.',
    ),
  }),
  single({
    ref: 'IS2-2-b',
    stem: t(
      'Ərizəçilərin siyahısını onların FİN-ləri ilə birlikdə başqa quruma göndərməlisiniz. Hansı kanaldan istifadə etməlisiniz?',
      'Вам нужно отправить в другое ведомство список заявителей с их ФИН. Каким каналом следует воспользоваться?',
      'You must send a list of applicants with their personal identification codes to another agency. Which channel should you use?',
    ),
    options: [
      t(
        'Şəxsi e-poçt qutusu, əgər fayl parolla qorunursa və parol ayrıca SMS ilə göndərilirsə',
        'Личный почтовый ящик, если файл защищён паролем, а пароль отправлен отдельно по SMS',
        'A personal e-mail account, provided the file is password-protected and the password is sent separately by SMS',
      ),
      t(
        'İşçi qrupunun messencer çatı, çünki orada yalnız iki qurumun məsul əməkdaşları var',
        'Рабочий чат в мессенджере, поскольку в нём только ответственные сотрудники двух ведомств',
        "The working group's messenger chat, since only the responsible staff of both agencies are in it",
      ),
      t(
        'Qaydaya uyğun olaraq qorunan qurumlararası kanal (elektron sənəd dövriyyəsi sistemi və ya qarşılıqlı əlaqə platforması)',
        'Защищённый межведомственный канал в установленном порядке (система электронного документооборота или платформа взаимодействия)',
        'The protected inter-agency channel set by procedure (the document management system or the interoperability platform)',
      ),
      t(
        'Siyahını fleş-karta yazıb kuryerlə göndərmək, çünki internetdən keçməyən məlumat sızmır',
        'Записать список на флешку и отправить с курьером: данные, не проходящие через интернет, не утекают',
        'Copy the list to a USB stick and send it by courier, since data that never crosses the internet cannot leak',
      ),
    ],
    correct: 'c',
    explanation: t(
      'Fərdi məlumatlar yalnız qorunan və qeydə alınan kanallarla ötürülür. Şəxsi poçt və messencerlər qurumun nəzarətindən kənardadır, şifrələnməmiş daşıyıcı isə itdikdə məlumat sızmasına səbəb olur.',
      'Персональные данные передаются только по защищённым и журналируемым каналам. Личная почта и мессенджеры вне контроля ведомства, а потеря незашифрованного носителя ведёт к утечке.',
      "Personal data travels only through protected, logged channels. Personal mail and messengers are outside the agency's control, and a lost unencrypted stick means a breach.",
    ),
  }),
  trueFalse({
    ref: 'IS2-2-c',
    stem: t(
      'Məlumat subyektinin onun fərdi məlumatlarından hansı qurumların və ya şəxslərin hansı məqsədlə istifadə etdiyini bilmək hüququ var.',
      'Субъект данных имеет право знать, какие ведомства или лица и с какой целью использовали его персональные данные.',
      'A data subject has the right to know which agencies or persons used their personal data and for what purpose.',
    ),
    correct: true,
    explanation: t(
      'Doğrudur. Bu hüquq girişlərin məqsədinin qeydə alınmasını tələb edir; sorğuya qanunla müəyyən edilmiş müddətdə cavab verilməlidir.',
      'Верно. Это право требует фиксировать цель каждого обращения к данным; на запрос нужно ответить в установленный законом срок.',
      'True. This right requires recording the purpose of each access; the request must be answered within the legal deadline.',
    ),
  }),
  matching({
    ref: 'IS2-3-a',
    stem: t(
      'Vətəndaşın hər sorğusunu onun həyata keçirdiyi məlumat subyekti hüququ ilə uyğunlaşdırın.',
      'Сопоставьте каждый запрос гражданина с правом субъекта данных, которое он реализует.',
      'Match each citizen request with the data-subject right it exercises.',
    ),
    premises: [
      t(
        '"Mənim haqqımda hansı məlumatları saxladığınızı və onları kimə verdiyinizi bildirin."',
        '«Сообщите, какие сведения обо мне вы храните и кому их передавали».',
        '"Tell me what data you hold about me and to whom you have passed it."',
      ),
      t(
        '"Qeydlərinizdə ünvanım səhvdir, düzəldin."',
        '«В ваших записях неверный адрес, исправьте его».',
        '"My address in your records is wrong; correct it."',
      ),
      t(
        '"Başa çatmış müsabiqə üçün toplanmış və saxlanma müddəti bitmiş məlumatlarımı silin."',
        '«Удалите мои данные, собранные для завершённого конкурса, срок хранения которых истёк».',
        '"Delete my data collected for a finished competition whose retention period has ended."',
      ),
      t(
        '"Telefon nömrəmdən məlumat bülletenləri üçün istifadəni dayandırın."',
        '«Прекратите использовать мой номер телефона для рассылки бюллетеней».',
        '"Stop using my phone number for newsletters."',
      ),
    ],
    responses: [
      t('Düzəliş hüququ', 'Право на исправление', 'Right to rectification'),
      t('Məlumatlarla tanış olmaq hüququ', 'Право на доступ к данным', 'Right of access'),
      t('Etiraz hüququ', 'Право на возражение', 'Right to object'),
      t('Silinmə hüququ', 'Право на удаление', 'Right to erasure'),
      t('Məlumatların daşınması hüququ', 'Право на переносимость данных', 'Right to data portability'),
    ],
    pairs: [
      ['p1', 'r2'],
      ['p2', 'r1'],
      ['p3', 'r4'],
      ['p4', 'r3'],
    ],
    explanation: t(
      'Saxlanılan məlumatlar və alıcılar barədə sorğu tanış olmaq hüququ, səhvin düzəldilməsi düzəliş hüququ, müddəti bitmiş məlumatların silinməsi silinmə hüququ, müəyyən istifadənin dayandırılması isə etiraz hüququdur. Daşınma hüququ məlumatların başqa operatora ötürülməsinə aiddir.',
      'Запрос о хранимых данных и получателях — право на доступ, исправление ошибки — право на исправление, удаление данных с истёкшим сроком — право на удаление, прекращение определённого использования — право на возражение. Переносимость касается передачи данных другому оператору.',
      'Asking what is held and who received it is access; fixing an error is rectification; deleting data past retention is erasure; stopping a particular use is objection. Portability concerns moving data to another controller.',
    ),
  }),
  single({
    ref: 'IS2-3-b',
    stem: t(
      'Hansı üsul məlumat toplusunu artıq konkret şəxslərlə əlaqələndirilə bilməyən və statistika üçün istifadə oluna bilən hala gətirir?',
      'Какой способ превращает набор данных в такой, который больше нельзя связать с конкретными людьми и можно использовать для статистики?',
      'Which technique turns a data set into one that can no longer be linked to individuals and can be used for statistics?',
    ),
    options: [
      t(
        'Adları təsadüfi identifikatorlarla əvəz edib uyğunluq (açar) cədvəlini saxlamaq',
        'Заменить имена случайными идентификаторами, сохранив таблицу соответствия (ключ)',
        'Replace names with random identifiers while keeping the lookup (key) table',
      ),
      t(
        'Faylı güclü alqoritmlə şifrələmək ki, içindəki şəxslərin kimliyi oxunmasın',
        'Зашифровать файл стойким алгоритмом, чтобы личности в нём нельзя было прочитать',
        'Encrypt the file with a strong algorithm so that the identities in it cannot be read',
      ),
      t(
        'Birbaşa identifikatorları silmək və dolayı olanları (yaş, ünvan, peşə) ümumiləşdirmək ki, heç kəs yenidən müəyyən edilə bilməsin',
        'Удалить прямые идентификаторы и обобщить косвенные (возраст, адрес, профессия), чтобы никого нельзя было установить повторно',
        'Remove direct identifiers and generalise indirect ones (age, address, job) so that no one can be re-identified',
      ),
      t(
        'Yalnız adları və FİN-ləri silmək, dəqiq doğum tarixlərini və ünvanları saxlamaq',
        'Удалить только имена и ФИН, сохранив точные даты рождения и адреса',
        'Remove only names and identification codes, keeping exact birth dates and addresses',
      ),
    ],
    correct: 'c',
    explanation: t(
      'Açar cədvəli saxlanılan əvəzləmə psevdonimləşdirmədir: məlumatlar yenə də fərdi məlumat sayılır. Şifrələmə girişi məhdudlaşdırır, lakin məlumatı anonim etmir. Dəqiq doğum tarixi və ünvan saxlanıldıqda şəxsləri yenidən müəyyən etmək mümkündür. Yalnız yenidən identifikasiya riskini aradan qaldıran anonimləşdirmə toplunu fərdi məlumat olmaqdan çıxarır.',
      'Замена с сохранением таблицы-ключа — это псевдонимизация: данные остаются персональными. Шифрование ограничивает доступ, но не делает данные анонимными. Если сохранить точные даты рождения и адреса, людей можно установить повторно. Только анонимизация, устраняющая риск повторной идентификации, выводит набор из категории персональных данных.',
      'Replacement with a key table kept is pseudonymisation: the data is still personal. Encryption restricts access but does not anonymise. Keeping exact birth dates and addresses allows re-identification. Only anonymisation that removes the re-identification risk takes the set out of personal data.',
    ),
  }),
  single({
    ref: 'IS2-3-c',
    stem: t(
      'Vətəndaş qanuni öhdəlik əsasında aparılan reyestrdən öz məlumatlarının silinməsini tələb edir. Düzgün davranış hansıdır?',
      'Гражданин требует удалить его данные из реестра, который ведётся в силу законной обязанности. Как правильно поступить?',
      'A citizen demands that their data be erased from a register kept under a legal obligation. What is the correct handling?',
    ),
    options: [
      t(
        'Məlumatları dərhal silmək, çünki məlumat subyekti tələb etdikdə silinmə hüququ həmişə üstün tutulur',
        'Немедленно удалить данные, поскольку по требованию субъекта право на удаление всегда имеет приоритет',
        'Erase the data at once, since the right to erasure always prevails once the data subject asks',
      ),
      t(
        'Sorğunu cavabsız qoymaq, çünki qanunla aparılan reyestrlərə dair belə sorğulara cavab vermək tələb olunmur',
        'Оставить запрос без ответа, так как на такие запросы о реестрах, которые ведутся по закону, отвечать не требуется',
        'Leave the request unanswered, because such requests about registers kept by law need no reply',
      ),
      t(
        'Sorğunu məlumatların qorunması üzrə nəzarət orqanına göndərmək və vətəndaşa cavabı oradan gözləməyi bildirmək',
        'Переслать запрос в надзорный орган по защите данных и сообщить гражданину, что ответ придёт оттуда',
        'Forward the request to the data-protection supervisory authority and tell the citizen to await its answer',
      ),
      t(
        'Məlumatların hələlik niyə saxlanmalı olduğunu yazılı izah etmək, artıq və ya səhv məlumatı isə düzəltmək və ya silmək',
        'Письменно объяснить, почему данные пока должны храниться, а избыточные или неверные данные исправить или удалить',
        'Explain in writing why the data must be kept for now, and correct or erase any excessive or wrong data',
      ),
    ],
    correct: 'd',
    explanation: t(
      'Silinmə hüququ mütləq deyil: emal qanuni öhdəliyə əsaslanırsa, məlumat saxlanılır. Lakin sorğu cavablandırılmalı, artıq və ya səhv məlumat isə düzəldilməli və ya silinməlidir.',
      'Право на удаление не абсолютно: если обработка основана на законной обязанности, данные сохраняются. Но на запрос нужно ответить, а избыточные или неверные данные — исправить или удалить.',
      'The right to erasure is not absolute: where processing rests on a legal obligation, the data stays. But the request must be answered, and excessive or wrong data corrected or erased.',
    ),
  }),
  single({
    ref: 'IS2-4-a',
    stem: t(
      'Məlumatların qorunmasına təsirin qiymətləndirilməsi (DPIA) ən aydın şəkildə nə vaxt tələb olunur?',
      'Когда оценка воздействия на защиту данных (DPIA) требуется наиболее явно?',
      'When is a data-protection impact assessment (DPIA) most clearly required?',
    ),
    options: [
      t('Formadakı şriftin dəyişdirilməsi zamanı', 'При смене шрифта в форме', 'When changing the font on a form'),
      t(
        'Qurum daxili büdcə hesabatları üçün yeni elektron cədvəl şablonuna keçəndə',
        'Когда ведомство переходит на новый шаблон электронной таблицы для внутренних бюджетных отчётов',
        'When the agency switches to a new spreadsheet template for its internal budget reports',
      ),
      t(
        'Qurum poçt ünvanını və iş saatlarını saytda və portalda dərc edəndə',
        'Когда ведомство публикует свой почтовый адрес и часы работы на сайте и портале',
        'When the agency publishes its postal address and opening hours on its website and the portal',
      ),
      t(
        'Çoxlu vətəndaşın sağlamlıq və sosial məlumatlarını birləşdirib avtomatlaşdırılmış qərarlar qəbul edən sistemin istifadəyə verilməsi',
        'Запуск системы, которая объединяет сведения о здоровье и социальном положении многих граждан для автоматизированных решений',
        "Launching a system that combines many citizens' health and social data to make automated decisions",
      ),
    ],
    correct: 'd',
    explanation: t(
      'DPIA yüksək riskli emal üçün tələb olunur: həssas məlumatlar, böyük miqyas, məlumat mənbələrinin birləşdirilməsi və avtomatlaşdırılmış qərarlar. Digər hallarda fərdi məlumatların emalı ya yoxdur, ya da risk cüzidir.',
      'DPIA требуется при высокорисковой обработке: чувствительные данные, большой масштаб, объединение источников и автоматизированные решения. В остальных случаях обработки персональных данных нет или риск незначителен.',
      'A DPIA is needed for high-risk processing: sensitive data, large scale, combining sources and automated decisions. The other cases involve no personal-data processing or negligible risk.',
    ),
  }),
  multi({
    ref: 'IS2-4-b',
    stem: t(
      'Qurumun fərdi məlumatları emal edən podratçı (məsələn, bulud və ya İT xidməti) ilə müqaviləsində nələr olmalıdır? (Bütün düzgün variantları seçin.)',
      'Что должен содержать договор ведомства с обработчиком персональных данных (например, облачным или ИТ-подрядчиком)? (Выберите все правильные варианты.)',
      "What should the agency's contract with a processor of personal data (e.g. a cloud or IT contractor) contain? (Select all that apply.)",
    ),
    options: [
      t(
        'Emal yalnız qurumun sənədləşdirilmiş göstərişləri ilə aparılır',
        'Обработка только по документированным указаниям ведомства',
        "Processing only on the agency's documented instructions",
      ),
      t(
        'Təhlükəsizlik tədbirləri və podratçı əməkdaşlarının məxfilik öhdəliyi',
        'Меры безопасности и обязательство конфиденциальности сотрудников подрядчика',
        "Security measures and confidentiality obligations for the contractor's staff",
      ),
      t(
        'Podratçının məlumatlardan öz marketinqi üçün istifadə etmək hüququ',
        'Право подрядчика использовать данные для собственного маркетинга',
        "The contractor's right to use the data for its own marketing",
      ),
      t(
        'Subpodratçılar yalnız qurumun icazəsi ilə cəlb olunur',
        'Субподрядчики привлекаются только с разрешения ведомства',
        "Sub-processors engaged only with the agency's authorisation",
      ),
      t(
        'Müqavilə bitdikdə məlumatların qaytarılması və ya silinməsi',
        'Возврат или удаление данных по окончании договора',
        'Return or deletion of the data when the contract ends',
      ),
    ],
    correct: ['a', 'b', 'd', 'e'],
    explanation: t(
      'Emal edən şəxs yalnız qurumun adından və onun göstərişləri ilə işləyir; müqavilə təhlükəsizliyi, subpodratçılara nəzarəti və müqavilənin sonunda məlumatların taleyini müəyyən edir. Məlumatlardan öz məqsədləri üçün istifadə emal edəni operatora çevirir və qanunsuzdur.',
      'Обработчик действует только от имени ведомства и по его указаниям; договор определяет безопасность, контроль субподрядчиков и судьбу данных после окончания договора. Использование данных в собственных целях превращает обработчика в оператора и незаконно.',
      'A processor acts only on behalf of and on the instructions of the agency; the contract fixes security, control over sub-processors and what happens to the data at the end. Using the data for its own purposes makes it a controller and is unlawful.',
    ),
  }),
  single({
    ref: 'IS2-4-c',
    stem: t(
      'Giriş jurnallarının auditi göstərir ki, bir əməkdaş bir həftədə 900 vətəndaş qeydini açıb və onların heç biri ona həvalə edilmiş işlərlə bağlı deyil. Düzgün addım hansıdır?',
      'Аудит журналов доступа показывает, что сотрудник за неделю открыл 900 записей граждан, ни одна из которых не связана с порученными ему делами. Каков правильный шаг?',
      'An access-log audit shows that one employee opened 900 citizen records in a week, none linked to cases assigned to him. What is the right step?',
    ),
    options: [
      t(
        'Əməkdaşa şifahi xəbərdarlıq etmək və məsələni bağlamaq, çünki məlumatlar qurumdan kənara çıxmayıb',
        'Сделать сотруднику устное замечание и закрыть вопрос, поскольку данные не покинули ведомство',
        'Give the employee an oral warning and close the matter, since the data never left the agency',
      ),
      t(
        'Bunu mümkün pozuntu kimi qiymətləndirmək: sübutları qorumaq, lazım olduqda girişi dayandırmaq, araşdırmaq, təsdiqlənərsə, bildiriş etmək',
        'Расценить как возможное нарушение: сохранить доказательства, при необходимости приостановить доступ, расследовать и при подтверждении уведомить',
        'Treat it as a possible breach: secure evidence, suspend access if needed, investigate and notify if confirmed',
      ),
      t(
        'Jurnalları arxivə köçürüb sistemdən silmək ki, araşdırma başa çatana qədər onları heç kim görməsin',
        'Перенести журналы в архив и удалить их из системы, чтобы до конца проверки их никто не видел',
        'Move the logs to an archive and delete them from the system so that no one sees them until the review ends',
      ),
      t(
        'Əməkdaşın adını göstərməklə pozuntu barədə dərhal bütün vətəndaşlara və mediaya məlumat vermək',
        'Немедленно сообщить о нарушении всем гражданам и СМИ, назвав имя сотрудника',
        'Immediately announce the breach to all citizens and the media, naming the employee',
      ),
    ],
    correct: 'b',
    explanation: t(
      'Əsassız kütləvi baxış fərdi məlumatların qanunsuz emalıdır. Sübutlar qorunmalı, araşdırma aparılmalı və təsdiqlənərsə, pozuntu qanunla müəyyən edilmiş qaydada bildirilməlidir. Jurnalların silinməsi sübutu məhv edir.',
      'Необоснованный массовый просмотр — незаконная обработка персональных данных. Доказательства нужно сохранить, провести расследование и при подтверждении уведомить о нарушении в установленном законом порядке. Удаление журналов уничтожает доказательства.',
      'Unjustified mass viewing is unlawful processing of personal data. Preserve evidence, investigate and, if confirmed, notify the breach as the law requires. Deleting logs destroys the evidence.',
    ),
  }),
];

/* ---------------------------------------------------------------- IS3 Official secrets and classification of information */

const IS3: readonly SeedItem[] = [
  single({
    ref: 'IS3-1-a',
    stem: t(
      '"Xidməti istifadə üçün" qrifli sənədi evdən işləyən həmkarınıza təcili göndərmək lazımdır. Nə etmək olar?',
      'Документ с грифом «Для служебного пользования» нужно срочно отправить коллеге, работающему из дома. Как можно поступить?',
      'A document marked "For official use" must be sent urgently to a colleague working from home. What may you do?',
    ),
    options: [
      t(
        'Sənədi mövzu sətrində "Xidməti istifadə üçün" qeyd etməklə onun şəxsi e-poçtuna göndərmək',
        'Отправить документ на его личную почту, указав в теме письма «Для служебного пользования»',
        'Send it to his personal e-mail, writing "For official use" in the subject line',
      ),
      t(
        'Sənədi uçdan-uca şifrələnən messencerlə göndərmək, çünki kanal şifrələnib',
        'Отправить документ через мессенджер со сквозным шифрованием, раз канал зашифрован',
        'Send it through a messenger with end-to-end encryption, since the channel is encrypted',
      ),
      t(
        'Yalnız qurumun təsdiq olunmuş kanalından (elektron sənəd sistemi və ya qorunan korporativ poçt) istifadə etmək, ya da gözləmək',
        'Использовать только утверждённый канал ведомства (систему документооборота или защищённую корпоративную почту) либо подождать',
        "Use only the agency's approved channel (document system or protected corporate mail), or wait",
      ),
      t(
        'Səhifələrin şəklini çəkib göndərmək, çünki şəkil sənəd sayılmır və qrif daşımır',
        'Сфотографировать страницы и отправить снимки: изображения не документы и грифа не несут',
        'Photograph the pages and send the pictures, as images are not documents and carry no marking',
      ),
    ],
    correct: 'c',
    explanation: t(
      'Məhdud girişli informasiya yalnız təsdiq olunmuş sistemlərdə ötürülür. Şəxsi poçt, messencerlər və telefon şəkilləri məlumatı qurumun nəzarətindən çıxarır və sızma riski yaradır.',
      'Информация ограниченного доступа передаётся только через утверждённые системы. Личная почта, мессенджеры и фотографии на телефоне выводят её из-под контроля ведомства и создают риск утечки.',
      "Restricted information travels only through approved systems. Personal mail, messengers and phone photos take it out of the agency's control and risk a leak.",
    ),
  }),
  multi({
    ref: 'IS3-1-b',
    stem: t(
      'Aşağıdakılardan hansılar girişə görə informasiya kateqoriyalarını düzgün təsvir edir? (Bütün düzgün variantları seçin.)',
      'Что из перечисленного правильно описывает категории информации по доступу? (Выберите все правильные варианты.)',
      'Which of the following correctly describe categories of information by access? (Select all that apply.)',
    ),
    options: [
      t(
        '"Yarımaçıq" informasiya — hansı hissənin açıq olacağına müəllif öz istəyi ilə qərar verir',
        '«Полуоткрытая» информация — автор сам решает, какая часть будет открытой',
        '"Semi-open" information, where the author personally decides which part is public',
      ),
      t('Açıq informasiya — hər kəs üçün əlçatandır', 'Открытая информация — доступна любому', 'Public information, available to anyone'),
      t(
        'Məhdud girişli informasiya, məsələn, "xidməti istifadə üçün" qrifli sənədlər',
        'Информация ограниченного доступа, например документы с грифом «Для служебного пользования»',
        'Restricted-access information, e.g. documents marked "For official use"',
      ),
      t(
        'Dövlət sirri təşkil edən informasiya — xüsusi qanunla qorunur və ona buraxılış tələb olunur',
        'Сведения, составляющие государственную тайну, — защищаются специальным законом и требуют допуска',
        'Information that is a state secret, protected by a special law and requiring clearance',
      ),
      t(
        '"Şəxsi rəy" informasiyası — əməkdaşın şəxsi fikrini əks etdirən istənilən sənəd',
        'Информация «личного мнения» — любой документ, отражающий личное мнение сотрудника',
        '"Personal opinion" information: any document reflecting an employee\'s own view',
      ),
    ],
    correct: ['b', 'c', 'd'],
    explanation: t(
      'İnformasiya girişə görə açıq, məhdud girişli (o cümlədən "xidməti istifadə üçün") və dövlət sirri təşkil edən informasiyaya bölünür. Kateqoriyanı müəllifin şəxsi istəyi deyil, qanun müəyyən edir.',
      'По доступу информация делится на открытую, ограниченного доступа (в том числе «для служебного пользования») и составляющую государственную тайну. Категорию определяет закон, а не личное желание автора.',
      'By access, information is public, restricted (including "for official use") or a state secret. The law, not the author\'s wish, sets the category.',
    ),
  }),
  trueFalse({
    ref: 'IS3-1-c',
    stem: t(
      'Sənəddə qrif yoxdursa, onu heç kimlə məsləhətləşmədən həmişə qurumun saytında dərc etmək olar.',
      'Если на документе нет грифа, его всегда можно опубликовать на сайте ведомства, ни с кем не советуясь.',
      "If a document has no marking, you may always publish it on the agency's website without consulting anyone.",
    ),
    correct: false,
    explanation: t(
      'Yanlışdır. Qrifin olmaması səhv ola bilər, sənəddə fərdi məlumatlar və ya başqa qorunan informasiya ola bilər. Dərcdən əvvəl məsul şəxslə məsləhətləşmək lazımdır.',
      'Неверно. Отсутствие грифа может быть ошибкой, в документе могут быть персональные данные или другая охраняемая информация. Перед публикацией нужно проконсультироваться с ответственным лицом.',
      'False. A missing marking may be a mistake, and the document may contain personal data or other protected information. Consult the responsible person before publishing.',
    ),
  }),
  single({
    ref: 'IS3-2-a',
    stem: t(
      'Vətəndaş qurumun təsdiq olunmuş illik xidmət statistikası hesabatını istəyir; hesabat hələ heç yerdə dərc olunmayıb və qrifi yoxdur. Düzgün davranış hansıdır?',
      'Гражданин запрашивает утверждённый годовой отчёт ведомства о статистике услуг; отчёт ещё нигде не опубликован и грифа не имеет. Как правильно поступить?',
      "A citizen requests the agency's approved annual report on service statistics; it has not been published anywhere yet and carries no marking. What is the correct response?",
    ),
    options: [
      t('Daxili sənəd olduğu üçün imtina etmək', 'Отказать, так как это внутренний документ', 'Refuse because it is an internal document'),
      t(
        'Hesabatı qanunla müəyyən olunmuş müddətdə təqdim etmək, çünki bu, məhdudlaşdırma üçün əsası olmayan açıq informasiyadır',
        'Предоставить отчёт в установленный законом срок, поскольку это открытая информация без оснований для ограничения',
        'Provide it within the legal deadline, since it is public information with no ground for restriction',
      ),
      t(
        'Vətəndaşdan sorğunun məqsədini göstərməsini xahiş etmək ki, qurum hesabatı verib-verməməyə qərar versin',
        'Попросить гражданина указать цель запроса, чтобы ведомство решило, выдавать ли отчёт',
        'Ask the citizen to state the purpose of the request so that the agency can decide whether to release it',
      ),
      t(
        'Hesabatı yalnız özbaşına müəyyən edilmiş ödənişdən sonra vermək',
        'Выдать отчёт только после оплаты произвольно установленного сбора',
        'Hand it over only after payment of an arbitrarily set fee',
      ),
    ],
    correct: 'b',
    explanation: t(
      'Məhdudlaşdırma üçün qanuni əsası olmayan informasiya açıqdır və sorğu ilə verilməlidir. Sorğunun səbəbinin tələb edilməsi və özbaşına ödəniş informasiya əldə etmək hüququnu qanunsuz məhdudlaşdırır.',
      'Информация без законных оснований для ограничения является открытой и предоставляется по запросу. Требование обосновать запрос и произвольная плата неправомерно ограничивают право на получение информации.',
      'Information with no legal ground for restriction is public and must be provided on request. Demanding reasons or an arbitrary fee unlawfully limits the right to information.',
    ),
  }),
  single({
    ref: 'IS3-2-b',
    stem: t(
      'Qurumun şəbəkə təhlükəsizliyi konfiqurasiyasının təfərrüatlarını ehtiva edən daxili xidməti qeyd hazırlayırsınız. Hansı təsnifat ən uyğundur?',
      'Вы готовите внутреннюю служебную записку с подробностями конфигурации сетевой безопасности ведомства. Какая классификация наиболее уместна?',
      "You are drafting an internal memo with details of the agency's network-security configuration. Which classification is most appropriate?",
    ),
    options: [
      t(
        'Məhdud girişli ("xidməti istifadə üçün")',
        'Ограниченного доступа («Для служебного пользования»)',
        'Restricted access ("For official use")',
      ),
      t('Açıq informasiya', 'Открытая информация', 'Public information'),
      t(
        'Qrif lazım deyil, çünki sənəd daxilidir',
        'Гриф не нужен, так как документ внутренний',
        'No marking needed, because the document is internal',
      ),
      t('Avtomatik olaraq dövlət sirri', 'Автоматически государственная тайна', 'Automatically a state secret'),
    ],
    correct: 'a',
    explanation: t(
      'Təhlükəsizlik konfiqurasiyası hücum üçün istifadə oluna biləcək məlumatdır, ona görə girişi məhdudlaşdırılmalıdır. Dövlət sirri isə yalnız qanunla müəyyən edilmiş siyahıya daxil olan məlumatlara şamil edilir və avtomatik tətbiq edilmir.',
      'Конфигурация безопасности может быть использована для атаки, поэтому доступ к ней должен быть ограничен. Государственная тайна распространяется только на сведения из установленного законом перечня и не присваивается автоматически.',
      'Security configuration could be used in an attack, so access must be restricted. State secrecy applies only to information on the list set by law and is never automatic.',
    ),
  }),
  trueFalse({
    ref: 'IS3-2-c',
    stem: t(
      'Sənədin açıqlanmasının quruma xoşagəlməz vəziyyət yaradacağı açıq informasiyanın verilməsindən imtina üçün qanuni əsasdır.',
      'То, что раскрытие документа поставит ведомство в неловкое положение, является законным основанием для отказа в предоставлении открытой информации.',
      'The fact that disclosing a document would embarrass the agency is a lawful ground for refusing to provide public information.',
    ),
    correct: false,
    explanation: t(
      'Yanlışdır. İmtina yalnız qanunda nəzərdə tutulmuş əsaslarla (məsələn, dövlət sirri, fərdi məlumatlar, kommersiya sirri) mümkündür. Qurumun nüfuzu belə əsas deyil.',
      'Неверно. Отказ возможен только по предусмотренным законом основаниям (например, государственная тайна, персональные данные, коммерческая тайна). Репутация ведомства таким основанием не является.',
      "False. Refusal is possible only on grounds set by law (e.g. state secrets, personal data, trade secrets). The agency's reputation is not one of them.",
    ),
  }),
  single({
    ref: 'IS3-3-a',
    stem: t(
      'Tender təkliflərinin qiymətləndirilməsi müqavilə bağlanana qədər məhdud girişli idi. Müqavilə bağlanıb və dərc olunub. Məhdudiyyətlə bağlı nə etmək lazımdır?',
      'Оценка тендерных предложений имела ограниченный доступ до заключения договора. Договор заключён и опубликован. Что нужно сделать с ограничением?',
      'The evaluation of tender bids was restricted until the contract was awarded. The contract is now signed and published. What should be done about the restriction?',
    ),
    options: [
      t(
        'Məhdudiyyəti saxlamaq: bir dəfə məhdud girişli edilmiş sənəd yalnız saxlanma müddəti bitdikdə açıla bilər',
        'Сохранить ограничение: документ, однажды получивший ограниченный доступ, можно открыть только по истечении срока хранения',
        'Keep the restriction: a document once restricted can be opened only when its retention period ends',
      ),
      t(
        'Müqavilə artıq açıq olduğu üçün bütün qiymətləndirmə materiallarını, o cümlədən iştirakçıların təkliflərini tam dərc etmək',
        'Опубликовать все материалы оценки, включая предложения участников, в полном объёме, поскольку договор уже открыт',
        "Publish all evaluation material in full, bidders' offers included, since the contract is already public",
      ),
      t(
        'Sənədləri arxivə təhvil vermək və onlara dair bütün sonrakı sorğuları arxivə yönləndirmək',
        'Передать документы в архив и направлять туда все последующие запросы о них',
        'Transfer the documents to the archive and refer all later requests about them there',
      ),
      t(
        'Məhdudiyyəti nəzərdən keçirib əsası aradan qalxmış hissələrdə ləğv etmək, kommersiya sirrini və fərdi məlumatları məhdud saxlamaq',
        'Пересмотреть ограничение и снять его там, где основания отпали, оставив ограниченными коммерческую тайну и персональные данные',
        'Review it and lift it where the grounds have lapsed, keeping trade secrets and personal data restricted',
      ),
    ],
    correct: 'd',
    explanation: t(
      'Məhdudiyyət yalnız onun əsası mövcud olduqca qüvvədədir. Əsas aradan qalxdıqda informasiya açılmalıdır, lakin başqa əsaslarla qorunan hissələr (kommersiya sirri, fərdi məlumatlar) məhdud qalır.',
      'Ограничение действует, пока существует его основание. Когда основание отпало, информацию нужно открыть, но части, охраняемые по иным основаниям (коммерческая тайна, персональные данные), остаются ограниченными.',
      'A restriction lasts only as long as its ground. Once the ground lapses, the information is opened, but parts protected on other grounds (trade secrets, personal data) stay restricted.',
    ),
  }),
  multi({
    ref: 'IS3-3-b',
    stem: t(
      'Bölmənin təsnifat qərarlarını nəzərdən keçirirsiniz. Hansılar həddindən artıq təsnifatın əlamətləridir? (Bütün düzgün variantları seçin.)',
      'Вы пересматриваете решения подразделения о классификации. Что является признаками избыточной классификации? (Выберите все правильные варианты.)',
      "You are reviewing the unit's classification decisions. Which are signs of over-classification? (Select all that apply.)",
    ),
    options: [
      t(
        'Aradan qaldırılmamış zəifliyi təsvir edən sənəd zəiflik düzəldilənə qədər məhdud girişlidir',
        'Документ с описанием неустранённой уязвимости имеет ограниченный доступ до её устранения',
        'A document describing an unpatched vulnerability is restricted until it is fixed',
      ),
      t(
        'Artıq dərc olunmuş press-relizlərə "xidməti istifadə üçün" qrifi verilib',
        'Уже опубликованным пресс-релизам присвоен гриф «Для служебного пользования»',
        'Press releases already published are marked "For official use"',
      ),
      t(
        'Yalnız bir səhifəsində fərdi məlumat olduğuna görə bütün iş məhdud girişli edilib',
        'Всё дело ограничено в доступе из-за того, что на одной странице есть персональные данные',
        'A whole file is restricted because one page contains personal data',
      ),
      t(
        'Məhdudiyyət əsası və bitmə müddəti göstərilmədən qoyulub',
        'Ограничение установлено без указания основания и срока действия',
        'Restrictions are imposed with no stated ground or end date',
      ),
    ],
    correct: ['b', 'c', 'd'],
    explanation: t(
      'Artıq açıq olan informasiyanın təsnifatı, hissə əvəzinə bütün sənədin məhdudlaşdırılması və əsassız, müddətsiz məhdudiyyətlər həddindən artıq təsnifatdır. Düzəldilməmiş zəifliyin təsviri isə əsaslı və müvəqqəti məhdudiyyətdir.',
      'Классификация уже открытой информации, ограничение всего документа вместо части и ограничения без оснований и сроков — признаки избыточной классификации. Описание неустранённой уязвимости — обоснованное временное ограничение.',
      'Classifying what is already public, restricting a whole file instead of a part, and restrictions with no ground or end date are over-classification. Describing an unpatched vulnerability is a justified, temporary restriction.',
    ),
  }),
  trueFalse({
    ref: 'IS3-3-c',
    stem: t(
      'İnformasiya sistemi məhdud girişli məlumatları emal etməyə başlamazdan əvvəl onun tələb olunan təhlükəsizlik sertifikatlaşdırmasından (attestasiyasından) keçdiyi yoxlanılmalıdır.',
      'Прежде чем информационная система начнёт обрабатывать сведения ограниченного доступа, нужно проверить, что она прошла требуемую сертификацию (аттестацию) по безопасности.',
      'Before an information system starts processing restricted information, one should check that it has passed the required security certification (accreditation).',
    ),
    correct: true,
    explanation: t(
      'Doğrudur. Sertifikatlaşdırma sistemin məhdud girişli məlumatları qorumaq üçün tələb olunan tədbirlərə malik olduğunu təsdiq edir; ondan əvvəl belə məlumatların emalı risklidir və qaydaları pozur.',
      'Верно. Сертификация подтверждает, что в системе есть требуемые меры защиты сведений ограниченного доступа; обработка таких сведений до неё рискованна и нарушает правила.',
      'True. Certification confirms that the system has the controls needed to protect restricted information; processing such data before it is risky and breaks the rules.',
    ),
  }),
  single({
    ref: 'IS3-4-a',
    stem: t(
      'Qurumun təsnifat sxemini hazırlayarkən hansı prinsip qorumanı informasiya əldə etmək hüququ ilə ən yaxşı tarazlaşdırır?',
      'Какой принцип при разработке схемы классификации ведомства лучше всего уравновешивает защиту и право на доступ к информации?',
      "When designing the agency's classification scheme, which principle best balances protection with the right to information?",
    ),
    options: [
      t(
        'Defolt olaraq bütün sənədləri məhdudlaşdırmaq və yalnız kimsə istədikdə və rəhbər razı olduqda açmaq',
        'По умолчанию ограничивать все документы и открывать их только по запросу и с согласия руководителя',
        'Restrict every document by default and open it only when someone asks and the head agrees',
      ),
      t(
        'Qanuni əsas olmadıqca açıqlıq; hər məhdudiyyət əsaslandırılır, həcmi və müddəti ilə məhdudlaşdırılır',
        'Открытость, если нет законного основания для ограничения; каждое ограничение обосновано и ограничено по объёму и сроку',
        'Openness unless a legal ground applies; each restriction justified and limited in scope and time',
      ),
      t(
        'Hər müəllifin öz sənədlərini təsnif etməsinə icazə vermək, çünki məzmunu ən yaxşı o bilir',
        'Поручить каждому автору самому классифицировать свои документы, поскольку он лучше всех знает их содержание',
        'Let each author classify their own documents, since they know the content best',
      ),
      t(
        'Qurumu yanlış şərhlərdən qorumaq üçün media marağı doğura biləcək hər şeyi təsnif etmək',
        'Засекречивать всё, что может привлечь внимание СМИ, чтобы защитить ведомство от неверных толкований',
        'Classify anything that could attract media interest, to protect the agency from misinterpretation',
      ),
    ],
    correct: 'b',
    explanation: t(
      'Açıqlıq prezumpsiyası və əsaslandırılmış, həcmi və müddəti məhdud məhdudiyyətlər həm qorunmanı, həm də informasiya əldə etmək hüququnu təmin edir. Defolt məxfilik və mediadan qorxu əsasında təsnifat qanunsuz imtinalara gətirib çıxarır.',
      'Презумпция открытости и обоснованные, ограниченные по объёму и сроку ограничения обеспечивают и защиту, и право на информацию. Секретность по умолчанию и засекречивание из опасения перед СМИ ведут к неправомерным отказам.',
      'A presumption of openness with justified restrictions limited in scope and time secures both protection and the right to information. Secrecy by default or classifying out of fear of the media leads to unlawful refusals.',
    ),
  }),
  single({
    ref: 'IS3-4-b',
    stem: t(
      'Əməkdaşa yeni layihə üçün dövlət sirri təşkil edən məlumatlara giriş lazımdır. Düzgün yol hansıdır?',
      'Сотруднику для нового проекта нужен доступ к сведениям, составляющим государственную тайну. Какой путь правильный?',
      'An employee needs access to state-secret information for a new project. What is the correct way?',
    ),
    options: [
      t('Rəhbər şifahi icazə verir', 'Руководитель даёт устное разрешение', 'The head gives oral permission'),
      t(
        'Buraxılışı olan həmkar məlumatı onunla paylaşır',
        'Коллега, имеющий допуск, делится с ним сведениями',
        'A colleague with clearance shares the information with him',
      ),
      t(
        'Yalnız qanuni buraxılış prosedurundan sonra, "bilmək zərurəti" prinsipi ilə və girişin qeydiyyatı ilə',
        'Только после установленной законом процедуры допуска, по принципу «необходимо знать» и с регистрацией доступа',
        'Only after the legal clearance procedure, on a need-to-know basis, with access recorded',
      ),
      t(
        'Əməkdaş məxfilik öhdəliyi imzalayır və layihə rəhbəri ona layihə müddətinə giriş verir',
        'Сотрудник подписывает обязательство о неразглашении, и руководитель проекта даёт ему доступ на срок проекта',
        "He signs a non-disclosure undertaking and the project head grants him access for the project's duration",
      ),
    ],
    correct: 'c',
    explanation: t(
      'Dövlət sirrinə buraxılış qanunla müəyyən edilmiş prosedurla verilir və yalnız iş üçün zəruri olan həcmdə tətbiq olunur. Şifahi icazə, həmkarın paylaşması və ya sadə öhdəlik bu proseduru əvəz etmir.',
      'Допуск к государственной тайне оформляется по установленной законом процедуре и действует только в необходимом для работы объёме. Устное разрешение, передача коллегой или простое обязательство эту процедуру не заменяют.',
      'Clearance for state secrets follows the procedure set by law and covers only what the work requires. Oral permission, sharing by a colleague or a simple undertaking do not replace it.',
    ),
  }),
  single({
    ref: 'IS3-4-c',
    stem: t(
      'Lisenziyalar reyestrində lisenziatların adları, lisenziya növləri, tarixlər və fərdi sahibkarların ev ünvanları var. Təsnifat sxemini açıq məlumat öhdəlikləri ilə uzlaşdırarkən nə açıq məlumat kimi dərc edilməlidir?',
      'Реестр лицензий содержит наименования лицензиатов, виды лицензий, даты и домашние адреса индивидуальных предпринимателей. Что следует публиковать как открытые данные, согласуя схему классификации с обязанностями в области открытых данных?',
      'A licence register holds licensee names, licence types, dates and the home addresses of sole traders. Aligning the classification scheme with open-data obligations, what should be published as open data?',
    ),
    options: [
      t(
        'Lisenziya növləri, tarixlər və hüquqi şəxslərin adları, lakin fərdi sahibkarların ev ünvanları yox',
        'Виды лицензий, даты и наименования юридических лиц, но не домашние адреса индивидуальных предпринимателей',
        "Licence types, dates and legal entities' names, but not sole traders' home addresses",
      ),
      t(
        'Heç nə: hər hansı fərdi məlumat olan reyestr bütövlükdə bağlı saxlanılmalıdır',
        'Ничего: реестр, содержащий хоть какие-то персональные данные, должен быть закрыт целиком',
        'Nothing: a register that contains any personal data must be kept closed as a whole',
      ),
      t(
        'Ev ünvanları da daxil olmaqla bütün reyestri, çünki lisenziyalar açıq aktlardır və şəffaflıq üstündür',
        'Весь реестр, включая домашние адреса, поскольку лицензии — публичные акты и прозрачность важнее',
        'The full register, home addresses included, since licences are public acts and transparency prevails',
      ),
      t(
        'Yalnız növlər üzrə lisenziyaların ümumi sayını, bütün adları, o cümlədən şirkət adlarını gizlətməklə',
        'Только общее число лицензий по видам, скрыв все наименования, в том числе компаний',
        'Only aggregate counts of licences by type, withholding all names, including those of companies',
      ),
    ],
    correct: 'a',
    explanation: t(
      'Reyestrdə fərdi məlumatların olması onun tamamilə bağlanmasına əsas deyil: qorunan sahələr çıxarılaraq qalan hissə dərc edilə bilər. Ev ünvanlarının dərci isə fərdi məlumatların qorunması tələblərini pozur.',
      'Наличие персональных данных в реестре не основание закрывать его полностью: защищаемые поля исключаются, а остальное публикуется. Публикация домашних адресов нарушает требования о защите персональных данных.',
      'Personal data in a register is no reason to close it entirely: remove the protected fields and publish the rest. Publishing home addresses breaches personal-data protection.',
    ),
  }),
];

/** Seed items for area IS (Security and privacy): 3 per competency × level. */
export const ITEMS_IS: readonly SeedItem[] = [...IS1, ...IS2, ...IS3];
