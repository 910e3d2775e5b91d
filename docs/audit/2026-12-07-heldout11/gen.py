"""Write h81..h88.expected.json of this held-out set from the annotations below.

    python3 gen.py   (reads the articles through draw.py's articles.json locators)

Every Arabic name, quote excerpt, date text and evidence string is asserted to be a
substring of the text.
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, '..'))
from heldout_gen import E, EV, Q, write  # noqa: E402

ALL_ROOTS = ['%02d' % i for i in range(1, 21)]

ARTS = {}

ARTS['h81'] = dict(
    published='2015-07-27',
    published_why='Default day of date_extracted; no day reference in the text.',
    about="Al-Watan: Shabwa's deputy governor Nasser Mohammed Al-Qumaishi tells Al-Watan the resistance faces better-armed Houthi-Saleh militias, Shabwa will soon be liberated, its position links Marib, Hadramawt and Aden; he praises the coalition, asks it to keep striking, and thanks the coalition states led by Saudi Arabia.",
    entities=[
        E(['Nasser Mohammed Al-Qumaishi', 'Nasser Al-Qumaishi', 'Nasser Mohammed Al-Qumishi', 'Nasser Al-Qumishi'], ['ناصر محمد القميشي', 'القميشي'], 'PER', 'YEM', 5),
        E(['Shabwah', 'Shabwa', 'Shabwah Governorate', 'Shabwa Governorate'], ['شبوة', 'محافظة شبوة'], 'LOC', 'YEM', 8),
        E(['Al-Watan', 'Al Watan', 'Al-Watan (Saudi Arabia)'], ['الوطن'], 'ORG', 'SAU', 1),
        E(['Yemen', 'Republic of Yemen'], ['اليمن'], 'LOC', 'YEM', 4),
        E(['Houthis', 'Houthi movement', 'Ansar Allah', 'Ansarallah'], ['الحوثيين', 'الحوثي', 'الحوثية'], 'ORG', 'YEM', 2),
        E(['Popular Resistance', 'Yemeni Popular Resistance', 'Popular Resistance Forces'], ['المقاومة'], 'ORG', 'YEM', 2),
        E(['Marib', "Ma'rib", 'Marib Governorate'], ['مأرب'], 'LOC', 'YEM', 1),
        E(['Hadhramaut', 'Hadramawt', 'Hadramout', 'Hadhramaut Governorate'], ['حضرموت'], 'LOC', 'YEM', 1),
        E(['Aden', 'Aden Governorate'], ['عدن'], 'LOC', 'YEM', 1),
        E(['Saudi Arabia', 'Kingdom of Saudi Arabia', 'KSA'], ['المملكة العربية السعودية', 'السعودية'], 'LOC', 'SAU', 1),
        E(['Ali Abdullah Saleh', 'Ali Saleh', 'Saleh'], ['علي عبدالله صالح', 'علي عبد الله صالح'], 'PER', 'YEM', 1),
    ],
    quotes=[
        Q('Nasser Mohammed Al-Qumaishi', 'هناك عزيمة وإصرار من أبناء اليمن الشرفاء', "'واستدرك في تصريحات إلى \"الوطن\" بقوله: \"…\"'"),
        Q('Nasser Mohammed Al-Qumaishi', 'كلنا ثقة في أبناء شبوة الذين سيقدمون كل ما لديهم', "'وأضاف: \"…\"'"),
    ],
    indirect_quotes=[
        Q('Nasser Mohammed Al-Qumaishi', 'التحديات التي تواجه قوات المقاومة تكمن في عدم تكافؤ القوة', "'أكد وكيل محافظ شبوة ناصر محمد القميشي أن'"),
        Q('Nasser Mohammed Al-Qumaishi', 'محافظة شبوة تمتاز بموقعها الجغرافي الحيوي', "'وأشار القميشي إلى أن'"),
        Q('Nasser Mohammed Al-Qumaishi', 'المقاومة في محافظة شبوة ما زالت صامدة', "'كما أكد أن' (continues Al-Qumaishi)"),
        Q('Nasser Mohammed Al-Qumaishi', 'قوات التحالف تقوم بدور فعال وناجح', "'وأكد القميشي أن'"),
        Q('Nasser Mohammed Al-Qumaishi', 'هذا الدور سوف يظل دينا في أعناق أبناء اليمن', "'مؤكدا أن'"),
    ],
    dates=[],
    events=[
        EV('Al-Qumaishi thanked the Arab coalition states led by Saudi Arabia for what they did to restore Yemen (praise, as d07)', 'وتقدم القميشي بالشكر لدول التحالف العربي وفي مقدمتها المملكة العربية السعودية', 'YEM', 'SAU', ['05', '01']),
        EV('Al-Qumaishi asked the coalition forces to keep striking in support of the resistance (appeal; the coalition has no single country)', 'وطالب قوات التحالف بالاستمرار في توجيه الضربات العسكرية', 'YEM', '*', ['02', '10']),
    ],
    forbidden_events=[
        EV("'Iranian aggression' is Al-Qumaishi's label for the Houthi war; no Iranian attack is reported", 'والتصدي لهذا العدوان الإيراني الغاشم', 'IRN', 'YEM', ['18', '19', '20'], unless=['alleged']),
        EV('Coalition strikes are only asked for (continue striking); no Saudi strike is reported in the article', 'وطالب قوات التحالف بالاستمرار في توجيه الضربات العسكرية', 'SAU', 'YEM', ['18', '19', '20']),
    ],
)

ARTS['h82'] = dict(
    published='2015-08-03',
    published_why="Default day of date_extracted; 'أول من أمس' is Saturday 1 August 2015, the day of the Abu Dhabi meeting.",
    about="Al-Watan: Abu Dhabi Crown Prince Mohammed bin Zayed and Saudi Foreign Minister Adel al-Jubeir reviewed bilateral relations and Gulf action in Abu Dhabi the day before yesterday; MBZ praises Saudi Arabia's pivotal role under King Salman; talks on Yemen (Restore Hope), terrorism, the Iran deal, Syria, Palestine; Tahnoun and Abdullah bin Zayed attend.",
    entities=[
        E(['Mohammed bin Zayed Al Nahyan', 'Mohamed bin Zayed Al Nahyan', 'Mohammed bin Zayed', 'Mohamed bin Zayed', 'MBZ'], ['محمد بن زايد آل نهيان', 'محمد بن زايد'], 'PER', 'ARE', 3),
        E(['Adel al-Jubeir', 'Adel Al-Jubeir', 'Adel bin Ahmed Al-Jubeir', 'Adel Ahmed al-Jubeir'], ['عادل بن أحمد الجبير', 'الجبير'], 'PER', 'SAU', 2),
        E(['Abu Dhabi', 'Abu Dhabi Emirate'], ['أبوظبي', 'أبو ظبي'], 'LOC', 'ARE', 2),
        E(['United Arab Emirates', 'UAE', 'Emirates'], ['دولة الإمارات', 'الإمارات'], 'LOC', 'ARE', 2),
        E(['Saudi Arabia', 'Kingdom of Saudi Arabia', 'KSA'], ['المملكة', 'السعودية'], 'LOC', 'SAU', 4),
        E(['Salman of Saudi Arabia', 'King Salman', 'Salman bin Abdulaziz Al Saud', 'Salman bin Abdulaziz'], ['الملك سلمان بن عبدالعزيز', 'سلمان بن عبدالعزيز'], 'PER', 'SAU', 1),
        E(['Tahnoun bin Zayed Al Nahyan', 'Tahnoun bin Zayed', 'Tahnoon bin Zayed Al Nahyan', 'Tahnoon bin Zayed'], ['طحنون بن زايد آل نهيان', 'طحنون بن زايد'], 'PER', 'ARE', 1),
        E(['Abdullah bin Zayed Al Nahyan', 'Abdullah bin Zayed', 'Abdallah bin Zayed Al Nahyan'], ['عبدالله بن زايد آل نهيان', 'عبدالله بن زايد'], 'PER', 'ARE', 1),
        E(['Yemen', 'Republic of Yemen'], ['اليمن'], 'LOC', 'YEM', 1),
        E(['Syria', 'Syrian Arab Republic'], ['سورية'], 'LOC', 'SYR', 1),
    ],
    quotes=[],
    indirect_quotes=[
        Q('Mohammed bin Zayed Al Nahyan', 'المملكة تمثل حجر الأساس للخروج بالمنطقة العربية', "'وعبر محمد بن زايد عن … وبقناعته الثابتة بأن'"),
        Q('Mohammed bin Zayed Al Nahyan', 'قراءة القيادة في المملكة للتطورات بالمنطقة هي قراءتنا', "'وأكد أن' (continues MBZ)"),
        Q('Mohammed bin Zayed Al Nahyan', 'من خلال العمل المشترك مع المملكة والدول الشقيقة', "'مشيرا إلى أنه'"),
    ],
    dates=[{'text': 'أول من أمس', 'value': '2015-08-01'}],
    events=[
        EV('Mohammed bin Zayed and Adel al-Jubeir met and reviewed bilateral relations in Abu Dhabi the day before yesterday', 'في أبو ظبي أول من أمس، العلاقات الثنائية المتميزة بين البلدين الشقيقين', 'ARE', 'SAU', ['04'], either=True, date='2015-08-01'),
        EV("Al-Jubeir's visit to Abu Dhabi (hosted by the Crown Prince)", 'ووزير الخارجية السعودي عادل بن أحمد الجبير، في أبو ظبي', 'SAU', 'ARE', ['04'], codes=['042', '043'], either=True),
        EV("Mohammed bin Zayed praised Saudi Arabia's pivotal role under King Salman and the partnership", 'وعبر محمد بن زايد عن إيمانه بمحورية دور المملكة', 'ARE', 'SAU', ['05', '01']),
    ],
    forbidden_events=[
        EV('The Arab coalition in Yemen is only a topic of the talks; no Saudi military action is reported', 'وفي مقدمتها التحالف العربي لإعادة الأمل في اليمن', 'SAU', 'YEM', ['18', '19', '20']),
        EV('The Arab coalition in Yemen is only a topic of the talks; no Emirati military action is reported', 'وفي مقدمتها التحالف العربي لإعادة الأمل في اليمن', 'ARE', 'YEM', ['18', '19', '20']),
        EV('The Iran nuclear deal is only a topic discussed; no Saudi or Emirati act toward Iran', 'والاتفاق النووي الإيراني', '*', 'IRN', ['03', '04', '05', '06', '11', '12']),
    ],
)

ARTS['h83'] = dict(
    published='2015-08-06',
    published_why="Default day of date_extracted; 'اليوم' is the opening day of the championship.",
    about="Al-Watan sports: the Saudi U-19 volleyball team starts the 13th Arab championship in Morocco today against Qatar; other opening-day games (Morocco-UAE, Egypt-Tunisia, Oman-Bahrain, Iraq-Algeria); preparation camps in Riyadh, Taif and Cairo; federation vice-president Battal Al-Otaibi's hopes. No political event.",
    entities=[
        E(['Qatar', 'State of Qatar'], ['قطر'], 'LOC', 'QAT', 1),
        E(['Morocco', 'Kingdom of Morocco'], ['المغرب'], 'LOC', 'MAR', 1),
        E(['Oman', 'Sultanate of Oman'], ['عمان'], 'LOC', 'OMN', 1),
        E(['Bahrain', 'Kingdom of Bahrain'], ['البحرين'], 'LOC', 'BHR', 1),
        E(['Iraq', 'Republic of Iraq'], ['العراق'], 'LOC', 'IRQ', 1),
        E(['Algeria', "People's Democratic Republic of Algeria"], ['الجزائر'], 'LOC', 'DZA', 1),
        E(['Riyadh'], ['الرياض'], 'LOC', 'SAU', 1),
        E(['Taif', "Ta'if", 'At-Taif'], ['الطائف'], 'LOC', 'SAU', 1),
        E(['Cairo'], ['القاهرة'], 'LOC', 'EGY', 1),
        E(['Saudi Arabian Volleyball Federation', 'Saudi Volleyball Federation', 'Saudi Arabian Volleyball Association'], ['الاتحاد السعودي للكرة الطائرة'], 'ORG', 'SAU', 1),
        E(['Battal Al-Otaibi', 'Batal Al-Otaibi', 'Battal Alotaibi'], ['بتال العتيبي'], 'PER', 'SAU', 1),
    ],
    quotes=[
        Q('Battal Al-Otaibi', 'نعلق آمالا عريضة على هذا المنتخب', "'وقال: \"…\"'"),
    ],
    indirect_quotes=[],
    dates=[{'text': 'اليوم', 'value': '2015-08-06'}],
    events=[],
    forbidden_events=[
        EV("Saudi Arabia 'facing' Qatar is a volleyball match, not a confrontation", 'ناشئ الطائرة يواجه قطر عربيا', '*', '*', ['13', '14', '15', '16', '17', '18', '19', '20']),
        EV("Egypt and Tunisia 'meeting' is a match, not a diplomatic meeting", 'عندما يلتقي المنتخبان المصري والتونسي', 'EGY', 'TUN', ['03', '04'], either=True),
        EV("Oman and Bahrain 'meeting' is a match, not a diplomatic meeting", 'إضافة إلى لقائي عمان والبحرين', 'OMN', 'BHR', ['03', '04'], either=True),
        EV("Iraq and Algeria 'meeting' is a match, not a diplomatic meeting", 'إضافة إلى لقائي عمان والبحرين، والعراق والجزائر', 'IRQ', 'DZA', ['03', '04'], either=True),
    ],
)

ARTS['h84'] = dict(
    published='2015-08-08',
    published_why='Default day of date_extracted; a feature with no day reference.',
    about="Asharq Al-Awsat feature on okra: a Washington diner's $2,000 tip (Reuters); okra in Africa, the Levant, Brazil, the Caribbean, India and Sudan; okra in Vienna's Naschmarkt imported from Ghana and Mexico; its names, nutrients, cosmetic and medical uses and Sudanese recipes. No political event.",
    entities=[
        E(['Washington', 'Washington, D.C.'], ['واشنطن'], 'LOC', 'USA', 2),
        E(['Khartoum'], ['الخرطوم', 'للخرطوم'], 'LOC', 'SDN', 1),
        E(['Reuters'], ['رويترز'], 'ORG', 'GBR', 1),
        E(['India', 'Republic of India'], ['الهند'], 'LOC', 'IND', 1),
        E(['Sudan', 'Republic of the Sudan'], ['السودان'], 'LOC', 'SDN', 2),
        E(['Vienna', 'Wien'], ['فيينا'], 'LOC', 'AUT', 1),
        E(['Naschmarkt', 'Nasch Markt'], ['الناش ماركت'], 'LOC', 'AUT', 1),
        E(['Ghana', 'Republic of Ghana'], ['غانا'], 'LOC', 'GHA', 1),
        E(['Mexico', 'United Mexican States'], ['المكسيك'], 'LOC', 'MEX', 1),
        E(['Syria', 'Syrian Arab Republic'], ['سوريا'], 'LOC', 'SYR', 1),
        E(['Tunisia', 'Republic of Tunisia'], ['تونس'], 'LOC', 'TUN', 1),
        E(['Asharq Al-Awsat', 'Asharq al-Awsat', 'Al-Sharq al-Awsat'], ['الشرق الأوسط'], 'ORG', 'SAU', 1),
    ],
    quotes=[],
    indirect_quotes=[],
    dates=[],
    events=[],
    forbidden_events=[
        EV('Austrians importing okra from Ghana is trade in a vegetable, not a political event', 'يستورد النمساويون البامية من غانا ومن المكسيك', 'AUT', 'GHA', ['03', '04', '05', '06', '07'], either=True),
        EV('Austrians importing okra from Mexico is trade in a vegetable, not a political event', 'يستورد النمساويون البامية من غانا ومن المكسيك', 'AUT', 'MEX', ['03', '04', '05', '06', '07'], either=True),
        EV('A feature on okra: nobody attacks or coerces anybody', 'البامية.. من واشنطن للخرطوم', '*', '*', ['13', '14', '15', '16', '17', '18', '19', '20']),
    ],
)

ARTS['h85'] = dict(
    published='2015-07-22',
    published_why="Default day of date_extracted; 'أمس الثلاثاء' is Tuesday 21 July 2015.",
    about="Al-Jazirah (wire copy): reports on Tuesday say North Korea rejected the idea that it could follow Iran in reaching a nuclear deal with the Western powers; Pyongyang media quote the Foreign Ministry spokesman (comparison 'illogical') and the ministry (nuclear deterrent not negotiable, protects against the US nuclear threat); background: Iran's deal last week, North Korea's three tests 2006-2013, six-party talks stalled since 2009.",
    entities=[
        E(['North Korea', "Democratic People's Republic of Korea", 'DPRK'], ['كوريا الشمالية'], 'LOC', 'PRK', 5),
        E(['Iran', 'Islamic Republic of Iran'], ['إيران'], 'LOC', 'IRN', 3),
        E(['Tehran', 'Teheran'], ['طهران'], 'LOC', 'IRN', 1),
        E(['Pyongyang'], ['بيونجيانج'], 'LOC', 'PRK', 1),
        E(['Ministry of Foreign Affairs (North Korea)', 'North Korean Foreign Ministry', 'Ministry of Foreign Affairs of the DPRK', 'Foreign Ministry'], ['وزارة الخارجية'], 'ORG', 'PRK', 1),
        E(['United States', 'United States of America', 'USA', 'US'], ['الولايات المتحدة الأمريكية', 'الولايات المتحدة'], 'LOC', 'USA', 1),
    ],
    quotes=[
        Q('PRK', 'القدرة الدفاعية النووية لكوريا الشمالية ليست مسألة تافهة', "'وقالت الوزارة: «…»' (the North Korean Foreign Ministry)"),
        Q('PRK', 'من غير المنطقي', "the Foreign Ministry spokesman, quoted by Pyongyang media: 'القول إنه سوف يكون «من غير المنطقي» …'"),
    ],
    indirect_quotes=[
        Q('PRK', 'مقارنة موقف كوريا الشمالية بموقف إيران', "'ونقلت وسائل الإعلام في بيونجيانج عن المتحدث باسم وزارة الخارجية القول إنه'"),
        Q('PRK', 'طهران وقعت اتفاقاً الأسبوع الماضي', "'وقالت وسائل الإعلام إن' (the Pyongyang media)"),
    ],
    dates=[
        {'text': 'أمس الثلاثاء', 'value': '2015-07-21'},
        {'text': 'الأسبوع الماضي', 'value': '2015-07'},
        {'text': '2006', 'value': '2006'},
        {'text': '2013', 'value': '2013'},
        {'text': '2009', 'value': '2009'},
    ],
    events=[
        EV('North Korea rejected the idea of following Iran into a nuclear deal with the Western powers', 'أن كوريا الشمالية رفضت فكرة أنها يمكن أن تحذو حذو إيران', 'PRK', '*', ['12']),
        EV('Iran signed the nuclear agreement (with the US, the EU and other powers) last week', 'إن طهران وقعت اتفاقاً الأسبوع الماضي', 'IRN', '*', ['05', '03'], either=True),
        EV('The North Korean Foreign Ministry accused the US of a nuclear threat against it (arguable: 11 accuse)', 'لحماية سيادتها وحقوقها الحيوية من التهديد النووي الأمريكي', 'PRK', 'USA', ['11']),
    ],
    forbidden_events=[
        EV("The 'US nuclear threat' is North Korea's charge; no US threat is reported", 'من التهديد النووي الأمريكي', 'USA', 'PRK', ['13', '15', '18', '19', '20'], unless=['alleged']),
        EV('A North Korean nuclear deal is the idea it rejects; nothing is negotiated or agreed', 'رفضت فكرة أنها يمكن أن تحذو حذو إيران فيما يتعلق بالتوصل لاتفاق', 'PRK', '*', ['03', '04', '05', '06'], unless=['negated']),
        EV("North Korea's three nuclear tests (2006-2013) are background, not news of 2015", 'بعدما أجرت ثلاث تجارب نووية في الفترة بين 2006 و2013', 'PRK', '*', ['13', '15', '18', '19', '20'], date='2015'),
    ],
)

ARTS['h86'] = dict(
    published='2015-08-02',
    published_why="Default day of date_extracted; 'هذا الأسبوع' is the week of 2 August 2015.",
    about="Al-Watan: a 60-year-old Saudi truck driver, detained in Iraq a year and a half ago, will be tried on terrorism charges this week; Iraq's Justice Ministry is considering releasing three Saudi detainees in Nasiriyah prison whose sentences ended; their Iraqi lawyer Hamed Ahmed on their sentences and expects them to be flown to Baghdad and handed to Saudi Arabia this week.",
    entities=[
        E(['Iraq', 'Republic of Iraq'], ['العراق'], 'LOC', 'IRQ', 3),
        E(['Al-Watan', 'Al Watan', 'Al-Watan (Saudi Arabia)'], ['الوطن'], 'ORG', 'SAU', 2),
        E(['Ministry of Justice (Iraq)', 'Iraqi Ministry of Justice', 'Iraqi Justice Ministry'], ['وزارة العدل العراقية', 'وزارة العدل'], 'ORG', 'IRQ', 1),
        E(['Nasiriyah', 'Al-Nasiriyah', 'Nasiriya', 'Nasiriyah Prison'], ['الناصرية'], 'LOC', 'IRQ', 2),
        E(['Hamed Ahmed', 'Hamid Ahmed', 'Hamed Ahmad'], ['حامد أحمد', 'حامد'], 'PER', 'IRQ', 2),
        E(['Baghdad'], ['بغداد'], 'LOC', 'IRQ', 1),
        E(['Saudi Arabia', 'Kingdom of Saudi Arabia', 'KSA'], ['المملكة', 'السعودية'], 'LOC', 'SAU', 1),
    ],
    quotes=[],
    indirect_quotes=[
        Q('Hamed Ahmed', 'المعتقلين الثلاثة تتراوح محكومياتهم بين تسع سنوات و15 سنة', "'وأبلغ \"الوطن\" وكيل المعتقلين السعوديين المحامي العراقي حامد أحمد، بأن'"),
        Q('Hamed Ahmed', 'القانون العراقي يحتسب حكم السنة الواحدة بتسعة أشهر', "'وأشار حامد إلى أن'"),
        Q('Hamed Ahmed', 'الاتصالات التي أجراها بالمسؤولين عن سجون الناصرية', "'مؤكدا أن'"),
        Q('Hamed Ahmed', 'يتم نقلهم بواسطة الطيران الحربي إلى بغداد', "'متوقعا أن'"),
    ],
    dates=[{'text': 'هذا الأسبوع', 'value': '2015-08'}],
    events=[
        EV('Iraq holds a 60-year-old Saudi (detained a year and a half ago) and brings him to trial on terrorism charges', 'العراق يحاكم مسنا سعوديا بتهم الإرهاب', 'IRQ', 'SAU', ['17', '11']),
    ],
    forbidden_events=[
        EV('The release of the three Saudi detainees is only requested and under consideration, their handover only expected by the lawyer', 'تنظر وزارة العدل العراقية في طلب الإفراج عن ثلاثة معتقلين سعوديين', 'IRQ', 'SAU', ['08']),
        EV('The Syrian driver smuggling a Yemeni into Iraq is no act of Syria or Yemen toward Iraq', 'وهو يحاول تهريب شخص يحمل الجنسية اليمنية إلى العراق', 'SYR', 'IRQ', ['04', '06', '07', '18', '19']),
    ],
)

ARTS['h87'] = dict(
    published='2015-07-23',
    published_why="Default day of date_extracted; 'اليوم الخميس' is Thursday 23 July 2015 (the 63rd anniversary of the July revolution).",
    about="Al-Yaum: Egypt rejects Khamenei's Eid remarks on Arab internal affairs (Foreign Ministry spokesman Badr Abdelatty calls for non-interference under the UN Charter); Sisi, at a military graduation yesterday, marks the July revolution and calls national security a top priority; three explosions near Sheikh Zuweid and a security sweep south of Sheikh Zuweid and Rafah; the Cairo criminal court adjourned Morsi's 'spying for Qatar' trial to 2 August.",
    entities=[
        E(['Egypt', 'Arab Republic of Egypt'], ['مصر'], 'LOC', 'EGY', 7),
        E(['Ali Khamenei', 'Ayatollah Ali Khamenei', 'Khamenei'], ['علي خامنئي', 'خامنئي'], 'PER', 'IRN', 2),
        E(['Badr Abdelatty', 'Badr Abdel Aty', 'Badr Abdel Atty', 'Badr Abdel-Aty'], ['بدر عبد العاطي'], 'PER', 'EGY', 1),
        E(['Ministry of Foreign Affairs (Egypt)', 'Egyptian Foreign Ministry', 'Egyptian Ministry of Foreign Affairs'], ['الخارجية المصرية'], 'ORG', 'EGY', 1),
        E(['Abdel Fattah el-Sisi', 'Abdel Fattah al-Sisi', 'Abdel Fattah Al-Sisi', 'Sisi', 'el-Sisi'], ['السيسي', 'عبدالفتاح السيسى', 'السيسى'], 'PER', 'EGY', 2),
        E(['Sheikh Zuweid', 'Sheikh Zuwaid', 'El-Sheikh Zuweid'], ['الشيخ زويد'], 'LOC', 'EGY', 2),
        E(['Rafah'], ['رفح'], 'LOC', 'EGY', 1),
        E(['Cairo'], ['القاهرة'], 'LOC', 'EGY', 1),
        E(['Cairo Criminal Court', 'Cairo Criminal Court (Egypt)'], ['محكمة جنايات القاهرة'], 'ORG', 'EGY', 1),
        E(['Mohamed Morsi', 'Mohammed Morsi', 'Morsi', 'Mohamed Mursi'], ['محمد مرسي', 'مرسي'], 'PER', 'EGY', 2),
        E(['Qatar', 'State of Qatar'], ['قطر'], 'LOC', 'QAT', 1),
    ],
    quotes=[],
    indirect_quotes=[
        Q('Badr Abdelatty', 'تتسق التصريحات الصادرة عن المسؤولين بدول المنطقة', "'وأكد المتحدث باسم الخارجية المصرية، السفير بدر عبد العاطي، أهمية أن'"),
        Q('Abdel Fattah el-Sisi', 'ذكرى ثورة يوليو الـ63 التي توافق اليوم الخميس', "'قال الرئيس عبدالفتاح السيسى، إن'"),
        Q('Abdel Fattah el-Sisi', 'تلك الحركة المباركة جاءت تتويجا لنضال طويل', "'مؤكدا أن'"),
        Q('Abdel Fattah el-Sisi', 'أمن مصر القومى أولويتنا القصوى', "'وأضاف في كلمة ألقاها … أمس، إن'"),
        Q('Abdel Fattah el-Sisi', 'السيادة الحقيقية تكتمل برفض أي تدخل في شئوننا', "'مؤكدا أن'"),
    ],
    dates=[
        {'text': 'اليوم الخميس', 'value': '2015-07-23'},
        {'text': 'أمس', 'value': '2015-07-22'},
        {'text': 'الأربعاء', 'value': '2015-07-22'},
        {'text': '2 أغسطس المقبل', 'value': '2015-08-02'},
    ],
    events=[
        EV("Egypt criticized and rejected Khamenei's remarks on Arab states' internal affairs", 'دخلت مصر على خط انتقاد التصريحات الأخيرة للمرشد الإيراني علي خامنئي', 'EGY', 'IRN', ['11', '12']),
        EV('An Egyptian security campaign raided areas south of Sheikh Zuweid and Rafah chasing armed militants', 'أن حملة أمنية بمناطق جنوب الشيخ زويد ورفح، تداهم بعض المناطق أثناء ملاحقتها للعناصر المسلحة', 'EGY', 'EGY', ['17', '19']),
        EV("The Cairo criminal court (Wednesday) adjourned the trial of Morsi on charges of spying for Qatar (arguable: the ongoing prosecution, 17/11)", 'أجلت محكمة جنايات القاهرة، الأربعاء، محاكمة الرئيس الأسبق، محمد مرسي', 'EGY', 'EGY', ['17', '11']),
    ],
    forbidden_events=[
        EV("'Spying with Qatar' is the charge against Morsi; no Egypt-Qatar cooperation is reported", 'القضية المعروفة إعلاميا بـ"التخابر مع قطر"', 'EGY', 'QAT', ['03', '04', '05', '06', '07'], unless=['alleged']),
        EV('Egypt rejects interference: it does not threaten or attack Iran', 'رافضة أي تدخل في الشؤون الداخلية', 'EGY', 'IRN', ['13', '15', '16', '17', '18', '19', '20']),
    ],
)

ARTS['h88'] = dict(
    published='2015-07-31',
    published_why="Default day of date_extracted; 'الاربعاء' is Wednesday 29 July 2015, the Senate Armed Services hearing.",
    about="Ain Alyoum (AFP copy), Washington: US Defense Secretary Ashton Carter on Wednesday condemned Iran's 'harmful activities' in the Middle East before the Senate Armed Services Committee (with Kerry, Moniz, Lew and Dempsey), trying to reassure Congress members opposed to the nuclear deal of 14 July in Vienna; he pledges a strong military posture to protect friends, especially Israel, and denounces Iranian military support to the Syrian regime and Hezbollah.",
    entities=[
        E(['Washington', 'Washington, D.C.'], ['واشنطن'], 'LOC', 'USA', 2),
        E(['Ashton Carter', 'Ash Carter', 'Carter'], ['اشتون كارتر', 'كارتر'], 'PER', 'USA', 3),
        E(['Iran', 'Islamic Republic of Iran'], ['إيران', 'ايران'], 'LOC', 'IRN', 4),
        E(['United States Congress', 'U.S. Congress', 'US Congress', 'Congress'], ['الكونغرس'], 'ORG', 'USA', 2),
        E(['United States Senate', 'U.S. Senate', 'US Senate', 'Senate'], ['مجلس الشيوخ'], 'ORG', 'USA', 1),
        E(['Republican Party', 'Republican Party (United States)', 'GOP', 'Republicans'], ['الجمهوريون'], 'ORG', 'USA', 1),
        E(['Vienna', 'Wien'], ['فيينا'], 'LOC', 'AUT', 1),
        E(['John McCain', 'John S. McCain'], ['جون ماكين'], 'PER', 'USA', 1),
        E(['John Kerry', 'John F. Kerry'], ['جون كيري'], 'PER', 'USA', 1),
        E(['Ernest Moniz', 'Ernest J. Moniz'], ['ارنست مونيز'], 'PER', 'USA', 1),
        E(['Jack Lew', 'Jacob Lew', 'Jacob J. Lew'], ['جاك لو'], 'PER', 'USA', 1),
        E(['Martin Dempsey', 'Martin E. Dempsey'], ['مارتن ديمبسي'], 'PER', 'USA', 1),
        E(['Israel', 'State of Israel'], ['اسرائيل', 'إسرائيل'], 'LOC', 'ISR', 2),
        E(['Saudi Arabia', 'Kingdom of Saudi Arabia', 'KSA'], ['السعودية'], 'LOC', 'SAU', 1),
        E(['Hezbollah', 'Hizbullah', 'Hizballah'], ['حزب الله'], 'ORG', 'LBN', 1),
        E(['Ain Alyoum', '3alyoum', 'Ain Al-Yaum', 'Ain Al Youm'], ['عين اليوم'], 'ORG', 'SAU', 1),
    ],
    quotes=[
        Q('Ashton Carter', 'سنواصل الوقوف إلى جانب الأصدقاء بمواجهة نشاط إيران المؤذي', "'وقال كارتر “…”'"),
        Q('Ashton Carter', 'سنحفتظ بموقف عسكري قوي لمنع اي عدوان', "'واضاف “…”' (the text's typo سنحفتظ kept)"),
    ],
    indirect_quotes=[
        Q('USA', 'ما تم التوصل اليه في 14 تموز/يوليو في فيينا', "'ومثل كبار المسؤولين في الادارة … محاولين التشديد على ان' (senior US administration officials)"),
    ],
    dates=[
        {'text': 'الاربعاء', 'value': '2015-07-29'},
        {'text': '14 تموز/يوليو', 'value': '2015-07-14'},
        {'text': 'الاسبوع الماضي', 'value': '2015-07'},
    ],
    events=[
        EV("Carter condemned Iran's 'harmful activities' in the Middle East before Congress on Wednesday", 'ندد وزير الدفاع الاميركي اشتون كارتر الاربعاء أمام الكونغرس', 'USA', 'IRN', ['11'], date='2015-07-29'),
        EV("Carter's visit to Israel last week", 'كما سبق و أعلن خلال زيارته الاسبوع الماضي الى اسرائيل والسعودية', 'USA', 'ISR', ['04'], codes=['042', '043'], either=True),
        EV("Carter's visit to Saudi Arabia last week", 'كما سبق و أعلن خلال زيارته الاسبوع الماضي الى اسرائيل والسعودية', 'USA', 'SAU', ['04'], codes=['042', '043'], either=True),
        EV("Carter pledged a strong military posture to reinforce the security of allies, especially Israel (intent to cooperate / support)", 'وتعزيز امن اصدقائنا وحلفائنا في المنطقة، وخصوصا اسرائيل', 'USA', 'ISR', ['03']),
        EV('The nuclear agreement reached on 14 July in Vienna between the great powers and Iran (background asserted by the officials)', 'ما تم التوصل اليه في 14 تموز/يوليو في فيينا بين القوى العظمى وايران', '*', 'IRN', ['05', '03'], either=True),
    ],
    forbidden_events=[
        EV("A strong military posture 'to prevent any aggression' is a deterrent pledge; no US attack on Iran is reported", 'سنحفتظ بموقف عسكري قوي لمنع اي عدوان', 'USA', 'IRN', ['18', '19', '20']),
        EV("Iranian 'aggression' is what the posture is meant to prevent; no Iranian attack on Israel is reported", 'لمنع اي عدوان، وتعزيز امن اصدقائنا وحلفائنا في المنطقة، وخصوصا اسرائيل', 'IRN', 'ISR', ['18', '19', '20']),
    ],
)


if __name__ == '__main__':
    write(HERE, ARTS)
