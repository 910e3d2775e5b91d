"""Write h89..h96.expected.json of this held-out set from the annotations below.

    python3 gen.py   (reads the articles through draw.py's articles.json locators)

Every evidence string and quote excerpt is asserted to be a substring of the text.
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, '..'))
from heldout_gen import E, EV, Q, write  # noqa: E402

ARTS = {}

ARTS['h89'] = dict(
    published='2015-08-07',
    published_why="Default day of date_extracted; consistent with 'اليوم الجمعة' (Friday 7 August 2015).",
    about="Al-Riyadh, Friday 2015-08-07: press sources in Lahij say the Popular Resistance forced the Houthis and Saleh-loyal forces to retreat from Lahij towards Taiz after fierce battles in Karsh, following military support (tanks, rocket launchers) from the Arab coalition; background: the resistance and pro-Hadi army took Al-Anad air base on 3 August.",
    entities=[
        E(['Lahij', 'Lahj', 'Lahij Governorate'], ['لحج'], 'LOC', 'YEM', 5),
        E(['Yemen', 'Republic of Yemen'], ['اليمن'], 'LOC', 'YEM', 2),
        E(['Houthis', 'Houthi movement', 'Ansar Allah'], ['الحوثيون', 'الحوثي', 'الحوثيين'], 'ORG', 'YEM', 4),
        E(['Ali Abdullah Saleh', 'Ali Saleh'], ['علي عبدالله صالح'], 'PER', 'YEM', 1),
        E(['Taiz', "Ta'izz", 'Taiz Governorate'], ['تعز'], 'LOC', 'YEM', 4),
        E(['Popular Resistance', 'Yemeni Popular Resistance'], ['المقاومة الشعبية'], 'ORG', 'YEM', 4),
        E(['Karsh', 'Kirsh'], ['كرش'], 'LOC', 'YEM', 2),
        E(['Abdrabbuh Mansur Hadi', 'Abd Rabbuh Mansur Hadi', 'Abdrabbuh Mansour Hadi', 'Abed Rabbo Mansour Hadi', 'Hadi'], ['عبدربه منصور هادي'], 'PER', 'YEM', 1),
        E(['Al Anad Air Base', 'Al-Anad Air Base', 'Al Anad', 'Al-Anad'], ['قاعدة العند الجوية', 'العند'], 'LOC', 'YEM', 1),
    ],
    quotes=[],
    indirect_quotes=[
        Q('YEM', 'مقاتلي المقاومة الشعبية أجبروا مسلحي جماعة الحوثي', "'أكدت مصادر صحفية في محافظة لحج ... أن' (Yemeni press sources)"),
        Q('YEM', 'معارك عنيفة دارت في منطقة كرش', "'وقالت المصادر إن' (the same sources)"),
        Q('YEM', 'تقدم المقاومة الشعبية في منطقة كرش جاء عقب تلقيها دعم عسكري', "'وبحسب المصادر، فإن' (the same sources)"),
    ],
    dates=[
        {'text': 'اليوم الجمعة', 'value': '2015-08-07'},
        {'text': '3 أغسطس الجاري', 'value': '2015-08-03'},
    ],
    events=[
        EV('The Popular Resistance forced the Houthi fighters (backed by Saleh-loyal forces) to retreat from Lahij towards Taiz', 'مقاتلي المقاومة الشعبية أجبروا مسلحي جماعة الحوثي', 'YEM', 'YEM', ['19', '17']),
        EV('Fierce battles in Karsh ended with the resistance taking the area and the Houthis withdrawing', 'معارك عنيفة دارت في منطقة كرش', 'YEM', 'YEM', ['19'], either=True),
        EV('Arab coalition states gave the resistance military support (tanks, rocket launchers, military vehicles)', 'تلقيها دعم عسكري من دول التحالف العربي يضم دبابات وراجمات صواريخ وعربات عسكرية', '*', 'YEM', ['07', '06']),
        EV("The resistance and Hadi-loyal army took Al-Anad air base (from the Houthis) on 3 August", 'سيطرت على قاعدة العند الجوية في 3 أغسطس الجاري', 'YEM', 'YEM', ['19'], date='2015-08-03'),
    ],
    forbidden_events=[],
)

ARTS['h90'] = dict(
    published='2015-08-03',
    published_why='Default day of date_extracted; the opinion piece has no day references.',
    about="Al-Yaum opinion, 2015-08-03: after settlers firebombed the Dawabsheh home killing baby Ali Saad Dawabsheh, the writer notes what Arab media ignored: Israel called it terrorism by Jewish extremists, Netanyahu vowed to bring the perpetrator to justice, visited the wounded at Sheba hospital and called Palestinian leaders; the 'Price Tag' extremists.",
    entities=[
        E(['Benjamin Netanyahu', 'Netanyahu', 'Binyamin Netanyahu'], ['بنيامين نتنياهو'], 'PER', 'ISR', 2),
        E(['Ali Saad Dawabsheh', 'Ali Dawabsheh', 'Ali Dawabsha'], ['علي سعد دوابشة'], 'PER', 'PSE', 1),
        E(['Ahmed Dawabsheh', 'Ahmad Dawabsheh', 'Ahmed Dawabsha'], ['أحمد الدوابشة'], 'PER', 'PSE', 1),
        E(['Israel', 'State of Israel'], ['إسرائيل'], 'LOC', 'ISR', 3),
        E(['Sheba Medical Center', 'Chaim Sheba Medical Center', 'Sheba Hospital'], ['تشيم شيبا'], 'ORG', 'ISR', 1),
        E(['Price Tag', 'Tag Mehir', 'Price tag attacks'], ['برايس تاغ'], 'ORG', 'ISR', 1),
        E(['Israel Police', 'Israeli Police'], ['الشرطة الإسرائيلية'], 'ORG', 'ISR', 1),
    ],
    quotes=[],
    indirect_quotes=[
        Q('ISR', 'هذا العمل هو عمل إرهابي قام به متطرفون يهود', "'ان إسرائيل أعلنت أن'"),
        Q('ISR', 'ليس فقط ضد اي شيء له علاقة بالفلسطينيين', "the extremist Israeli youth 'أعلن عن نفسه ... بأنه'"),
    ],
    dates=[],
    events=[
        EV('Israeli settlers firebombed a Dawabsheh family home, killing a baby', 'تم الاعتداء الإرهابي على منزل من عائلة الدوابشة بواسطة زجاجات حارقة', 'ISR', 'PSE', ['18', '19']),
        EV('All states and international bodies condemned the attack', 'نددت جميع الدول والهيئات الدولية بما جرى', '*', '*', ['11']),
        EV('Israel declared the attack a terrorist act by Jewish extremists', 'ان إسرائيل أعلنت أن هذا العمل هو عمل إرهابي', 'ISR', '*', ['11']),
        EV('Netanyahu vowed to bring the perpetrator to justice', 'عندما توعد بإحضار المتسبب بهذا العمل للعدالة', 'ISR', '*', ['03', '13']),
        EV('Netanyahu visited the wounded of the Dawabsheh family in hospital', 'وكذلك قيامه بزيارة المصابين من عائلة الدوابشة', 'ISR', 'PSE', ['04'], either=True),
        EV('After the visit Netanyahu phoned Palestinian leaders and talked at length about what happened', 'قام بالاتصال بقادة فلسطينيين وتحدث معهم بإسهاب عما جرى', 'ISR', 'PSE', ['04'], either=True),
    ],
    forbidden_events=[
        EV('Palestinians were the victims of the settlers\' attack; no Palestinian attacked Israelis', 'جريمة الاعتداء على البيوت الفلسطينية من قبل مستوطنين إسرائيليين', 'PSE', 'ISR', ['18', '19', '20']),
    ],
)

ARTS['h91'] = dict(
    published='2015-08-11',
    published_why='Default day of date_extracted; the column has no day references.',
    about="Okaz opinion, 2015-08-11: while attention was on the bombing of the Emergency Forces mosque in Asir, the Saudi-led liberation of Yemen from the Houthis has begun; Decisive Storm, Aden liberated and neighbouring provinces following, Sanaa will return.",
    entities=[
        E(['Sanaa', "Sana'a"], ['صنعاء'], 'LOC', 'YEM', 4),
        E(['Yemen', 'Republic of Yemen'], ['اليمن'], 'LOC', 'YEM', 5),
        E(['Aden'], ['عدن'], 'LOC', 'YEM', 1),
        E(['Asir', 'Aseer', 'Asir Province', 'Asir Region'], ['عسير'], 'LOC', 'SAU', 1),
        E(['Special Emergency Forces', 'Emergency Forces', 'Saudi Special Emergency Forces'], ['قوات الطوارئ'], 'ORG', 'SAU', 1),
        E(['Houthis', 'Houthi movement', 'Ansar Allah'], ['الحوثية'], 'ORG', 'YEM', 1),
    ],
    quotes=[],
    indirect_quotes=[],
    dates=[],
    events=[
        EV('The actual liberation of Yemen from the Houthis has begun (with a Saudi stamp)', 'بدء التحرير العملي الفعلي للشقيقة اليمن من براثن العصابة الحوثية', '*', 'YEM', ['19']),
    ],
    forbidden_events=[
        EV("only the writer's wish that Yemen punish the traitors; no punishment is reported", 'ليقتص منهم اليمن على جريمتهم بحقه', 'YEM', 'YEM', ['17', '18']),
    ],
)

ARTS['h92'] = dict(
    published='2015-08-01',
    published_why="Default day of date_extracted; the paper's own gloss 'اليوم (أمس)' makes the Rutba strike yesterday, Friday 31 July 2015.",
    about="Asharq Al-Awsat, 2015-08-01: an air strike of unknown origin kills 46 civilians in Rutba (Anbar); MP Mohammed al-Karbouli asks the Joint Operations Command and the coalition for accuracy; Iraqi forces close in on central Ramadi, Anbar police chief Hadi Razij reports gains; ISIS besieged in Fallujah executes residents and fires on protesters.",
    entities=[
        E(['Rutba', 'Al-Rutba', 'Ar-Rutbah', 'Rutbah'], ['الرطبة'], 'LOC', 'IRQ', 5),
        E(['Ramadi', 'Al-Ramadi', 'Ar-Ramadi'], ['الرمادي'], 'LOC', 'IRQ', 11),
        E(['Anbar', 'Al Anbar', 'Anbar Governorate', 'Al-Anbar Governorate', 'Anbar Province'], ['الأنبار'], 'LOC', 'IRQ', 6),
        E(['Fallujah', 'Falluja', 'Al-Fallujah'], ['الفلوجة'], 'LOC', 'IRQ', 5),
        E(['Haditha', 'Hadithah'], ['حديثة'], 'LOC', 'IRQ', 1),
        E(['Mohammed al-Karbouli', 'Mohammed Al-Karbuli', 'Muhammad al-Karbuli', 'Mohammed Karbouli'], ['محمد الكربولي', 'الكربولي'], 'PER', 'IRQ', 2),
        E(['Hadi Razij', 'Hadi Rzeij', 'Hadi Irzayij', 'Hadi Razeej'], ['هادي رزيج', 'رزيج'], 'PER', 'IRQ', 3),
        E(['Asharq Al-Awsat', 'Asharq al-Awsat', 'Al-Sharq al-Awsat'], ['الشرق الأوسط'], 'ORG', 'SAU', 3),
        E(['Security and Defence Committee', 'Parliamentary Security and Defence Committee', 'Security and Defense Committee'], ['لجنة الأمن والدفاع النيابية'], 'ORG', 'IRQ', 2),
        E(['Joint Operations Command', 'Iraqi Joint Operations Command', 'Joint Operations Command (Iraq)'], ['العمليات المشتركة'], 'ORG', 'IRQ', 2),
        E(['Anbar Police', 'Anbar Province Police', 'Anbar police'], ['شرطة محافظة الأنبار'], 'ORG', 'IRQ', 1),
        E(['Al-Andalus district', 'Andalus', 'Hay al-Andalus'], ['حي الأندلس'], 'LOC', 'IRQ', 2),
        E(['Al-Aziziyah', 'Aziziya', 'Hay al-Aziziyah'], ['حي العزيزية', 'العزيزية'], 'LOC', 'IRQ', 2),
        E(['Al-Malaab', 'Malaab', 'Al-Mal\'ab'], ['الملعب'], 'LOC', 'IRQ', 3),
    ],
    quotes=[
        Q('IRQ', 'قصفًا جويًا طال أحياء سكنية وسط مدينة الرطبة', 'local sources and eyewitnesses to Asharq Al-Awsat'),
        Q('IRQ', 'معظم الجثث تم انتشالها من بين الأنقاض', "'وأضاف الشهود' (the witnesses)"),
        Q('Mohammed al-Karbouli', 'مطالباتنا المستمرة بتوخي الدقة في المعلومات والأهداف'),
        Q('Mohammed al-Karbouli', 'توخي الدقة والحذر في تنفيذ ضرباتهم', "'وأضاف عضو لجنة الأمن والدفاع النيابية' = al-Karbouli"),
        Q('Hadi Razij', 'القوات الأمنية من الجيش والشرطة وبدعم طيران التحالف تتقدم'),
        Q('Hadi Razij', 'القطعات البرية دمرت الخطوط الدفاعية الأمامية لتنظيم داعش'),
        Q('Hadi Razij', 'الأيام القليلة القادمة ستشهد رفع العلم العراقي فوق المجمع الحكومي'),
        Q('IRQ', 'التنظيم الإرهابي بدأ بإعدام عناصر من مسلحيه', "'وأضاف الشهود' (residents of Fallujah)"),
    ],
    indirect_quotes=[
        Q('IRQ', 'بمقتل 46 مدنيا بينهم نساء وأطفال', "'أفادت مصادر محلية وشهود عيان بمقتل' (Iraqi local sources)"),
        Q('Hadi Razij', 'تقدم كبير للقوات الأمنية بمعارك تطهير القاطع الشرقي للرمادي', "'وأعلن قائد شرطة محافظة الأنبار عن' = Razij, named in the next sentence"),
        Q('IRQ', 'تنظيم داعش مرتبك تمامًا من عملية الحصار', "'قال سكان محليون من داخل مدينة الفلوجة إن'"),
    ],
    dates=[
        {'text': 'أمس', 'value': '2015-07-31', 'why': "'في الرطبة اليوم (أمس)': the paper glosses the MP's 'today' as yesterday"},
    ],
    events=[
        EV('An air strike (Iraqi or coalition aircraft, unidentified) killed 46 civilians in Rutba', 'بمقتل 46 مدنيا بينهم نساء وأطفال وجرح عدد كبير في قصف جوي طال مدينة الرطبة', '*', 'IRQ', ['19', '18', '20']),
        EV('MP al-Karbouli demanded that the Joint Operations Command and the coalition be accurate in striking ISIS in Anbar', 'وطالب عضو لجنة الأمن والدفاع النيابية النائب محمد الكربولي', 'IRQ', '*', ['10', '02']),
        EV('Iraqi forces advanced in Ramadi and retook the ring road (Street 60) from ISIS', 'بعد أن تمكنت من استعادة السيطرة على شارع 60 الحولي', 'IRQ', '*', ['19']),
        EV('Iraqi security forces killed dozens of ISIS members in the storming of eastern Ramadi', 'ومقتل العشرات من عناصر تنظيم داعش خلال عمليات الاقتحام والتحرير', 'IRQ', '*', ['19', '18']),
        EV("Iraqi ground units destroyed ISIS's forward defensive lines east of Ramadi", 'أن القطعات البرية دمرت الخطوط الدفاعية الأمامية لتنظيم داعش', 'IRQ', '*', ['19']),
        EV('Iraqi security forces besiege Fallujah (ISIS inside)', 'عملية الحصار شبه الكامل الذي تفرضه القوات الأمنية العراقية على مدينة الفلوجة', 'IRQ', '*', ['19'], codes=['191']),
        EV('ISIS executed two Fallujah residents accused of collaborating with Iraqi forces', 'كما قام التنظيم المجرم بإعدام شخصين من سكان مدينة الفلوجة', '*', 'IRQ', ['18', '20']),
        EV("Residents besieged in Fallujah demonstrated against ISIS's brutal practices", 'أخذ السكان المحاصرون داخل مدينة الفلوجة بالتظاهر للتنديد', 'IRQ', '*', ['14']),
        EV('ISIS answers the demonstrations by firing and detaining the protesters', 'التنظيم الإرهابي يرد على تلك المظاهرات بإطلاق النار واحتجاز المتظاهرين', '*', 'IRQ', ['17', '18', '19']),
    ],
    forbidden_events=[
        EV('the aircraft that hit Rutba are unidentified (Iraqi or coalition): the strike must not be given to the United States', 'ولم تتمكن المصادر من تحديد هوية تلك الطائرات', 'USA', 'IRQ', ['18', '19', '20']),
    ],
)

ARTS['h93'] = dict(
    published='2015-07-23',
    published_why='Default day of date_extracted; the column has no day references.',
    about="Al-Watan opinion, 2015-07-23: after the final nuclear deal between Tehran and the six powers (quoting ex-Iraqi VP Tariq al-Hashimi's tweet), the writer argues Iran made concessions, Israel protested to Washington and now seeks compensation and recognition of its Golan occupation, and Saudi Arabia, already building ties with Russia, China, Turkey and France, should seize the chance to curb Tehran.",
    entities=[
        E(['Tariq al-Hashimi', 'Tareq al-Hashemi', 'Tariq al-Hashemi'], ['طارق الهاشمي', 'الهاشمي'], 'PER', 'IRQ', 2),
        E(['Iran', 'Islamic Republic of Iran'], ['إيران'], 'LOC', 'IRN', 5),
        E(['Tehran'], ['طهران'], 'LOC', 'IRN', 3),
        E(['United States', 'United States of America', 'USA', 'US'], ['الولايات المتحدة'], 'LOC', 'USA', 1),
        E(['Washington', 'Washington, D.C.'], ['واشنطن'], 'LOC', 'USA', 1),
        E(['Israel', 'State of Israel'], ['إسرائيل'], 'LOC', 'ISR', 2),
        E(['Barack Obama', 'Obama'], ['أوباما'], 'PER', 'USA', 1),
        E(['Golan Heights', 'Golan'], ['هضبة الجولان'], 'LOC', 'SYR', 1),
        E(['Syria', 'Syrian Arab Republic'], ['سورية'], 'LOC', 'SYR', 1),
        E(['Iraq', 'Republic of Iraq'], ['العراق'], 'LOC', 'IRQ', 1),
        E(['Saddam Hussein'], ['صدام حسين'], 'PER', 'IRQ', 1),
        E(['Aden'], ['عدن'], 'LOC', 'YEM', 1),
        E(['Saudi Arabia', 'Kingdom of Saudi Arabia', 'KSA'], ['المملكة'], 'LOC', 'SAU', 1, ),
        E(['Riyadh'], ['الرياض'], 'LOC', 'SAU', 1),
        E(['Turkey', 'Türkiye'], ['تركيا'], 'LOC', 'TUR', 1),
        E(['France'], ['فرنسا'], 'LOC', 'FRA', 1),
    ],
    quotes=[
        Q('Tariq al-Hashimi', 'نحن في عصر القول الفصل فيه للأقوياء وليس للضعفاء'),
    ],
    indirect_quotes=[],
    dates=[],
    events=[
        EV('Iran and the six major powers reached a final agreement on the nuclear programme', 'غداة التوصل إلى اتفاق نهائي حول البرنامج النووي الإيراني بين طهران والدول الست الكبرى', 'IRN', '*', ['05', '03'], either=True),
        EV('Israel protested to Washington, in the harshest tone of its history, against the signing of the deal', 'واستخدمت لهجة هي الأكثر حدة في تاريخ علاقتها مع واشنطن احتجاجا على توقيع الاتفاق', 'ISR', 'USA', ['11', '14']),
        EV("Israel seeks the largest compensation for its loss from President Obama's administration", 'وتسعى إلى الحصول على أكبر تعويض عن خسارتها تلك من إدارة الرئيس أوباما', 'ISR', 'USA', ['10', '02']),
        EV('Israel asked the international community to recognise its occupation of the Golan', 'تجرؤ على مطالبة المجتمع الدولي بالاعتراف بشرعية احتلالها لهضبة الجولان', 'ISR', '*', ['10', '02']),
        EV("Saudi Arabia has begun developing its relations with Russia", 'بدأت فعلا بتطوير علاقتها مع قطبين دوليين بحجم الدب الروسي والتنين الصيني', 'SAU', 'RUS', ['03', '05', '06'], either=True),
        EV("Saudi Arabia has begun developing its relations with China", 'بدأت فعلا بتطوير علاقتها مع قطبين دوليين بحجم الدب الروسي والتنين الصيني', 'SAU', 'CHN', ['03', '05', '06'], either=True),
        EV('Saudi Arabia entered strategic alliances with Turkey (and France)', 'ودخلت في تحالفات استراتيجية مع دول بارزة في الإقليم كتركيا وفرنسا', 'SAU', 'TUR', ['05', '06', '03'], either=True),
        EV('Saudi Arabia entered strategic alliances with France (and Turkey)', 'ودخلت في تحالفات استراتيجية مع دول بارزة في الإقليم كتركيا وفرنسا', 'SAU', 'FRA', ['05', '06', '03'], either=True),
        EV('Operation Golden Arrow liberated Aden (from the Houthis)', 'فكانت عملية (السهم الذهبي) لتحرير عدن', '*', 'YEM', ['19']),
    ],
    forbidden_events=[
        EV('no strike on Iran\'s nuclear facilities took place: Iran was only "a stone\'s throw" from one', 'وكانت على مرمى حجر من توجيه ضربة عسكرية لمنشآتها النووية', '*', 'IRN', ['18', '19', '20']),
        EV('a Saudi-Iranian dialogue is only hypothetical (if Riyadh chose to sit at the table some day)', 'لو اختارت الجلوس إلى طاولة الحوار مع طهران يوما ما', 'SAU', 'IRN', ['04'], either=True),
    ],
)

ARTS['h94'] = dict(
    published='2015-07-27',
    published_why='Default day of date_extracted; the column has no day references.',
    about="Al-Watan opinion, 2015-07-27: a Saudi writer ('Abu Osama') calls the Iran nuclear deal Obama's stab in the back of the Gulf; a friend explains US pragmatism (Sweden's FM rebuked over Raif Badawi, the UN veto); Israeli analyst Amatzia Baram hopes for secret Saudi-Israeli ties; the writer urges a Saudi nuclear bomb and an alliance with Turkey, Qatar and Pakistan; closes with a saying of King Abdulaziz.",
    entities=[
        E(['Barack Obama', 'Obama'], ['أوباما'], 'PER', 'USA', 3),
        E(['Iran', 'Islamic Republic of Iran'], ['إيران'], 'LOC', 'IRN', 3),
        E(['Twitter'], ['تويتر'], 'ORG', 'USA', 1),
        E(['United States', 'United States of America', 'USA', 'US', 'America'], ['الولايات المتحدة', 'أميركا'], 'LOC', 'USA', 3),
        E(['Sweden'], ['السويد'], 'LOC', 'SWE', 2),
        E(['Raif Badawi', 'Raef Badawi'], ['رائف بدوي'], 'PER', 'SAU', 1),
        E(['Saudi Arabia', 'Kingdom of Saudi Arabia', 'KSA'], ['السعودية'], 'LOC', 'SAU', 3),
        E(['Israel', 'State of Israel'], ['إسرائيل'], 'LOC', 'ISR', 2),
        E(['Amatzia Baram', 'Amazia Baram'], ['أماتسيا برعام'], 'PER', 'ISR', 1),
        E(['University of Haifa', 'Haifa University'], ['جامعة حيفا'], 'ORG', 'ISR', 1),
        E(['Turkey', 'Türkiye'], ['تركيا'], 'LOC', 'TUR', 1),
        E(['Qatar', 'State of Qatar'], ['قطر'], 'LOC', 'QAT', 1),
        E(['Pakistan'], ['باكستان'], 'LOC', 'PAK', 1),
        E(['Abdulaziz Al Saud', 'Ibn Saud', 'Abdulaziz ibn Saud', 'King Abdulaziz', 'Abdul Aziz Al Saud'], ['عبدالعزيز آل سعود'], 'PER', 'SAU', 1),
    ],
    quotes=[
        Q('SAU', 'نحن بتنا متأخرين في القوة أمام عدوين جارين لنا', "the (Saudi) writer's own reply to his followers"),
        Q('SAU', 'كتبت أميركا دستورها بالمنطق البراغماتي الذرائعي المصلحي', "the writer's friend, a (Saudi) thinker with past official work"),
        Q('USA', 'أيّ منطق يخالف المصالح العليا لأميركا هو غير أخلاقي', "'وقال لنا أحدهم بالنص:' one of the American constitutional-law scholars, quoted inside the friend's words"),
        Q('USA', 'نندهش من عدم فهمكم لهذا', "'قالوا لنا في جدل طويل:' the American scholars"),
        Q('Amatzia Baram', 'إذا تصرفنا جيدا فسيكون بالإمكان تعزيز العلاقات الفعلية بيننا وبين السعودية'),
        Q('Abdulaziz Al Saud', 'الحزم أبو العزم أبو الظفرات', 'a saying signed with his name'),
    ],
    indirect_quotes=[
        Q('ISR', 'الاتفاق سيدفع السعودية لحضن إسرائيل', "'بعض المحللين الصهاينة ابتهجوا بأن' (Israeli analysts)"),
    ],
    dates=[],
    events=[
        EV('The nuclear agreement between Iran and the West', 'الاتفاقية النووية الأخيرة بين إيران والغرب', 'IRN', '*', ['05', '03'], either=True),
        EV('Obama phoned the Gulf leaders after the deal to explain his position and reassure them', 'بل اتصل بعدها بقادتنا؛ ليشرح لهم هذا الموقف منه', 'USA', '*', ['04', '03'], either=True),
        EV("The (Saudi) writer denounced the deal as a resounding slap from Obama to the Gulf states", 'ووصفت ما تمّ بأنها صفعة مدوية من أوباما لدول الخليج', 'SAU', 'USA', ['11']),
        EV("Sweden's foreign minister spoke strongly about the Raif Badawi case (criticising Saudi Arabia)", 'عندما تحدثت بقوة عن قضية "رائف بدوي"', 'SWE', 'SAU', ['11']),
        EV("Some European MPs rebuked Sweden's foreign minister", 'بعض البرلمانيين الأوربيين وبّخ وزيرة خارجية السويد', '*', 'SWE', ['11']),
        EV('Sweden sought the European Parliament\'s backing, in vain', 'وحاولت السويد مع البرلمان الأوربي لتأييدها لكن دون جدوى', 'SWE', '*', ['02', '10']),
    ],
    forbidden_events=[
        EV("closer Saudi-Israeli ties are only Baram's hope ('if we behave well'), and the writer rules them out", 'إذا تصرفنا جيدا فسيكون بالإمكان تعزيز العلاقات الفعلية بيننا وبين السعودية', 'SAU', 'ISR', ['03', '04', '05', '06'], either=True, unless=['negated']),
        EV("the alliance with Turkey, Qatar and Pakistan is the writer's proposal, not a fact", 'إلا بالتحالف الاستراتيجي المتين مع تركيا وقطر وباكستان', 'SAU', 'TUR', ['05', '06'], either=True),
        EV("the alliance with Turkey, Qatar and Pakistan is the writer's proposal, not a fact", 'إلا بالتحالف الاستراتيجي المتين مع تركيا وقطر وباكستان', 'SAU', 'PAK', ['05', '06'], either=True),
        EV("withdrawing Saudi deposits from US banks is only the writer's suggestion", 'من حق أجيالنا أن نخرجها من ذلك القمّ المظلم', 'SAU', 'USA', ['16']),
    ],
)

COUNTRIES_95 = [
    (['Netherlands', 'Holland'], 'هولندا', 'NLD'), (['France'], 'فرنسا', 'FRA'), (['Sweden'], 'السويد', 'SWE'),
    (['Bulgaria'], 'بلغاريا', 'BGR'), (['Belarus', 'White Russia'], 'روسيا البيضاء', 'BLR'),
    (['Luxembourg'], 'لوكسمبورج', 'LUX'), (['Portugal'], 'البرتغال', 'PRT'), (['Switzerland'], 'سويسرا', 'CHE'),
    (['Hungary'], 'المجر', 'HUN'), (['Faroe Islands', 'Faroes'], 'جزر الفارو', 'FRO'), (['Latvia'], 'لاتفيا', 'LVA'),
    (['Andorra'], 'اندورا', 'AND'), (['Germany'], 'المانيا', 'DEU'), (['Czech Republic', 'Czechia'], 'جمهورية التشيك', 'CZE'),
    (['Northern Ireland'], 'ايرلندا الشمالية', 'GBR'), (['Norway'], 'النرويج', 'NOR'), (['Azerbaijan'], 'اذربيجان', 'AZE'),
    (['San Marino'], 'سان مارينو', 'SMR'), (['Wales'], 'ويلز', 'GBR'), (['Austria'], 'النمسا', 'AUT'),
    (['Serbia'], 'صربيا', 'SRB'), (['Republic of Ireland', 'Ireland'], 'ايرلندا', 'IRL'), (['Moldova'], 'مولدوفا', 'MDA'),
    (['Georgia', 'Georgia (country)'], 'جورجيا', 'GEO'), (['Romania'], 'رومانيا', 'ROU'), (['Denmark'], 'الدنمرك', 'DNK'),
    (['Poland'], 'بولندا', 'POL'), (['Montenegro'], 'الجبل الأسود', 'MNE'), (['Armenia'], 'ارمينيا', 'ARM'),
    (['Kazakhstan'], 'قازاخستان', 'KAZ'), (['England'], 'انجلترا', 'GBR'), (['Slovakia'], 'سلوفاكيا', 'SVK'),
    (['Scotland'], 'اسكتلندا', 'GBR'), (['Slovenia'], 'سلوفينيا', 'SVN'), (['Lithuania'], 'ليتوانيا', 'LTU'),
    (['Malta'], 'مالطا', 'MLT'), (['Spain'], 'اسبانيا', 'ESP'), (['Italy'], 'ايطاليا', 'ITA'), (['Albania'], 'البانيا', 'ALB'),
    (['Israel', 'State of Israel'], 'اسرائيل', 'ISR'), (['Macedonia', 'North Macedonia'], 'مقدونيا', 'MKD'),
    (['Liechtenstein'], 'ليختنشتاين', 'LIE'), (['Belgium'], 'بلجيكا', 'BEL'),
    (['Bosnia and Herzegovina', 'Bosnia'], 'البوسنة', 'BIH'), (['Greece'], 'اليونان', 'GRC'), (['Estonia'], 'استونيا', 'EST'),
    (['Cyprus'], 'قبرص', 'CYP'), (['Croatia'], 'كرواتيا', 'HRV'), (['Iceland'], 'ايسلندا', 'ISL'),
    (['Ukraine'], 'اوكرانيا', 'UKR'), (['Turkey', 'Türkiye'], 'تركيا', 'TUR'), (['Finland'], 'فنلندا', 'FIN'),
]

ARTS['h95'] = dict(
    published='2015-07-25',
    published_why='Default day of date_extracted; the draw was held on Saturday 25 July 2015.',
    about="Al-Riyadh, 2015-07-25: the groups of the European qualifiers for the 2018 World Cup in Russia (nine groups, 52 national teams named as countries); group winners qualify, the best eight runners-up play off; Russia qualifies as host. Sports list: no political events.",
    entities=[E(['Russia', 'Russian Federation'], ['روسيا'], 'LOC', 'RUS', 2)]
    + [E(n, [a], 'LOC', c, 1) for n, a, c in COUNTRIES_95],
    quotes=[],
    indirect_quotes=[],
    dates=[
        {'text': '2018', 'value': '2018'},
    ],
    events=[],
    forbidden_events=[
        EV('a football draw: teams grouped together do not fight each other', 'المجموعة التاسعة: كرواتيا.. ايسلندا.. اوكرانيا.. تركيا.. فنلندا', '*', '*', ['18', '19', '20']),
        EV('Russia hosting the 2018 finals is neither a visit nor a meeting (and it lies in the future)', 'تأهلت روسيا الدولة المضيفة مباشرة للنهائيات', '*', 'RUS', ['04']),
    ],
)

ARTS['h96'] = dict(
    published='2015-07-31',
    published_why='Default day of date_extracted; the column has no day references.',
    about="Asharq Al-Awsat opinion (Tariq Alhomayed), 2015-07-31: the Syrian crisis accelerates towards the post-Assad phase; Turkey's military move targets Kurdish militants more than ISIS; per the Wall Street Journal the opposition advanced in the north (Idlib, Hama, Latakia) and Washington faces a dilemma in its cooperation with Ankara (Turkey grants Incirlik); Washington and Ankara may have to make concessions that benefit the Nusra Front.",
    entities=[
        E(['Bashar al-Assad', 'Bashar Assad', 'Bashar al-Asad'], ['بشار الأسد', 'الأسد'], 'PER', 'SYR', 7),
        E(['Syria', 'Syrian Arab Republic'], ['سوريا'], 'LOC', 'SYR', 4),
        E(['Turkey', 'Türkiye'], ['تركيا'], 'LOC', 'TUR', 5),
        E(['Ankara'], ['أنقرة'], 'LOC', 'TUR', 4),
        E(['Washington', 'Washington, D.C.'], ['واشنطن'], 'LOC', 'USA', 9),
        E(['United States', 'United States of America', 'USA', 'US', 'America'], ['أميركا'], 'LOC', 'USA', 2),
        E(['Al-Nusra Front', 'Jabhat al-Nusra', 'Nusra Front', 'Jabhat Fateh al-Sham'], ['جبهة النصرة'], 'ORG', 'SYR', 3),
        E(['The Wall Street Journal', 'Wall Street Journal', 'WSJ'], ['وول ستريت جورنال'], 'ORG', 'USA', 2),
        E(['Idlib', 'Idleb', 'Idlib Governorate'], ['إدلب'], 'LOC', 'SYR', 1),
        E(['Hama', 'Hamah', 'Hama Governorate'], ['حماه'], 'LOC', 'SYR', 1),
        E(['Latakia', 'Lattakia', 'Latakia Governorate'], ['اللاذقية'], 'LOC', 'SYR', 1),
        E(['Incirlik Air Base', 'Incirlik', 'İncirlik Air Base'], ['أنجرليك'], 'LOC', 'TUR', 1),
        E(['Qatar', 'State of Qatar'], ['قطر'], 'LOC', 'QAT', 1),
    ],
    quotes=[],
    indirect_quotes=[
        Q('USA', 'واشنطن تواجه مأزقًا بسبب تعاونها الأخير مع أنقرة', "'حيث نشرت صحيفة «وول ستريت جورنال» أن' (the American paper)"),
    ],
    dates=[
        {'text': 'عام 2003', 'value': '2003'},
    ],
    events=[
        EV("Turkey's military move, aimed more at pursuing Kurdish militants than ISIS", 'التحرك التركي العسكري، وإن كان منصبًا أكثر على ملاحقة المتشددين الأكراد', 'TUR', '*', ['19', '15', '17']),
        EV('Syrian opposition factions made a strategic advance in northern Syria, tightening the noose on Assad', 'تمكن فصائل من المعارضة من تحقيق تقدم استراتيجي شمال سوريا ضيقت فيه الخناق على الأسد', 'SYR', 'SYR', ['19']),
        EV('Washington\'s recent cooperation with Ankara in Syria to target ISIS', 'بسبب تعاونها الأخير مع أنقرة بسوريا لاستهداف «داعش»', 'USA', 'TUR', ['06', '05', '03'], either=True),
        EV('Turkey grants the Americans the use of Incirlik air base', 'بينما تمنح تركيا الأميركيين حق استخدام قاعدة «أنجرليك»', 'TUR', 'USA', ['06', '08']),
    ],
    forbidden_events=[
        EV('the title only asks whether Washington will lift the Nusra ban; no ban is lifted and no concession made yet', 'هل ترفع واشنطن حظر «جبهة النصرة»؟', 'USA', '*', ['08']),
        EV("the Kurdish groups' cooperation with Assad is only believed ('يعتقد')", 'والتي يعتقد أنها تتعاون مع الأسد بشكل أو بآخر', 'SYR', 'SYR', ['06', '05'], either=True, unless=['alleged']),
    ],
)


if __name__ == '__main__':
    write(HERE, ARTS)
