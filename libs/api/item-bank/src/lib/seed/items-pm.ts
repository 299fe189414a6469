import type { SeedItem } from './seed-item.types';
import { t, singleChoice, multipleResponse, trueFalse, ordering, matching, numeric, shortText } from './seed-builders-positional';

/*
 * Seed items for area PM — Change and project leadership (PM1–PM4, levels 1..4).
 * Level 1 = awareness/recall, 2 = practitioner/apply, 3 = advanced/analyse, 4 = expert/design or judge.
 */

/* ------------------------------------------------------------------ PM1 */

const PM1: readonly SeedItem[] = [
  singleChoice(
    'PM1-1-a',
    t(
      'BPMN diaqramında zolaq (lane) nəyi göstərir?',
      'Что обозначает дорожка (lane) на диаграмме BPMN?',
      'What does a lane show in a BPMN diagram?',
    ),
    [
      t(
        'Prosesin icra olunduğu zaman dövrünü.',
        'Период времени, в течение которого выполняется процесс.',
        'The time period in which the process runs.',
      ),
      t(
        'Ona daxil olan tapşırıqları yerinə yetirən rolu və ya struktur bölməni.',
        'Роль или подразделение, которое выполняет находящиеся в ней задачи.',
        'The role or organisational unit that performs the tasks placed in it.',
      ),
      t('Məlumatların saxlandığı verilənlər bazasını.', 'Базу данных, в которой хранятся сведения.', 'The database where data are stored.'),
      t('Prosesdə qərar qəbul edilən nöqtəni.', 'Точку принятия решения в процессе.', 'A decision point in the process.'),
    ],
    'b',
    t(
      'Zolaqlar tapşırıqları icraçılara görə qruplaşdırır: kim nə edir. Qərar nöqtəsi şlüz (gateway), verilənlər bazası isə məlumat anbarı elementi ilə göstərilir.',
      'Дорожки группируют задачи по исполнителям: кто что делает. Точка решения обозначается шлюзом (gateway), база данных — элементом хранилища данных.',
      'Lanes group tasks by performer: who does what. A decision point is shown by a gateway, a database by a data-store element.',
    ),
  ),
  matching(
    'PM1-1-b',
    t(
      'BPMN elementlərini onların mənası ilə uyğunlaşdırın.',
      'Сопоставьте элементы BPMN с их значением.',
      'Match the BPMN elements with their meaning.',
    ),
    [
      t('Yuvarlaq küncləri olan düzbucaqlı', 'Прямоугольник со скруглёнными углами', 'Rounded rectangle'),
      t('Romb', 'Ромб', 'Diamond'),
      t('Dairə', 'Круг', 'Circle'),
      t('Bütöv ox', 'Сплошная стрелка', 'Solid arrow'),
    ],
    [
      t(
        'Hadisə (məsələn, prosesin başlanğıcı və ya sonu).',
        'Событие (например, начало или конец процесса).',
        'An event (for example the start or end of the process).',
      ),
      t(
        'Tapşırıqların icra ardıcıllığı (ardıcıllıq axını).',
        'Порядок выполнения задач (поток управления).',
        'The order in which tasks are performed (sequence flow).',
      ),
      t('Tapşırıq (iş).', 'Задача (работа).', 'A task (activity).'),
      t(
        'Şlüz: axının şaxələnməsi və ya birləşməsi, qərar nöqtəsi.',
        'Шлюз: ветвление или слияние потока, точка решения.',
        'A gateway: the flow branches or merges; a decision point.',
      ),
      t(
        'Müxtəlif iştirakçılar arasında mesaj (qırıq xətt).',
        'Сообщение между разными участниками (пунктирная линия).',
        'A message between different participants (dashed line).',
      ),
    ],
    [
      ['p1', 'r3'],
      ['p2', 'r4'],
      ['p3', 'r1'],
      ['p4', 'r2'],
    ],
    t(
      'BPMN-də tapşırıq yuvarlaq künclü düzbucaqlı, şlüz romb, hadisə dairə, ardıcıllıq axını bütöv ox ilə göstərilir. Qırıq xətt iştirakçılar arasında mesaj axınıdır.',
      'В BPMN задача — прямоугольник со скруглёнными углами, шлюз — ромб, событие — круг, поток управления — сплошная стрелка. Пунктир — поток сообщений между участниками.',
      'In BPMN a task is a rounded rectangle, a gateway a diamond, an event a circle and sequence flow a solid arrow. A dashed line is a message flow between participants.',
    ),
  ),
  trueFalse(
    'PM1-1-c',
    t(
      'BPMN-də proses adətən başlanğıc hadisəsi (nazik xətli dairə) ilə başlayır və son hadisəsi (qalın xətli dairə) ilə bitir.',
      'В BPMN процесс обычно начинается начальным событием (круг с тонкой границей) и заканчивается конечным событием (круг с толстой границей).',
      'In BPMN a process usually begins with a start event (a thin-bordered circle) and ends with an end event (a thick-bordered circle).',
    ),
    true,
    t(
      'Doğrudur. Başlanğıc və son hadisələri prosesin sərhədlərini — onu nəyin başlatdığını və hansı nəticə ilə bitdiyini göstərir.',
      'Верно. Начальное и конечное события показывают границы процесса: что его запускает и каким результатом он заканчивается.',
      'True. Start and end events mark the boundaries of the process: what triggers it and what result it ends with.',
    ),
  ),
  ordering(
    'PM1-2-a',
    t(
      'Prosedurun mövcud vəziyyət ("olduğu kimi") BPMN modelinin hazırlanması mərhələlərini düzgün ardıcıllıqla düzün.',
      'Расположите в правильном порядке этапы построения BPMN-модели процедуры «как есть».',
      'Put the steps of building an as-is BPMN model of a procedure in the correct order.',
    ),
    [
      t(
        'Zolaqları, tapşırıqları, şlüzləri və hadisələri çəkmək.',
        'Нарисовать дорожки, задачи, шлюзы и события.',
        'Draw the lanes, tasks, gateways and events.',
      ),
      t(
        'Modeli prosesin iştirakçıları ilə yoxlayıb təsdiqləmək.',
        'Проверить и подтвердить модель с участниками процесса.',
        'Validate the model with the people who run the process.',
      ),
      t(
        'Prosesin sərhədlərini müəyyən etmək: başlanğıc hadisəsi və son nəticə.',
        'Определить границы процесса: начальное событие и конечный результат.',
        'Set the boundaries of the process: the start event and the end result.',
      ),
      t(
        'Müddətləri və icraçılar arasında ötürmələrin sayını qeyd etmək.',
        'Зафиксировать длительность и число передач между исполнителями.',
        'Record the durations and the number of hand-offs between staff.',
      ),
      t(
        'Müsahibə, sənədlər və müşahidə ilə prosedurun faktiki icrası barədə məlumat toplamaq.',
        'Собрать сведения о фактическом выполнении процедуры: интервью, документы, наблюдение.',
        'Collect facts on how the procedure actually runs: interviews, documents, observation.',
      ),
    ],
    ['c', 'e', 'a', 'b', 'd'],
    t(
      'Əvvəlcə sərhədlər müəyyən edilir, sonra faktlar toplanır, model çəkilir və iştirakçılarla təsdiqlənir; ölçmələr təsdiqlənmiş model üzərində qeyd olunur.',
      'Сначала определяются границы, затем собираются факты, рисуется модель и подтверждается участниками; измерения фиксируются на подтверждённой модели.',
      'First the boundaries are set, then facts are collected, the model is drawn and validated with participants; measures are recorded on the validated model.',
    ),
  ),
  numeric(
    'PM1-2-b',
    t(
      'Mövcud prosesdə iş bu ardıcıllıqla icraçılardan keçir: dəftərxana əməkdaşı → mütəxəssis → şöbə müdiri → mütəxəssis → hüquqşünas → dəftərxana əməkdaşı. İşin bir icraçıdan digərinə hər keçidini bir ötürmə sayaraq ötürmələrin sayını hesablayın.',
      'В процессе «как есть» дело проходит исполнителей в таком порядке: сотрудник канцелярии → специалист → начальник отдела → специалист → юрист → сотрудник канцелярии. Считая каждый переход дела от одного исполнителя к другому одной передачей, определите число передач.',
      'In the as-is process a case passes through staff in this order: registry clerk → specialist → head of department → specialist → lawyer → registry clerk. Counting each move of the case from one performer to another as one hand-off, how many hand-offs are there?',
    ),
    5,
    t('ötürmə', 'передач', 'hand-offs'),
    t(
      'Zəncirdə altı addım və beş keçid var: dəftərxana→mütəxəssis, mütəxəssis→müdir, müdir→mütəxəssis, mütəxəssis→hüquqşünas, hüquqşünas→dəftərxana. Hər ötürmə gözləmə və səhv riskini artırır.',
      'В цепочке шесть шагов и пять переходов: канцелярия→специалист, специалист→начальник, начальник→специалист, специалист→юрист, юрист→канцелярия. Каждая передача добавляет ожидание и риск ошибки.',
      'The chain has six steps and five moves: clerk→specialist, specialist→head, head→specialist, specialist→lawyer, lawyer→clerk. Every hand-off adds waiting time and a risk of error.',
    ),
  ),
  singleChoice(
    'PM1-2-c',
    t(
      '"Müraciət tamdırsa, baxılmaya göndərilir; əks halda ərizəçiyə qaytarılır" qaydasını BPMN-də hansı element ilə modelləşdirmək lazımdır?',
      'Каким элементом BPMN следует смоделировать правило «если заявление полное — направить на рассмотрение, иначе — вернуть заявителю»?',
      'Which BPMN element should model the rule "if the application is complete, send it for review; otherwise return it to the applicant"?',
    ),
    [
      t('Paralel şlüz (AND).', 'Параллельный шлюз (AND).', 'A parallel gateway (AND).'),
      t('Hadisə əsaslı şlüz.', 'Шлюз на основе событий.', 'An event-based gateway.'),
      t('Qeyri-müstəsna (inklüziv) şlüz (OR).', 'Неисключающий (инклюзивный) шлюз (OR).', 'An inclusive gateway (OR).'),
      t('Müstəsna şlüz (XOR).', 'Исключающий шлюз (XOR).', 'An exclusive gateway (XOR).'),
    ],
    'd',
    t(
      'Şərtə görə yalnız bir yol seçilir, buna görə müstəsna (XOR) şlüz istifadə olunur. Paralel şlüz bütün yolları eyni vaxtda açır, inklüziv şlüz isə bir neçəsini aça bilər.',
      'По условию выбирается ровно один путь, поэтому используется исключающий шлюз (XOR). Параллельный шлюз открывает все пути одновременно, инклюзивный — может открыть несколько.',
      'Exactly one path is chosen by a condition, so an exclusive (XOR) gateway is used. A parallel gateway opens all paths at once; an inclusive gateway may open several.',
    ),
  ),
  multipleResponse(
    'PM1-3-a',
    t(
      'Hədəf ("olmalı") prosesi layihələndirərkən hansı dəyişikliklər prosesi həqiqətən təkmilləşdirir? Bütün düzgün variantları seçin.',
      'Какие изменения при проектировании процесса «как должно быть» действительно его улучшают? Выберите все правильные варианты.',
      'When designing the to-be process, which changes really improve it? Select all that apply.',
    ),
    [
      t(
        'Dəyər yaratmayan ardıcıl razılaşdırmaları aradan qaldırmaq.',
        'Убрать последовательные согласования, не создающие ценности.',
        'Remove sequential approvals that add no value.',
      ),
      t(
        '"Nəzarət üçün" əlavə imza mərhələsi əlavə etmək.',
        'Добавить дополнительную подпись «для контроля».',
        'Add an extra signature step "for control".',
      ),
      t(
        'Kağız arayışları reyestrlərə elektron sorğularla əvəz etmək.',
        'Заменить бумажные справки электронными запросами к реестрам.',
        'Replace paper certificates with electronic register queries.',
      ),
      t(
        'Elektron müraciəti arxiv üçün çap etməyi tələb etmək.',
        'Требовать распечатку электронного заявления для архива.',
        'Require the e-application to be printed for the archive.',
      ),
      t(
        'Formanın tamlığının yoxlanmasını informasiya sistemi ilə avtomatlaşdırmaq.',
        'Автоматизировать проверку полноты формы информационной системой.',
        'Automate the completeness check of the form in the information system.',
      ),
    ],
    ['a', 'c', 'e'],
    t(
      'Təkmilləşdirmə lazımsız razılaşdırmaları və kağız mərhələləri aradan qaldırır, rutin yoxlamaları avtomatlaşdırır. Əlavə imzalar və çap yalnız müddəti və xərci artırır.',
      'Улучшение убирает лишние согласования и бумажные этапы, автоматизирует рутинные проверки. Лишние подписи и распечатки лишь увеличивают сроки и затраты.',
      'Improvement removes redundant approvals and paper steps and automates routine checks. Extra signatures and printing only add time and cost.',
    ),
  ),
  singleChoice(
    'PM1-3-b',
    t(
      'Mövcud prosesdə müraciətə orta hesabla 10 gün ərzində baxılır və vətəndaş quruma 3 dəfə gəlir. Hədəf prosesdə müddət 4 gün, gəlişlərin sayı 0-dır. İldə 1 000 müraciət daxil olur. Hansı ifadə qazancı düzgün qiymətləndirir?',
      'В процессе «как есть» заявление рассматривается в среднем 10 дней, и гражданин приходит в ведомство 3 раза. В процессе «как должно быть» срок — 4 дня, визитов — 0. В год поступает 1 000 заявлений. Какое утверждение правильно оценивает выигрыш?',
      'In the as-is process an application takes 10 days on average and the citizen visits the agency 3 times. In the to-be process it takes 4 days with 0 visits. There are 1,000 applications a year. Which statement quantifies the gain correctly?',
    ),
    [
      t(
        'İldə 6 000 gəliş və 3 000 gün gözləmə azalır.',
        'В год становится на 6 000 визитов и на 3 000 дней ожидания меньше.',
        '6,000 fewer visits and 3,000 fewer days of waiting a year.',
      ),
      t(
        'Müddət 60% azalır, gəlişlər isə 60% azalır.',
        'Срок сокращается на 60 %, визиты — тоже на 60 %.',
        'Time falls by 60% and visits also fall by 60%.',
      ),
      t(
        'İldə 6 000 gün gözləmə və 3 000 gəliş azalır.',
        'В год становится на 6 000 дней ожидания и на 3 000 визитов меньше.',
        '6,000 fewer days of waiting and 3,000 fewer visits a year.',
      ),
      t('İldə 10 000 gün gözləmə azalır.', 'В год ожидание сокращается на 10 000 дней.', 'Waiting falls by 10,000 days a year.'),
    ],
    'c',
    t(
      'Gözləmə: (10 − 4) × 1 000 = 6 000 gün; gəlişlər: (3 − 0) × 1 000 = 3 000. Müddət 60% azalır, gəlişlər isə 100% aradan qalxır.',
      'Ожидание: (10 − 4) × 1 000 = 6 000 дней; визиты: (3 − 0) × 1 000 = 3 000. Срок сокращается на 60 %, а визиты исчезают на 100 %.',
      'Waiting: (10 − 4) × 1,000 = 6,000 days; visits: (3 − 0) × 1,000 = 3,000. Time falls by 60% while visits disappear entirely (100%).',
    ),
  ),
  singleChoice(
    'PM1-3-c',
    t(
      'Hədəf proses üçün informasiya sisteminə tələblər yazılır. Hansı tələb avtomatlaşdırmanın məqsədini ən yaxşı ifadə edir?',
      'Для процесса «как должно быть» пишутся требования к информационной системе. Какое требование лучше всего выражает цель автоматизации?',
      'Requirements for the information system are being written for the to-be process. Which requirement best expresses the purpose of automation?',
    ),
    [
      t(
        'Sistem bütün müraciətləri imza üçün çap edir.',
        'Система распечатывает все заявления для подписи.',
        'The system prints every application for signature.',
      ),
      t(
        'Sistem ərizəçinin məlumatlarını əhali reyestrindən avtomatik alır, uyğunluq qaydalarını yoxlayır və mütəxəssisə yalnız istisna hallarını göndərir.',
        'Система автоматически получает данные заявителя из регистра населения, проверяет правила соответствия и направляет специалисту только исключительные случаи.',
        "The system retrieves the applicant's data from the population register automatically, checks the eligibility rules and routes only the exceptions to a specialist.",
      ),
      t(
        'Sistem müraciətin PDF faylını razılaşdırma üçün e-poçtla şöbə müdirinə göndərir.',
        'Система отправляет PDF заявления начальнику отдела по электронной почте для согласования.',
        'The system e-mails a PDF of the application to the head of department for approval.',
      ),
      t(
        'Sistem vətəndaşın gətirdiyi sənədlərin skan surətlərini saxlayır.',
        'Система хранит скан-копии документов, принесённых гражданином.',
        'The system stores scans of the documents the citizen brings in.',
      ),
    ],
    'b',
    t(
      'Avtomatlaşdırma kağız mərhələləri rəqəmsallaşdırmaq deyil, işi aradan qaldırmaqdır: məlumat reyestrdən alınır, qaydalar sistem tərəfindən yoxlanılır, insan yalnız istisnalarla məşğul olur.',
      'Автоматизация — не оцифровка бумажных шагов, а устранение работы: данные берутся из реестра, правила проверяет система, человек занимается только исключениями.',
      'Automation is not digitising paper steps but removing work: data come from the register, the system checks the rules and people deal only with exceptions.',
    ),
  ),
  singleChoice(
    'PM1-4-a',
    t(
      'Qurumun proseslər kataloqu hazırlanır. Kataloqda hər proses üçün mütləq nə olmalıdır?',
      'Составляется каталог процессов ведомства. Что обязательно должно быть указано для каждого процесса?',
      "The agency's process catalogue is being built. What must every process in it have?",
    ),
    [
      t('Diaqramın rəng sxemi.', 'Цветовая схема диаграммы.', 'The colour scheme of its diagram.'),
      t(
        'Prosesdə iştirak edən bütün əməkdaşların adları.',
        'Имена всех сотрудников, участвующих в процессе.',
        'The names of every employee involved.',
      ),
      t(
        'Onun nəticələrinə cavabdeh olan proses sahibi və performans göstəriciləri.',
        'Владелец процесса, отвечающий за его результаты, и показатели эффективности.',
        'A process owner accountable for its results, and performance indicators.',
      ),
      t('Proqram təminatı təchizatçısının adı.', 'Название поставщика программного обеспечения.', 'The name of the software vendor.'),
    ],
    'c',
    t(
      'Proses arxitekturası sahiblik və ölçmə üzərində qurulur: sahibi və göstəriciləri olmayan prosesi idarə etmək və davamlı təkmilləşdirmək mümkün deyil.',
      'Архитектура процессов строится на владении и измерении: процесс без владельца и показателей невозможно ни управлять, ни непрерывно улучшать.',
      'Process architecture rests on ownership and measurement: a process without an owner and indicators can neither be managed nor continuously improved.',
    ),
  ),
  singleChoice(
    'PM1-4-b',
    t(
      '"İcazənin verilməsi" prosesi üçün performans göstəriciləri seçilir. Hansı dəst ən uyğundur?',
      'Для процесса «выдача разрешения» выбираются показатели эффективности. Какой набор наиболее подходит?',
      'Performance indicators are being chosen for the "issuing a permit" process. Which set fits best?',
    ),
    [
      t(
        'Başdan-sona icra müddəti, ilk dəfədən düzgün icra payı (yenidən işləməyə qaytarılmadan), bir işin dəyəri və elektron müraciətlərin payı.',
        'Сквозной срок исполнения, доля дел, выполненных правильно с первого раза (без возврата на доработку), стоимость одного дела и доля электронных заявлений.',
        'End-to-end cycle time, first-time-right rate (no return for rework), cost per case and share of electronic applications.',
      ),
      t('Keçirilmiş iclasların sayı.', 'Число проведённых совещаний.', 'Number of meetings held.'),
      t('Reqlamentin səhifələrinin sayı.', 'Число страниц регламента.', 'Number of pages in the regulation.'),
      t('Bir işdə qoyulan imzaların sayı.', 'Число подписей в одном деле.', 'Number of signatures per case.'),
    ],
    'a',
    t(
      'Yaxşı göstəricilər vətəndaş üçün nəticəni (müddət, keyfiyyət), səmərəliliyi (dəyər) və rəqəmsal transformasiyanın gedişini (elektron pay) ölçür. Fəaliyyət sayğacları idarəetmə üçün az faydalıdır.',
      'Хорошие показатели измеряют результат для гражданина (срок, качество), эффективность (стоимость) и ход цифровой трансформации (электронная доля). Счётчики активности мало полезны для управления.',
      'Good indicators measure the outcome for the citizen (time, quality), efficiency (cost) and the progress of digital transformation (electronic share). Activity counts are of little use for management.',
    ),
  ),
  singleChoice(
    'PM1-4-c',
    t(
      'Rəqəmsal transformasiya planı çərçivəsində onlarla prosesdən hansılarının ilk növbədə yenidən qurulacağını seçmək lazımdır. Ən əsaslandırılmış yanaşma hansıdır?',
      'В рамках плана цифровой трансформации нужно выбрать, какие из десятков процессов перестраивать в первую очередь. Какой подход наиболее обоснован?',
      'Under the digital transformation plan you must choose which of dozens of processes to redesign first. Which approach is best justified?',
    ),
    [
      t('Prosesləri əlifba sırası ilə götürmək.', 'Брать процессы по алфавиту.', 'Take the processes in alphabetical order.'),
      t('Hamısını eyni vaxtda yenidən qurmaq.', 'Перестраивать все одновременно.', 'Redesign them all at the same time.'),
      t(
        'Sahibi ən çox şikayət edən prosesdən başlamaq.',
        'Начать с процесса, владелец которого жалуется громче всех.',
        'Start with the process whose owner complains the loudest.',
      ),
      t(
        'Həcm və problemlərin (müddət, xərc, şikayətlər) miqyasını strategiyaya uyğunluq və icra imkanı ilə birlikdə qiymətləndirib prioritetləri müəyyən etmək.',
        'Расставить приоритеты, оценив объём и масштаб проблем (сроки, затраты, жалобы) вместе с соответствием стратегии и реализуемостью.',
        'Prioritise by weighing volume and the size of the problems (time, cost, complaints) together with strategic fit and feasibility.',
      ),
    ],
    'd',
    t(
      'Portfel səviyyəsində qərar ölçülən təsirə əsaslanır: çox istifadə olunan və problemli proseslərin yenidən qurulması ən böyük qazanc verir, strategiya və icra imkanı isə reallığı təmin edir.',
      'Решение на уровне портфеля основано на измеримом эффекте: перестройка массовых и проблемных процессов даёт наибольший выигрыш, а стратегия и реализуемость обеспечивают реалистичность.',
      'A portfolio-level decision rests on measurable impact: redesigning high-volume, problematic processes yields the biggest gain, while strategy and feasibility keep the plan realistic.',
    ),
  ),
];

/* ------------------------------------------------------------------ PM2 */

const PM2: readonly SeedItem[] = [
  ordering(
    'PM2-1-a',
    t(
      'Layihənin mərhələlərini düzgün ardıcıllıqla düzün.',
      'Расположите стадии проекта в правильном порядке.',
      'Put the stages of a project in the correct order.',
    ),
    [
      t('İcra', 'Исполнение', 'Execution'),
      t('Bağlanış', 'Завершение', 'Closure'),
      t('Başlanğıc', 'Инициация', 'Initiation'),
      t('Planlaşdırma', 'Планирование', 'Planning'),
    ],
    ['c', 'd', 'a', 'b'],
    t(
      'Layihə başlanğıcla (məqsəd və əsaslandırma) açılır, planlaşdırılır, icra olunur (nəzarətlə) və rəsmi bağlanışla başa çatır.',
      'Проект открывается инициацией (цель и обоснование), планируется, исполняется (под контролем) и заканчивается формальным завершением.',
      'A project opens with initiation (purpose and justification), is planned, executed (under control) and ends with a formal closure.',
    ),
  ),
  trueFalse(
    'PM2-1-b',
    t(
      'Layihə unikal məhsul, xidmət və ya nəticə yaratmaq üçün həyata keçirilən, müəyyən başlanğıcı və sonu olan müvəqqəti fəaliyyətdir.',
      'Проект — это временное предприятие с определёнными началом и концом, выполняемое для создания уникального продукта, услуги или результата.',
      'A project is a temporary undertaking with a defined start and end, carried out to create a unique product, service or result.',
    ),
    true,
    t(
      'Doğrudur. Layihəni daimi əməliyyat fəaliyyətindən müvəqqətilik və nəticənin unikallığı fərqləndirir.',
      'Верно. От постоянной операционной деятельности проект отличают временный характер и уникальность результата.',
      'True. Being temporary and producing a unique result is what distinguishes a project from ongoing operations.',
    ),
  ),
  singleChoice(
    'PM2-1-c',
    t(
      'Sizə həvalə edilmiş layihə tapşırığını nəzarət nöqtəsinə qədər bitirə bilməyəcəyinizi başa düşürsünüz. Nə etməlisiniz?',
      'Вы понимаете, что не успеете выполнить порученную вам задачу проекта к контрольной точке. Что следует сделать?',
      'You realise you will not finish your assigned project task by the milestone. What should you do?',
    ),
    [
      t(
        'Heç kimə deməmək və son gün işi bitirməyə çalışmaq.',
        'Никому не говорить и попытаться закончить в последний день.',
        'Tell no one and try to finish on the last day.',
      ),
      t('Tapşırığı rəsmi olaraq "icra edilib" kimi qeyd etmək.', 'Отметить задачу как «выполнено».', 'Mark the task as "done".'),
      t(
        'Səbəbi və yeni qiymətləndirməni göstərərək layihə rəhbərinə vaxtında məlumat vermək.',
        'Заблаговременно сообщить руководителю проекта, указав причину и новую оценку срока.',
        'Tell the project manager early, giving the reason and a new estimate.',
      ),
      t(
        'Rəhbərə demədən tapşırığı həmkara ötürmək.',
        'Передать задачу коллеге, не сообщая руководителю.',
        'Pass the task to a colleague without telling the manager.',
      ),
    ],
    'c',
    t(
      'Erkən xəbərdarlıq layihə rəhbərinə cədvəli və asılı tapşırıqları vaxtında yenidən planlaşdırmağa imkan verir. Problemi gizlətmək onu böyüdür.',
      'Раннее предупреждение позволяет руководителю проекта вовремя перепланировать график и зависимые задачи. Скрывая проблему, её только увеличивают.',
      'An early warning lets the project manager re-plan the schedule and dependent tasks in time. Hiding the problem makes it worse.',
    ),
  ),
  singleChoice(
    'PM2-2-a',
    t(
      'Layihənin iş planında "nəzarət nöqtəsi" (milestone) nədir?',
      'Что такое «контрольная точка» (веха, milestone) в плане работ проекта?',
      'What is a milestone in a project work plan?',
    ),
    [
      t('Layihənin ən uzun tapşırığı.', 'Самая длинная задача проекта.', 'The longest task of the project.'),
      t(
        'Mühüm hadisəni (məsələn, nəticənin qəbulunu) qeyd edən, müddəti olmayan nəzarət nöqtəsi.',
        'Контрольная точка нулевой длительности, отмечающая важное событие (например, приёмку результата).',
        'A zero-duration checkpoint marking a significant event (for example acceptance of a deliverable).',
      ),
      t('Büdcənin bir maddəsi.', 'Статья бюджета.', 'A budget line.'),
      t('Layihə komandasının həftəlik iclası.', 'Еженедельное совещание команды проекта.', "The project team's weekly meeting."),
    ],
    'b',
    t(
      'Nəzarət nöqtəsi iş deyil, hadisədir: onun müddəti yoxdur və planın icrasını yoxlamaq üçün istifadə olunur.',
      'Веха — не работа, а событие: у неё нет длительности, она служит для контроля выполнения плана.',
      'A milestone is an event, not work: it has no duration and is used to check progress against the plan.',
    ),
  ),
  multipleResponse(
    'PM2-2-b',
    t(
      'Layihənin vəziyyəti barədə hesabatda nə olmalıdır? Bütün düzgün variantları seçin.',
      'Что должно быть в отчёте о ходе проекта? Выберите все правильные варианты.',
      'What should a project status report contain? Select all that apply.',
    ),
    [
      t(
        'Plana nisbətən irəliləyiş (yerinə yetirilmiş və gecikən nəzarət nöqtələri).',
        'Ход работ относительно плана (достигнутые и сдвинутые вехи).',
        'Progress against plan (milestones met and slipped).',
      ),
      t('Proqramın tam mənbə kodu.', 'Полный исходный код программы.', 'The full source code of the software.'),
      t(
        'Əsas problemlər və risklər, onlar üzrə tədbirlər.',
        'Ключевые проблемы и риски и меры по ним.',
        'Key issues and risks with the actions on them.',
      ),
      t('Həmkarların şəxsi tənqidi.', 'Личная критика коллег.', 'Personal criticism of colleagues.'),
      t(
        'Kuratordan və ya idarəetmə şurasından tələb olunan qərarlar.',
        'Решения, которые требуются от куратора или управляющего совета.',
        'Decisions needed from the sponsor or steering board.',
      ),
    ],
    ['a', 'c', 'e'],
    t(
      'Hesabat qərar qəbul edənlər üçündür: irəliləyiş, problemlər və risklər, tələb olunan qərarlar. Texniki detallar və şəxsi qiymətləndirmələr ona aid deyil.',
      'Отчёт предназначен для лиц, принимающих решения: ход работ, проблемы и риски, требуемые решения. Технические детали и личные оценки в него не входят.',
      'A status report is for decision-makers: progress, issues and risks, and the decisions needed. Technical detail and personal judgements do not belong in it.',
    ),
  ),
  singleChoice(
    'PM2-2-c',
    t(
      'Satınalma üçün texniki tapşırıq hazırlanır. Hansı tələb düzgün ifadə olunub?',
      'Готовится техническое задание для закупки. Какое требование сформулировано правильно?',
      'A technical specification for procurement is being drafted. Which requirement is well written?',
    ),
    [
      t(
        '"Sistem müasir və istifadəçi üçün rahat olmalıdır."',
        '«Система должна быть современной и удобной для пользователя».',
        '"The system must be modern and user-friendly."',
      ),
      t(
        '"Sistem X şirkətinin məhsulu olmalıdır."',
        '«Система должна быть продуктом компании X».',
        '"The system must be a product of company X."',
      ),
      t(
        '"Sistem mümkün qədər sürətli işləməlidir."',
        '«Система должна работать как можно быстрее».',
        '"The system must work as fast as possible."',
      ),
      t(
        '"500 eyni vaxtda istifadəçi olduqda portal forması sorğuların 95%-ində 2 saniyə ərzində açılmalı və WCAG 2.1 AA əlçatanlıq səviyyəsinə uyğun olmalıdır."',
        '«При 500 одновременных пользователях форма портала должна открываться за 2 секунды в 95 % запросов и соответствовать уровню доступности WCAG 2.1 AA».',
        '"With 500 concurrent users the portal form must load within 2 seconds for 95% of requests and meet WCAG 2.1 level AA accessibility."',
      ),
    ],
    'd',
    t(
      'Tələb ölçülə bilən və yoxlanıla bilən olmalıdır ki, qəbul zamanı onu sınamaq mümkün olsun. Konkret istehsalçının göstərilməsi isə dövlət satınalmalarında rəqabəti məhdudlaşdırır.',
      'Требование должно быть измеримым и проверяемым, чтобы его можно было проверить при приёмке. Указание конкретного производителя ограничивает конкуренцию в государственных закупках.',
      'A requirement must be measurable and testable so it can be verified at acceptance. Naming a specific vendor restricts competition in public procurement.',
    ),
  ),
  numeric(
    'PM2-3-a',
    t(
      'Layihənin tapşırıqları: A — tələblərin təhlili, 3 həftə, ondan əvvəl tapşırıq yoxdur; B — daxili sistemin hazırlanması, 5 həftə, A-dan sonra; C — hostinqin satınalınması, 2 həftə, A-dan sonra; D — qarşılıqlı fəaliyyət platforması ilə inteqrasiya, 4 həftə, C-dən sonra; E — qəbul sınaqları, 2 həftə, B və D-dən sonra. Kritik yolun müddəti neçə həftədir?',
      'Задачи проекта: A — анализ требований, 3 недели, без предшественников; B — разработка внутренней системы, 5 недель, после A; C — закупка хостинга, 2 недели, после A; D — интеграция с платформой взаимодействия, 4 недели, после C; E — приёмочные испытания, 2 недели, после B и D. Какова длительность критического пути в неделях?',
      'Project tasks: A — requirements analysis, 3 weeks, no predecessor; B — back-office development, 5 weeks, after A; C — procurement of hosting, 2 weeks, after A; D — integration with the interoperability platform, 4 weeks, after C; E — acceptance testing, 2 weeks, after B and D. How many weeks is the critical path?',
    ),
    11,
    t('həftə', 'недель', 'weeks'),
    t(
      'Yollar: A–B–E = 3 + 5 + 2 = 10 həftə; A–C–D–E = 3 + 2 + 4 + 2 = 11 həftə. Ən uzun yol kritikdir: 11 həftə. B tapşırığının 1 həftə ehtiyat vaxtı var.',
      'Пути: A–B–E = 3 + 5 + 2 = 10 недель; A–C–D–E = 3 + 2 + 4 + 2 = 11 недель. Критический — самый длинный путь: 11 недель. У задачи B резерв 1 неделя.',
      'Paths: A–B–E = 3 + 5 + 2 = 10 weeks; A–C–D–E = 3 + 2 + 4 + 2 = 11 weeks. The longest path is critical: 11 weeks. Task B has 1 week of float.',
    ),
  ),
  singleChoice(
    'PM2-3-b',
    t(
      'Layihənin ortasında nazirlik əlavə modul hazırlanmasını xahiş edir. Bu dəyişiklik sorğusu necə idarə olunmalıdır?',
      'В середине проекта министерство просит разработать дополнительный модуль. Как следует обработать этот запрос на изменение?',
      'Halfway through the project the ministry asks for an extra module. How should this change request be handled?',
    ),
    [
      t('Şifahi razılaşma ilə dərhal qəbul etmək.', 'Сразу принять по устной договорённости.', 'Accept it at once on a verbal agreement.'),
      t(
        'Onun əhatə dairəsinə, cədvələ, büdcəyə və risklərə təsirini qiymətləndirmək, dəyişikliklərin idarə edilməsi proseduru ilə kurator və ya idarəetmə şurasının qərarını almaq və baza planını yeniləmək.',
        'Оценить влияние на содержание, график, бюджет и риски, получить решение куратора или управляющего совета через процедуру управления изменениями и обновить базовый план.',
        'Assess the impact on scope, schedule, budget and risks, get a decision from the sponsor or steering board through change control, and update the baseline.',
      ),
      t(
        'Hər hansı dəyişikliyi prinsipcə rədd etmək.',
        'Принципиально отклонять любые изменения.',
        'Reject any change as a matter of principle.',
      ),
      t(
        'Podratçıdan modulu müqaviləyə dəyişiklik etmədən pulsuz hazırlamasını istəmək.',
        'Попросить подрядчика сделать модуль бесплатно без изменения договора.',
        'Ask the contractor to build the module for free without amending the contract.',
      ),
    ],
    'b',
    t(
      'Əhatə dairəsinin idarə olunmayan genişlənməsi layihələrin uğursuzluğunun əsas səbəblərindəndir. Dəyişiklik təsir təhlili və səlahiyyətli qərarla qəbul edilir, müqavilə də müvafiq qaydada dəyişdirilir.',
      'Неуправляемое расширение содержания — одна из главных причин провала проектов. Изменение принимается после анализа влияния и решения уполномоченного органа, договор изменяется в установленном порядке.',
      'Uncontrolled scope creep is a leading cause of project failure. A change is accepted after impact analysis and an authorised decision, and the contract is amended properly.',
    ),
  ),
  singleChoice(
    'PM2-3-c',
    t(
      'İstifadəçi qəbul sınaqlarını (UAT) kim və nəyə əsasən aparmalıdır?',
      'Кто и на основании чего должен проводить приёмочные испытания пользователями (UAT)?',
      'Who should carry out user acceptance testing (UAT), and against what?',
    ),
    [
      t(
        'Yalnız podratçının proqramçıları, öz daxili testlərinə əsasən.',
        'Только разработчики подрядчика, по своим внутренним тестам.',
        "Only the contractor's developers, using their own internal tests.",
      ),
      t(
        'Sistem istismara verildikdən sonra yalnız layihə rəhbəri.',
        'Только руководитель проекта, после ввода системы в эксплуатацию.',
        'The project manager alone, after go-live.',
      ),
      t(
        'Qurumun real istifadəçilərinin nümayəndələri — tələblərdən irəli gələn razılaşdırılmış qəbul meyarlarına əsasən, aşkar edilmiş qüsurları qeydə almaqla.',
        'Представители реальных пользователей ведомства — по согласованным критериям приёмки, вытекающим из требований, с регистрацией выявленных дефектов.',
        'Representative business users of the agency — against agreed acceptance criteria derived from the requirements, logging the defects found.',
      ),
      t(
        'Heç kim: podratçının qəbul aktı kifayətdir.',
        'Никто: достаточно акта подрядчика.',
        "No one: the contractor's sign-off is enough.",
      ),
    ],
    'c',
    t(
      'UAT sistemin biznes ehtiyaclarını ödədiyini təsdiqləyir; onu sifarişçinin istifadəçiləri əvvəlcədən razılaşdırılmış meyarlar üzrə aparır. Qəbul nəticəsi ödənişin və istismara verilməsinin əsasıdır.',
      'UAT подтверждает, что система отвечает потребностям бизнеса; её проводят пользователи заказчика по заранее согласованным критериям. Результат приёмки — основание для оплаты и ввода в эксплуатацию.',
      "UAT confirms that the system meets business needs; it is done by the customer's users against criteria agreed in advance. Its result is the basis for payment and go-live.",
    ),
  ),
  singleChoice(
    'PM2-4-a',
    t(
      'Portfeldəki X layihəsi əsaslandırmasını itirib: onun funksiyasını artıq milli ortaq platforma təmin edir. Büdcənin 60%-i xərclənib. Ən düzgün qərar hansıdır?',
      'Проект X в портфеле утратил обоснование: его функцию уже обеспечивает национальная общая платформа. Потрачено 60 % бюджета. Какое решение наиболее правильно?',
      'Project X in the portfolio has lost its business case: the national shared platform now provides its function. 60% of the budget has been spent. What is the right decision?',
    ),
    [
      t(
        'Layihəni dayandırmaq və ya əhatə dairəsini yenidən müəyyən etmək, dərsləri qeyd etmək və resursları digər layihələrə yönəltmək.',
        'Остановить проект или пересмотреть его содержание, зафиксировать извлечённые уроки и перенаправить ресурсы на другие проекты.',
        'Stop or re-scope the project, record the lessons learned and redirect the resources to other projects.',
      ),
      t(
        'Davam etdirmək, çünki vəsaitin çoxu artıq xərclənib.',
        'Продолжать, потому что большая часть средств уже потрачена.',
        'Continue, because most of the money has already been spent.',
      ),
      t(
        'Layihənin vəziyyətini hesabatlarda göstərməmək.',
        'Не показывать состояние проекта в отчётах.',
        'Leave the project status out of the reports.',
      ),
      t(
        'Layihəni sürətləndirmək üçün büdcəni iki dəfə artırmaq.',
        'Удвоить бюджет, чтобы ускорить проект.',
        'Double the budget to speed the project up.',
      ),
    ],
    'a',
    t(
      'Artıq xərclənmiş vəsait (sunk cost) qərarın əsası deyil; əhəmiyyətli olan qalan xərclər və gələcək faydalardır. Nəticə verməyən layihəni dayandırmaq portfel idarəçiliyinin vəzifəsidir.',
      'Уже потраченные средства (невозвратные затраты) не являются основанием для решения; важны оставшиеся затраты и будущие выгоды. Остановить проект, который не даёт результата, — задача управления портфелем.',
      'Money already spent (sunk cost) is no reason to continue; what matters is the remaining cost and future benefit. Stopping a project that no longer delivers is part of portfolio management.',
    ),
  ),
  matching(
    'PM2-4-b',
    t(
      'Elektron hökumət layihələrinin idarəetmə strukturu qurulur. Hər rolu onun əsas məsuliyyəti ilə uyğunlaşdırın.',
      'Создаётся структура управления проектами электронного правительства. Сопоставьте каждую роль с её основной ответственностью.',
      'A governance structure for e-government projects is being set up. Match each role with its main responsibility.',
    ),
    [
      t('Layihənin kuratoru (sponsor)', 'Куратор проекта (спонсор)', 'Project sponsor'),
      t('İdarəetmə şurası', 'Управляющий совет', 'Steering board'),
      t('Layihə rəhbəri', 'Руководитель проекта', 'Project manager'),
      t('Layihə ofisi (PMO)', 'Проектный офис (PMO)', 'Project management office (PMO)'),
    ],
    [
      t(
        'Müəyyən edilmiş hədlər daxilində gündəlik planlaşdırma və idarəetmə.',
        'Ежедневное планирование и управление в пределах установленных допусков.',
        'Day-to-day planning and management within the agreed tolerances.',
      ),
      t(
        'Maraqlı tərəfləri təmsil edərək əhatə dairəsi, büdcə və hədlər üzrə əsas qərarların qəbulu.',
        'Принятие ключевых решений по содержанию, бюджету и допускам с участием представителей заинтересованных сторон.',
        'Taking key decisions on scope, budget and tolerances, with the stakeholders represented.',
      ),
      t(
        'Standartlar, hesabat formaları və bütün portfel üzrə icmal.',
        'Стандарты, формы отчётности и обзор всего портфеля.',
        'Standards, reporting formats and an overview of the whole portfolio.',
      ),
      t(
        'Əsaslandırmaya və faydaların əldə edilməsinə cavabdehlik.',
        'Ответственность за обоснование и получение выгод.',
        'Owning the business case and the realisation of benefits.',
      ),
      t(
        'Proqram kodunun yazılması və sınaqdan keçirilməsi.',
        'Написание и тестирование программного кода.',
        'Writing and testing the software code.',
      ),
    ],
    [
      ['p1', 'r4'],
      ['p2', 'r2'],
      ['p3', 'r1'],
      ['p4', 'r3'],
    ],
    t(
      'Kurator faydalara, şura əsas qərarlara, layihə rəhbəri gündəlik idarəetməyə, layihə ofisi isə standartlara və portfel icmalına cavabdehdir. Kod yazmaq podratçı komandanın işidir.',
      'Куратор отвечает за выгоды, совет — за ключевые решения, руководитель проекта — за ежедневное управление, проектный офис — за стандарты и обзор портфеля. Код пишет команда подрядчика.',
      'The sponsor owns the benefits, the board takes key decisions, the project manager runs the project day to day and the PMO provides standards and the portfolio view. Writing code is the delivery team’s job.',
    ),
  ),
  singleChoice(
    'PM2-4-c',
    t(
      'Elektron hökumət layihələri portfelində resurslar bütün təkliflər üçün kifayət etmir. Prioritetləri hansı meyarlar əsasında müəyyən etmək lazımdır?',
      'В портфеле проектов электронного правительства ресурсов не хватает на все предложения. По каким критериям следует расставлять приоритеты?',
      'The e-government project portfolio does not have resources for every proposal. Which criteria should set the priorities?',
    ),
    [
      t('Təkliflərin daxil olma ardıcıllığı.', 'Очерёдность поступления предложений.', 'The order in which proposals arrive.'),
      t(
        'Təchizatçının üstünlük verdiyi texnologiya.',
        'Технология, которую предпочитает поставщик.',
        "The supplier's preferred technology.",
      ),
      t(
        'Milli strategiyaya uyğunluq, gözlənilən dəyər və faydalar, risk, asılılıqlar və icra imkanları.',
        'Соответствие национальной стратегии, ожидаемая ценность и выгоды, риски, зависимости и возможности реализации.',
        'Alignment with the national strategy, expected value and benefits, risk, dependencies and delivery capacity.',
      ),
      t('Layihə təşəbbüskarının vəzifəsi.', 'Должность инициатора проекта.', "The rank of the project's initiator."),
    ],
    'c',
    t(
      'Portfel idarəetməsi layihələri dəyər və risk baxımından müqayisə edir, onları strategiya ilə uzlaşdırır və asılılıqları nəzərə alır; inzibati və ya texnoloji üstünlüklər meyar deyil.',
      'Управление портфелем сравнивает проекты по ценности и рискам, согласует их со стратегией и учитывает зависимости; административные или технологические предпочтения критерием не являются.',
      'Portfolio management compares projects by value and risk, aligns them with strategy and accounts for dependencies; rank or technology preferences are not criteria.',
    ),
  ),
];

/* ------------------------------------------------------------------ PM3 */

const PM3: readonly SeedItem[] = [
  singleChoice(
    'PM3-1-a',
    t(
      'Yeni sistem istismara verildikdən sonra görürsünüz ki, o bəzən müraciətləri səhv tarixlə saxlayır. Nə etməlisiniz?',
      'После ввода новой системы вы замечаете, что она иногда сохраняет заявления с неверной датой. Что следует сделать?',
      'After a new system goes live you notice that it sometimes saves applications with the wrong date. What should you do?',
    ),
    [
      t(
        'Nümunələrlə birlikdə rəhbərə və ya dəstək xidmətinə məlumat vermək.',
        'Сообщить руководителю или в службу поддержки, приложив примеры.',
        'Report it to your manager or the service desk with examples.',
      ),
      t(
        'Heç kimə deməmək — bəlkə problem özü həll olunar.',
        'Никому не говорить — возможно, проблема решится сама.',
        'Say nothing — perhaps the problem will solve itself.',
      ),
      t(
        'Verilənlər bazasında tarixləri özünüz düzəltmək.',
        'Самостоятельно исправить даты в базе данных.',
        'Correct the dates in the database yourself.',
      ),
      t(
        'Heç kimə xəbər vermədən kağız jurnala qayıtmaq.',
        'Никому не сообщая, вернуться к бумажному журналу.',
        'Go back to a paper log without telling anyone.',
      ),
    ],
    'a',
    t(
      'Problemləri və riskləri nümunələrlə vaxtında bildirmək hər əməkdaşın vəzifəsidir; səbəbi aradan qaldırmaq isə sistemə cavabdeh olanların işidir.',
      'Своевременно сообщать о проблемах и рисках с примерами — обязанность каждого сотрудника; устранять причину — задача ответственных за систему.',
      'Reporting problems and risks promptly with examples is every employee’s duty; fixing the cause is the job of those responsible for the system.',
    ),
  ),
  trueFalse(
    'PM3-1-b',
    t(
      'Yaxşı layihələndirilmiş yeni sistem öyrənmə tələb etmir, buna görə əməkdaşlar üçün təlim keçirməyə ehtiyac yoxdur.',
      'Хорошо спроектированная новая система не требует обучения, поэтому проводить обучение сотрудников не нужно.',
      'A well-designed new system needs no learning, so there is no need to train staff.',
    ),
    false,
    t(
      'Yanlışdır. Hətta rahat sistem də yeni iş qaydaları gətirir; təlim, təlimatlar və dəstək mənimsəmənin və risklərin azaldılmasının əsas vasitələridir.',
      'Неверно. Даже удобная система приносит новые правила работы; обучение, инструкции и поддержка — основные средства освоения и снижения рисков.',
      'False. Even an easy system brings new ways of working; training, guides and support are key to adoption and to reducing risk.',
    ),
  ),
  singleChoice(
    'PM3-1-c',
    t(
      'Risk ilə problem (issue) arasındakı fərq nədir?',
      'В чём разница между риском и проблемой (issue)?',
      'What is the difference between a risk and an issue?',
    ),
    [
      t('Fərq yoxdur, bunlar sinonimlərdir.', 'Разницы нет, это синонимы.', 'There is none; they are synonyms.'),
      t(
        'Risk yalnız maliyyə itkisidir, problem isə texniki nasazlıqdır.',
        'Риск — только финансовые потери, а проблема — технический сбой.',
        'A risk is only a financial loss; an issue is a technical fault.',
      ),
      t('Problem ehtimalı aşağı olan riskdir.', 'Проблема — это риск с низкой вероятностью.', 'An issue is a low-probability risk.'),
      t(
        'Risk baş verə biləcək qeyri-müəyyən gələcək hadisədir, problem isə artıq baş vermiş və tədbir tələb edən vəziyyətdir.',
        'Риск — неопределённое будущее событие, которое может произойти, а проблема — уже наступившая ситуация, требующая действий.',
        'A risk is an uncertain future event that may happen; an issue has already happened and needs action.',
      ),
    ],
    'd',
    t(
      'Risklər qabaqcadan idarə olunur (ehtimal və təsirin azaldılması), problemlər isə dərhal həll edilir. Baş vermiş risk problemə çevrilir.',
      'Рисками управляют заранее (снижая вероятность и влияние), а проблемы решают сразу. Наступивший риск становится проблемой.',
      'Risks are managed in advance (reducing likelihood and impact); issues are resolved now. A risk that occurs becomes an issue.',
    ),
  ),
  numeric(
    'PM3-2-a',
    t(
      'Risklər reyestrində: "Podratçı məlumatların köçürülməsini gecikdirəcək" riskinin ehtimalı 30%, baş verərsə, təsiri 40 000 manat əlavə xərcdir. Riskin gözlənilən dəyəri (ehtimal × təsir) neçə manatdır?',
      'В реестре рисков: вероятность риска «подрядчик задержит миграцию данных» — 30 %, влияние при наступлении — 40 000 манатов дополнительных затрат. Какова ожидаемая стоимость риска (вероятность × влияние) в манатах?',
      'In the risk register, the risk "the contractor will delay the data migration" has a probability of 30% and, if it happens, an impact of 40,000 manat in extra cost. What is the expected value of the risk (probability × impact) in manat?',
    ),
    12000,
    t('manat', 'манатов', 'manat'),
    t(
      '0,3 × 40 000 = 12 000 manat. Gözlənilən dəyər riskləri müqayisə etməyə və ehtiyat büdcəni əsaslandırmağa kömək edir.',
      '0,3 × 40 000 = 12 000 манатов. Ожидаемая стоимость помогает сравнивать риски и обосновывать резерв бюджета.',
      '0.3 × 40,000 = 12,000 manat. Expected value helps compare risks and justify a contingency reserve.',
    ),
  ),
  multipleResponse(
    'PM3-2-b',
    t(
      'Risklər reyestrinin hər yazısında hansı sahələr olmalıdır? Bütün düzgün variantları seçin.',
      'Какие поля должны быть в каждой записи реестра рисков? Выберите все правильные варианты.',
      'Which fields should every risk-register entry contain? Select all that apply.',
    ),
    [
      t(
        'Riskin təsviri (səbəb — hadisə — nəticə).',
        'Описание риска (причина — событие — последствие).',
        'A description of the risk (cause — event — effect).',
      ),
      t('Ehtimal və təsir.', 'Вероятность и влияние.', 'Likelihood and impact.'),
      t('Layihə müqaviləsinin tam mətni.', 'Полный текст договора по проекту.', 'The full text of the project contract.'),
      t('Məsul şəxs (riskin sahibi).', 'Ответственный (владелец риска).', 'An owner of the risk.'),
      t(
        'Dəyişikliyə etiraz edən əməkdaşların adları.',
        'Имена сотрудников, возражающих против изменений.',
        'The names of staff who oppose the change.',
      ),
      t('Cavab tədbiri və onun müddəti.', 'Мера реагирования и её срок.', 'The response and its due date.'),
    ],
    ['a', 'b', 'd', 'f'],
    t(
      'Risk yazısı riski, onun qiymətləndirilməsini, sahibini və cavab tədbirini göstərir. Müqavilə mətni reyestrə aid deyil, əməkdaşların adlarının "müqavimət" siyahısı isə həm etik deyil, həm də risk idarəetməsi deyil.',
      'Запись о риске содержит сам риск, его оценку, владельца и меру реагирования. Текст договора в реестр не входит, а список «сопротивляющихся» сотрудников неэтичен и не является управлением рисками.',
      'A risk entry states the risk, its assessment, its owner and the response. The contract text does not belong there, and a list of "resisting" staff is neither ethical nor risk management.',
    ),
  ),
  matching(
    'PM3-2-c',
    t(
      'Riskə cavab strategiyalarını nümunələrlə uyğunlaşdırın.',
      'Сопоставьте стратегии реагирования на риск с примерами.',
      'Match the risk-response strategies with the examples.',
    ),
    [
      t('Qaçmaq (aradan qaldırmaq)', 'Уклонение (избежание)', 'Avoid'),
      t('Azaltmaq', 'Снижение', 'Reduce (mitigate)'),
      t('Ötürmək', 'Передача', 'Transfer'),
      t('Qəbul etmək', 'Принятие', 'Accept'),
    ],
    [
      t(
        'Ölkə üzrə tətbiqdən əvvəl bir rayonda pilot layihə və əlavə təlim keçirmək.',
        'Провести пилот в одном районе и дополнительное обучение перед внедрением по всей стране.',
        'Run a pilot in one district and extra training before the national roll-out.',
      ),
      t(
        'Müqaviləyə gecikmələrə görə podratçının məsuliyyətini nəzərdə tutan bənd daxil etmək.',
        'Включить в договор условие об ответственности подрядчика за задержки.',
        'Put a clause in the contract making the contractor liable for delays.',
      ),
      t(
        'Aşağı riski qeydə alıb izləmək, lazım gələrsə ehtiyat büdcədən istifadə etmək.',
        'Зафиксировать низкий риск и наблюдать за ним, при необходимости использовать резерв бюджета.',
        'Record a low risk and monitor it, using the contingency reserve if needed.',
      ),
      t(
        'Riskli, lakin vacib olmayan funksiyanı əhatə dairəsindən çıxarmaq.',
        'Исключить из содержания рискованную, но необязательную функцию.',
        'Drop a risky but non-essential feature from the scope.',
      ),
    ],
    [
      ['p1', 'r4'],
      ['p2', 'r1'],
      ['p3', 'r2'],
      ['p4', 'r3'],
    ],
    t(
      'Qaçmaq riskin mənbəyini aradan qaldırır, azaltmaq ehtimalı və ya təsiri kiçildir, ötürmək nəticələri üçüncü tərəfə keçirir, qəbul etmək isə riski şüurlu şəkildə saxlayır və izləyir.',
      'Уклонение устраняет источник риска, снижение уменьшает вероятность или влияние, передача перекладывает последствия на третью сторону, принятие сознательно сохраняет риск под наблюдением.',
      'Avoiding removes the source of the risk, reducing lowers its likelihood or impact, transferring shifts the consequences to a third party, and accepting knowingly keeps the risk under watch.',
    ),
  ),
  singleChoice(
    'PM3-3-a',
    t(
      'Bölmədə yeni sistemin tətbiqinə müqavimət var: əməkdaşlar iş yerlərini itirməkdən qorxurlar. Dəyişikliklər planında ən düzgün tədbir hansıdır?',
      'В подразделении есть сопротивление внедрению новой системы: сотрудники боятся потерять работу. Какая мера в плане изменений наиболее правильна?',
      'A unit resists the introduction of a new system because staff fear losing their jobs. Which measure in the change plan is right?',
    ),
    [
      t(
        'Əmrlə tətbiqi məcbur etmək və etirazları nəzərə almamaq.',
        'Внедрить приказом и не обращать внимания на возражения.',
        'Impose it by order and ignore the objections.',
      ),
      t('Tətbiqi müddətsiz təxirə salmaq.', 'Отложить внедрение на неопределённый срок.', 'Postpone the introduction indefinitely.'),
      t(
        'Rollara təsir barədə açıq məlumat vermək, əməkdaşları yeni prosesin hazırlanmasına cəlb etmək, təlim və yeni vəzifələr təklif etmək, dəyişiklik təşəbbüsçülərini (champion) müəyyən etmək.',
        'Открыто сообщить о влиянии на роли, вовлечь сотрудников в разработку нового процесса, предложить обучение и новые задачи, определить сторонников изменений (champions).',
        'Communicate openly about the impact on roles, involve staff in designing the new process, offer training and new duties, and name change champions.',
      ),
      t(
        'Əməkdaşlara yalnız sistemin texniki təsvirini göndərmək.',
        'Разослать сотрудникам только техническое описание системы.',
        'Send the staff only the technical description of the system.',
      ),
    ],
    'c',
    t(
      'Müqavimət çox vaxt qeyri-müəyyənlikdən yaranır; şəffaf kommunikasiya, iştirak və təlim onu azaldır. Məcburiyyət müqaviməti gizlədir, lakin aradan qaldırmır.',
      'Сопротивление часто порождается неопределённостью; прозрачная коммуникация, участие и обучение его снижают. Принуждение скрывает сопротивление, но не устраняет его.',
      'Resistance often comes from uncertainty; transparent communication, involvement and training reduce it. Coercion hides resistance but does not remove it.',
    ),
  ),
  ordering(
    'PM3-3-b',
    t(
      'Rəqəmsal dəyişiklik layihəsində risklərin idarə edilməsi prosesinin mərhələlərini (ISO 31000 yanaşmasına uyğun) düzgün ardıcıllıqla düzün.',
      'Расположите в правильном порядке этапы процесса управления рисками в проекте цифровых изменений (в соответствии с подходом ISO 31000).',
      'Put the steps of the risk management process in a digital change project in the correct order (following the ISO 31000 approach).',
    ),
    [
      t(
        'Riskləri təhlil etmək: ehtimal və təsiri qiymətləndirmək.',
        'Проанализировать риски: оценить вероятность и влияние.',
        'Analyse the risks: assess likelihood and impact.',
      ),
      t(
        'Kontekst və meyarları müəyyən etmək (məqsədlər, risk iştahı).',
        'Установить контекст и критерии (цели, риск-аппетит).',
        'Establish the context and criteria (objectives, risk appetite).',
      ),
      t('Risklərlə bağlı tədbirləri həyata keçirmək.', 'Реализовать меры по рискам.', 'Treat the risks.'),
      t('Riskləri müəyyən etmək.', 'Идентифицировать риски.', 'Identify the risks.'),
      t(
        'Riskləri meyarlarla müqayisə edib prioritetləri müəyyən etmək.',
        'Оценить риски по критериям и расставить приоритеты.',
        'Evaluate the risks against the criteria and prioritise them.',
      ),
    ],
    ['b', 'd', 'a', 'e', 'c'],
    t(
      'Ardıcıllıq: kontekst → müəyyənləşdirmə → təhlil → qiymətləndirmə (prioritetlər) → tədbirlər. Monitorinq və kommunikasiya bütün mərhələləri müşayiət edir.',
      'Порядок: контекст → идентификация → анализ → оценивание (приоритеты) → обработка. Мониторинг и коммуникация сопровождают все этапы.',
      'Order: context → identification → analysis → evaluation (priorities) → treatment. Monitoring and communication accompany every step.',
    ),
  ),
  singleChoice(
    'PM3-3-c',
    t(
      'Yeni sistemə keçiddən üç ay sonra onun mənimsənilməsini ən yaxşı hansı göstəricilər göstərir?',
      'Какие показатели через три месяца после перехода на новую систему лучше всего показывают её освоение?',
      'Three months after switching to a new system, which indicators best show its adoption?',
    ),
    [
      t('Alınmış lisenziyaların sayı.', 'Число купленных лицензий.', 'Number of licences bought.'),
      t(
        'Tam olaraq yeni sistemdə icra olunan işlərin payı, paralel kağız uçotunun azalması və dəstək müraciətlərinin dinamikası.',
        'Доля дел, полностью исполняемых в новой системе, сокращение параллельного бумажного учёта и динамика обращений в поддержку.',
        'Share of cases handled entirely in the new system, the decline of parallel paper records, and the trend in support requests.',
      ),
      t('Göndərilmiş təlim dəvətnamələrinin sayı.', 'Число разосланных приглашений на обучение.', 'Number of training invitations sent.'),
      t(
        'Podratçının sistemin uğuru barədə hesabatı.',
        'Отчёт подрядчика об успехе системы.',
        "The contractor's report on the system's success.",
      ),
    ],
    'b',
    t(
      'Mənimsəmə faktiki istifadə ilə ölçülür: yeni sistemdə işlərin payı, köhnə üsulların tərk edilməsi və dəstəyə ehtiyacın azalması. Lisenziya və dəvətnamələr yalnız giriş resurslarıdır.',
      'Освоение измеряется фактическим использованием: долей дел в новой системе, отказом от старых способов и снижением потребности в поддержке. Лицензии и приглашения — лишь входные ресурсы.',
      'Adoption is measured by actual use: the share of cases in the new system, the abandonment of old methods and falling need for support. Licences and invitations are only inputs.',
    ),
  ),
  singleChoice(
    'PM3-4-a',
    t(
      'Qurumun əsas sistemi tam olaraq bir təchizatçının qapalı texnologiyasından asılıdır. Bu strateji İKT riski rəhbərlik səviyyəsində necə idarə olunmalıdır?',
      'Основная система ведомства полностью зависит от закрытой технологии одного поставщика. Как следует управлять этим стратегическим ИКТ-риском на уровне руководства?',
      "The agency's core system depends entirely on one supplier's proprietary technology. How should this strategic ICT risk be managed at leadership level?",
    ),
    [
      t(
        'Riski İT bölməsinə həvalə edib rəhbərliyə məlumat verməmək.',
        'Поручить риск ИТ-отделу и не докладывать руководству.',
        'Leave it to the IT unit without informing leadership.',
      ),
      t(
        'Eyni təchizatçı ilə 20 illik müqavilə bağlamaq.',
        'Заключить с тем же поставщиком договор на 20 лет.',
        'Sign a 20-year contract with the same supplier.',
      ),
      t(
        'Riski qurumun strateji risklər reyestrinə daxil etmək, rəhbərlik səviyyəsində sahib və risk iştahı müəyyən etmək, çıxış strategiyası, açıq standartlar və məlumatların daşınması imkanı kimi tədbirləri planlaşdırmaq.',
        'Внести риск в реестр стратегических рисков ведомства, назначить владельца на уровне руководства и определить риск-аппетит, запланировать меры: стратегию выхода, открытые стандарты, переносимость данных.',
        "Put it in the agency's strategic risk register with a leadership-level owner and a stated risk appetite, and plan treatments such as an exit strategy, open standards and data portability.",
      ),
      t(
        'Riski nəzərə almamaq, çünki sistem hələ ki işləyir.',
        'Игнорировать риск, поскольку система пока работает.',
        'Ignore the risk because the system works for now.',
      ),
    ],
    'c',
    t(
      'Təchizatçıdan asılılıq (vendor lock-in) qurumun fəaliyyətinə və büdcəsinə təsir edən strateji riskdir; onu rəhbərlik idarə etməli və ona qarşı struktur tədbirlər görməlidir.',
      'Зависимость от поставщика (vendor lock-in) — стратегический риск, влияющий на деятельность и бюджет ведомства; им должно управлять руководство с помощью структурных мер.',
      "Vendor lock-in is a strategic risk to the agency's operations and budget; leadership must own it and treat it with structural measures.",
    ),
  ),
  singleChoice(
    'PM3-4-b',
    t(
      'Rəqəmsal transformasiya proqramında sübuta əsaslanan qərarlar mədəniyyəti formalaşdırılır. Hansı təcrübə buna ən çox kömək edir?',
      'В программе цифровой трансформации формируется культура решений, основанных на фактах. Какая практика больше всего этому способствует?',
      'A digital transformation programme is building a culture of evidence-based decisions. Which practice helps most?',
    ),
    [
      t(
        'Fərziyyələr və ölçülər müəyyən etmək, pilot keçirmək, nəticələri qiymətləndirmək, sonra miqyası genişləndirmək və ya dayandırmaq, dərsləri paylaşmaq.',
        'Формулировать гипотезы и показатели, проводить пилоты, оценивать результаты, затем масштабировать или останавливать, делиться извлечёнными уроками.',
        'Define hypotheses and measures, run pilots, evaluate the results, then scale up or stop, and share the lessons learned.',
      ),
      t('Qərarları vəzifə iyerarxiyasına görə qəbul etmək.', 'Принимать решения по старшинству должности.', 'Decide by seniority.'),
      t(
        'Başqa ölkələrin həllərini təhlil etmədən köçürmək.',
        'Копировать решения других стран без анализа.',
        'Copy other countries’ solutions without analysis.',
      ),
      t(
        'Uğursuzluqların üzə çıxmaması üçün nəticələri ölçməmək.',
        'Не измерять результаты, чтобы не выявлять неудачи.',
        'Avoid measuring results so that failures do not show.',
      ),
    ],
    'a',
    t(
      'Sübuta əsaslanan mədəniyyət ölçmə, sınaq və öyrənmə dövrü üzərində qurulur; uğursuz pilotun vaxtında dayandırılması da dəyərli nəticədir.',
      'Культура, основанная на фактах, строится на цикле измерения, проверки и обучения; своевременная остановка неудачного пилота — тоже ценный результат.',
      'An evidence-based culture rests on a cycle of measuring, testing and learning; stopping a failed pilot in time is also a valuable result.',
    ),
  ),
  trueFalse(
    'PM3-4-c',
    t(
      'Risk iştahını qurumun rəhbərliyi müəyyən edir və o, menecerlərə məqsədlərə çatmaq üçün nə qədər risk qəbul edə biləcəklərini göstərir.',
      'Риск-аппетит устанавливается руководством ведомства и показывает менеджерам, какой уровень риска они могут принимать ради достижения целей.',
      "Risk appetite is set by the agency's leadership and tells managers how much risk they may accept in pursuit of objectives.",
    ),
    true,
    t(
      'Doğrudur. Risk iştahı strateji qərardır; o, hansı risklərin qəbul edilə biləcəyini və hansılarının rəhbərliyə çatdırılmalı olduğunu müəyyən edir.',
      'Верно. Риск-аппетит — стратегическое решение; он определяет, какие риски можно принимать, а какие нужно эскалировать руководству.',
      'True. Risk appetite is a strategic decision; it determines which risks may be accepted and which must be escalated to leadership.',
    ),
  ),
];

/* ------------------------------------------------------------------ PM4 */

const PM4: readonly SeedItem[] = [
  singleChoice(
    'PM4-1-a',
    t(
      'Qurumun e-xidmətində rüsumların onlayn ödənişi lazımdır. Ən düzgün həll hansıdır?',
      'В электронной услуге ведомства нужна онлайн-оплата пошлин. Какое решение наиболее правильно?',
      "The agency's e-service needs online payment of fees. What is the right solution?",
    ),
    [
      t(
        'Qurumun öz ödəniş emalı sistemini yaratmaq.',
        'Создать собственную систему обработки платежей ведомства.',
        'Build the agency’s own payment processing system.',
      ),
      t(
        'Vətəndaşa bank rekvizitlərini verib bankda ödəməsini istəmək.',
        'Дать гражданину банковские реквизиты и попросить оплатить в банке.',
        'Give the citizen bank details and ask them to pay at a bank.',
      ),
      t(
        'Dövlət ödəniş şlüzünə qoşulmaq.',
        'Подключиться к государственному платёжному шлюзу.',
        'Connect to the government payment gateway.',
      ),
      t('Yalnız nağd ödəniş qəbul etmək.', 'Принимать только наличные.', 'Accept cash only.'),
    ],
    'c',
    t(
      'Ödəniş şlüzü elektron hökumətin ortaq komponentidir; qurumlar öz analoqlarını yaratmamalı, ondan istifadə etməlidirlər.',
      'Платёжный шлюз — общий компонент электронного правительства; ведомства должны использовать его, а не создавать собственные аналоги.',
      'The payment gateway is a shared e-government component; agencies should use it rather than build their own.',
    ),
  ),
  multipleResponse(
    'PM4-1-b',
    t(
      'Aşağıdakılardan hansılar qurumun öz analoqunu yaratmaq əvəzinə təkrar istifadə etməli olduğu ortaq elektron hökumət komponentləridir? Bütün düzgün variantları seçin.',
      'Какие из перечисленных — общие компоненты электронного правительства, которые ведомство должно использовать повторно вместо создания собственных аналогов? Выберите все правильные варианты.',
      'Which of the following are shared e-government components that an agency should reuse instead of building its own? Select all that apply.',
    ),
    [
      t('Elektron hökumət portalı.', 'Портал электронного правительства.', 'The e-government portal.'),
      t(
        'Qurumun vətəndaşlar üçün ayrıca istifadəçi adı və parol bazası.',
        'Отдельная база логинов и паролей граждан ведомства.',
        "The agency's own separate database of citizens' usernames and passwords.",
      ),
      t(
        'Vahid giriş (elektron identifikasiya) sistemi.',
        'Система единого входа (электронной идентификации).',
        'The single sign-on (electronic identification) system.',
      ),
      t('Qarşılıqlı fəaliyyət platforması.', 'Платформа взаимодействия.', 'The interoperability platform.'),
      t(
        'Vətəndaşların imzaları üçün qurumun öz sertifikat mərkəzi.',
        'Собственный удостоверяющий центр ведомства для подписей граждан.',
        "The agency's own certificate authority for citizens' signatures.",
      ),
    ],
    ['a', 'c', 'd'],
    t(
      'Portal, vahid giriş və qarşılıqlı fəaliyyət platforması ortaq komponentlərdir. Ayrıca parol bazası və qurumun öz sertifikat mərkəzi təkrarçılıq yaradır və vətəndaş üçün işi çətinləşdirir.',
      'Портал, единый вход и платформа взаимодействия — общие компоненты. Отдельная база паролей и собственный удостоверяющий центр ведомства создают дублирование и усложняют жизнь гражданину.',
      "The portal, single sign-on and interoperability platform are shared components. A separate password database and the agency's own certificate authority duplicate them and make things harder for citizens.",
    ),
  ),
  trueFalse(
    'PM4-1-c',
    t(
      'Müstəqilliyini təmin etmək üçün hər qurum vətəndaşlar üçün öz giriş sistemini hazırlamalıdır.',
      'Чтобы обеспечить свою независимость, каждое ведомство должно разработать собственную систему входа для граждан.',
      'To stay independent, every agency should develop its own login system for citizens.',
    ),
    false,
    t(
      'Yanlışdır. Vətəndaş bütün xidmətlərə vahid giriş vasitəsi ilə daxil olmalıdır; ayrı-ayrı giriş sistemləri xərcləri və təhlükəsizlik risklərini artırır.',
      'Неверно. Гражданин должен входить во все услуги через единый вход; отдельные системы входа увеличивают затраты и риски безопасности.',
      'False. Citizens should reach every service through single sign-on; separate login systems add cost and security risk.',
    ),
  ),
  singleChoice(
    'PM4-2-a',
    t(
      'Sizin sahənizdə yeni modul üçün sorğu daxil olub: əməkdaşlar vətəndaşların ünvanlarını qurumun bazasına əl ilə daxil edəcəklər. Sorğunu yoxlayarkən nə tövsiyə etməlisiniz?',
      'На вашем участке поступила заявка на новый модуль: сотрудники будут вручную вносить адреса граждан в базу ведомства. Что следует рекомендовать при проверке заявки?',
      'A request for a new module has come in for your area: staff would type citizens’ addresses by hand into the agency’s database. What should you recommend when reviewing it?',
    ),
    [
      t('Sorğunu olduğu kimi təsdiqləmək.', 'Утвердить заявку в исходном виде.', 'Approve the request as it is.'),
      t(
        'Ünvan məlumatlarının ayrıca kommersiya bazasını almaq.',
        'Купить отдельную коммерческую базу адресов.',
        'Buy a separate commercial address database.',
      ),
      t(
        'Vətəndaşlardan kommunal ödəniş qəbzini yükləmələrini istəmək.',
        'Просить граждан загружать квитанцию об оплате коммунальных услуг.',
        'Ask citizens to upload a utility bill.',
      ),
      t(
        'Ünvanı istinad mənbəyi olan ünvan reyestrindən qarşılıqlı fəaliyyət platforması vasitəsilə almaq və bazada yalnız onun identifikatorunu saxlamaq.',
        'Получать адрес из адресного реестра как эталонного источника через платформу взаимодействия и хранить в базе только его идентификатор.',
        'Obtain the address from the address register, the authoritative source, through the interoperability platform and keep only its identifier in the database.',
      ),
    ],
    'd',
    t(
      'Yeni funksiyalar mövcud reyestrlərdən və ortaq komponentlərdən təkrar istifadə etməlidir. Məlumatların əl ilə təkrar daxil edilməsi səhvlər və uyğunsuzluqlar yaradır.',
      'Новые функции должны повторно использовать существующие реестры и общие компоненты. Ручной повторный ввод данных порождает ошибки и расхождения.',
      'New features should reuse existing registers and shared components. Re-keying data by hand creates errors and inconsistencies.',
    ),
  ),
  singleChoice(
    'PM4-2-b',
    t(
      'İki qurumun vətəndaşlara SMS bildirişləri göndərmək üçün ayrı-ayrı sistemlər qurduğunu aşkar edirsiniz. Nə etməlisiniz?',
      'Вы обнаружили, что два ведомства строят отдельные системы для отправки SMS-уведомлений гражданам. Что следует сделать?',
      'You find that two agencies are building separate systems to send SMS notifications to citizens. What should you do?',
    ),
    [
      t(
        'Bu barədə elektron hökumətin əlaqələndirilməsinə cavabdeh qurumu (arxitektura şurasını) məlumatlandırmaq və ortaq bildiriş xidmətindən istifadəni təklif etmək.',
        'Сообщить об этом органу, отвечающему за координацию электронного правительства (архитектурному совету), и предложить использовать общий сервис уведомлений.',
        'Report it to the body responsible for e-government coordination (the architecture board) and propose a shared notification service.',
      ),
      t(
        'Bu, başqa qurumların işidir — heç nə etməmək.',
        'Это дело других ведомств — ничего не делать.',
        "It is the other agencies' business — do nothing.",
      ),
      t(
        'Öz qurumunuz üçün üçüncü sistemi qurmaq.',
        'Построить третью систему для своего ведомства.',
        'Build a third system for your own agency.',
      ),
      t('Məsələni yalnız təchizatçı ilə müzakirə etmək.', 'Обсудить вопрос только с поставщиком.', 'Discuss it only with the supplier.'),
    ],
    'a',
    t(
      'Qurumlar arasında təkrarçılıq barədə məlumat vermək praktik səviyyənin göstəricisidir; ortaq xidmət xərcləri azaldır və vətəndaş üçün vahid təcrübə yaradır.',
      'Сообщать о дублировании между ведомствами — признак практического уровня; общий сервис снижает затраты и даёт гражданину единый опыт.',
      'Reporting duplication between agencies is a practitioner task; a shared service cuts cost and gives citizens one consistent experience.',
    ),
  ),
  singleChoice(
    'PM4-2-c',
    t(
      'Yeni informasiya sistemi üçün sorğunu nəzərdən keçirərkən ilk növbədə hansı sualı verməlisiniz?',
      'Какой вопрос следует задать в первую очередь при рассмотрении заявки на новую информационную систему?',
      'Which question should you ask first when reviewing a request for a new information system?',
    ),
    [
      t('İnterfeys hansı rəngdə olacaq?', 'Какого цвета будет интерфейс?', 'What colour will the interface be?'),
      t(
        'Hansı proqramlaşdırma dili daha dəbdədir?',
        'Какой язык программирования сейчас моднее?',
        'Which programming language is most fashionable?',
      ),
      t(
        'Bu funksiyanı və ya məlumatları artıq mövcud ortaq komponent və ya reyestr təmin edirmi?',
        'Не обеспечивает ли эту функцию или данные уже существующий общий компонент или реестр?',
        'Does an existing shared component or register already provide this function or data?',
      ),
      t('Sistem neçə serverdə işləyəcək?', 'На скольких серверах будет работать система?', 'How many servers will the system run on?'),
    ],
    'c',
    t(
      'Əvvəlcə təkrar istifadə imkanı yoxlanılır: mövcud ortaq komponent və ya reyestr varsa, yeni sistem ya lazım deyil, ya da ona inteqrasiya olunmalıdır.',
      'Сначала проверяется возможность повторного использования: если есть общий компонент или реестр, новая система либо не нужна, либо должна с ним интегрироваться.',
      'Reuse is checked first: if a shared component or register exists, a new system is either unnecessary or must integrate with it.',
    ),
  ),
  singleChoice(
    'PM4-3-a',
    t(
      'Qurumun sistemləri milli arxitektura ilə müqayisə edilərkən məlum olub ki, köhnə daxili sistem milli əhali reyestrini təkrarlayır və məlumatlar tez-tez uyğun gəlmir. Hansı plan ən düzgündür?',
      'При сопоставлении систем ведомства с национальной архитектурой выяснилось, что устаревшая внутренняя система дублирует национальный регистр населения, и данные часто расходятся. Какой план наиболее правильный?',
      "Mapping the agency's systems against the national architecture shows that a legacy internal system duplicates the national population register and the data often differ. Which plan is right?",
    ),
    [
      t('Hər iki sistemi olduğu kimi saxlamaq.', 'Сохранить обе системы как есть.', 'Keep both systems as they are.'),
      t(
        'Məlumatları ayda bir dəfə əl ilə sinxronlaşdırmaq.',
        'Раз в месяц синхронизировать данные вручную.',
        'Synchronise the data by hand once a month.',
      ),
      t(
        'Köhnə sistemi keçid planı olmadan dərhal silmək.',
        'Немедленно удалить старую систему без плана перехода.',
        'Delete the legacy system immediately without a transition plan.',
      ),
      t(
        'Platforma vasitəsilə reyestrdən istifadəyə keçmək, məlumatları təmizləmək, keçid dövrü müəyyən etmək və sonra köhnə sistemi istismardan çıxarmaq.',
        'Перейти на использование регистра через платформу, очистить данные, определить переходный период и затем вывести старую систему из эксплуатации.',
        'Switch to using the register through the platform, clean the data, set a transition period, and then decommission the legacy system.',
      ),
    ],
    'd',
    t(
      'Üst-üstə düşmə inteqrasiya və planlı istismardan çıxarma ilə aradan qaldırılır. Dərhal silmək fəaliyyətin fasiləsizliyini pozur, əl ilə sinxronlaşdırma isə uyğunsuzluğu saxlayır.',
      'Пересечение устраняется интеграцией и плановым выводом из эксплуатации. Немедленное удаление нарушает непрерывность деятельности, а ручная синхронизация сохраняет расхождения.',
      'An overlap is removed by integration and planned decommissioning. Immediate deletion breaks continuity; manual synchronisation keeps the inconsistencies.',
    ),
  ),
  matching(
    'PM4-3-b',
    t(
      'Müəssisə arxitekturasının səviyyələrini qurumun arxitektura təsvirindəki nümunələrlə uyğunlaşdırın.',
      'Сопоставьте уровни архитектуры предприятия с примерами из описания архитектуры ведомства.',
      "Match the layers of enterprise architecture with examples from the agency's architecture description.",
    ),
    [
      t('Biznes arxitekturası', 'Бизнес-архитектура', 'Business architecture'),
      t('Məlumat arxitekturası', 'Архитектура данных', 'Data architecture'),
      t('Tətbiqlər arxitekturası', 'Архитектура приложений', 'Application architecture'),
      t('Texnoloji arxitektura', 'Технологическая архитектура', 'Technology architecture'),
    ],
    [
      t('Serverlər, şəbəkələr, dövlət buludu.', 'Серверы, сети, государственное облако.', 'Servers, networks, the government cloud.'),
      t(
        'Qurumun göstərdiyi xidmətlər və inzibati proseslər.',
        'Услуги, которые оказывает ведомство, и административные процессы.',
        'The services the agency provides and its administrative processes.',
      ),
      t(
        'İnformasiya sistemləri və onların interfeysləri.',
        'Информационные системы и их интерфейсы.',
        'Information systems and their interfaces.',
      ),
      t(
        'Məlumat obyektləri, reyestrlər və onların sahibləri.',
        'Объекты данных, реестры и их владельцы.',
        'Data entities, registers and their owners.',
      ),
    ],
    [
      ['p1', 'r2'],
      ['p2', 'r4'],
      ['p3', 'r3'],
      ['p4', 'r1'],
    ],
    t(
      'Arxitektura təsviri biznes (xidmətlər, proseslər), məlumat (obyektlər, reyestrlər), tətbiqlər (sistemlər, interfeyslər) və texnologiya (infrastruktur) səviyyələrini əhatə edir; boşluqlar və üst-üstə düşmələr bu səviyyələr üzrə aşkar edilir.',
      'Описание архитектуры охватывает уровни бизнеса (услуги, процессы), данных (объекты, реестры), приложений (системы, интерфейсы) и технологий (инфраструктура); пробелы и пересечения выявляются по этим уровням.',
      'An architecture description covers business (services, processes), data (entities, registers), applications (systems, interfaces) and technology (infrastructure); gaps and overlaps are found layer by layer.',
    ),
  ),
  singleChoice(
    'PM4-3-c',
    t(
      'Qurumun mövcud vəziyyəti milli hədəf arxitekturası ilə müqayisə edilir. Bu təhlildə "boşluq" (gap) nədir?',
      'Текущее состояние ведомства сопоставляется с национальной целевой архитектурой. Что в этом анализе является «пробелом» (gap)?',
      'The agency\'s current state is compared with the national target architecture. What is a "gap" in this analysis?',
    ),
    [
      t('Eyni funksiyanı yerinə yetirən iki sistem.', 'Две системы, выполняющие одну и ту же функцию.', 'Two systems doing the same job.'),
      t(
        'Hədəf arxitekturasının tələb etdiyi, lakin heç bir mövcud sistemin təmin etmədiyi imkan.',
        'Возможность, которую требует целевая архитектура, но не обеспечивает ни одна существующая система.',
        'A capability the target architecture requires but no existing system provides.',
      ),
      t(
        'Artıq istifadə olunmayan köhnə sistem.',
        'Устаревшая система, которая больше не используется.',
        'A legacy system that is no longer used.',
      ),
      t(
        'İki sistem arasında məlumat mübadiləsi interfeysi.',
        'Интерфейс обмена данными между двумя системами.',
        'A data-exchange interface between two systems.',
      ),
    ],
    'b',
    t(
      'Boşluq — çatışmayan imkandır, üst-üstə düşmə isə eyni imkanın təkrarlanmasıdır. Hər ikisi inteqrasiya və istismardan çıxarma planının əsasını təşkil edir.',
      'Пробел — недостающая возможность, пересечение — дублирование одной и той же возможности. Оба лежат в основе плана интеграции и вывода систем из эксплуатации.',
      'A gap is a missing capability; an overlap is the same capability duplicated. Both feed the plan for integration and decommissioning.',
    ),
  ),
  shortText(
    'PM4-4-a',
    t(
      'Ölkələrin elektron hökumət inkişafını müqayisə etmək üçün BMT-nin iki ildən bir dərc etdiyi kompozit indeksin qəbul olunmuş ingiliscə abbreviaturasını yazın.',
      'Напишите принятую английскую аббревиатуру составного индекса, который ООН публикует раз в два года для сравнения развития электронного правительства в странах.',
      'Write the usual English abbreviation of the composite index the United Nations publishes every two years to compare countries’ e-government development.',
    ),
    [
      'EGDI',
      'E-Government Development Index',
      'UN EGDI',
      'Elektron Hökumətin İnkişafı İndeksi',
      'Elektron hökumətin inkişaf indeksi',
      'Индекс развития электронного правительства',
      'Индекс развития электронного правительства ООН',
    ],
    t(
      'EGDI (E-Government Development Index) — BMT-nin Elektron Hökumətin İnkişafı İndeksi; onlayn xidmətlər, telekommunikasiya infrastrukturu və insan kapitalı alt-indekslərindən ibarətdir.',
      'EGDI (E-Government Development Index) — индекс развития электронного правительства ООН; состоит из субиндексов онлайн-услуг, телекоммуникационной инфраструктуры и человеческого капитала.',
      'EGDI (E-Government Development Index) is the UN index made up of the online services, telecommunication infrastructure and human capital sub-indices.',
    ),
  ),
  singleChoice(
    'PM4-4-b',
    t(
      'Qurumun müəssisə arxitekturası prinsipləri müəyyən edilir. Hansı prinsip düzgün ifadə olunub və qərarları istiqamətləndirə bilər?',
      'Определяются принципы архитектуры предприятия для ведомства. Какой принцип сформулирован правильно и может направлять решения?',
      "The agency's enterprise-architecture principles are being set. Which principle is well formed and can guide decisions?",
    ),
    [
      t('"Ən son texnologiyalardan istifadə edirik."', '«Используем самые новые технологии».', '"We use the latest technologies."'),
      t(
        '"Hər bölmə öz sistemlərini müstəqil seçir."',
        '«Каждое подразделение выбирает свои системы самостоятельно».',
        '"Every unit chooses its own systems independently."',
      ),
      t('"İT ucuz olmalıdır."', '«ИТ должны быть дешёвыми».', '"IT must be cheap."'),
      t(
        '"Əvvəl təkrar istifadə, sonra hazır həllin alınması, sonra hazırlanma: əvvəlcə ortaq platformalar, sonra hazır məhsullar, fərdi hazırlama yalnız əsaslandırıldıqda."',
        '«Сначала повторное использование, затем покупка, затем разработка: сначала общие платформы, затем готовые продукты, заказная разработка — только при обосновании».',
        '"Reuse before buy before build: shared platforms first, then off-the-shelf products, custom development only when justified."',
      ),
    ],
    'd',
    t(
      'Yaxşı prinsip konkret, yoxlanıla bilən və qərarlara təsir edəndir; "reuse before buy before build" ortaq platformaları və əlaqəli inkişafı dəstəkləyir. Digərləri ya qeyri-müəyyən, ya da təkrarçılığa aparır.',
      'Хороший принцип конкретен, проверяем и влияет на решения; «reuse before buy before build» поддерживает общие платформы и согласованное развитие. Остальные либо расплывчаты, либо ведут к дублированию.',
      'A good principle is specific, checkable and shapes decisions; "reuse before buy before build" supports shared platforms and coherent development. The others are vague or lead to duplication.',
    ),
  ),
  singleChoice(
    'PM4-4-c',
    t(
      'Qurumun rəqəmsal strategiyasında irəliləyişi ölçmək üçün BMT-nin Elektron Hökumətin İnkişafı İndeksindən (EGDI) necə istifadə etmək daha düzgündür?',
      'Как правильнее использовать индекс развития электронного правительства ООН (EGDI) для измерения прогресса в цифровой стратегии ведомства?',
      "How should the UN E-Government Development Index (EGDI) be used to measure progress in the agency's digital strategy?",
    ),
    [
      t(
        'EGDI-ni qurumun yeganə göstəricisi kimi götürmək və hər il onun dəyişməsinə görə hesabat vermək.',
        'Взять EGDI единственным показателем ведомства и ежегодно отчитываться по его изменению.',
        "Adopt EGDI as the agency's only indicator and report its change every year.",
      ),
      t(
        'EGDI-ni ölkə səviyyəsində kontekst kimi istifadə etmək, onun onlayn xidmətlər komponentinə töhfə verən öz ölçülə bilən göstəricilərini (məsələn, tam onlayn xidmətlərin payı) müəyyən etmək.',
        'Использовать EGDI как контекст странового уровня и определить собственные измеримые показатели, вносящие вклад в его компонент онлайн-услуг (например, долю полностью онлайн-услуг).',
        'Use EGDI as country-level context and set the agency’s own measurable indicators that feed its online-services component (for example the share of fully online services).',
      ),
      t(
        'EGDI qurumlarla bağlı deyil, ona görə onu nəzərə almamaq.',
        'EGDI не связан с ведомствами, поэтому его можно не учитывать.',
        'EGDI has nothing to do with agencies, so ignore it.',
      ),
      t(
        'Qurumun mövqeyini EGDI reytinqindəki yerinə görə qiymətləndirmək.',
        'Оценивать положение ведомства по его месту в рейтинге EGDI.',
        "Judge the agency's standing by its place in the EGDI ranking.",
      ),
    ],
    'b',
    t(
      'EGDI ölkəni ölçür (onlayn xidmətlər, telekommunikasiya infrastrukturu, insan kapitalı), ayrı qurumu deyil. Ekspert qurumun öz göstəricilərini bu komponentlərlə əlaqələndirir; qurumların reytinqdə yeri yoxdur.',
      'EGDI измеряет страну (онлайн-услуги, телекоммуникационная инфраструктура, человеческий капитал), а не отдельное ведомство. Эксперт увязывает собственные показатели ведомства с этими компонентами; места ведомств в рейтинге нет.',
      'EGDI measures countries (online services, telecommunication infrastructure, human capital), not individual agencies. An expert links the agency’s own indicators to these components; agencies have no place in the ranking.',
    ),
  ),
];

/** Seed items for area PM (Change and project leadership), 3 per competency × level. */
export const ITEMS_PM: readonly SeedItem[] = [...PM1, ...PM2, ...PM3, ...PM4];
