"""Write h33..h40.expected.json of this held-out set from the annotations below.

    python3 gen.py   (reads the articles through draw.py's articles.json locators)

Every evidence string and quote excerpt is asserted to be a substring of the text.
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, '..'))
from heldout_gen import E, EV, Q, write  # noqa: E402

ARTS = {}

ALL20 = ['%02d' % i for i in range(1, 21)]

ARTS['h33'] = dict(
    published='2015-08-09',
    published_why='Default day of date_extracted; nothing in the text contradicts it.',
    about="Al Riyadh: interview-style piece with Dr Hamdan Al-Shehri (political analyst, Institute of Diplomatic Studies, Saudi Foreign Ministry) after the suicide bombing that struck Saudi security men: the bombers are tools; Iran is the mastermind behind terrorism in the Gulf, wrecked Iraq and Syria; the international community should hold the sponsoring states to account, remove Bashar, topple Iraq's sectarian government and force Iran to hand over al-Qaeda leaders.",
    entities=[
        E(['Hamdan Al-Shehri', 'Hamdan Al Shehri', 'Hamdan Alshehri', 'Hamdan al-Shahri'], ['حمدان الشهري', 'الشهري'], 'PER', 'SAU', 2),
        E(['Ministry of Foreign Affairs (Saudi Arabia)', 'Saudi Foreign Ministry', 'Ministry of Foreign Affairs', 'Saudi Ministry of Foreign Affairs'], ['وزارة الخارجية'], 'ORG', 'SAU', 1),
        E(['Saudi Arabia', 'Kingdom of Saudi Arabia', 'KSA'], ['المملكة العربية السعودية', 'الملكة العربية السعودية'], 'LOC', 'SAU', 1),
        E(['Iran', 'Islamic Republic of Iran'], ['إيران', 'ايران'], 'LOC', 'IRN', 8),
        E(['Tehran', 'Teheran'], ['طهران'], 'LOC', 'IRN', 4),
        E(['Iraq', 'Republic of Iraq'], ['العراق'], 'LOC', 'IRQ', 6),
        E(['Syria', 'Syrian Arab Republic'], ['سوريا'], 'LOC', 'SYR', 4),
        E(['Nouri al-Maliki', 'Nuri al-Maliki', 'Maliki', 'Nouri Maliki'], ['المالكي'], 'PER', 'IRQ', 1),
        E(['Baghdad'], ['بغداد'], 'LOC', 'IRQ', 1),
        E(['Riyadh'], ['الرياض'], 'LOC', 'SAU', 1),
        E(['Damascus'], ['دمشق'], 'LOC', 'SYR', 1),
        E(['Islamic State', 'ISIS', 'ISIL', 'Daesh'], ['داعش'], 'ORG', '', 1),
        E(['Al-Qaeda', 'al-Qaeda', 'Al Qaeda', 'al-Qaida'], ['القاعدة'], 'ORG', '', 1),
        E(['Bashar al-Assad', 'Bashar Assad', 'Assad'], ['بشار'], 'PER', 'SYR', 1),
    ],
    quotes=[
        Q('Hamdan Al-Shehri', 'عاد الإرهاب وبوجهه القبيح ليضرب بلادنا', "'وقال الدكتور الشهري:' (colon, no quote marks)"),
        Q('Hamdan Al-Shehri', 'العراق تحول الى خراب وانعدام للأمن', "'وقال:' continues Al-Shehri"),
        Q('Hamdan Al-Shehri', 'من يقرأ الاحداث ويتابع زمن ومكان التفجيرات', "'وقال:' continues Al-Shehri"),
    ],
    indirect_quotes=[
        Q('Hamdan Al-Shehri', 'من يقومون بهذه العمليات الانتحارية ليسوا اكثر من أدوات', "'قال المحلل السياسي ... د. حمدان الشهري أن'"),
        Q('Hamdan Al-Shehri', 'حدود القبضة الأمنية عند تلك الخلايا غير مكتملة الأركان', "'كما أكد أن' continues Al-Shehri"),
    ],
    dates=[
        {'text': 'قبل أسبوع', 'value': '2015-08'},
    ],
    events=[
        EV('Terrorism (the suicide bombing) struck Saudi Arabia again, killing its security men', 'عاد الإرهاب وبوجهه القبيح ليضرب بلادنا، ويقتل أبناءنا، وينال من رجال امننا', '*', 'SAU', ['18']),
        EV('Al-Shehri accuses Iran of masterminding the bombings in the Gulf states', 'يعلم علم اليقين ان ايران هي المدبر', 'SAU', 'IRN', ['11']),
    ],
    forbidden_events=[
        EV("Removing Bashar, toppling Iraq's government, ending Iran's presence: the analyst's demands of the international community, not events", 'بإزاحة بشار من سوريا واسقاط الحكومة الطائفية في العراق', '*', 'SYR', ['17', '18', '19', '20']),
        EV("Forcing Iran to expel and hand over al-Qaeda leaders is a demand, not an event", 'واجبار ايران على طرد قادة القاعدة وتسليمهم', '*', 'IRN', ['17', '08']),
    ],
)

ARTS['h34'] = dict(
    published='2015-08-09',
    published_why='Default day of date_extracted; nothing in the text contradicts it.',
    about="Al-Weeam: Yemen's chief of general staff Maj. Gen. Mohammed Ali al-Maqdashi, on his first visit to the Rowaik camp east of Marib, calls the war in Yemen Arab-Persian, says Iran-backed militias took over the country; earlier he had said Tehran armed and trained the Houthis (in Eritrea) and that Iranian, Syrian and Lebanese experts are in Yemen.",
    entities=[
        E(['Mohammed Ali al-Maqdashi', 'Mohammed al-Maqdashi', 'Mohammed Ali Al-Maqdashi', 'Mohammed al-Makdashi', 'Mohammed Ali al-Muqaddashi'], ['محمد على المقدشي', 'محمد علي المقدشي', 'المقدشي'], 'PER', 'YEM', 4),
        E(['General Staff (Yemen)', 'Yemeni General Staff', 'General Staff of the Yemeni Armed Forces'], ['هيئة الأركان العامة اليمنية', 'هيئة الأركان العامة'], 'ORG', 'YEM', 1),
        E(['Yemen', 'Republic of Yemen'], ['اليمن'], 'LOC', 'YEM', 3),
        E(['Iran', 'Islamic Republic of Iran'], ['إيران'], 'LOC', 'IRN', 3),
        E(['Tehran', 'Teheran'], ['طهران'], 'LOC', 'IRN', 1),
        E(['Marib', "Ma'rib", 'Marib Governorate'], ['مأرب'], 'LOC', 'YEM', 1),
        E(['Rowaik camp', 'Ruwaik', 'Rowaik', 'Ruwaiq'], ['رويك'], 'LOC', 'YEM', 1),
        E(['Houthis', 'Houthi movement', 'Ansar Allah', 'Ansarallah'], ['جماعة الحوثي', 'الحوثي', 'الحوثيين'], 'ORG', 'YEM', 2),
        E(['Eritrea'], ['إريتريا'], 'LOC', 'ERI', 1),
        E(['Syria', 'Syrian Arab Republic'], ['سوريا'], 'LOC', 'SYR', 1),
        E(['Lebanon'], ['لبنان'], 'LOC', 'LBN', 1),
        E(['Al-Weeam', 'Alweeam', 'Al Weeam'], ['الوئام', 'صحيفة الوئام'], 'ORG', 'SAU', 1),
    ],
    quotes=[
        Q('Mohammed Ali al-Maqdashi', 'الحرب في اليمن عربية فارسية بامتياز', "headline convention 'المقدشي: …' (repeated in the closing link line)"),
        Q('Mohammed Ali al-Maqdashi', 'الحرب الدائرة في اليمن عربية فارسية بامتياز', "'وقال اللواء الركن محمد على المقدشي ... إن “…”' (in quote marks)"),
        Q('Mohammed Ali al-Maqdashi', 'العمل جار من أجل بناء جيش وطني', "'مشدد على أن “…”'"),
        Q('Mohammed Ali al-Maqdashi', 'نحن مستعدون لإسقاط المشروع الإيراني', "'وأضاف “…”'"),
    ],
    indirect_quotes=[
        Q('Mohammed Ali al-Maqdashi', 'بلاده وقعت تحت سيطرة مليشيات مدعومة من إيران', "'أكد رئيس هيئة الأركان العامة اليمنية، أن' (named in the next sentence)"),
        Q('Mohammed Ali al-Maqdashi', 'طهران دعمت بالسلاح والتدريب جماعة الحوثي', "'وكان المقدشي قد قال في تصريحات سابقة، إن'"),
        Q('Mohammed Ali al-Maqdashi', 'خبراء عسكريين من إيران وسوريا ولبنان موجودون باليمن', "'وبيّن حينها، أن'"),
        Q('Mohammed Ali al-Maqdashi', 'دول الجوار الخليجية، وكذلك الشعب اليمني، لن يسمحوا لإيران', "'مشيرا إلى أن'"),
    ],
    dates=[],
    events=[
        EV('Al-Maqdashi accuses Iran of backing the militias that took over Yemen (and of arming and training the Houthis)', 'بلاده وقعت تحت سيطرة مليشيات مدعومة من إيران', 'YEM', 'IRN', ['11']),
    ],
    forbidden_events=[
        EV("Iran arming and training the Houthis is al-Maqdashi's accusation, not an established delivery", 'إن طهران دعمت بالسلاح والتدريب جماعة الحوثي', 'IRN', 'YEM', ['07', '06'], unless=['alleged']),
        EV("'Gulf neighbours and the Yemeni people will not allow Iran to control the country' is a refusal in the future, no act against Iran", 'لن يسمحوا لإيران بالسيطرة على البلاد', 'YEM', 'IRN', ['17', '18', '19'], unless=['negated']),
    ],
)

ARTS['h35'] = dict(
    published='2015-07-24',
    published_why='Default day of date_extracted; nothing in the text contradicts it.',
    about="Al-Jazirah culture brief: Palestinian novelist Mashhour Al-Batran publishes a new novel, 'The Sky Is Very Near' (223 pages, Dar Fadaat, Jordan), after ten years' pause; the novel follows Palestinian lives under occupation from 1967 to 1999; his three earlier novels. No news event.",
    entities=[
        E(['Mashhour Al-Batran', 'Mashhour Albatran', 'Mashhur al-Batran', 'Mashour Al-Batran'], ['مشهور البطران'], 'PER', 'PSE', 3),
        E(['Dar Fadaat', 'Dar Fadaat for Publishing and Distribution', 'Fadaat'], ['دار فضاءات', 'دار فضاءات للنشر والتوزيع'], 'ORG', 'JOR', 1),
        E(['Jordan', 'Hashemite Kingdom of Jordan'], ['الأردن'], 'LOC', 'JOR', 1),
    ],
    quotes=[],
    indirect_quotes=[],
    dates=[
        {'text': '1967', 'value': '1967'},
        {'text': '1999', 'value': '1999'},
    ],
    events=[],
    forbidden_events=[
        EV("The novel's heroes lived through displacement, prison and martyrdom under the occupier: plot of a novel spanning 1967-1999, not a news event", 'عاشوا تجارب سياسية مع المحتل الإسرائيلي سواء كانوا مشردين أو في السجون أو شهداء', 'ISR', 'PSE', ['17', '18', '19', '20']),
    ],
)

ARTS['h36'] = dict(
    published='2015-07-24',
    published_why="Default day of date_extracted; 'صباح أمس' is the squad's departure on 23 July 2015.",
    about="Al-Watan sports: Hajer club's first football team flies to Turkey (Izmit) with 23 players for a 16-day training camp before the Abdul Latif Jameel league season; delegation headed by team manager Fuad Al-Muslim, coach Nebojša (Montenegrin); Iraqi Saif Salman and Bolivian Gualberto Mojica to join; the team finished its first phase with a last session the day before. No political event.",
    entities=[
        E(['Hajer Club', 'Hajer FC', 'Hajer', 'Hajer Saudi Club'], ['نادي هجر', 'هجر'], 'ORG', 'SAU', 2),
        E(['Turkey', 'Republic of Turkey'], ['تركيا'], 'LOC', 'TUR', 2),
        E(['Izmit', 'İzmit'], ['أزميت'], 'LOC', 'TUR', 1),
        E(['Saudi Professional League', 'Abdul Latif Jameel League', 'Saudi Pro League', 'Abdul Latif Jameel Professional League'], ['دوري عبداللطيف جميل للمحترفين', 'دوري عبداللطيف جميل'], 'ORG', 'SAU', 1),
        E(['Fuad Al-Muslim', 'Fouad Al-Muslim', 'Fuad Al Muslim', 'Fouad Al-Moslem'], ['فؤاد المسلم'], 'PER', 'SAU', 1),
        E(['Abdullah Al-Mohsen', 'Abdullah Al Mohsen', 'Abdullah Al-Muhsin'], ['عبدالله المحسن'], 'PER', 'SAU', 1),
        E(['Nebojša', 'Nebojsa'], ['نيبوشا'], 'PER', 'MNE', 2),
        E(['Abdullah Al-Janoubi', 'Abdullah Al-Janobi', 'Abdullah Al Janoubi'], ['عبدالله الجنوبي'], 'PER', 'SAU', 1),
        E(['Saif Salman', 'Saif Salman (footballer)', 'Saif Salman Hashim'], ['سيف سلمان'], 'PER', 'IRQ', 1),
        E(['Gualberto Mojica', 'Gualberto Mojica Olmos'], ['جوالبيرتو موخيكا'], 'PER', 'BOL', 1),
        E(['Ahmed Al-Afeisan', 'Ahmed Al-Ofaisan', 'Ahmed Al Afaisan', 'Ahmed Al-Afaisan'], ['أحمد العفيصان'], 'PER', 'SAU', 1),
    ],
    quotes=[],
    indirect_quotes=[],
    dates=[
        {'text': 'أمس', 'value': '2015-07-23'},
        {'text': 'أول من أمس', 'value': '2015-07-22'},
    ],
    events=[],
    forbidden_events=[
        EV("A football club's training camp in Turkey is not a Saudi state visit to Turkey", 'غادرت بعثة الفريق الأول لكرة القدم بنادي هجر صباح أمس إلى تركيا', 'SAU', 'TUR', ['04'], either=True),
    ],
)

ARTS['h37'] = dict(
    published='2015-07-31',
    published_why="Default day of date_extracted; 'ليلة الجمعة' is the night before this Friday 31 July 2015, 'الخميس' 30 July.",
    about="Al-Weeam (after Sky News): Houthis killed in a Popular Resistance attack on a rebel checkpoint in Al-Bayda; coalition aircraft raid Houthi-Saleh positions in Sirwah, Marib; 18 Houthi-Saleh and 7 resistance fighters killed in Jabal Sabir clashes above Taiz; the resistance storms Tabbat Masoud and takes the Alam triangle at Aden's eastern entrance on Thursday; chief of staff al-Maqdashi and coalition spokesman Asiri on retaking Sanaa.",
    entities=[
        E(['Yemen', 'Republic of Yemen'], ['اليمن'], 'LOC', 'YEM', 3),
        E(['Houthis', 'Houthi movement', 'Ansar Allah', 'Ansarallah'], ['الحوثيين', 'حوثيين', 'الحوثين', 'الحوثيون'], 'ORG', 'YEM', 4),
        E(['Al Bayda', 'Al-Bayda', 'Bayda', 'Al Bayda Governorate', 'Al-Baidha'], ['البيضاء'], 'LOC', 'YEM', 3),
        E(['Marib', "Ma'rib", 'Marib Governorate'], ['مأرب'], 'LOC', 'YEM', 3),
        E(['Sanaa', "Sana'a", 'Sana'], ['صنعاء'], 'LOC', 'YEM', 3),
        E(['Abdrabbuh Mansur Hadi', 'Abd Rabbuh Mansur Hadi', 'Hadi', 'Abdrabbo Mansour Hadi'], ['عبد ربه منصور هادي'], 'PER', 'YEM', 1),
        E(['Popular Resistance', 'Yemeni Popular Resistance', 'Popular Resistance Forces'], ['المقاومة الشعبية', 'المقاومة'], 'ORG', 'YEM', 2),
        E(['Al-Urooq', 'Al-Orouq', 'Al Uruq'], ['العروق'], 'LOC', 'YEM', 1),
        E(['Al Sharia District', 'Ash Shariyah', 'Al-Sharia'], ['الشرية', 'مديرية الشرية'], 'LOC', 'YEM', 1),
        E(['Ali Abdullah Saleh', 'Ali Saleh', 'Saleh'], ['علي عبد الله صالح', 'صالح'], 'PER', 'YEM', 2),
        E(['Sirwah', 'Serwah', 'Sirwah District'], ['صرواح'], 'LOC', 'YEM', 1),
        E(['Jabal Sabir', 'Mount Sabir', 'Jabal Saber', 'Sabir Mountain'], ['جبل صبر'], 'LOC', 'YEM', 2),
        E(['Taiz', "Ta'izz", 'Taizz', 'Taiz Governorate'], ['تعز'], 'LOC', 'YEM', 2),
        E(['Sky News Arabia', 'Sky News'], ['سكاي نيوز'], 'ORG', 'ARE', 1),
        E(['Tabbat Masoud', 'Tabat Masoud', 'Tabbat Masood'], ['تبة مسعود'], 'LOC', 'YEM', 1),
        E(['Aden'], ['عدن'], 'LOC', 'YEM', 2),
        E(['Mohammed Ali al-Maqdashi', 'Mohammed al-Maqdashi', 'Mohammed Ali Al-Maqdashi', 'Mohammed al-Makdashi'], ['محمد المقدشي', 'المقدشي'], 'PER', 'YEM', 2),
        E(['Ahmed Asiri', 'Ahmed al-Asiri', 'Ahmed Hassan Asiri', 'Ahmad Asiri'], ['أحمد عسيري', 'عسيري'], 'PER', 'SAU', 2),
        E(['Reuters'], ['رويترز'], 'ORG', 'GBR', 1),
        E(['Al-Weeam', 'Alweeam', 'Al Weeam'], ['الوئام', 'صحيفة الوئام'], 'ORG', 'SAU', 1),
    ],
    quotes=[],
    indirect_quotes=[
        Q('YEM', '3 حوثيين على الأقل قتلوا', "'وأوضحت مصادر يمنية في البيضاء أن'"),
        Q('Mohammed Ali al-Maqdashi', 'استعادة السيطرة على العاصمة صنعاء على رأس أولويات القوات الحكومية', "'قد أعلن الخميس، أن'"),
        Q('Ahmed Asiri', 'التحالف يهدف أولا إلى عودة الحكومة اليمنية إلى عدن', "'قال فيها إن'"),
        Q('Ahmed Asiri', 'إذا لم يوافق الحوثيون في نهاية المطاف على الانسحاب من صنعاء', "'وأضاف عسيري في مقابلة ... أنه'"),
    ],
    dates=[
        {'text': 'ليلة الجمعة', 'value': '2015-07', 'why': 'the night of Thursday 30 to Friday 31 July; either day is accepted'},
        {'text': 'الخميس', 'value': '2015-07-30'},
    ],
    events=[
        EV('Popular Resistance committees attacked a rebel checkpoint in Al-Bayda, killing at least 3 Houthis', 'في هجوم للجان المقاومة الشعبية المؤيدة للرئيس عبد ربه منصور هادي، على نقطة للمتمردين', 'YEM', 'YEM', ['19', '18']),
        EV('Coalition aircraft raided rebel (Houthi-Saleh) positions in Marib (Sirwah)', 'شن طيران التحالف غارات على معاق المتمردين في مأرب', '*', 'YEM', ['19'], codes=['195']),
        EV('Clashes in Jabal Sabir above Taiz killed 18 Houthi-Saleh fighters and 7 resistance fighters', 'في المواجهات التي وقعت في جبل صبر المطل على محافظة تعز', 'YEM', 'YEM', ['19']),
        EV('The Popular Resistance stormed Tabbat Masoud and took the Alam triangle at Aden', 'وتمكنت المقاومة الشعبية من اقتحام موقع تبة مسعود الاستراتيجي', 'YEM', 'YEM', ['19']),
    ],
    forbidden_events=[
        EV("The Houthis' withdrawal from Sanaa is only a condition in Asiri's statement ('if they do not agree'); no withdrawal", 'إذا لم يوافق الحوثيون في نهاية المطاف على الانسحاب من صنعاء', 'YEM', '*', ['08']),
    ],
)

ARTS['h38'] = dict(
    published='2015-07-22',
    published_why="Default day of date_extracted; 'أمس الثلاثاء' is 21 July 2015, the day Fabius announced the trip on France Inter.",
    about="Asharq Al-Awsat: French FM Laurent Fabius announces he will go to Iran next week (29 July) and meet President Rouhani after the nuclear deal, at Zarif's invitation, without a business delegation (MEDEF to follow on 9 September); German vice-chancellor Gabriel was the first Western official to visit; French trade with Iran fell under sanctions; France, Britain and Germany agreed with the US that their companies will not be punished if sanctions snap back.",
    entities=[
        E(['Laurent Fabius', 'Fabius'], ['لوران فابيوس', 'فابيوس'], 'PER', 'FRA', 9),
        E(['France', 'French Republic'], ['فرنسا'], 'LOC', 'FRA', 6),
        E(['Iran', 'Islamic Republic of Iran'], ['إيران'], 'LOC', 'IRN', 8),
        E(['Tehran', 'Teheran'], ['طهران'], 'LOC', 'IRN', 3),
        E(['Hassan Rouhani', 'Rouhani', 'Hassan Rohani'], ['حسن روحاني'], 'PER', 'IRN', 1),
        E(['France Inter'], ['فرانس إنتر'], 'ORG', 'FRA', 1),
        E(['Mohammad Javad Zarif', 'Javad Zarif', 'Zarif', 'Mohammed Javad Zarif'], ['ظريف', 'محمد جواد ظريف'], 'PER', 'IRN', 1),
        E(['MEDEF', 'Mouvement des Entreprises de France'], ['ميديف'], 'ORG', 'FRA', 1),
        E(['Sigmar Gabriel', 'Gabriel'], ['سيغمار غابريال', 'زيجمار غابرييل'], 'PER', 'DEU', 2),
        E(['Citroën', 'Citroen'], ['سيتروين'], 'ORG', 'FRA', 1),
        E(['Peugeot', 'PSA Peugeot Citroën', 'PSA Group'], ['بيجو'], 'ORG', 'FRA', 2),
        E(['TotalEnergies', 'Total', 'Total S.A.', 'Total SA'], ['توتال'], 'ORG', 'FRA', 2),
        E(['Senate (France)', 'French Senate', 'Senate of France'], ['مجلس الشيوخ الفرنسي'], 'ORG', 'FRA', 1),
        E(['International Monetary Fund', 'IMF'], ['صندوق النقد الدولي'], 'ORG', '', 1),
        E(['China', "People's Republic of China"], ['الصين'], 'LOC', 'CHN', 1),
        E(['South Korea', 'Republic of Korea', 'Korea, South'], ['كوريا الجنوبية'], 'LOC', 'KOR', 1),
        E(['Germany', 'Federal Republic of Germany'], ['ألمانيا'], 'LOC', 'DEU', 2),
        E(['Italy'], ['إيطاليا'], 'LOC', 'ITA', 1),
        E(['Radio France Internationale', 'RFI'], ['إذاعة فرنسا الدولية'], 'ORG', 'FRA', 1),
        E(['European Union', 'EU'], ['الاتحاد الأوروبي'], 'ORG', '', 1),
        E(['United States', 'United States of America', 'USA', 'US'], ['الولايات المتحدة'], 'LOC', 'USA', 2),
        E(['United Kingdom', 'Britain', 'UK', 'Great Britain'], ['بريطانيا'], 'LOC', 'GBR', 1),
        E(['Ministry for Europe and Foreign Affairs', 'French Foreign Ministry', 'Ministry of Foreign Affairs (France)', 'French Ministry of Foreign Affairs'], ['وزارة الخارجية الفرنسية'], 'ORG', 'FRA', 1),
    ],
    quotes=[
        Q('Laurent Fabius', 'سأكون هناك الأسبوع المقبل'),
        Q('Laurent Fabius', 'لقد دعاني نظيري الإيراني'),
        Q('Laurent Fabius', 'أرى أنه من الطبيعي تماما أن تستأنف فرنسا وإيران علاقات طبيعية أكثر', "'وتابع موضحا:'"),
        Q('Laurent Fabius', 'لقد كان لنا في الماضي وجود مهم في إيران وكانوا راضين عنه'),
        Q('Laurent Fabius', 'صحيح أن فرنسا كانت صارمة للغاية'),
        Q('FRA', 'إنه لأمر مهم أن ترى كيف ستتفاعل الشركات الفرنسية', "'وقال دبلوماسي فرنسي آخر:'"),
        Q('FRA', 'لكي يقوم رؤساء الشركات بالاستثمار فإنهم يحتاجون لأمان كامل', "'مضيفا أنه «…»' continues the other French diplomat"),
    ],
    indirect_quotes=[
        Q('Laurent Fabius', 'سيتوجه إلى إيران الأسبوع المقبل', "'أعلن ... لوران فابيوس أمس الثلاثاء أنه'"),
        Q('Laurent Fabius', 'لن يرافقه وفد من رؤساء الشركات', "'إلا أنه أوضح ... وأنه'"),
        Q('Laurent Fabius', 'سيتوجهون إلى إيران في 9 من سبتمبر', "'وأشار إلى أن ممثلين عن مجموعة «ميديف»…'"),
        Q('Laurent Fabius', 'ينعكس موقفه الصارم سلبا على المؤسسات الفرنسية', "'ونفى فابيوس ... أن' (a denial)"),
        Q('FRA', 'الزيارة مقررة في 29 يوليو', "'وبحسب مقربين منه فإن'"),
        Q('FRA', 'من المقرر أن يقوم دبلوماسيون بإطلاع نحو 50', "'وقال دبلوماسي فرنسي بارز إنه'"),
        Q('International Monetary Fund', 'الصين وكوريا الجنوبية هما في المرتبة الأولى', "'وأشار صندوق النقد الدولي إلى أن'"),
    ],
    dates=[
        {'text': 'أمس الثلاثاء', 'value': '2015-07-21'},
        {'text': 'الأسبوع المقبل', 'value': '2015-07', 'why': 'the week of 27 July (the visit is set for 29 July)'},
        {'text': '29 يوليو', 'value': '2015-07-29'},
        {'text': '9 من سبتمبر', 'value': '2015-09-09'},
        {'text': '2013', 'value': '2013'},
        {'text': '2004', 'value': '2004'},
        {'text': '2011', 'value': '2011'},
    ],
    events=[
        EV("Fabius announced he will go to Iran next week and meet Rouhani (intent to meet)", 'أنه سيتوجه إلى إيران الأسبوع المقبل، حيث سيلتقي خصوصا الرئيس حسن روحاني', 'FRA', 'IRN', ['03'], either=True),
        EV("Zarif invited Fabius to Iran", 'لقد دعاني نظيري الإيراني (محمد جواد) ظريف', 'IRN', 'FRA', ['03', '04'], either=True),
        EV("German vice-chancellor Gabriel visited Iran (the first Western official after the deal)", 'الذي كان أول مسؤول غربي يزور إيران بعد توقيع الاتفاق النووي', 'DEU', 'IRN', ['04'], codes=['042', '043'], either=True),
        EV("The major powers reached the nuclear agreement with Tehran (last week)", 'بعد الاتفاق الذي توصلت إليه الدول الكبرى مع طهران لتقييد برنامجها النووي', 'IRN', '*', ['05', '03'], either=True),
        EV("France, Britain and Germany agreed with the US that their companies will not be punished if sanctions are reimposed", 'واتفقت فرنسا وبريطانيا وألمانيا مع الولايات المتحدة', 'FRA', 'USA', ['05', '03'], either=True),
    ],
    forbidden_events=[
        EV("Fabius's visit to Iran (29 July) and MEDEF's (9 September) are planned; no French visit has taken place", 'وسيزور فابيوس إيران الأسبوع المقبل', 'FRA', 'IRN', ['04'], codes=['042', '043']),
        EV("Sanctions relief is only the deal's term and a future condition; no sanctions have been lifted", 'مقابل تخفيف العقوبات المفروضة عليها', '*', 'IRN', ['08'], unless=['negated']),
        EV("Fabius denies that Iran will punish French companies ('my answer is no')", 'لكن هل ستتم معاقبة الشركات الفرنسية؟ إجابتي هي لا', 'IRN', 'FRA', ['16', '17'], unless=['negated']),
    ],
)

ARTS['h39'] = dict(
    published='2015-07-31',
    published_why="Default day of date_extracted; 'امس' is 30 July 2015, the day of Kuwait's announcement.",
    about="Al-Yaum (after Reuters/KUNA): Kuwait's Interior Ministry arrests a five-member ISIS network of Kuwaitis (fought in Iraq and Syria; unconnected with the 26 June Imam al-Sadiq mosque bombing, which killed 27); the case goes to the prosecution; 29 people were charged over the mosque bombing; interior minister Sheikh Mohammad Khalid Al-Hamad Al-Sabah: Kuwait is at war with militants; he met GCC political-security delegations; the Emir's praise of the security men.",
    entities=[
        E(['Kuwait', 'State of Kuwait'], ['الكويت'], 'LOC', 'KWT', 6),
        E(['Ministry of Interior (Kuwait)', 'Kuwaiti Interior Ministry', 'Kuwait Ministry of Interior', 'Ministry of Interior'], ['وزارة الداخلية الكويتية', 'وزارة الداخلية', 'الداخلية الكويتية'], 'ORG', 'KWT', 4),
        E(['Islamic State', 'ISIS', 'ISIL', 'Daesh'], ['داعش', 'تنظيم داعش', 'تنظيم الدولة الإسلامية'], 'ORG', '', 4),
        E(['Imam Al-Sadiq Mosque', 'Imam Sadiq Mosque', 'Al-Sadiq Mosque', 'Imam Jafar al-Sadiq Mosque'], ['مسجد الصادق', 'مسجد الإمام الصادق'], 'LOC', 'KWT', 5),
        E(['Kuwait News Agency', 'KUNA'], ['وكالة الأنباء الكويتية', 'كونا'], 'ORG', 'KWT', 1),
        E(['Iraq', 'Republic of Iraq'], ['العراق'], 'LOC', 'IRQ', 6),
        E(['Syria', 'Syrian Arab Republic'], ['سوريا'], 'LOC', 'SYR', 2),
        E(['Mosul'], ['الموصل'], 'LOC', 'IRQ', 2),
        E(['Mubarak Malfi', 'Mubarak Mulfi'], ['مبارك ملفي'], 'PER', 'KWT', 1),
        E(['Fahd Hamad', 'Fahad Hamad'], ['فهد حمد'], 'PER', 'KWT', 1),
        E(['Mohammed Hamad', 'Mohammad Hamad', 'Muhammad Hamad'], ['محمد حمد'], 'PER', 'KWT', 1),
        E(['Falih Nasser', 'Faleh Nasser', 'Falih Nasir'], ['فالح ناصر'], 'PER', 'KWT', 1),
        E(['Mohammed Falah', 'Mohammad Falah', 'Muhammad Falah'], ['محمد فلاح'], 'PER', 'KWT', 1),
        E(['Mohammad Khalid Al-Hamad Al-Sabah', 'Mohammad Al-Khalid Al-Sabah', 'Mohammed Khalid Al-Hamad Al-Sabah', 'Mohammad Al-Khalid', 'Mohammad Khalid Al-Sabah'], ['محمد خالد الحمد الصباح', 'محمد الخالد', 'الخالد'], 'PER', 'KWT', 3),
        E(['Sabah Al-Ahmad Al-Jaber Al-Sabah', 'Sabah Al-Ahmad Al-Sabah', 'Sabah IV Al-Ahmad Al-Jaber Al-Sabah', 'Sheikh Sabah'], ['صباح الأحمد الجابر الصباح', 'صباح الأحمد الصباح'], 'PER', 'KWT', 1),
        E(['Iran', 'Islamic Republic of Iran'], ['إيران'], 'LOC', 'IRN', 1),
        E(['United States', 'United States of America', 'USA', 'US'], ['الولايات المتحدة'], 'LOC', 'USA', 1),
        E(['Public Prosecution (Kuwait)', 'Public Prosecution', 'Kuwaiti Public Prosecution'], ['النيابة العامة', 'للنيابة العامة'], 'ORG', 'KWT', 1),
    ],
    quotes=[
        Q('Ministry of Interior (Kuwait)', 'هؤلاء الإرهابيين اعترفوا بتلقي دورات', "'وقالت الوزارة: «…»'"),
        Q('Mohammad Khalid Al-Hamad Al-Sabah', 'في حالة حرب', "'قال وزير الداخلية ...: إن بلاده «في حالة حرب» مع المتشددين'"),
    ],
    indirect_quotes=[
        Q('KWT', 'وزارة الداخلية ألقت القبض على عدد من الكويتيين', "'قالت الكويت امس: إن'"),
        Q('KWT', 'بالتفجير الانتحاري الذي وقع في مسجد الصادق', "'وقال مصدر أمني في وزارة الداخلية: إن الشبكة الجديدة «لا علاقة لها» …'"),
        Q('KWT', 'تم الكشف عنها نتيجة الجهود الأمنية الاستباقية', "'وقال المصدر: إن هذه خلية «…»'"),
        Q('KWT', 'أنشطة عناصرها تركزت في سوريا والعراق', "'مبينًا أن' continues the source"),
        Q('Ministry of Interior (Kuwait)', 'تم إلقاء القبض على شبكة تنتمي لتنظيم داعش', "'وقالت وزارة الداخلية الكويتية عبر بيان ...: إنه'"),
        Q('KWT', 'كان يهدف الى إشعال الفتنة الطائفية', "'وقال مسؤولون: إن التفجير …'"),
    ],
    dates=[
        {'text': 'امس', 'value': '2015-07-30'},
        {'text': '26 يونيو', 'value': '2015-06-26'},
        {'text': '1986', 'value': '1986'},
        {'text': '1990', 'value': '1990'},
        {'text': '1982', 'value': '1982'},
        {'text': 'العشر الأواخر من شهر رمضان', 'value': '2015-07'},
    ],
    events=[
        EV("Kuwait's Interior Ministry arrested a network of Kuwaitis belonging to ISIS", 'وزارة الداخلية ألقت القبض على عدد من الكويتيين شكلوا شبكة تتبع تنظيم داعش', 'KWT', 'KWT', ['17'], codes=['173']),
        EV("The suicide bombing of the Imam al-Sadiq mosque in Kuwait City (26 June) killed 27", 'ووقع تفجير مسجد الصادق أثناء صلاة الجمعة يوم 26 يونيو وأسقط 27 قتيلًا', '*', 'KWT', ['18']),
        EV("The Kuwaiti authorities charged 29 people with terrorism over the mosque attack", 'ووجهت السلطات الكويتية اتهامات بالإرهاب لتسعة وعشرين شخصًا', 'KWT', '*', ['11']),
        EV("Interior minister Mohammad Al-Khalid met the heads of the GCC political-security delegations", 'التقى الخالد رؤساء الوفود المتخصصة لأجهزة الأمن السياسي بدول المجلس', 'KWT', '*', ['04'], either=True),
    ],
    forbidden_events=[
        EV("The source denies that the new cell planned attacks in Kuwait or the Gulf", 'ونفى أن تكون الخلية الجديدة خططت لتنفيذ عمليات في أي من الكويت أو دول الخليج العربية', 'KWT', 'KWT', ['18'], unless=['negated']),
        EV("Iran being 'a few kilometres away' is geography, not an Iranian act against Kuwait", 'حيث لا تبعد عنها إيران سوى كيلو مترات قليلة', 'IRN', 'KWT', ALL20),
    ],
)

ARTS['h40'] = dict(
    published='2015-07-21',
    published_why='Default day of date_extracted; nothing in the column contradicts it.',
    about="Asharq Al-Awsat column: US officials are disappointed by the slow US programme to train Syrian opposition fighters (bases in Turkey and Jordan, $500m; only 100-200 trainees per Col. Steve Warren) because Congress limits it to fighting ISIS while the opposition fights Assad; Khaled Khoja complained of the plan; Obama's priorities are the Iran deal and ISIS in Iraq; Washington talks with Moscow and perhaps Tehran about a transition; the regime's weakness will force a rethink.",
    entities=[
        E(['Washington', 'Washington, D.C.'], ['واشنطن'], 'LOC', 'USA', 6),
        E(['Steve Warren', 'Colonel Steve Warren', 'Steven Warren'], ['ستيف وارن'], 'PER', 'USA', 1),
        E(['Turkey', 'Republic of Turkey'], ['تركيا'], 'LOC', 'TUR', 1),
        E(['Jordan', 'Hashemite Kingdom of Jordan'], ['الأردن'], 'LOC', 'JOR', 1),
        E(['United States Congress', 'U.S. Congress', 'US Congress', 'Congress'], ['الكونغرس'], 'ORG', 'USA', 2),
        E(['Islamic State', 'ISIS', 'ISIL', 'Daesh'], ['داعش'], 'ORG', '', 5),
        E(['Syria', 'Syrian Arab Republic'], ['سوريا'], 'LOC', 'SYR', 4),
        E(['Bashar al-Assad', 'Bashar Assad', 'Assad'], ['الأسد'], 'PER', 'SYR', 3),
        E(['Barack Obama', 'Obama', 'Barack Hussein Obama'], ['أوباما'], 'PER', 'USA', 2),
        E(['Damascus'], ['دمشق'], 'LOC', 'SYR', 2),
        E(['Khaled Khoja', 'Khalid Khoja', 'Khaled Hoca'], ['خالد خوجا'], 'PER', 'SYR', 1),
        E(['National Coalition for Syrian Revolutionary and Opposition Forces', 'Syrian National Coalition', 'National Coalition', 'Syrian Opposition Coalition'], ['الائتلاف السوري المعارض', 'الائتلاف السوري'], 'ORG', 'SYR', 1),
        E(['Free Syrian Army', 'FSA'], ['الجيش السوري الحر'], 'ORG', 'SYR', 1),
        E(['Tehran', 'Teheran'], ['طهران'], 'LOC', 'IRN', 2),
        E(['Iran', 'Islamic Republic of Iran'], ['إيران'], 'LOC', 'IRN', 1),
        E(['Iraq', 'Republic of Iraq'], ['العراق'], 'LOC', 'IRQ', 1),
        E(['Baghdad'], ['بغداد'], 'LOC', 'IRQ', 1),
        E(['Moscow'], ['موسكو'], 'LOC', 'RUS', 2),
        E(['Russia', 'Russian Federation'], ['روسيا'], 'LOC', 'RUS', 1),
        E(['Hezbollah', 'Hizbullah', 'Hizballah'], ['حزب الله'], 'ORG', 'LBN', 1),
    ],
    quotes=[],
    indirect_quotes=[
        Q('Steve Warren', 'هؤلاء يتراوحون ما بين 100 و200 فرد', "'بحسب الكولونيل ستيف وارن' (attribution after the clause; arguable as a quote)"),
    ],
    dates=[],
    events=[
        EV('The US administration set up bases in Turkey and Jordan and sent trainers and weapons to train the Syrian opposition', 'وأرسلت المدربين والأسلحة والتجهيزات', 'USA', 'SYR', ['07']),
        EV('Khaled Khoja, head of the Syrian opposition coalition, complained about the US plan', 'شكا خالد خوجا، رئيس الائتلاف السوري المعارض من الخطة الأميركية', 'SYR', 'USA', ['11']),
        EV('US air strikes in Syria are limited to ISIS positions', 'حصر الضربات الجوية الأميركية في سوريا بمواقع "داعش"', 'USA', '*', ['19'], codes=['195']),
        EV('The moderate opposition has fought the Assad regime for four years (and fights ISIS)', 'نظام الرئيس الأسد الذي تقاتله منذ أربع سنوات', 'SYR', 'SYR', ['19']),
        EV('Washington is holding complex discussions with Moscow (and regional parties, likely Tehran) on a transition in Damascus', 'تخوض واشنطن نقاشات معقدة مع الأطراف الإقليمية ومع موسكو', 'USA', 'RUS', ['04'], either=True),
        EV('The regime relies on militia support from Hezbollah', 'المعول على الدعم الميليشياوي من حزب الله', 'LBN', 'SYR', ['07']),
        EV('The regime relies on militia support from the Iranians', 'المعول على الدعم الميليشياوي من حزب الله وأبو الفضل والإيرانيين', 'IRN', 'SYR', ['07']),
    ],
    forbidden_events=[
        EV('An agreement on the Iranian nuclear file is still a priority, its date approaching, in this column: no agreement asserted', 'التوصل الى اتفاق حول النووي الإيراني مع طهران', 'USA', 'IRN', ['05', '06'], either=True),
        EV('Opposition and regime around one dialogue table is a hypothesis of the transition plan, no meeting', 'وضع المعارضة المقبولة وأطراف مقبولة من النظام حول طاولة حوار واحدة', 'SYR', 'SYR', ['04'], either=True),
    ],
)


if __name__ == '__main__':
    write(HERE, ARTS)
