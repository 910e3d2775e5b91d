"""Write h25..h32.expected.json of this held-out set from the annotations below.

    python3 gen.py   (reads the articles through draw.py's articles.json locators)

Every evidence string and quote excerpt is asserted to be a substring of the text.
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, '..'))
from heldout_gen import E, EV, Q, write  # noqa: E402

ARTS = {}

ARTS['h25'] = dict(
    published='2015-07-23',
    published_why="Default day of date_extracted; 'أمس' is the day the first Saudi aid plane landed at the reopened Aden airport (22 July 2015).",
    about="Asharq Al-Awsat: a Saudi military plane with aid lands at the reopened Aden airport on King Salman's orders; coalition spokesman Asiri calls it a positive step; Yemeni sources report splits among Houthi-Saleh forces and orders to their leaders to flee; the Popular Resistance presses the Houthis at Al-Anad base in Lahij.",
    entities=[
        E(['Aden'], ['عدن'], 'LOC', 'YEM', 6),
        E(['Yemen'], ['اليمن'], 'LOC', 'YEM', 2),
        E(['Houthis', 'Houthi movement', 'Ansar Allah', 'Ansarallah'], ['الحوثيين', 'الحوثي', 'الحوثيون'], 'ORG', 'YEM', 3),
        E(['Ali Abdullah Saleh', 'Ali Saleh', 'Saleh'], ['علي عبد الله صالح', 'علي عبدالله صالح', 'صالح'], 'PER', 'YEM', 4),
        E(['Salman bin Abdulaziz Al Saud', 'King Salman', 'Salman bin Abdulaziz', 'Salman of Saudi Arabia'], ['سلمان بن عبد العزيز', 'سلمان بن عبدالعزيز'], 'PER', 'SAU', 1),
        E(['Mohammed bin Salman', 'Mohammad bin Salman', 'Muhammad bin Salman', 'MBS'], ['محمد بن سلمان'], 'PER', 'SAU', 1),
        E(['Ahmed Asiri', 'Ahmed al-Asiri', 'Ahmed Hassan Asiri', 'Ahmad Asiri'], ['أحمد عسيري', 'عسيري'], 'PER', 'SAU', 1),
        E(['Asharq Al-Awsat', 'Asharq al-Awsat', 'Al-Sharq al-Awsat'], ['الشرق الأوسط'], 'ORG', 'SAU', 2),
        E(['King Salman Humanitarian Aid and Relief Centre', 'KSrelief', 'King Salman Center for Relief and Humanitarian Action', 'King Salman Relief Centre'], ['مركز الملك سلمان للإغاثة والأعمال الإنسانية'], 'ORG', 'SAU', 1),
        E(['Sharurah', 'Sharura', 'Sharourah'], ['شرورة'], 'LOC', 'SAU', 1),
        E(['Sanaa', "Sana'a", 'Sana'], ['صنعاء'], 'LOC', 'YEM', 1),
        E(['Taiz', "Ta'izz", 'Taizz', 'Taiz Governorate'], ['تعز'], 'LOC', 'YEM', 1),
        E(['Popular Resistance', 'Yemeni Popular Resistance', 'Popular Resistance Forces'], ['المقاومة الشعبية'], 'ORG', 'YEM', 1),
        E(['Al Anad Air Base', 'Al-Anad', 'Al Anad', 'Al-Anad Air Base'], ['قاعدة العند', 'العند'], 'LOC', 'YEM', 1),
        E(['Lahij', 'Lahj', 'Lahij Governorate'], ['لحج'], 'LOC', 'YEM', 1),
        E(['Labouza camp', 'Labuza', 'Labouza military camp', 'Labouza'], ['لبوزة', 'معسكر لبوزة'], 'LOC', 'YEM', 1),
    ],
    quotes=[
        Q('YEM', 'اختفوا من المدينة، لن تجدوا الحماية لكم', "the Houthis' message to their fighters, as quoted by the Yemeni official"),
    ],
    indirect_quotes=[
        Q('Ahmed Asiri', 'بعد إعادة إصلاحه من جديد، خطوة إيجابية'),
        Q('Ahmed Asiri', 'العمل الإغاثي يتم بالتوازي مع النتائج الإيجابية', "'مؤكدا أن' continues Asiri"),
        Q('YEM', 'الهزائم الأخيرة التي لحقت بالحوثيين', "'أكدت مصادر يمنية عسكرية أن'"),
        Q('YEM', 'بعض قادة الفرق العسكرية التابعة للحوثيين وصالح', "'وقالت المصادر إن' (the same Yemeni military sources; the waw is a presentation form in the text)"),
    ],
    dates=[{'text': 'أمس', 'value': '2015-07-22'}],
    events=[
        EV('A Saudi military plane loaded with humanitarian aid landed at Aden airport', 'بوصول طائرة عسكرية سعودية محملة بمساعدات إنسانية إلى مطار عدن الدولي', 'SAU', 'YEM', ['07']),
        EV('Mohammed bin Salman ordered the aid moved from the KSrelief depots in Sharurah to Aden', 'أمر الأمير محمد بن سلمان، ولي ولي العهد وزير الدفاع السعودي، بنقل المساعدات', 'SAU', 'YEM', ['07', '03']),
        EV('The Popular Resistance launched attacks on Houthi/Saleh positions near Al-Anad base', 'وشنت هذه القوات هجمات من جهات متعددة على المواقع العسكرية التابعة للميليشيات', 'YEM', 'YEM', ['19', '18']),
    ],
    forbidden_events=[
    ],
)

ARTS['h26'] = dict(
    published='2015-08-06',
    published_why='Default day of date_extracted; nothing in the column contradicts it.',
    about="Asharq Al-Awsat summer column on Ahmed Hassanein Pasha (royal chamberlain under King Farouk, d. 1946): his education at Oxford, fencing at the 1912 Olympics, flight from England to Italy, desert expeditions in Libya, discovery of oases; all history, no news event.",
    entities=[
        E(['Ahmed Hassanein', 'Ahmed Hassanein Pasha', 'Ahmed Mohamed Hassanein', 'Ahmed Hassanein Bey'], ['أحمد محمد حسنين باشا', 'أحمد حسنين باشا', 'حسنين باشا', 'أحمد محمد حسنين'], 'PER', 'EGY', 4),
        E(['Farouk of Egypt', 'King Farouk', 'Farouk I', 'Farouk'], ['الملك فاروق', 'فاروق'], 'PER', 'EGY', 3),
        E(['Mohamed el-Tabei', 'Mohammed al-Tabii', 'Mohamed Al-Tabei', 'Mohamed El Tabii'], ['محمد التابعي', 'التابعي'], 'PER', 'EGY', 2),
        E(['Mohamed Hassanein Heikal', 'Mohamed Heikal', 'Heikal'], ['محمد حسنين هيكل'], 'PER', 'EGY', 1),
        E(['Ahmed Maher', 'Ahmed Maher (diplomat)', 'Ahmed Maher El Sayed'], ['أحمد ماهر'], 'PER', 'EGY', 1),
        E(['Egypt', 'Arab Republic of Egypt'], ['مصر'], 'LOC', 'EGY', 3),
        E(['England', 'United Kingdom', 'Britain'], ['إنجلترا'], 'LOC', 'GBR', 2),
        E(['University of Oxford', 'Oxford University', 'Oxford'], ['جامعة أكسفورد'], 'ORG', 'GBR', 2),
        E(['Italy'], ['إيطاليا'], 'LOC', 'ITA', 1),
        E(['Libya'], ['ليبيا'], 'LOC', 'LBY', 1),
        E(['Al-Azhar', 'Al-Azhar University', 'Al-Azhar Mosque'], ['الأزهر'], 'ORG', 'EGY', 1),
        E(['Fuad I of Egypt', 'King Fuad', 'Fuad I', 'King Fuad I'], ['الملك فؤاد', 'فؤاد'], 'PER', 'EGY', 1),
    ],
    quotes=[],
    indirect_quotes=[
        Q('Ahmed Maher', 'كان صادقًا تمامًا', "'فقال إنه' — the late Egyptian foreign minister on the series «Farouk»"),
    ],
    dates=[
        {'text': '1946', 'value': '1946'},
        {'text': '1889', 'value': '1889'},
        {'text': '1912', 'value': '1912'},
        {'text': 'غدًا', 'value': '2015-08-07'},
    ],
    events=[],
    forbidden_events=[
        EV('His desert expeditions to Libya are history (1920s), not a 2015 visit', 'فقام بالسفر في بعثتين استكشافيتين لصحاري ليبيا', 'EGY', 'LBY', ['04'], date='2015'),
        EV('His studies in England are biography, not a 2015 visit', 'ثم سافر إلى إنجلترا حيث أكمل تعليمه بجامعة أكسفورد', 'EGY', 'GBR', ['04'], date='2015'),
    ],
)

ARTS['h27'] = dict(
    published='2015-07-22',
    published_why='Default day of date_extracted; an opinion column with no dated news.',
    about="Al-Yaum opinion column: the Iran nuclear deal is theatre between partners; America and Iran (and Israel) say one thing and do another; Kerry's and Obama's calls for trust are doubted; Saudi policy must change, perhaps toward a nuclear Saudi Arabia.",
    entities=[
        E(['United States', 'United States of America', 'USA', 'US', 'America'], ['أمريكا', 'الولايات المتحدة'], 'LOC', 'USA', 8),
        E(['Iran', 'Islamic Republic of Iran'], ['إيران'], 'LOC', 'IRN', 8),
        E(['Israel', 'State of Israel'], ['إسرائيل'], 'LOC', 'ISR', 2),
        E(['John Kerry', 'Kerry', 'John F. Kerry'], ['جون كيري', 'كيري'], 'PER', 'USA', 3),
        E(['Barack Obama', 'Obama', 'Barack Hussein Obama'], ['باراك أوباما', 'أوباما'], 'PER', 'USA', 1),
        E(['Ronald Reagan', 'Reagan'], ['رونالد ريغان', 'ريغان'], 'PER', 'USA', 1),
        E(['Saudi Arabia', 'Kingdom of Saudi Arabia', 'KSA'], ['المملكة العربية السعودية', 'السعودية'], 'LOC', 'SAU', 2),
    ],
    quotes=[],
    indirect_quotes=[
        Q('John Kerry', 'الثقة ستقوى بعد حين', "'وكيري يقول' — reported words of Kerry"),
    ],
    dates=[],
    events=[
        EV('Obama reassures and asks the world to trust America', 'أوباما يطمئن ويطلب من العالم الثقة بأمريكا', 'USA', '*', ['01', '02']),
    ],
    forbidden_events=[
        EV('Meetings between Iranians and Jews are only what media sources are said to have revealed', 'كشف كثير من المصادر الإعلامية حول لقاءات متعددة بين الإيرانيين واليهود', 'IRN', 'ISR', ['04'], either=True, unless=['alleged']),
        EV('Iran-Contra is history under Reagan, not a 2015 event', 'بفضيحة «إيران غيت» في عهد ريغان', 'USA', 'IRN', ['06', '07', '04'], either=True, date='2015'),
        EV("'Death to America and Israel' is a slogan the column calls a joke, not a threat made on this day", 'ونكتة الموت لأمريكا وإسرائيل التي تكررها الآلة الإيرانية', 'IRN', 'USA', ['13', '18', '19']),
    ],
)

ARTS['h28'] = dict(
    published='2015-07-25',
    published_why='Default day of date_extracted; the arrest was on the night of 29 Ramadan 1436 (mid-July 2015), reported later.',
    about="Sabq: Mecca police (criminal investigation, central district) arrested a 16-member Yemeni gang (men, women, children) that picked pilgrims' pockets around the Grand Mosque; 42 phones and about 35,000 riyals in several currencies seized; police spokesman Al-Qurashi confirms.",
    entities=[
        E(['Mecca', 'Makkah', 'Makkah al-Mukarramah'], ['مكة المكرمة', 'مكة', 'العاصمة المقدسة'], 'LOC', 'SAU', 3),
        E(['Sabq', 'Sabq.org', 'Sabq newspaper'], ['سبق'], 'ORG', 'SAU', 2),
        E(['Fahd Al-Manhoumi', 'Fahad Al-Manhoumi', 'Fahd Almanhoumi'], ['فهد المنحومي'], 'PER', 'SAU', 1),
        E(['Awad Al-Saadi', 'Awadh Al-Saadi', 'Awad Alsaadi'], ['عواض السعدي'], 'PER', 'SAU', 1),
        E(['Saeed bin Salem Al-Qarni', 'Saeed Al-Qarni', 'Saeed Salem Al-Qarni', 'Said Al-Qarni'], ['سعيد بن سالم القرني', 'سعيد القرني'], 'PER', 'SAU', 2),
        E(['Ati bin Attiya Al-Qurashi', 'Ati Al-Qurashi', 'Aati Al-Qurashi', 'Ati bin Atiyah Al-Qurashi'], ['عاطي بن عطية القرشي', 'القرشي'], 'PER', 'SAU', 2),
        E(['Masjid al-Haram', 'Great Mosque of Mecca', 'Grand Mosque', 'Al-Masjid al-Haram'], ['المسجد الحرام'], 'LOC', 'SAU', 1),
        E(['Al-Misfalah', 'Misfalah', 'Al Misfalah'], ['المسفلة'], 'LOC', 'SAU', 1),
    ],
    quotes=[],
    indirect_quotes=[
        Q('Ati bin Attiya Al-Qurashi', 'تمكنت من ضبط تشكيل عصابي مكون من 16 شخصاً', "'وأوضح الناطق الإعلامي بشرطة منطقة مكة المكرمة ... أن'"),
        Q('Ati bin Attiya Al-Qurashi', 'تم ضبطهم وبحوزتهم مبالغ مالية', "'وأكد العقيد \"القرشي\" أنه'"),
    ],
    dates=[{'text': 'التاسع والعشرين من شهر رمضان', 'value': '2015-07'}],
    events=[
        EV('Mecca police arrested the Yemeni pickpocket gang', 'ضبطت الجهات الأمنية بشرطة العاصمة المقدسة', 'SAU', 'YEM', ['17'], codes=['173']),
    ],
    forbidden_events=[
        EV('The Yemeni gang is the arrested party, not the arresting one', 'عصابة يمنية مكونة من 16 شخصاً', 'YEM', 'SAU', ['17']),
        EV("Qatari riyals and Egyptian pounds among the seized money are currencies, not actors", 'وجنيه مصري، وريال قطري', 'SAU', 'QAT', ['17'], either=True),
    ],
)

ARTS['h29'] = dict(
    published='2015-08-11',
    published_why="Default day of date_extracted; 'أمس' is the Jerusalem Post issue of 10 Aug 2015, the CNN interview aired Sunday 9 Aug after being recorded the Thursday before (6 Aug).",
    about="Al-Madina on a Jerusalem Post report: in a CNN interview with Fareed Zakaria, Obama criticized Netanyahu as the only foreign leader to interfere in US foreign-policy debate over the Iran deal; Netanyahu stayed silent while meeting a 24-member Congress delegation; opposition leader Herzog admitted Israel errs by interfering.",
    entities=[
        E(['Barack Obama', 'Obama', 'Barack Hussein Obama'], ['باراك أوباما', 'أوباما'], 'PER', 'USA', 6),
        E(['Benjamin Netanyahu', 'Netanyahu', 'Binyamin Netanyahu'], ['بنيامين نتنياهو', 'نتنياهو'], 'PER', 'ISR', 5),
        E(['The Jerusalem Post', 'Jerusalem Post'], ['جيروزاليم بوست', 'الجيروزاليم بوست'], 'ORG', 'ISR', 2),
        E(['Fareed Zakaria', 'Zakaria'], ['فريد زكريا', 'زكريا'], 'PER', 'USA', 3),
        E(['CNN', 'Cable News Network'], ['سي إن إن'], 'ORG', 'USA', 1),
        E(['Iran', 'Islamic Republic of Iran'], ['إيران'], 'LOC', 'IRN', 2),
        E(['United States Congress', 'U.S. Congress', 'US Congress', 'Congress'], ['الكونجرس', 'الكونغرس'], 'ORG', 'USA', 2),
        E(['Washington', 'Washington, D.C.'], ['واشنطن'], 'LOC', 'USA', 3),
        E(['Tel Aviv', 'Tel Aviv-Yafo'], ['تل أبيب'], 'LOC', 'ISR', 1),
        E(['Israel', 'State of Israel'], ['إسرائيل'], 'LOC', 'ISR', 3),
        E(['United States', 'United States of America', 'USA', 'US'], ['الولايات المتحدة'], 'LOC', 'USA', 1),
        E(['Isaac Herzog', 'Yitzhak Herzog', 'Itzhak Herzog'], ['إسحاق هيرتزوج', 'هيرتزوج'], 'PER', 'ISR', 1),
    ],
    quotes=[
        Q('The Jerusalem Post', 'لا ينبغي لإسرائيل التدخل في السياسات الأمريكية', "headline convention 'الجيروزاليم بوست: …'"),
        Q('Barack Obama', 'لا أذكر مثيلا لذلك من قبل'),
        Q('Barack Obama', 'لكنني أؤكد أن نتنياهو مخطئ في هذا الأمر'),
    ],
    indirect_quotes=[
        Q('Barack Obama', 'الزعيم الأجنبي الوحيد الذي يتدخل', "'بقوله إنه'"),
        Q('Barack Obama', 'أقحم نفسه في نقاش', "'واعتبر أوباما ... أن نتنياهو مخطئ وأنه'"),
        Q('Isaac Herzog', 'إسرائيل تخطأ بتدخلها في السياسة الخارجية الأمريكية', "'اعترف زعيم المعارضة إسحاق هيرتزوج ... بأن'"),
    ],
    dates=[
        {'text': 'أمس', 'value': '2015-08-10'},
        {'text': 'الخميس الماضي', 'value': '2015-08-06'},
        {'text': 'الأحد', 'value': '2015-08-09'},
        {'text': 'الشهر الماضي', 'value': '2015-07'},
        {'text': '17 من سبتمبر', 'value': '2015-09-17'},
    ],
    events=[
        EV('Obama criticized Netanyahu', 'انتقد الرئيس الأمريكي باراك أوباما رئيس الوزراء الإسرائيلي بنيامين نتنياهو', 'USA', 'ISR', ['11']),
        EV('Netanyahu met a 24-member Congress delegation', 'خلال مقابلته لوفد من الكونجرس يضم 24 عضوًا', 'ISR', 'USA', ['04'], either=True),
        EV('The Congress delegation came to visit Israel', 'جاؤوا لزيارة إسرائيل ومناطق السلطة', 'USA', 'ISR', ['04'], codes=['042', '043']),
    ],
    forbidden_events=[
        EV('The deal with Iran was concluded last month (July), background here: no signing dated August', 'الاتفاق النووي الذي أبرمته دول الغرب الست مع إيران الشهر الماضي', 'USA', 'IRN', ['05'], either=True, date='2015-08'),
    ],
)

ARTS['h30'] = dict(
    published='2015-08-11',
    published_why="Default day of date_extracted; matches the SPA dateline '26 شوال 1436 هـ الموافق 11 أغسطس 2015 م'.",
    about="SPA digest of the Lebanese press: Saudi cabinet under Prince Mohammed bin Nayef in Jeddah; PM Tammam Salam to visit Jordan tomorrow; minister Shabtini welcomes Defence Minister Moqbel's extension of security chiefs incl. army commander Kahwaji; Syrian fighting; coalition spokesman al-Meslet on the Assad regime; France condemns ISIS's abduction of 200 civilians in al-Qaryatayn; shooting at the US consulate in Istanbul and attacks killing six Turkish security men.",
    entities=[
        E(['Beirut'], ['بيروت'], 'LOC', 'LBN', 1),
        E(['Lebanon'], ['لبنان'], 'LOC', 'LBN', 2),
        E(['Muhammad bin Nayef', 'Mohammed bin Nayef', 'Mohammed bin Nayef bin Abdulaziz Al Saud', 'Mohammad bin Nayef'], ['محمد بن نايف بن عبدالعزيز آل سعود', 'محمد بن نايف'], 'PER', 'SAU', 1),
        E(['Jeddah', 'Jiddah', 'Jedda'], ['جدة'], 'LOC', 'SAU', 1),
        E(['Tammam Salam', 'Tammam Saeb Salam'], ['تمام سلام'], 'PER', 'LBN', 1),
        E(['Jordan', 'Hashemite Kingdom of Jordan'], ['الأردن'], 'LOC', 'JOR', 1),
        E(['Alice Shabtini', 'Alice Chabtini', 'Alice Shabteeni'], ['أليس شبطيني'], 'PER', 'LBN', 1),
        E(['Samir Moqbel', 'Samir Mokbel', 'Samir Muqbil'], ['سمير مقبل'], 'PER', 'LBN', 1),
        E(['Jean Kahwaji', 'Jean Kahwagi', 'Jean Qahwaji'], ['جان قهوجي'], 'PER', 'LBN', 1),
        E(['Syria', 'Syrian Arab Republic'], ['سوريا'], 'LOC', 'SYR', 1),
        E(['Salem al-Meslet', 'Salem al-Muslet', 'Salim al-Meslet', 'Salem Al-Meslet'], ['سالم المسلط'], 'PER', 'SYR', 1),
        E(['National Coalition for Syrian Revolutionary and Opposition Forces', 'Syrian National Coalition', 'National Coalition', 'Syrian Opposition Coalition'], ['الائتلاف الوطني السوري', 'الائتلاف الوطني السوري المعارض'], 'ORG', 'SYR', 1),
        E(['Bashar al-Assad', 'Bashar Assad', 'Assad'], ['الأسد', 'بشار الأسد'], 'PER', 'SYR', 1),
        E(['Qudsaya', 'Qudssaya', 'Qudsaya (Syria)'], ['قدسيا'], 'LOC', 'SYR', 1),
        E(['Al-Hamah', 'Al-Hama', 'Hameh', 'Al Hamah'], ['الهامة'], 'LOC', 'SYR', 1),
        E(['Damascus'], ['دمشق'], 'LOC', 'SYR', 1),
        E(['Islamic State', 'ISIS', 'ISIL', 'Daesh'], ['داعش', 'تنظيم الدولة'], 'ORG', '', 1),
        E(['Al-Qaryatayn', 'Qaryatayn', 'Al-Qaryatain', 'Al Qaryatayn'], ['القريتين'], 'LOC', 'SYR', 1),
        E(['Homs'], ['حمص'], 'LOC', 'SYR', 1),
        E(['Istanbul', 'İstanbul'], ['اسطنبول', 'إسطنبول'], 'LOC', 'TUR', 2),
        E(['Free Syrian Army', 'FSA'], ['الجيش الحر', 'الجيش السوري الحر'], 'ORG', 'SYR', 1),
    ],
    quotes=[],
    indirect_quotes=[
        Q('Muhammad bin Nayef', 'الإرهاب لن يؤثر على المملكة', "'وتأكيد سموه ... أن'"),
        Q('Salem al-Meslet', 'قرارات المجتمع الدولي لا تساوي ثمن حبرها', "'إعلان الناطق الرسمي باسم الائتلاف ... أن'"),
    ],
    dates=[
        {'text': 'أمس', 'value': '2015-08-10'},
        {'text': 'الأربعاء', 'value': '2015-08-12'},
        {'text': '11 أغسطس 2015', 'value': '2015-08-11'},
    ],
    events=[
        EV('Tammam Salam will visit Jordan tomorrow to co-chair the joint committee (announced visit: intent to meet)', 'الزيارة التي سيقوم بها رئيس مجلس الوزراء اللبناني تمام سلام يوم غد الأربعاء إلى الأردن', 'LBN', 'JOR', ['03'], either=True),
        EV('The French Foreign Ministry condemned the ISIS abduction of 200 civilians', 'إدانة وزارة الخارجية الفرنسية في بيان حادثة قيام تنظيم " داعش " الإرهابي بخطف 200 مدني', 'FRA', '*', ['11']),
        EV('ISIS abducted 200 civilians in al-Qaryatayn, Homs countryside', 'بخطف 200 مدني من أديان مختلفة في منطقة القريتين في ريف حمص', '*', 'SYR', ['18'], codes=['181']),
        EV('A far-left group fired on the US consulate in Istanbul', 'حادث إطلاق النار الذي تبنته مجموعة يسارية متطرفة على القنصلية الأميركية في اسطنبول', 'TUR', 'USA', ['18', '19']),
        EV('Two more attacks by gunmen killed six Turkish security men', 'أسفرا عن مقتل ستة عناصر من رجال الأمن الأتراك', '*', 'TUR', ['18', '19']),
        EV('Battles between Syrian regime forces and the Free Syrian Army', 'المعارك التي دارت بين القوات السورية التابعة للنظام والجيش الحر', 'SYR', 'SYR', ['19']),
    ],
    forbidden_events=[
        EV("Salam's visit to Jordan is planned for tomorrow; no visit has taken place", 'الزيارة التي سيقوم بها رئيس مجلس الوزراء اللبناني تمام سلام يوم غد الأربعاء إلى الأردن', 'LBN', 'JOR', ['04'], codes=['042']),
        EV("'Israeli enemy ambitions in south Lebanon' is not an attack", 'وأطماع العدو الإسرائيلي في جنوب لبنان', 'ISR', 'LBN', ['18', '19']),
    ],
)

ARTS['h31'] = dict(
    published='2015-08-08',
    published_why="Default day of date_extracted; the decision came late on Thursday (6 Aug 2015), the day of the Abha mosque bombing.",
    about="Al-Yaum: Bahrain's Information Affairs Authority suspends the opposition-leaning paper Al-Wasat until further notice for breaking the law and harming Bahrain's relations; a source cites its refusal to call the Asir bombing victims martyrs and Hani al-Fardan's article; journalists welcome the decision; Al-Wefaq and the opposition call it muzzling; background on the paper and editor Mansoor al-Jamri.",
    entities=[
        E(['Bahrain', 'Kingdom of Bahrain'], ['البحرين', 'مملكة البحرين'], 'LOC', 'BHR', 6),
        E(['Al-Wasat', 'Al Wasat', 'Alwasat', 'Al-Wasat (Bahrain)'], ['صحيفة الوسط', 'الوسط'], 'ORG', 'BHR', 5),
        E(['Information Affairs Authority', 'Bahrain Information Affairs Authority', 'IAA'], ['هيئة شؤون الإعلام'], 'ORG', 'BHR', 4),
        E(['Al Yaum', 'Al-Yaum', 'Alyaum'], ['اليوم'], 'ORG', 'SAU', 2),
        E(['Hani al-Fardan', 'Hani Al Fardan', 'Hani Alfardan'], ['هاني الفردان'], 'PER', 'BHR', 3),
        E(['Asir', 'Asir Region', 'Aseer'], ['عسير'], 'LOC', 'SAU', 3),
        E(['Al-Qudaih', 'Al-Qadeeh', 'Qudaih', 'Al-Qadih'], ['القديح'], 'LOC', 'SAU', 1),
        E(['Iran', 'Islamic Republic of Iran'], ['إيران'], 'LOC', 'IRN', 1),
        E(['Raeda Mohammed', 'Raida Mohammed', 'Raeda Mohamed'], ['رائدة محمد'], 'PER', 'BHR', 1),
        E(['Abha'], ['أبها'], 'LOC', 'SAU', 1),
        E(['Islamic State', 'ISIS', 'ISIL', 'Daesh'], ['داعش', 'تنظيم الدولة'], 'ORG', '', 1),
        E(['Al-Wefaq', 'Al Wefaq National Islamic Society', 'Wefaq', 'Al-Wefaq National Islamic Society'], ['جمعية الوفاق', 'الوفاق'], 'ORG', 'BHR', 1),
        E(['Mansoor al-Jamri', 'Mansour al-Jamri', 'Mansoor Al-Jamri', 'Mansur al-Jamri'], ['منصور الجمري', 'الجمري'], 'PER', 'BHR', 2),
        E(['Cherif Bassiouni', 'M. Cherif Bassiouni', 'Sharif Bassiouni', 'Mahmoud Cherif Bassiouni'], ['شريف بسيوني'], 'PER', 'EGY', 1),
    ],
    quotes=[
        Q('Information Affairs Authority', 'لمخالفتها القانون وتكرار نشر وبث ما يثير الفرقة بالمجتمع', "the Authority's statement, in quote marks"),
        Q('BHR', 'وصف الكاتب هاني الفردان لأهل السنة', "'وأضاف' continues the informed source inside the Authority"),
        Q('Raeda Mohammed', 'سعت سابقاً لبث أخبار كاذبة'),
        Q('Raeda Mohammed', 'حاولت البحرين بشتى الطرق', "'وتابعت' continues Raeda Mohammed"),
    ],
    indirect_quotes=[
        Q('BHR', 'القرار جاء عقب رفض الصحيفة إطلاق مسمى شهداء', "'وأشار مصدر مطلع داخل هيئة شؤون الإعلام ... إلى أن'"),
        Q('BHR', 'الهيئة خاطبت الجريدة مرات عدة بشكل ودي', "'وأشار إلى أن' continues the source"),
        Q('BHR', 'الإغلاق هو مجرد محاولة', "the opposition led by Al-Wefaq, 'مشيرة إلى أن'"),
        Q('BHR', 'البحرين تتجه لتكميم الأفواه', "the opposition societies' statements, 'وقالت ... بأن'"),
    ],
    dates=[
        {'text': 'الخميس', 'value': '2015-08-06'},
        {'text': '2002', 'value': '2002'},
        {'text': '2013', 'value': '2013'},
    ],
    events=[
        EV('Bahrain suspended the publication and circulation of Al-Wasat', 'أوقفت البحرين صدور وتداول صحيفة الوسط', 'BHR', 'BHR', ['17']),
        EV('The opposition led by Al-Wefaq questioned the Authority and called the closure muzzling', 'شككت المعارضة وعلى رأسها جمعية الوفاق بما ذكرته هيئة شؤون الإعلام', 'BHR', 'BHR', ['11']),
        EV('A suicide bombing hit a mosque of the special emergency forces in Abha, killing 15', 'واستهدف تفجير انتحاري مسجدا تابعا لمقر قوات الطوارئ الخاصة في أبها', '*', 'SAU', ['18']),
    ],
    forbidden_events=[
        EV("'Iranian leadership attacking Bahrain' is journalists' words about rhetoric, not a military attack", 'الإشادات المتكررة بالقيادة الإيرانية رغم مهاجمتها للبحرين', 'IRN', 'BHR', ['18', '19']),
    ],
)

ARTS['h32'] = dict(
    published='2015-08-11',
    published_why='Default day of date_extracted; nothing in the text contradicts it.',
    about="Okaz: Hadhramaut governor Adel Bahamid confirms Central Bank of Yemen governor Mohammed bin Hammam is in his home district Ghayl Ba Wazir for his son's wedding, and is expected to run the bank once its seat moves to Aden; an Interior Ministry source says he came from Sanaa after Houthi pressure; he had been under house arrest.",
    entities=[
        E(['Adel Bahamid', 'Adil Bahamid', 'Adel Bahameed'], ['عادل باحميد', 'باحميد'], 'PER', 'YEM', 2),
        E(['Hadhramaut', 'Hadramawt', 'Hadramout', 'Hadhramaut Governorate'], ['حضرموت'], 'LOC', 'YEM', 2),
        E(['Mohammed bin Hammam (banker)', 'Mohammed bin Hammam', 'Mohammed Awad bin Hammam', 'Mohamed bin Humam'], ['محمد بن همام', 'بن همام'], 'PER', 'YEM', 6),
        E(['Central Bank of Yemen', 'Yemeni Central Bank', 'CBY'], ['البنك المركزي اليمني', 'البنك المركزي'], 'ORG', 'YEM', 3),
        E(['Ghayl Ba Wazir', 'Ghail Bawazir', 'Ghayl Bawazir', 'Gheil Bawazir'], ['غيل باوزير', 'غيل'], 'LOC', 'YEM', 2),
        E(['Aden'], ['عدن'], 'LOC', 'YEM', 2),
        E(['Okaz'], ['عكاظ'], 'ORG', 'SAU', 2),
        E(['Sanaa', "Sana'a", 'Sana'], ['صنعاء'], 'LOC', 'YEM', 1),
        E(['Houthis', 'Houthi movement', 'Ansar Allah', 'Ansarallah'], ['الحوثي', 'الحوثيين'], 'ORG', 'YEM', 1),
        E(['Ministry of Interior (Yemen)', 'Yemeni Interior Ministry', 'Yemeni Ministry of Interior', 'Ministry of Interior'], ['وزارة الداخلية اليمنية'], 'ORG', 'YEM', 1),
    ],
    quotes=[
        Q('Adel Bahamid', 'بن همام في غيل', "headline convention 'باحميد: …'"),
        Q('Adel Bahamid', 'بن همام يعد قامة اقتصادية عربية يمنية'),
        Q('Adel Bahamid', 'بن همام وصل إلى مسقط رأسه', "'وقال في تصريح لـ «عكاظ»:' continues Bahamid"),
    ],
    indirect_quotes=[
        Q('YEM', 'بن همام وصل إلى محافظة حضرموت قادما من العاصمة صنعاء', "'وكان مصدر في وزارة الداخلية اليمنية قد أكد لـ «عكاظ» أن'"),
    ],
    dates=[
        {'text': '2010', 'value': '2010'},
        {'text': '2003', 'value': '2003'},
    ],
    events=[
        EV('Bin Hammam had recently been put under house arrest (agent unnamed; the Houthis held Sanaa)', 'الذي وضع مؤخرا تحت الإقامة الجبرية', '*', 'YEM', ['17']),
        EV('Bin Hammam faced heavy pressure from the Houthis', 'بعد أن واجه ضغوطا كبيرة من جماعة الحوثي', 'YEM', 'YEM', ['17', '11']),
    ],
    forbidden_events=[
        EV('Mohammed bin Hammam here is the Yemeni central banker, not the Qatari football official: no Qatari actor', 'محافظ البنك المركزي اليمني محمد بن همام', 'QAT', '*', ['01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12', '13', '14', '15', '16', '17', '18', '19', '20']),
    ],
)


if __name__ == '__main__':
    write(HERE, ARTS)
