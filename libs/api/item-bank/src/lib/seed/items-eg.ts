import type { SeedItem } from './seed-item.types';
import { t, singleChoice, multipleResponse, trueFalse, ordering, matching, numeric, shortText } from './seed-builders-positional';

/*
 * Seed items for area EG — E-services and interoperability (EG1–EG3, levels 1..4).
 * Level 1 = awareness/recall, 2 = practitioner/apply, 3 = advanced/analyse, 4 = expert/design or judge.
 */

/* ------------------------------------------------------------------ EG1 */

const EG1: readonly SeedItem[] = [
  singleChoice(
    'EG1-1-a',
    t(
      'Vətəndaş elektron hökumət portalı vasitəsilə təqdim etdiyi müraciətin hansı mərhələdə olduğunu öyrənmək istəyir. Ona nə tövsiyə etməlisiniz?',
      'Гражданин хочет узнать, на каком этапе находится заявление, поданное через портал электронного правительства. Что ему следует посоветовать?',
      'A citizen wants to know at which stage the application they submitted through the e-government portal is. What should you advise?',
    ),
    [
      t(
        'Nəticə ilə bağlı kağız məktub gələnə qədər gözləmək.',
        'Ждать бумажного письма с результатом.',
        'Wait for a paper letter with the outcome.',
      ),
      t(
        'Eyni müraciəti yenidən təqdim etmək ki, işə daha tez baxılsın.',
        'Подать то же заявление повторно, чтобы его рассмотрели быстрее.',
        'Submit the same application again so that it is handled faster.',
      ),
      t(
        'Portalda öz şəxsi kabinetinə daxil olub müraciətin nömrəsi üzrə statusuna baxmaq.',
        'Войти в личный кабинет на портале и посмотреть статус заявления по его номеру.',
        'Log in to their personal account on the portal and check the status of the application by its number.',
      ),
      t(
        'Hər gün quruma zəng edib icraçını soruşmaq.',
        'Каждый день звонить в ведомство и спрашивать исполнителя.',
        'Phone the agency every day and ask for the official handling it.',
      ),
    ],
    'c',
    t(
      'E-xidmətin əsas üstünlüklərindən biri şəffaf status izləməsidir: müraciətin nömrəsi və statusu vətəndaşın şəxsi kabinetində görünür. Təkrar müraciət işi yalnız çətinləşdirir.',
      'Одно из главных преимуществ электронной услуги — прозрачное отслеживание статуса: номер и статус заявления видны в личном кабинете. Повторная подача лишь усложняет дело.',
      'Transparent status tracking is a key feature of an e-service: the application number and status are visible in the personal account. Submitting again only complicates matters.',
    ),
  ),
  trueFalse(
    'EG1-1-b',
    t(
      'Qurumun e-xidmətinə onlayn müraciət etmək üçün vətəndaş əvvəlcə şəxsən quruma gəlib qeydiyyat nömrəsi almalıdır.',
      'Чтобы подать заявление на электронную услугу ведомства онлайн, гражданин сначала должен лично прийти в ведомство и получить регистрационный номер.',
      "To apply online for an agency's e-service, the citizen must first visit the agency in person to obtain a registration number.",
    ),
    false,
    t(
      'Yanlışdır. Vətəndaş portalda etibarlı elektron identifikasiya vasitəsi (məsələn, elektron imza və ya mobil imza) ilə daxil olur; qeydiyyat nömrəsi müraciət təqdim edilərkən avtomatik verilir.',
      'Неверно. Гражданин входит на портал с помощью надёжного средства электронной идентификации (например, электронной или мобильной подписи); регистрационный номер присваивается автоматически при подаче заявления.',
      'False. The citizen logs in to the portal with a trusted electronic identification (for example an electronic or mobile signature); the registration number is assigned automatically when the application is submitted.',
    ),
  ),
  multipleResponse(
    'EG1-1-c',
    t(
      'Vətəndaş e-müraciəti təqdim etdikdən dərhal sonra hansı məlumatları almalıdır? Bütün düzgün variantları seçin.',
      'Какие сведения гражданин должен получить сразу после подачи электронного заявления? Выберите все правильные варианты.',
      'Which information should a citizen receive immediately after submitting an e-application? Select all that apply.',
    ),
    [
      t('Müraciətin unikal nömrəsi.', 'Уникальный номер заявления.', 'A unique application number.'),
      t(
        'İşə baxan əməkdaşın ev ünvanı.',
        'Домашний адрес сотрудника, рассматривающего дело.',
        'The home address of the official handling the case.',
      ),
      t(
        'Xidmətin göstərilməsinin gözlənilən müddəti.',
        'Ожидаемый срок предоставления услуги.',
        'The expected time for delivering the service.',
      ),
      t(
        'Müraciətin statusunu necə izləmək barədə məlumat.',
        'Информация о том, как отслеживать статус заявления.',
        'Information on how to track the status of the application.',
      ),
      t(
        'Əməkdaşların müraciət barədə daxili qeydləri.',
        'Внутренние пометки сотрудников по заявлению.',
        "The staff's internal notes on the application.",
      ),
    ],
    ['a', 'c', 'd'],
    t(
      'Təsdiq bildirişində müraciət nömrəsi, gözlənilən müddət və statusun izlənilməsi qaydası olmalıdır. Əməkdaşların şəxsi məlumatları və daxili qeydlər vətəndaşa açıqlanmır.',
      'Подтверждение должно содержать номер заявления, ожидаемый срок и способ отслеживания статуса. Личные данные сотрудников и внутренние пометки гражданину не раскрываются.',
      'The acknowledgement should give the application number, the expected time and how to track the status. Personal data of staff and internal notes are not disclosed to the citizen.',
    ),
  ),
  singleChoice(
    'EG1-2-a',
    t(
      'Yeni qərarla e-xidmət üçün dövlət rüsumunun məbləği dəyişib və qərar gələn aydan qüvvəyə minir. Xidmətin pasportu ilə bağlı nə etməlisiniz?',
      'Новым решением изменён размер пошлины за электронную услугу; решение вступает в силу со следующего месяца. Что нужно сделать с паспортом услуги?',
      'A new decision changes the fee for an e-service, effective from next month. What should you do with the service passport?',
    ),
    [
      t(
        'Pasportda rüsum sahəsini qüvvəyəminmə tarixinə qədər yeniləmək və portalda məlumatın vaxtında dəyişməsini təmin etmək.',
        'Обновить поле пошлины в паспорте к дате вступления решения в силу и обеспечить своевременное изменение сведений на портале.',
        'Update the fee field in the passport by the effective date and make sure the information on the portal changes on time.',
      ),
      t(
        'İllik yoxlamaya qədər pasportu dəyişməmək.',
        'Не менять паспорт до ежегодного пересмотра.',
        'Leave the passport unchanged until the annual review.',
      ),
      t(
        'Yalnız öz bölmənizin əməkdaşlarına şifahi məlumat vermək.',
        'Устно сообщить об этом только сотрудникам своего отдела.',
        'Tell only the staff of your own unit, orally.',
      ),
      t(
        'Rüsum dəyişənədək xidməti portaldan çıxarmaq.',
        'Снять услугу с портала до изменения пошлины.',
        'Remove the service from the portal until the fee changes.',
      ),
    ],
    'a',
    t(
      'Xidmətin pasportu (mərhələlər, müddətlər, rüsumlar, tələb olunan məlumatlar) həmişə aktual olmalıdır; vətəndaş portalda qüvvədə olan rüsumu görməlidir.',
      'Паспорт услуги (этапы, сроки, пошлины, требуемые сведения) должен быть всегда актуальным; гражданин должен видеть на портале действующую пошлину.',
      'The service passport (steps, deadlines, fees, required data) must always be current; the citizen must see the fee in force on the portal.',
    ),
  ),
  singleChoice(
    'EG1-2-b',
    t(
      'Daxili sistem bir neçə saatdır dövlət reyestrindən cavab ala bilmir və e-müraciətlər növbədə yığılır. Ən düzgün hərəkət hansıdır?',
      'Внутренняя система несколько часов не получает ответа от государственного реестра, и электронные заявления копятся в очереди. Какое действие наиболее правильно?',
      'For several hours the back-office system has received no response from a state register, and e-applications are piling up. What is the most appropriate action?',
    ),
    [
      t(
        'Müraciətləri imtina ilə bağlamaq ki, müddət pozulmasın.',
        'Закрыть заявления отказом, чтобы не нарушить сроки.',
        'Close the applications with a refusal so that no deadline is missed.',
      ),
      t(
        'Vətəndaşlardan kağız arayışlar gətirmələrini xahiş etmək.',
        'Попросить граждан принести бумажные справки.',
        'Ask the citizens to bring paper certificates.',
      ),
      t(
        'Kompüteri yenidən işə salıb problemin özü-özünə aradan qalxmasını gözləmək.',
        'Перезагрузить компьютер и ждать, пока проблема решится сама.',
        'Restart your computer and wait for the problem to go away.',
      ),
      t(
        'Dəstək xidmətində insident qeydə almaq (vaxt, xidmət, xəta mesajı), rəhbərə məlumat vermək və müddətləri nəzarətdə saxlamaq.',
        'Зарегистрировать инцидент в службе поддержки (время, услуга, текст ошибки), сообщить руководителю и держать сроки под контролем.',
        'Log an incident with the service desk (time, service, error message), inform your manager and keep the deadlines under control.',
      ),
    ],
    'd',
    t(
      'Nasazlıq barədə dəqiq məlumatla dərhal xəbər vermək praktik səviyyənin göstəricisidir. Vətəndaşdan kağız arayış tələb etmək "bir dəfə təqdimetmə" prinsipinə ziddir, əsassız imtina isə onun hüquqlarını pozur.',
      'Немедленное сообщение о сбое с точными сведениями — признак практического уровня. Требовать от гражданина бумажные справки противоречит принципу однократного предоставления, а необоснованный отказ нарушает его права.',
      "Reporting a failure promptly and precisely is what a practitioner does. Asking the citizen for paper certificates breaks the once-only principle, and an unfounded refusal violates the citizen's rights.",
    ),
  ),
  shortText(
    'EG1-2-c',
    t(
      'Xidmət təminatçısı ilə onun istifadəçiləri və ya sifarişçisi arasında xidmətin ölçülən səviyyəsini (əlçatanlıq, cavab və icra müddətləri) müəyyən edən sazişin qəbul olunmuş ingiliscə abbreviaturasını yazın.',
      'Напишите принятую английскую аббревиатуру соглашения, которое устанавливает измеримый уровень услуги (доступность, сроки реакции и исполнения) между поставщиком услуги и её пользователями или заказчиком.',
      'Write the usual English abbreviation for the agreement that sets the measurable level of a service (availability, response and resolution times) between the service provider and its users or customer.',
    ),
    [
      'SLA',
      'service level agreement',
      'service-level agreement',
      'xidmət səviyyəsi sazişi',
      'xidmət səviyyəsi haqqında saziş',
      'соглашение об уровне обслуживания',
      'соглашение об уровне услуг',
    ],
    t(
      'SLA (Service Level Agreement) — xidmət səviyyəsi sazişidir. O, xidmətin ölçülən göstəricilərini və onların pozulması halında tədbirləri müəyyən edir.',
      'SLA (Service Level Agreement) — соглашение об уровне обслуживания. Оно задаёт измеримые показатели услуги и меры при их нарушении.',
      'SLA (Service Level Agreement) sets the measurable indicators of a service and what happens when they are not met.',
    ),
  ),
  singleChoice(
    'EG1-3-a',
    t(
      'İstifadəçi yolunun xəritəsi göstərir ki, vətəndaşlar e-müraciətə şəxsiyyət vəsiqəsinin surətini əlavə edirlər, halbuki qurum bu məlumatları əhali reyestrindən qanuni əsasla ala bilər. Ən yaxşı yenidən layihələndirmə qərarı hansıdır?',
      'Карта пути пользователя показывает, что граждане прикладывают к электронному заявлению копию удостоверения личности, хотя ведомство может на законном основании получить эти сведения из регистра населения. Какое решение по перепроектированию лучше всего?',
      'A user-journey map shows that citizens attach a copy of their ID card to the e-application, although the agency can lawfully obtain these data from the population register. What is the best redesign decision?',
    ),
    [
      t('Surəti saxlamaq, amma onu könüllü etmək.', 'Оставить копию, но сделать её необязательной.', 'Keep the copy but make it optional.'),
      t(
        'Tələbi ləğv etmək və məlumatları qarşılıqlı fəaliyyət platforması vasitəsilə reyestrdən avtomatik almaq.',
        'Отменить требование и автоматически получать сведения из регистра через платформу взаимодействия.',
        'Remove the requirement and retrieve the data automatically from the register through the interoperability platform.',
      ),
      t(
        'Sadə surət əvəzinə notarial qaydada təsdiqlənmiş surət tələb etmək.',
        'Требовать вместо простой копии нотариально заверенную.',
        'Require a notarised copy instead of a plain copy.',
      ),
      t(
        'Vətəndaşlardan surəti elektron poçtla göndərmələrini istəmək.',
        'Просить граждан присылать копию по электронной почте.',
        'Ask citizens to send the copy by e-mail.',
      ),
    ],
    'b',
    t(
      'Dövlətdə artıq olan məlumatları vətəndaşdan tələb etmək lazım deyil: onlar reyestrdən qarşılıqlı fəaliyyət platforması vasitəsilə alınır. Bu, həm mərhələni, həm də sənədi aradan qaldırır.',
      'Сведения, которые уже есть у государства, не нужно требовать от гражданина: они получаются из регистра через платформу взаимодействия. Это убирает и шаг, и документ.',
      'Data the state already holds should not be requested from the citizen: they are obtained from the register through the interoperability platform. This removes both a step and a document.',
    ),
  ),
  singleChoice(
    'EG1-3-b',
    t(
      'Yeni e-müraciət formasının prototipi hazırdır. Onun istifadəyə yararlılığı barədə ən etibarlı sübutu hansı yanaşma verir?',
      'Готов прототип новой формы электронного заявления. Какой подход даст наиболее надёжные данные о её удобстве?',
      'A prototype of a new e-application form is ready. Which approach gives the most reliable evidence about its usability?',
    ),
    [
      t(
        'Formanı hazırlayan proqramçılardan onun rahat olub-olmadığını soruşmaq.',
        'Спросить разработчиков формы, удобна ли она.',
        'Ask the developers who built the form whether it is easy to use.',
      ),
      t(
        'Saytda "Forma xoşunuza gəlirmi?" sualı ilə sorğu yerləşdirmək.',
        'Разместить на сайте опрос «Нравится ли вам форма?».',
        'Put a "Do you like the form?" poll on the website.',
      ),
      t(
        'Ekran oxuyucusundan istifadə edən və yaşlı şəxslər də daxil olmaqla bir neçə real istifadəçinin prototiplə real tapşırıqları yerinə yetirməsini müşahidə etmək.',
        'Понаблюдать, как несколько реальных пользователей, в том числе пользователи программ экранного доступа и пожилые люди, выполняют реальные задачи на прототипе.',
        'Observe several real users, including screen-reader users and older people, carrying out real tasks with the prototype.',
      ),
      t(
        'Formanı işə salmaq və şikayətlər gəlsə, dəyişiklik etmək.',
        'Запустить форму и вносить изменения, если будут жалобы.',
        'Launch the form and change it if complaints arrive.',
      ),
    ],
    'c',
    t(
      'İstifadəyə yararlılıq testi real istifadəçilərin, o cümlədən sağlamlıq imkanları məhdud şəxslərin real tapşırıqlar üzərində müşahidəsidir. Rəylər və şikayətlər problemi gec və natamam göstərir.',
      'Тестирование удобства — это наблюдение за реальными пользователями, в том числе людьми с инвалидностью, при выполнении реальных задач. Мнения и жалобы показывают проблемы поздно и неполно.',
      'Usability testing means observing real users, including people with disabilities, doing real tasks. Opinions and complaints reveal problems late and incompletely.',
    ),
  ),
  ordering(
    'EG1-3-c',
    t(
      'İstifadəçilərlə birlikdə e-xidmətin yenidən layihələndirilməsi mərhələlərini düzgün ardıcıllıqla düzün.',
      'Расположите этапы перепроектирования электронной услуги вместе с пользователями в правильном порядке.',
      'Put the steps of redesigning an e-service with its users in the correct order.',
    ),
    [
      t(
        'Yeni formanın və addımların prototipini hazırlamaq.',
        'Подготовить прототип новой формы и шагов.',
        'Build a prototype of the new form and steps.',
      ),
      t(
        'İstifadəçiləri öyrənmək və mövcud istifadəçi yolunun xəritəsini hazırlamaq.',
        'Изучить пользователей и составить карту текущего пути пользователя.',
        'Research the users and map the current user journey.',
      ),
      t(
        'Xidməti işə salmaq və istifadə ilə məmnunluğu ölçmək.',
        'Запустить услугу и измерять использование и удовлетворённость.',
        'Launch the service and measure take-up and satisfaction.',
      ),
      t(
        'Prototipi istifadəçilərlə sınaqdan keçirmək və təkmilləşdirmək.',
        'Протестировать прототип с пользователями и доработать его.',
        'Test the prototype with users and improve it.',
      ),
      t(
        'Problemli nöqtələri, lazımsız sənəd və mərhələləri müəyyən etmək.',
        'Выявить проблемные места, лишние документы и шаги.',
        'Identify pain points and unnecessary documents and steps.',
      ),
    ],
    ['b', 'e', 'a', 'd', 'c'],
    t(
      'İstifadəçiyönümlü dizayn araşdırmadan başlayır, problemləri müəyyən edir, həlli prototipləşdirir, onu istifadəçilərlə sınayır və yalnız sonra xidməti işə salıb nəticələri ölçür.',
      'Ориентированный на пользователя дизайн начинается с исследования, выявляет проблемы, прототипирует решение, тестирует его с пользователями и лишь затем запускает услугу и измеряет результат.',
      'User-centred design starts with research, identifies the problems, prototypes a solution, tests it with users, and only then launches the service and measures the results.',
    ),
  ),
  singleChoice(
    'EG1-4-a',
    t(
      'Aşağıdakılardan hansı proaktiv dövlət xidmətinə nümunədir?',
      'Что из перечисленного является примером проактивной государственной услуги?',
      'Which of the following is an example of a proactive public service?',
    ),
    [
      t(
        'Portal gecə-gündüz işləyir və müraciət istənilən vaxt təqdim edilə bilər.',
        'Портал работает круглосуточно, и заявление можно подать в любое время.',
        'The portal is available 24/7 and an application can be submitted at any time.',
      ),
      t(
        'Qurum vətəndaşların suallarına cavab verən çağrı mərkəzi açıb.',
        'Ведомство открыло колл-центр для ответов на вопросы граждан.',
        "The agency has opened a call centre to answer citizens' questions.",
      ),
      t(
        'Xidmət üçün mobil tətbiq hazırlanıb.',
        'Для услуги разработано мобильное приложение.',
        'A mobile app has been built for the service.',
      ),
      t(
        'Uşağın doğumu qeydə alındıqdan sonra müavinət valideynin müraciəti olmadan təyin edilir və valideynə bu barədə bildiriş göndərilir.',
        'После регистрации рождения ребёнка пособие назначается без заявления родителя, и родителю направляется уведомление.',
        'Once a birth is registered, the child benefit is granted without an application from the parent, who receives a notification.',
      ),
    ],
    'd',
    t(
      'Proaktiv xidməti dövlət həyat hadisəsi və reyestrlərdəki məlumatlar əsasında özü başladır; vətəndaşın müraciəti tələb olunmur. Digər variantlar yalnız kanalların əlçatanlığını artırır.',
      'Проактивную услугу государство запускает само на основании жизненной ситуации и данных реестров, без заявления гражданина. Остальные варианты лишь повышают доступность каналов.',
      'A proactive service is started by the state itself, based on a life event and register data, without the citizen applying. The other options only improve the availability of channels.',
    ),
  ),
  singleChoice(
    'EG1-4-b',
    t(
      'Qurumun e-xidmətlər portfeli üçün rəhbərliyə hesabat veriləcək göstəricilər dəsti seçilir. Hansı dəst ən uyğundur?',
      'Для портфеля электронных услуг ведомства выбирается набор показателей для отчёта руководству. Какой набор наиболее подходит?',
      "A set of indicators is being chosen for reporting on the agency's e-service portfolio to management. Which set fits best?",
    ),
    [
      t(
        'Saytdakı səhifələrin sayı, serverlərin sayı və İT əməkdaşlarının sayı.',
        'Число страниц на сайте, число серверов и число ИТ-сотрудников.',
        'Number of web pages, number of servers and number of IT staff.',
      ),
      t(
        'Rəqəmsal istifadə payı, başdan-sona icra müddətinin standartla müqayisəsi, müraciətlərin tamamlanma faizi və istifadəçi məmnunluğu.',
        'Доля цифрового использования, сквозной срок исполнения в сравнении со стандартом, доля завершённых заявлений и удовлетворённость пользователей.',
        'Digital take-up, end-to-end processing time against the standard, completion rate and user satisfaction.',
      ),
      t(
        'Layihəyə xərclənmiş büdcə və imzalanmış müqavilələrin sayı.',
        'Потраченный на проект бюджет и число подписанных договоров.',
        'Budget spent on the project and number of contracts signed.',
      ),
      t(
        'Portalda yerləşdirilmiş xəbərlərin və bannerlərin sayı.',
        'Число новостей и баннеров, размещённых на портале.',
        'Number of news items and banners published on the portal.',
      ),
    ],
    'b',
    t(
      'Portfelin göstəriciləri nəticəni ölçməlidir: xidmətdən istifadə, keyfiyyət (müddət, tamamlanma) və məmnunluq. Resurs və fəaliyyət göstəriciləri xidmətin vətəndaş üçün dəyərini göstərmir.',
      'Показатели портфеля должны измерять результат: использование, качество (сроки, завершённость) и удовлетворённость. Показатели ресурсов и активности не отражают ценность услуги для гражданина.',
      'Portfolio indicators must measure outcomes: take-up, quality (time, completion) and satisfaction. Resource and activity counts say nothing about the value of the service to citizens.',
    ),
  ),
  singleChoice(
    'EG1-4-c',
    t(
      'Qurum "ilkin olaraq rəqəmsal" hədəfi qoyub, lakin onlayn xidmətdən istifadə payı 15% olaraq qalır, növbələr isə azalmır. Sübuta əsaslanan ilk addım hansıdır?',
      'Ведомство поставило цель «цифровой по умолчанию», но доля использования онлайн-услуги остаётся 15 %, а очереди не уменьшаются. Какой первый шаг основан на фактах?',
      'The agency has set a digital-by-default target, but online take-up stays at 15% and queues are not shrinking. What is the first evidence-based step?',
    ),
    [
      t(
        'Xidmət zallarını dərhal bağlamaq ki, vətəndaşlar onlayn kanala keçsinlər.',
        'Немедленно закрыть залы обслуживания, чтобы граждане перешли в онлайн-канал.',
        'Close the service halls immediately so that citizens move online.',
      ),
      t('Yalnız reklam kampaniyası keçirmək.', 'Провести только рекламную кампанию.', 'Run an advertising campaign only.'),
      t(
        'Əvvəlcə kəsilmə statistikasını və istifadəçi araşdırmasını təhlil edib maneələri aradan qaldırmaq, köməkli rəqəmsal kanalı (assisted digital) saxlamaq.',
        'Сначала проанализировать статистику отказов от заполнения и исследования пользователей, устранить барьеры и сохранить канал цифровой помощи (assisted digital).',
        'First analyse drop-off data and user research, remove the barriers, and keep an assisted-digital channel.',
      ),
      t(
        'Təhlil aparmadan ofisdə göstərilən xidmətin rüsumunu artırmaq.',
        'Без анализа повысить пошлину за услугу в офисе.',
        'Raise the fee for the in-office service without analysis.',
      ),
    ],
    'c',
    t(
      'Aşağı istifadə adətən xidmətdəki maneələrə (çətin giriş, anlaşılmaz forma, uzun mərhələlər) işarədir. Ekspert əvvəlcə məlumatla səbəbi tapır; kanalları bağlamaq rəqəmsal bacarığı az olanları xidmətdən məhrum edər.',
      'Низкое использование обычно указывает на барьеры в услуге (сложный вход, непонятная форма, долгие шаги). Эксперт сначала находит причину по данным; закрытие каналов лишит услуги людей с низкими цифровыми навыками.',
      'Low take-up usually signals barriers in the service (hard login, unclear form, long steps). An expert first finds the cause from data; closing channels would exclude people with low digital skills.',
    ),
  ),
];

/* ------------------------------------------------------------------ EG2 */

const EG2: readonly SeedItem[] = [
  singleChoice(
    'EG2-1-a',
    t(
      'Xidmət üçün müraciət edən vətəndaşdan başqa qurumun verdiyi yaşayış yeri arayışı tələb olunur. Bu məlumatlar qarşılıqlı fəaliyyət platformasında mövcuddur. Necə hərəkət etmək lazımdır?',
      'Для услуги от гражданина требуется справка о месте жительства, выдаваемая другим ведомством. Эти сведения доступны через платформу взаимодействия. Как следует поступить?',
      'A service requires a certificate of residence issued by another agency. These data are available on the interoperability platform. What should be done?',
    ),
    [
      t(
        'Vətəndaşdan arayışın kağız nüsxəsini gətirməsini istəmək.',
        'Попросить гражданина принести бумажную справку.',
        'Ask the citizen to bring the paper certificate.',
      ),
      t(
        'Məlumatları əməkdaş özü platforma vasitəsilə elektron qaydada sorğulamalıdır.',
        'Сотрудник сам должен запросить сведения в электронном виде через платформу.',
        'The official must request the data electronically through the platform.',
      ),
      t(
        'Vətəndaşdan arayışın skan surətini e-poçtla göndərməsini istəmək.',
        'Попросить гражданина прислать скан справки по электронной почте.',
        'Ask the citizen to e-mail a scan of the certificate.',
      ),
      t(
        'O biri quruma kağız məktub göndərib cavab gözləmək.',
        'Направить в другое ведомство бумажное письмо и ждать ответа.',
        'Send a paper letter to the other agency and wait for the reply.',
      ),
    ],
    'b',
    t(
      '"Bir dəfə təqdimetmə" prinsipinə görə dövlətdə artıq olan məlumatlar vətəndaşdan yenidən tələb olunmur; onları qurum platforma vasitəsilə özü alır.',
      'По принципу однократного предоставления сведения, которые уже есть у государства, у гражданина повторно не запрашиваются; ведомство само получает их через платформу.',
      'Under the once-only principle, data the state already holds are not requested again from the citizen; the agency obtains them itself through the platform.',
    ),
  ),
  trueFalse(
    'EG2-1-b',
    t(
      'Məlumat mübadilə platforması vasitəsilə başqa qurumun reyestrindən əldə edilə bilirsə, əməkdaş "ehtiyat üçün" vətəndaşdan yenə də kağız arayış tələb edə bilər.',
      'Если сведения можно получить из реестра другого ведомства через платформу обмена, сотрудник всё равно может потребовать у гражданина бумажную справку «на всякий случай».',
      'If the data can be obtained from another agency\'s register through the exchange platform, the official may still ask the citizen for a paper certificate "just in case".',
    ),
    false,
    t(
      'Yanlışdır. Elektron yolla əldə edilə bilən məlumatı vətəndaşdan tələb etmək "bir dəfə təqdimetmə" prinsipini pozur və ona əlavə yük yaradır.',
      'Неверно. Требовать у гражданина сведения, доступные в электронном виде, — нарушение принципа однократного предоставления и лишняя нагрузка на гражданина.',
      'False. Asking the citizen for data available electronically breaks the once-only principle and burdens the citizen.',
    ),
  ),
  shortText(
    'EG2-1-c',
    t(
      'Vətəndaşların və sahibkarların eyni məlumatı dövlət orqanlarına yalnız bir dəfə təqdim etməsini tələb edən prinsip necə adlanır?',
      'Как называется принцип, согласно которому граждане и предприниматели предоставляют одни и те же сведения государственным органам только один раз?',
      'What is the name of the principle under which citizens and businesses provide the same information to public authorities only once?',
    ),
    [
      'once-only',
      'once only',
      'once-only principle',
      'once only principle',
      'bir dəfə təqdimetmə',
      'bir dəfə təqdim etmə',
      'bir dəfə təqdimetmə prinsipi',
      'однократное предоставление',
      'однократное предоставление сведений',
      'принцип однократного предоставления',
      'принцип однократности',
    ],
    t(
      '"Bir dəfə təqdimetmə" (once-only) prinsipi: məlumat bir dəfə verilir, sonra dövlət orqanları onu qanuni əsasla öz aralarında mübadilə edirlər.',
      'Принцип однократного предоставления (once-only): сведения предоставляются один раз, затем государственные органы обмениваются ими между собой на законном основании.',
      'The once-only principle: information is provided once, and public authorities then share it among themselves on a legal basis.',
    ),
  ),
  singleChoice(
    'EG2-2-a',
    t(
      'Qurumlararası elektron sorğuda şəxsin identifikatorundan əlavə mütləq nə göstərilməlidir?',
      'Что, помимо идентификатора лица, обязательно должно быть указано в межведомственном электронном запросе?',
      'Besides the identifier of the person, what must an electronic inter-agency request state?',
    ),
    [
      t(
        'Şəxsin bütün əvvəlki müraciətlərinin siyahısı.',
        'Список всех прежних обращений лица.',
        "A list of all the person's previous applications.",
      ),
      t('Əməkdaşın iş barədə şəxsi rəyi.', 'Личное мнение сотрудника о деле.', "The official's personal opinion about the case."),
      t('Əməkdaşın şəxsi mobil telefon nömrəsi.', 'Личный мобильный номер сотрудника.', "The official's personal mobile number."),
      t(
        'Sorğunun hüquqi əsası və məqsədi (hansı xidmət və ya iş üçün).',
        'Правовое основание и цель запроса (для какой услуги или дела).',
        'The legal ground and the purpose of the request (for which service or case).',
      ),
    ],
    'd',
    t(
      'Hər sorğu hüquqi əsasa və konkret məqsədə bağlı olmalıdır; bu, məlumat sahibinə sorğunun qanuniliyini yoxlamağa, nəzarət orqanlarına isə jurnal üzrə girişləri yoxlamağa imkan verir.',
      'Каждый запрос должен быть привязан к правовому основанию и конкретной цели: это позволяет владельцу данных проверить законность запроса, а контролирующим органам — проверить доступ по журналу.',
      'Every request must be tied to a legal ground and a specific purpose; this lets the data owner check that the request is lawful and lets supervisors audit access from the log.',
    ),
  ),
  singleChoice(
    'EG2-2-b',
    t(
      'Platforma vasitəsilə alınmış məlumatlarda şəxsin doğum tarixi müraciətdə göstərilən tarixdən fərqlənir. Necə hərəkət etməlisiniz?',
      'В сведениях, полученных через платформу, дата рождения лица отличается от указанной в заявлении. Как следует поступить?',
      'The data received through the platform show a date of birth that differs from the one in the application. What should you do?',
    ),
    [
      t(
        'İşi yoxlamaq, ərizəçi ilə dəqiqləşdirmək və reyestrdəki məlumat səhvdirsə, müəyyən olunmuş qaydada reyestrin sahibinə düzəliş üçün məlumat vermək.',
        'Проверить дело, уточнить у заявителя и, если ошибка в реестре, в установленном порядке сообщить владельцу реестра для исправления.',
        'Check the case, clarify with the applicant and, if the register is wrong, report it to the register owner for correction through the set procedure.',
      ),
      t(
        'Hansı tarix daha əlverişlidirsə, ondan istifadə etmək.',
        'Использовать ту дату, которая удобнее.',
        'Use whichever date is more convenient.',
      ),
      t('Fərqə əhəmiyyət verməmək.', 'Не обращать внимания на расхождение.', 'Ignore the discrepancy.'),
      t(
        'Reyestrə daxil olub tarixi özünüz düzəltmək.',
        'Зайти в реестр и исправить дату самостоятельно.',
        'Go into the register and correct the date yourself.',
      ),
    ],
    'a',
    t(
      'Alınan məlumatların işə uyğunluğunu yoxlamaq praktik səviyyənin vəzifəsidir. Reyestrdə düzəlişi yalnız onun sahibi edə bilər; başqa qurumun əməkdaşı bunu birbaşa etməməlidir.',
      'Проверять соответствие полученных данных делу — задача практического уровня. Исправлять реестр может только его владелец; сотрудник другого ведомства не должен делать это напрямую.',
      'Checking that the data received match the case is a practitioner task. Only the register owner may correct the register; an official of another agency must not do it directly.',
    ),
  ),
  multipleResponse(
    'EG2-2-c',
    t(
      'Başqa qurumdan daxil olan elektron sorğulara cavab verərkən hansı təcrübələr düzgündür? Bütün düzgün variantları seçin.',
      'Какие практики правильны при ответе на электронные запросы другого ведомства? Выберите все правильные варианты.',
      'Which practices are right when answering electronic requests from another agency? Select all that apply.',
    ),
    [
      t(
        '"Hər ehtimala qarşı" sorğudan daha çox məlumat göndərmək.',
        'Отправлять больше сведений, чем запрошено, «на всякий случай».',
        'Send more data than requested, "just in case".',
      ),
      t('Müəyyən edilmiş müddətdə cavab vermək.', 'Отвечать в установленный срок.', 'Answer within the set deadline.'),
      t(
        'Sorğu göndərən qurumun hüquqi əsasının və icazəsinin olduğunu yoxlamaq.',
        'Проверять наличие у запрашивающего ведомства правового основания и разрешения.',
        'Check that the requesting agency has a legal ground and permission.',
      ),
      t(
        'Daha tez olsun deyə məlumatı əməkdaşın şəxsi e-poçtuna göndərmək.',
        'Для скорости отправлять сведения на личную почту сотрудника.',
        "Send the data to the official's private e-mail to be faster.",
      ),
      t(
        'Mübadilənin jurnalda qeydə alınması üçün cavabı platforma vasitəsilə göndərmək.',
        'Отвечать через платформу, чтобы обмен фиксировался в журнале.',
        'Answer through the platform so that the exchange is logged.',
      ),
    ],
    ['b', 'c', 'e'],
    t(
      'Cavab müddətində, yalnız hüquqi əsas olduqda və platforma vasitəsilə verilir ki, jurnallaşdırılsın. Artıq məlumat göndərmək məlumatların minimallaşdırılması prinsipini, şəxsi poçt isə təhlükəsizliyi pozur.',
      'Ответ даётся в срок, только при наличии правового основания и через платформу, чтобы он журналировался. Избыточные сведения нарушают принцип минимизации данных, а личная почта — безопасность.',
      'Answers are given on time, only where there is a legal ground, and through the platform so that they are logged. Extra data breach data minimisation; private e-mail breaches security.',
    ),
  ),
  singleChoice(
    'EG2-3-a',
    t(
      'Yeni REST veb-xidməti üzrə məlumat mübadiləsi təsvir edilir. Əməliyyatları, sorğu və cavab strukturlarını və sahələri maşınla oxunan formada hansı sənəd müəyyən edir?',
      'Специфицируется новый обмен данными через REST веб-сервис. Какой документ в машиночитаемом виде определяет операции, структуры запросов и ответов и их поля?',
      'A new data exchange over a REST web service is being specified. Which document defines the operations, request and response structures and their fields in a machine-readable form?',
    ),
    [
      t('Layihənin Qant diaqramı.', 'Диаграмма Ганта проекта.', 'The project Gantt chart.'),
      t('Yalnız BPMN əməkdaşlıq diaqramı.', 'Только диаграмма взаимодействия BPMN.', 'A BPMN collaboration diagram alone.'),
      t('Son istifadəçi üçün təlimat.', 'Руководство конечного пользователя.', 'The end-user manual.'),
      t('Interfeysin OpenAPI spesifikasiyası.', 'Спецификация интерфейса OpenAPI.', 'An OpenAPI specification of the interface.'),
    ],
    'd',
    t(
      'OpenAPI spesifikasiyası REST interfeysinin əməliyyatlarını, məlumat sxemlərini və xəta kodlarını maşınla oxunan formada təsvir edir; onun əsasında hər iki tərəf sınaq apara bilər.',
      'Спецификация OpenAPI описывает операции REST-интерфейса, схемы данных и коды ошибок в машиночитаемом виде; на её основе обе стороны могут проводить тестирование.',
      'An OpenAPI specification describes the operations, data schemas and error codes of a REST interface in a machine-readable way; both parties can test against it.',
    ),
  ),
  numeric(
    'EG2-3-b',
    t(
      'Altı qurum ortaq platforma olmadan hər biri digərləri ilə birbaşa ikitərəfli interfeyslə məlumat mübadiləsi aparmaq istəyir. Neçə ikitərəfli interfeys lazım olacaq?',
      'Шесть ведомств хотят обмениваться данными без общей платформы, каждое с каждым, через прямые двусторонние интерфейсы. Сколько двусторонних интерфейсов потребуется?',
      'Six agencies want to exchange data without a shared platform, each with each, through direct bilateral interfaces. How many bilateral interfaces are needed?',
    ),
    15,
    t('interfeys', 'интерфейсов', 'interfaces'),
    t(
      'n(n−1)/2 = 6·5/2 = 15. Ortaq qarşılıqlı fəaliyyət platforması ilə hər qurum yalnız bir dəfə qoşulur (6 qoşulma) — mərkəzi platformanın üstünlüyü budur.',
      'n(n−1)/2 = 6·5/2 = 15. С общей платформой взаимодействия каждое ведомство подключается один раз (6 подключений) — в этом преимущество центральной платформы.',
      'n(n−1)/2 = 6·5/2 = 15. With a shared interoperability platform each agency connects once (6 connections), which is the advantage of a central platform.',
    ),
  ),
  singleChoice(
    'EG2-3-c',
    t(
      'İki qurum "ünvan" məlumatını mübadilə edir: biri onu sərbəst mətn kimi saxlayır, digəri milli ünvan reyestrinin kodları ilə. Mübadilə tez-tez səhv nəticə verir. Bu hansı səviyyənin problemidir və necə həll olunur?',
      'Два ведомства обмениваются «адресом»: одно хранит его свободным текстом, другое — кодами национального адресного реестра. Обмен часто даёт ошибки. Проблема какого уровня это и как её решить?',
      'Two agencies exchange "address": one stores it as free text, the other as codes of the national address register. The exchange often fails. Which level of interoperability is the problem and how is it solved?',
    ),
    [
      t(
        'Texniki səviyyə — kanalın ötürmə qabiliyyətini artırmaq.',
        'Технический уровень — увеличить пропускную способность канала.',
        'Technical — increase the bandwidth of the link.',
      ),
      t(
        'Təşkilati səviyyə — qurumlardan birinin rəhbərini dəyişmək.',
        'Организационный уровень — сменить руководителя одного из ведомств.',
        'Organisational — replace the head of one of the agencies.',
      ),
      t(
        'Semantik səviyyə — məlumat elementinin ortaq tərifini razılaşdırmaq və ünvan reyestrinin kodlarına istinad etmək.',
        'Семантический уровень — согласовать общее определение элемента данных и ссылаться на коды адресного реестра.',
        'Semantic — agree a common definition of the data element and refer to the address-register codes.',
      ),
      t(
        'Hüquqi səviyyə — ünvan haqqında yeni qanun qəbul etmək.',
        'Правовой уровень — принять новый закон об адресах.',
        'Legal — pass a new law on addresses.',
      ),
    ],
    'c',
    t(
      'Məlumatın mənası və formatı uyğun gəlmədikdə problem semantikdir. Həll — ortaq məlumat elementləri, istinad təsnifatçıları və reyestr kodları.',
      'Когда не совпадают смысл и формат данных, проблема семантическая. Решение — общие элементы данных, справочные классификаторы и коды реестров.',
      'When the meaning and format of data do not match, the problem is semantic. The fix is common data elements, reference classifiers and register codes.',
    ),
  ),
  matching(
    'EG2-4-a',
    t(
      'Sahə üzrə qarşılıqlı fəaliyyət çərçivəsi hazırlanır. Hər səviyyəni ona aid tədbirlə uyğunlaşdırın.',
      'Готовится отраслевая рамка интероперабельности. Сопоставьте каждый уровень с относящейся к нему мерой.',
      'A sector interoperability framework is being prepared. Match each level with the measure that belongs to it.',
    ),
    [
      t('Hüquqi qarşılıqlı fəaliyyət', 'Правовая интероперабельность', 'Legal interoperability'),
      t('Təşkilati qarşılıqlı fəaliyyət', 'Организационная интероперабельность', 'Organisational interoperability'),
      t('Semantik qarşılıqlı fəaliyyət', 'Семантическая интероперабельность', 'Semantic interoperability'),
      t('Texniki qarşılıqlı fəaliyyət', 'Техническая интероперабельность', 'Technical interoperability'),
    ],
    [
      t(
        'Ortaq məlumat lüğətləri, təsnifatçılar və kod siyahıları.',
        'Общие словари данных, классификаторы и кодовые списки.',
        'Common data vocabularies, classifiers and code lists.',
      ),
      t(
        'Təhlükəsiz mesajlaşma protokolları və API standartları.',
        'Протоколы защищённого обмена сообщениями и стандарты API.',
        'Secure messaging protocols and API standards.',
      ),
      t(
        'Məlumat mübadiləsi üçün qanuni əsas və məlumat mübadiləsi sazişləri.',
        'Правовое основание для обмена и соглашения об обмене данными.',
        'A legal basis for the exchange and data-sharing agreements.',
      ),
      t(
        'Qurumlar arasında uzlaşdırılmış iş prosesləri, məsuliyyətlər və xidmət səviyyələri.',
        'Согласованные между ведомствами бизнес-процессы, ответственность и уровни обслуживания.',
        'Business processes, responsibilities and service levels aligned between agencies.',
      ),
    ],
    [
      ['p1', 'r3'],
      ['p2', 'r4'],
      ['p3', 'r1'],
      ['p4', 'r2'],
    ],
    t(
      'Qarşılıqlı fəaliyyət çərçivələri (məsələn, Avropa Qarşılıqlı Fəaliyyət Çərçivəsi) hüquqi, təşkilati, semantik və texniki səviyyələri fərqləndirir; milli çərçivə hər biri üçün qaydalar müəyyən etməlidir.',
      'Рамки интероперабельности (например, Европейская рамка интероперабельности) различают правовой, организационный, семантический и технический уровни; национальная рамка должна задать правила для каждого.',
      'Interoperability frameworks (for example the European Interoperability Framework) distinguish legal, organisational, semantic and technical levels; a national framework must set rules for each.',
    ),
  ),
  singleChoice(
    'EG2-4-b',
    t(
      'Milli səviyyədə "bir dəfə təqdimetmə" qaydaları hazırlanır. Onların işləməsi üçün ən vacib ilkin şərt hansıdır?',
      'На национальном уровне разрабатываются правила однократного предоставления сведений. Какое предварительное условие важнее всего для их работы?',
      'Once-only rules are being drafted at national level. Which precondition matters most for them to work?',
    ),
    [
      t(
        'Hər qurumun bütün reyestrlərin öz surətini saxlaması.',
        'Чтобы каждое ведомство хранило собственную копию всех реестров.',
        'Every agency keeping its own copy of all registers.',
      ),
      t(
        'Bütün dövlət məlumatlarını vahid mərkəzi verilənlər bazasında toplamaq.',
        'Собрать все государственные данные в единой центральной базе.',
        'Collecting all government data in one central database.',
      ),
      t(
        'Məsul sahibi, məlumat keyfiyyəti öhdəlikləri və təkrar istifadə üçün hüquqi əsası olan əsas (istinad) reyestrləri müəyyən etmək.',
        'Определить базовые (эталонные) реестры с ответственным владельцем, обязательствами по качеству данных и правовой основой для повторного использования.',
        'Designating authoritative base registers with a responsible owner, data-quality obligations and a legal basis for reuse.',
      ),
      t(
        'Bütün kağız sənədləri dərhal qadağan etmək.',
        'Немедленно запретить все бумажные документы.',
        'Banning all paper documents at once.',
      ),
    ],
    'c',
    t(
      '"Bir dəfə təqdimetmə" etibarlı istinad mənbəyi tələb edir: hər məlumat növü üçün bir əsas reyestr, məsul sahib və keyfiyyət öhdəlikləri. Surətlər uyğunsuzluq yaradır, vahid mərkəzi baza isə həm risklidir, həm də zəruri deyil.',
      'Однократное предоставление требует надёжного эталонного источника: один базовый реестр на каждый вид данных, ответственный владелец и обязательства по качеству. Копии порождают расхождения, а единая центральная база рискованна и не нужна.',
      'Once-only needs a trustworthy authoritative source: one base register per kind of data, a responsible owner and quality obligations. Copies cause inconsistencies; a single central database is risky and unnecessary.',
    ),
  ),
  singleChoice(
    'EG2-4-c',
    t(
      'Yeni qurum ortaq qarşılıqlı fəaliyyət xidmətlərinə qoşulmaq istəyir. İdarəetmə baxımından hansı qoşulma modeli ən düzgündür?',
      'Новое ведомство хочет подключиться к общим сервисам взаимодействия. Какая модель подключения наиболее правильна с точки зрения управления?',
      'A new agency wants to join the shared interoperability services. Which onboarding model is right from a governance point of view?',
    ),
    [
      t(
        'Məlumat sahibinin icazəsi və saziş, standartlara uyğunluq sınağı, xidmətlər kataloqunda qeydiyyat və istifadənin monitorinqi ilə standart qoşulma proseduru.',
        'Стандартная процедура подключения: разрешение владельца данных и соглашение, тест на соответствие стандартам, регистрация в каталоге сервисов и мониторинг использования.',
        "A standard onboarding procedure: the data owner's permission and an agreement, conformance testing against the standards, registration in the service catalogue and usage monitoring.",
      ),
      t(
        'Hər məlumat sahibi ilə ayrıca qeyri-rəsmi razılaşma.',
        'Отдельная неформальная договорённость с каждым владельцем данных.',
        'A separate informal arrangement with each data owner.',
      ),
      t(
        'Yeni quruma reyestrlərin verilənlər bazalarına birbaşa giriş parolları vermək.',
        'Выдать новому ведомству пароли прямого доступа к базам данных реестров.',
        'Give the new agency direct passwords to the register databases.',
      ),
      t(
        'Platformanı bütün qurumlar üçün heç bir yoxlama olmadan açmaq.',
        'Открыть платформу для всех ведомств без каких-либо проверок.',
        'Open the platform to every agency without any checks.',
      ),
    ],
    'a',
    t(
      'Ortaq xidmətlərin idarə edilməsi təkrarlanan, şəffaf qaydalar tələb edir: hüquqi əsas, uyğunluq sınağı, kataloq və monitorinq. Birbaşa verilənlər bazası girişi jurnallaşdırmanı və giriş nəzarətini aradan qaldırır.',
      'Управление общими сервисами требует повторяемых прозрачных правил: правовое основание, тест соответствия, каталог и мониторинг. Прямой доступ к базам данных обходит журналирование и контроль доступа.',
      'Governing shared services needs repeatable, transparent rules: legal basis, conformance testing, a catalogue and monitoring. Direct database access bypasses logging and access control.',
    ),
  ),
];

/* ------------------------------------------------------------------ EG3 */

const EG3: readonly SeedItem[] = [
  singleChoice(
    'EG3-1-a',
    t(
      'Elektron imza ilə imzalanmış sənədin hüquqi qüvvəsi ilə bağlı sual yaranıb. Hansı qanun ilk növbədə tətbiq olunur?',
      'Возник вопрос о юридической силе документа, подписанного электронной подписью. Какой закон применяется в первую очередь?',
      'A question has arisen about the legal force of a document signed with an electronic signature. Which law applies first of all?',
    ),
    [
      t('Əmək Məcəlləsi.', 'Трудовой кодекс.', 'The Labour Code.'),
      t(
        'Elektron imza və elektron sənəd haqqında qanun.',
        'Закон об электронной подписи и электронном документе.',
        'The law on electronic signature and electronic document.',
      ),
      t('İnformasiya əldə etmək haqqında qanun.', 'Закон о получении информации.', 'The law on access to information.'),
      t('Vergi Məcəlləsi.', 'Налоговый кодекс.', 'The Tax Code.'),
    ],
    'b',
    t(
      'Elektron sənədin və elektron imzanın hüquqi qüvvəsini elektron imza və elektron sənəd haqqında qanun tənzimləyir. Digər aktlar başqa münasibətləri tənzimləyir.',
      'Юридическую силу электронного документа и электронной подписи регулирует закон об электронной подписи и электронном документе. Остальные акты регулируют иные отношения.',
      'The legal force of an electronic document and signature is governed by the law on electronic signature and electronic document. The other acts govern other matters.',
    ),
  ),
  trueFalse(
    'EG3-1-b',
    t(
      'Elektron imza qanunvericiliyinə görə gücləndirilmiş (kvalifikasiyalı) elektron imza ilə imzalanmış elektron sənəd, bir qayda olaraq, əl ilə imzalanmış kağız sənədlə bərabər hüquqi qüvvəyə malikdir.',
      'По законодательству об электронной подписи электронный документ, подписанный усиленной (квалифицированной) электронной подписью, как правило, имеет ту же юридическую силу, что и бумажный документ с собственноручной подписью.',
      'Under electronic-signature legislation, an electronic document signed with a qualified (advanced) electronic signature generally has the same legal force as a paper document with a handwritten signature.',
    ),
    true,
    t(
      'Doğrudur. Bərabər hüquqi qüvvə prinsipi elektron imza qanunvericiliyinin əsasını təşkil edir; qanunla müəyyən edilmiş istisnalar ola bilər.',
      'Верно. Принцип равной юридической силы — основа законодательства об электронной подписи; возможны исключения, установленные законом.',
      'True. Equal legal force is the cornerstone of electronic-signature law; exceptions may be set by law.',
    ),
  ),
  multipleResponse(
    'EG3-1-c',
    t(
      'Dövlət qulluqçusu qanunun qüvvədə olan mətnini hansı mənbələrdə tapmalıdır? Bütün düzgün variantları seçin.',
      'Где государственному служащему следует искать действующий текст закона? Выберите все правильные варианты.',
      'Where should a civil servant look for the current text of a law? Select all that apply.',
    ),
    [
      t(
        'Həmkarın bir neçə il əvvəlki çap nüsxəsi.',
        'Распечатка коллеги, сделанная несколько лет назад.',
        "A colleague's printout from a few years ago.",
      ),
      t(
        'Normativ hüquqi aktların rəsmi elektron bazası (reyestri).',
        'Официальная электронная база (реестр) нормативных правовых актов.',
        'The official electronic database (register) of legal acts.',
      ),
      t('Sosial şəbəkədəki paylaşım.', 'Публикация в социальной сети.', 'A social-media post.'),
      t('Rəsmi dərc mənbəyi (rəsmi nəşr).', 'Официальный источник опубликования.', 'The official publication (gazette).'),
    ],
    ['b', 'd'],
    t(
      'Qüvvədə olan mətn (bütün dəyişikliklərlə) rəsmi hüquqi aktlar bazasında və rəsmi dərc mənbəyində tapılır. Köhnə çap nüsxələri və sosial şəbəkələr etibarlı deyil.',
      'Действующий текст (со всеми изменениями) находится в официальной базе правовых актов и в официальном источнике опубликования. Старые распечатки и соцсети ненадёжны.',
      'The current text (with all amendments) is found in the official database of legal acts and the official publication. Old printouts and social media are unreliable.',
    ),
  ),
  singleChoice(
    'EG3-2-a',
    t(
      'Vətəndaş düzgün elektron imza ilə imzalanmış müraciəti portal vasitəsilə təqdim edib. Əməkdaş ondan eyni müraciətin kağız nüsxəsini də gətirməyi tələb edir. Bu tələb necə qiymətləndirilməlidir?',
      'Гражданин подал через портал обращение, подписанное надлежащей электронной подписью. Сотрудник требует также принести бумажный экземпляр того же обращения. Как оценить это требование?',
      'A citizen submitted an application through the portal, signed with a valid electronic signature. The official also demands a paper copy of the same application. How should this demand be assessed?',
    ),
    [
      t(
        'Düzgündür, çünki arxiv üçün kağız nüsxə həmişə lazımdır.',
        'Правомерно, так как для архива всегда нужен бумажный экземпляр.',
        'Correct, because a paper copy is always needed for the archive.',
      ),
      t(
        'Düzgündür, əgər vətəndaş ofisə yaxın yaşayırsa.',
        'Правомерно, если гражданин живёт недалеко от офиса.',
        'Correct, if the citizen lives near the office.',
      ),
      t(
        'Əsassızdır: lazımi qaydada imzalanmış elektron müraciət kağız müraciətlə bərabər qüvvəyə malikdir və kağız dublikat tələb olunmamalıdır.',
        'Неправомерно: надлежаще подписанное электронное обращение имеет ту же силу, что и бумажное, и требовать бумажный дубликат не следует.',
        'Unfounded: a properly signed electronic application has the same force as a paper one, and no paper duplicate should be required.',
      ),
      t(
        'Yalnız rəhbər razılıq verərsə, düzgündür.',
        'Правомерно, только если согласится руководитель.',
        'Correct only if the manager agrees.',
      ),
    ],
    'c',
    t(
      'Elektron müraciət və elektron sənəd qaydalarını tətbiq edən əməkdaş düzgün imzalanmış elektron müraciəti qəbul edir; kağız dublikat tələbi vətəndaşa əlavə yükdür və qanunvericiliyə ziddir.',
      'Сотрудник, применяющий нормы об электронных обращениях и документах, принимает надлежаще подписанное электронное обращение; требование бумажного дубликата — лишняя нагрузка на гражданина и противоречит законодательству.',
      'An official applying the rules on electronic applications and documents accepts a properly signed e-application; demanding a paper duplicate burdens the citizen and conflicts with the law.',
    ),
  ),
  singleChoice(
    'EG3-2-b',
    t(
      'Vətəndaşın informasiya sorğusunun bir hissəsinə cavab verilə bilməz, çünki məlumat məhdud girişlidir. Cavab necə tərtib olunmalıdır?',
      'На часть информационного запроса гражданина нельзя ответить, так как сведения относятся к информации ограниченного доступа. Как оформить ответ?',
      "Part of a citizen's information request cannot be answered because the information is restricted. How should the reply be written?",
    ),
    [
      t(
        'Bütün sorğuya heç bir izahat vermədən imtina etmək.',
        'Отказать во всём запросе без объяснений.',
        'Refuse the whole request without explanation.',
      ),
      t(
        'Açıq hissəni təqdim etmək, imtina edilən hissə üçün əsas olan qanun normasına istinad etmək və şikayət vermə qaydasını göstərmək.',
        'Предоставить открытую часть, сослаться на норму закона, являющуюся основанием отказа в остальной части, и указать порядок обжалования.',
        'Provide the open part, cite the legal provision that is the ground for refusing the rest, and explain how to appeal.',
      ),
      t(
        '"Daxili qaydalara görə" yazıb imtina etmək.',
        'Отказать со ссылкой «согласно внутренним правилам».',
        'Refuse, citing "internal rules".',
      ),
      t('Sorğunu cavabsız qoymaq.', 'Оставить запрос без ответа.', 'Leave the request unanswered.'),
    ],
    'b',
    t(
      'Məhdudiyyət yalnız qanunla müəyyən edilmiş əsasla və yalnız məhdud hissəyə tətbiq olunur; cavabda norma və şikayət qaydası göstərilməlidir.',
      'Ограничение применяется только по основанию, установленному законом, и только к ограниченной части; в ответе указываются норма и порядок обжалования.',
      'A restriction applies only on a ground set by law and only to the restricted part; the reply must cite the provision and the appeal route.',
    ),
  ),
  singleChoice(
    'EG3-2-c',
    t(
      'Əməkdaş müavinət müraciətlərinə baxmaq üçün toplanmış telefon nömrələrindən qurumun müraciətlərlə əlaqəsi olmayan tədbirinə dəvət göndərmək üçün istifadə etmək istəyir. Hansı prinsip buna mane olur?',
      'Сотрудник хочет использовать телефоны, собранные для рассмотрения заявлений на пособие, чтобы разослать приглашения на мероприятие ведомства, не связанное с заявлениями. Какой принцип этому препятствует?',
      'An official wants to use phone numbers collected to process benefit applications to send invitations to an agency event unrelated to the applications. Which principle stands in the way?',
    ),
    [
      t('Məlumatların dəqiqliyi prinsipi.', 'Принцип точности данных.', 'The accuracy principle.'),
      t('Saxlama müddətinin məhdudlaşdırılması prinsipi.', 'Принцип ограничения срока хранения.', 'The storage-limitation principle.'),
      t('Açıq məlumatlar prinsipi.', 'Принцип открытых данных.', 'The open-data principle.'),
      t(
        'Məqsədin məhdudlaşdırılması: məlumatlar ayrıca hüquqi əsas olmadan başqa məqsəd üçün istifadə edilə bilməz.',
        'Ограничение цели: данные нельзя использовать для иной цели без отдельного правового основания.',
        'Purpose limitation: data may not be used for another purpose without a separate legal ground.',
      ),
    ],
    'd',
    t(
      'Fərdi məlumatlar müəyyən məqsəd üçün toplanır və ona uyğun olmayan məqsədlə yalnız ayrıca hüquqi əsas (məsələn, razılıq) olduqda istifadə oluna bilər.',
      'Персональные данные собираются для определённой цели и могут использоваться для несовместимой цели только при отдельном правовом основании (например, согласии).',
      'Personal data are collected for a specified purpose and may be used for an incompatible purpose only with a separate legal ground (for example consent).',
    ),
  ),
  singleChoice(
    'EG3-3-a',
    t(
      'Xidmət reqlamentinin layihəsində deyilir: "Ərizəçi diplomun notarial qaydada təsdiq edilmiş kağız surətini şəxsən təqdim edir." Diplom məlumatları təhsil reyestrində mövcuddur. Ən yaxşı təklif hansıdır?',
      'В проекте регламента услуги сказано: «Заявитель лично представляет нотариально заверенную бумажную копию диплома». Сведения о дипломе есть в реестре образования. Какое предложение лучше всего?',
      'A draft service regulation says: "The applicant shall submit in person a notarised paper copy of the diploma." Diploma data are held in the education register. What is the best proposal?',
    ),
    [
      t('Müddəanı olduğu kimi saxlamaq.', 'Оставить положение без изменений.', 'Keep the provision as it is.'),
      t(
        'Skan surət və əlavə olaraq şəxsi gəlişi tələb etmək.',
        'Требовать скан-копию и дополнительно личный визит.',
        'Require a scanned copy plus a personal visit.',
      ),
      t(
        'Elektron müraciətə icazə vermək, diplom məlumatlarını təhsil reyestrindən platforma vasitəsilə almaq; şəxsi gəlişi yalnız qanunun tələb etdiyi və elektron həllin mümkün olmadığı hallarda saxlamaq.',
        'Разрешить электронную подачу, получать сведения о дипломе из реестра образования через платформу; личный визит оставить только там, где его требует закон и электронное решение невозможно.',
        'Allow electronic submission, obtain the diploma data from the education register through the platform, and keep a personal visit only where the law requires it and no electronic solution exists.',
      ),
      t(
        'Diplom tələbini hüquqi ehtiyacdan asılı olmayaraq tamamilə ləğv etmək.',
        'Полностью отменить требование о дипломе независимо от правовой необходимости.',
        'Drop the diploma requirement entirely, regardless of the legal need.',
      ),
    ],
    'c',
    t(
      'Reqlament layihəsini təhlil edən mütəxəssis kağız sənəd və şəxsi gəliş tələblərini aşkar edir və onları reyestr sorğusu ilə əvəz edir, lakin hüquqi zəruri yoxlamanı saxlayır.',
      'Специалист, анализирующий проект регламента, выявляет требования бумажных документов и личного визита и заменяет их запросом к реестру, сохраняя юридически необходимую проверку.',
      'A reviewer of the draft spots paper and personal-visit requirements and replaces them with a register query, while keeping the legally necessary check.',
    ),
  ),
  multipleResponse(
    'EG3-3-b',
    t(
      'Daxili aktın layihəsini elektron hökumət qanunvericiliyinə uyğunluq baxımından yoxlayırsınız. Hansı müddəaları maneə kimi qeyd etməlisiniz? Bütün düzgün variantları seçin.',
      'Вы проверяете проект внутреннего акта на соответствие законодательству об электронном правительстве. Какие положения следует отметить как барьеры? Выберите все правильные варианты.',
      'You are reviewing a draft internal act for consistency with e-government law. Which provisions should you flag as barriers? Select all that apply.',
    ),
    [
      t(
        'Sənədlərin yalnız "canlı" (əl ilə) imza ilə qəbul edilməsi tələbi.',
        'Требование принимать документы только с «живой» (собственноручной) подписью.',
        'A requirement to accept documents only with a handwritten ("wet") signature.',
      ),
      t(
        'Qərar müddətinin iş günləri ilə hesablanması.',
        'Исчисление срока принятия решения в рабочих днях.',
        'Decision deadlines counted in working days.',
      ),
      t(
        'Dövlət reyestrlərində artıq olan məlumatların vətəndaş tərəfindən təqdim edilməsi tələbi.',
        'Требование к гражданину представлять сведения, которые уже есть в государственных реестрах.',
        'A requirement for the citizen to provide data already held in state registers.',
      ),
      t(
        'Sadə arayış almaq üçün məcburi şəxsi gəliş.',
        'Обязательный личный визит для получения простой справки.',
        'A compulsory personal visit to obtain a simple certificate.',
      ),
      t(
        'Qərarın ərizəçinin şəxsi kabinetinə elektron bildirişlə göndərilməsi.',
        'Направление решения заявителю электронным уведомлением в личный кабинет.',
        "Notifying the decision electronically to the applicant's personal account.",
      ),
    ],
    ['a', 'c', 'd'],
    t(
      'Əl ilə imza tələbi, reyestrlərdə olan məlumatların təkrar tələb edilməsi və sadə xidmət üçün şəxsi gəliş rəqəmsal xidmətə maneədir. İş günləri ilə müddət və elektron bildiriş maneə deyil.',
      'Требование собственноручной подписи, повторное истребование сведений из реестров и личный визит для простой услуги — барьеры для цифровой услуги. Сроки в рабочих днях и электронное уведомление барьерами не являются.',
      'Wet-signature requirements, asking again for register data and personal visits for simple services are barriers to digital delivery. Working-day deadlines and electronic notification are not.',
    ),
  ),
  trueFalse(
    'EG3-3-c',
    t(
      'Qanun elektron formaya açıq şəkildə icazə verdiyi halda da qurumun daxili təlimatı vətəndaşlardan kağız sənəd təqdim etməyi qanuni olaraq tələb edə bilər.',
      'Внутренняя инструкция ведомства может законно требовать от граждан бумажные документы даже тогда, когда закон прямо допускает электронную форму.',
      "An agency's internal instruction may lawfully require citizens to submit paper documents even where a law expressly allows the electronic form.",
    ),
    false,
    t(
      'Yanlışdır. Normativ aktların iyerarxiyasına görə daxili akt qanuna zidd ola bilməz; belə müddəa aşkar edilməli və dəyişdirilməlidir.',
      'Неверно. По иерархии нормативных актов внутренний акт не может противоречить закону; такое положение нужно выявить и изменить.',
      'False. Under the hierarchy of legal acts an internal act cannot contradict a law; such a provision must be spotted and amended.',
    ),
  ),
  singleChoice(
    'EG3-4-a',
    t(
      'Elektron hökumət haqqında qanun layihəsinin tənzimləyici təsirinin qiymətləndirilməsi (RIA) hazırlanır. Qiymətləndirmə nəyi əhatə etməlidir?',
      'Готовится оценка регулирующего воздействия (ОРВ) законопроекта об электронном правительстве. Что должна охватывать оценка?',
      'A regulatory impact assessment (RIA) is being prepared for a draft e-government law. What should it cover?',
    ),
    [
      t(
        'Problemin təsviri, qeyri-normativ variantlar da daxil olmaqla alternativlər, vətəndaşlar, biznes və dövlət üçün xərc və faydalar, inzibati yük və ictimai məsləhətləşmələrin nəticələri.',
        'Описание проблемы, альтернативы, включая ненормативные, затраты и выгоды для граждан, бизнеса и государства, административную нагрузку и итоги публичных консультаций.',
        'The problem definition, options including non-regulatory ones, costs and benefits for citizens, business and the state, administrative burden, and the results of public consultation.',
      ),
      t('Yalnız İT sistemlərinin dəyəri.', 'Только стоимость ИТ-систем.', 'Only the cost of the IT systems.'),
      t(
        'Yalnız layihəni hazırlayan nazirliyin rəyi.',
        'Только мнение министерства — разработчика проекта.',
        'Only the opinion of the drafting ministry.',
      ),
      t(
        'Tətbiq üçün tövsiyə olunan proqram təminatı satıcılarının siyahısı.',
        'Список рекомендуемых поставщиков программного обеспечения.',
        'A list of recommended software vendors.',
      ),
    ],
    'a',
    t(
      'RIA problemin, alternativlərin, maraqlı tərəflərə təsirin və xərc-fayda balansının sistemli təhlilidir; o, məsləhətləşmələrə əsaslanır və texnologiyaya neytral qalır.',
      'ОРВ — это системный анализ проблемы, альтернатив, воздействия на заинтересованные стороны и баланса затрат и выгод; она опирается на консультации и остаётся технологически нейтральной.',
      'A RIA is a systematic analysis of the problem, the options, the impact on stakeholders and the balance of costs and benefits; it relies on consultation and stays technology-neutral.',
    ),
  ),
  matching(
    'EG3-4-b',
    t(
      'Milli qanunvericilik beynəlxalq etimad xidmətləri və məlumatların qorunması standartları ilə uyğunlaşdırılır. Hər anlayışı onun təsviri ilə uyğunlaşdırın.',
      'Национальное законодательство гармонизируется с международными стандартами услуг доверия и защиты данных. Сопоставьте каждое понятие с его описанием.',
      'National law is being aligned with international standards on trust services and data protection. Match each concept with its description.',
    ),
    [
      t('Kvalifikasiyalı etimad xidməti təminatçısı', 'Квалифицированный поставщик услуг доверия', 'Qualified trust service provider'),
      t('Texnoloji neytrallıq', 'Технологическая нейтральность', 'Technology neutrality'),
      t('Məlumat nəzarətçisi (operator)', 'Контролёр (оператор) данных', 'Data controller'),
      t('Transsərhəd qarşılıqlı tanınma', 'Трансграничное взаимное признание', 'Cross-border mutual recognition'),
    ],
    [
      t(
        'Qanun konkret texnologiyanı deyil, funksional tələbləri müəyyən edir.',
        'Закон устанавливает функциональные требования, а не конкретную технологию.',
        'The law sets functional requirements rather than a specific technology.',
      ),
      t(
        'Xarici elektron identifikasiya və ya imza ekvivalent etibar səviyyəsi əsasında qəbul edilir.',
        'Иностранная электронная идентификация или подпись признаётся на основе эквивалентного уровня доверия.',
        'A foreign electronic identification or signature is accepted on the basis of an equivalent assurance level.',
      ),
      t(
        'Fərdi məlumatların emalının məqsədlərini və vasitələrini müəyyən edən şəxs.',
        'Лицо, определяющее цели и средства обработки персональных данных.',
        'The entity that determines the purposes and means of processing personal data.',
      ),
      t(
        'Bütün sənədləri kağız formada ən azı 75 il saxlamaq öhdəliyi.',
        'Обязанность хранить все документы на бумаге не менее 75 лет.',
        'An obligation to keep all documents on paper for at least 75 years.',
      ),
      t(
        'Nəzarət altında elektron imza, möhür və vaxt damğası sertifikatları verən təşkilat.',
        'Организация, которая под надзором выдаёт сертификаты электронной подписи, печати и метки времени.',
        'An organisation that, under supervision, issues certificates for electronic signatures, seals and time stamps.',
      ),
    ],
    [
      ['p1', 'r5'],
      ['p2', 'r1'],
      ['p3', 'r3'],
      ['p4', 'r2'],
    ],
    t(
      'Bu anlayışlar etimad xidmətləri və məlumatların qorunması üzrə beynəlxalq çərçivələrdə (məsələn, Aİ-nin eIDAS və GDPR tənzimləmələri) əsasdır; kağızda saxlama öhdəliyi onlardan biri deyil.',
      'Эти понятия — основа международных рамок в области услуг доверия и защиты данных (например, регламентов ЕС eIDAS и GDPR); обязанность хранения на бумаге к ним не относится.',
      'These concepts underpin international frameworks on trust services and data protection (for example the EU eIDAS and GDPR regulations); a paper-retention obligation is not one of them.',
    ),
  ),
  singleChoice(
    'EG3-4-c',
    t(
      'Qanun layihəsi e-xidmətlərdə avtomatlaşdırılmış qərarlara (məsələn, müavinətin avtomatik təyini və ya ondan imtina) icazə verir. Beynəlxalq məlumatların qorunması standartlarına uyğun olaraq hansı təminatlar nəzərdə tutulmalıdır?',
      'Законопроект допускает автоматизированные решения в электронных услугах (например, автоматическое назначение пособия или отказ в нём). Какие гарантии следует предусмотреть в соответствии с международными стандартами защиты данных?',
      'A draft law allows automated decisions in e-services (for example automatically granting or refusing a benefit). Which safeguards should it provide in line with international data-protection standards?',
    ),
    [
      t('Avtomatlaşdırmanı tamamilə qadağan etmək.', 'Полностью запретить автоматизацию.', 'Ban automation altogether.'),
      t(
        'Heç bir təminat lazım deyil, çünki sistem səhv etmir.',
        'Гарантии не нужны, так как система не ошибается.',
        'No safeguards are needed because the system does not make mistakes.',
      ),
      t(
        'Hər avtomatik qərarın vətəndaşın şəxsən gəlişi ilə təsdiqlənməsini tələb etmək.',
        'Требовать подтверждения каждого автоматического решения личным визитом гражданина.',
        'Require each automated decision to be confirmed by a personal visit of the citizen.',
      ),
      t(
        'Qanuni əsas, qərarın məntiqi barədə şəffaflıq, insan tərəfindən yenidən baxılma və etiraz hüququ, qərarların jurnallaşdırılması.',
        'Правовое основание, прозрачность логики решения, право на пересмотр человеком и обжалование, журналирование решений.',
        'A legal basis, transparency about the decision logic, the right to human review and to contest, and logging of decisions.',
      ),
    ],
    'd',
    t(
      'Avtomatlaşdırılmış qərarlar qəbul edilə bilər, lakin qanuni əsas, şəffaflıq, insan müdaxiləsi və etiraz hüququ kimi təminatlarla. Tam qadağa faydanı itirir, təminatsız avtomatlaşdırma isə hüquqları pozur.',
      'Автоматизированные решения допустимы, но с гарантиями: правовое основание, прозрачность, вмешательство человека и право на обжалование. Полный запрет лишает выгод, а автоматизация без гарантий нарушает права.',
      'Automated decisions are acceptable with safeguards: a legal basis, transparency, human intervention and a right to contest. A total ban loses the benefits; automation without safeguards violates rights.',
    ),
  ),
];

/** Seed items for area EG (E-services and interoperability), 3 per competency × level. */
export const ITEMS_EG: readonly SeedItem[] = [...EG1, ...EG2, ...EG3];
