"""Write h73..h80.expected.json of this held-out set from the annotations below.

    python3 gen.py   (reads the articles through draw.py's articles.json locators)

Every Arabic name, evidence string, date text and quote excerpt is asserted to be a
substring of the text. Annotated blind (before Rasad was run on these articles), in the
conventions of ../../../../shared/seed/dev: bodies without a country (the UN and its
envoys' office, the GCC, the Arab coalition, ISIS) are not listed as entities and stand
as '*' in events; an unnamed official, source or agency speaks for its country; a
speaker introduced by 'قال ...: إن' is reported speech, words in quote marks are direct.
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, '..'))
from heldout_gen import E, EV, Q, write  # noqa: E402

YEMEN = ['Yemen', 'Republic of Yemen']
HADI = ['Abdrabbuh Mansur Hadi', 'Abd Rabbuh Mansur Hadi', 'Abdrabbuh Mansour Hadi', 'Abed Rabbo Mansour Hadi', 'Hadi']
SAUDI = ['Saudi Arabia', 'Kingdom of Saudi Arabia', 'KSA']
USA = ['United States', 'United States of America', 'USA', 'US', 'U.S.', 'America']
IRAN = ['Iran', 'Islamic Republic of Iran']
SYRIA = ['Syria', 'Syrian Arab Republic']
OBAMA = ['Barack Obama', 'Obama', 'Barack Hussein Obama']

ARTS = {}

ARTS['h73'] = dict(
    published='2015-07-27',
    published_why="Default day of date_extracted; consistent with the text: the five-day humanitarian truce in Yemen 'began yesterday' (it took effect at midnight on Sunday 26 July 2015), so 'أمس' = 2015-07-26.",
    about="Al-Riyadh, Monday 2015-07-27: Prince Mohammed bin Salman receives a phone call from Yemen's President Hadi on the situation in Yemen, the coalition's efforts and relief during the five-day truce that began yesterday; Hadi demands the Houthis and Saleh's forces respect the truce, meets UN envoy Ismail Ould Cheikh Ahmed in Riyadh and invites him to visit liberated Aden.",
    entities=[
        E(['Mohammed bin Salman', 'Mohammad bin Salman', 'Muhammad bin Salman', 'Mohammed bin Salman Al Saud', 'MBS'], ['محمد بن سلمان بن عبدالعزيز', 'محمد بن سلمان'], 'PER', 'SAU', 1),
        E(HADI, ['عبدربه منصور هادي', 'هادي'], 'PER', 'YEM', 3),
        E(YEMEN, ['اليمن', 'الجمهورية اليمنية'], 'LOC', 'YEM', 3),
        E(SAUDI, ['المملكة'], 'LOC', 'SAU', 1),
        E(['Houthis', 'Houthi movement', 'Ansar Allah', 'Ansarallah', 'Houthi', 'Huthis', 'Ansarullah'], ['المليشيات الحوثية', 'الحوثية'], 'ORG', 'YEM', 1),
        E(['Ali Abdullah Saleh', 'Ali Saleh', 'Saleh'], ['صالح'], 'PER', 'YEM', 1),
        E(['Ismail Ould Cheikh Ahmed', 'Ismail Ould Cheikh', 'Ismail Ould Sheikh Ahmed', 'Ismail Ould al-Sheikh', 'Ismail Ould Cheikh Ahmad'], ['إسماعيل ولد الشيخ'], 'PER', 'MRT', 1),
        E(['Riyadh'], ['الرياض'], 'LOC', 'SAU', 1),
        E(['Aden'], ['عدن'], 'LOC', 'YEM', 3),
        E(['Saba News Agency', 'Saba', 'SABA', 'Yemen News Agency', 'Yemeni News Agency'], ['وكالة الأنباء اليمنية الرسمية', 'وكالة الأنباء اليمنية'], 'ORG', 'YEM', 1),
        E(['Popular Resistance', 'Yemeni Popular Resistance', 'Popular Resistance Forces'], ['المقاومة الشعبية'], 'ORG', 'YEM', 1),
    ],
    quotes=[],
    indirect_quotes=[
        Q('YEM', 'الجانبين استعرضا المستجدات على الساحة اليمينة', "'وأوضحت وكالة الأنباء اليمنية الرسمية أن' - Saba, Yemen's official agency"),
        Q('Abdrabbuh Mansur Hadi', 'تستقبل وبشكل طبيعي المساعدات الإنسانية والإغاثية', "'وأكد الرئيس اليمني، أن مدينة عدن أصبحت...' (Hadi by his title)"),
        Q('Abdrabbuh Mansur Hadi', 'الهدنة الإنسانية تهدف إلى ضمان وصول المساعدات', "'مشيرا إلى أن' continues Hadi"),
    ],
    dates=[
        {'text': 'أمس', 'value': '2015-07-26'},
        {'text': 'الليلة الماضية', 'value': '2015-07-26', 'why': "'منتصف الليلة الماضية': the truce took effect at midnight on the night of Sunday 26 July"},
    ],
    events=[
        EV('Hadi phoned Prince Mohammed bin Salman yesterday; they discussed the situation in Yemen and the coalition\'s efforts', 'اتصالاً هاتفياً أمس من فخامة الرئيس عبدربه منصور هادي', 'YEM', 'SAU', ['04'], either=True, date='2015-07-26'),
        EV('Hadi met the UN Secretary-General\'s envoy Ismail Ould Cheikh Ahmed in Riyadh yesterday (the UN has no country)', 'خلال لقائه أمس مبعوث الأمين العام للأمم المتحدة إلى اليمن', 'YEM', '*', ['04'], either=True, date='2015-07-26'),
        EV('Hadi demanded that the Houthi militias and Saleh\'s forces respect the humanitarian truce', 'طالب الرئيس اليمني عبدربه منصور هادي المليشيات الحوثية وقوات صالح باحترام الهدنة الإنسانية', 'YEM', 'YEM', ['02', '10']),
        EV('Hadi invited the UN envoy to visit Aden governorate after its liberation', 'في الرياض إلى زيارة محافظة عدن', 'YEM', '*', ['02', '03']),
        EV('Aden now receives humanitarian aid from international organisations and brotherly and friendly countries (Hadi)', 'تستقبل وبشكل طبيعي المساعدات الإنسانية والإغاثية القادمة من المنظمات الدولية', '*', 'YEM', ['07']),
    ],
    forbidden_events=[
        EV('Nobody attacks Saudi Arabia; the Saudi-led coalition is named only for its efforts', 'والجهود المبذولة من تحالف دعم الشرعية في اليمن', '*', 'SAU', ['18', '19', '20']),
    ],
)

ARTS['h74'] = dict(
    published='2015-07-27',
    published_why="Default day of date_extracted; the ship 'arrived yesterday morning': other outlets of 26 July 2015 report it arrived 'صباح اليوم (الأحد)', so 'أمس' = 2015-07-26.",
    about="Al-Eqtisadiah, Monday 2015-07-27: Darb Al-Khair, the largest relief ship yet, arrived at Aden port yesterday morning with 3,540 tonnes of food and medical aid from the King Salman Humanitarian Aid and Relief Centre on King Salman's directive; an official in President Hadi's office thanks the Kingdom; KSrelief spokesman Rafat al-Sabbagh details the cargo and the Aden districts that will benefit.",
    entities=[
        E(YEMEN, ['اليمن', 'لليمن'], 'LOC', 'YEM', 5),
        E(['Aden'], ['عدن'], 'LOC', 'YEM', 4),
        E(['Salman bin Abdulaziz Al Saud', 'King Salman', 'Salman bin Abdulaziz', 'Salman of Saudi Arabia', 'King Salman bin Abdulaziz'], ['سلمان بن عبدالعزيز'], 'PER', 'SAU', 1),
        E(['King Salman Humanitarian Aid and Relief Centre', 'King Salman Humanitarian Aid and Relief Center', 'KSrelief', 'KS Relief', 'King Salman Relief Centre', 'King Salman Center for Relief and Humanitarian Works', 'King Salman Centre for Relief and Humanitarian Action'], ['مركز الملك سلمان للإغاثة والأعمال الإنسانية', 'مركز الملك سلمان'], 'ORG', 'SAU', 4),
        E(['Ministry of Defense (Saudi Arabia)', 'Saudi Ministry of Defense', 'Saudi Ministry of Defence', 'Ministry of Defense', 'Ministry of Defence'], ['وزارة الدفاع'], 'ORG', 'SAU', 1),
        E(HADI, ['عبد ربه منصور هادي'], 'PER', 'YEM', 1),
        E(['Al Eqtisadiah', 'Aleqtisadiah', 'Al-Eqtisadiya', 'Al Iqtisadiya', 'Al-Eqtisadiah', 'Aleqtisadiya', 'Al-Iqtisadiya', 'Al Eqtisadiya'], ['الاقتصادية'], 'ORG', 'SAU', 1),
        E(SAUDI, ['المملكة', 'للمملكة'], 'LOC', 'SAU', 1),
        E(['Houthis', 'Houthi movement', 'Ansar Allah', 'Ansarallah', 'Houthi', 'Huthis', 'Ansarullah'], ['الحوثيين'], 'ORG', 'YEM', 1),
        E(['Rafat al-Sabbagh', 'Raafat al-Sabbagh', 'Rafaat al-Sabbagh', 'Raafat Alsabbagh', 'Rafat Al-Sabbagh'], ['رأفت الصباغ', 'الصباغ'], 'PER', 'SAU', 2),
        E(['Abdullah Al Rabeeah', 'Abdullah Al-Rabeeah', 'Abdullah al-Rabiah', 'Abdullah bin Abdulaziz Al Rabeeah', 'Abdullah Al Rabiah'], ['عبد الله الربيعة'], 'PER', 'SAU', 1),
        E(['Royal Court', 'Saudi Royal Court', 'Royal Court of Saudi Arabia', 'Royal Diwan'], ['الديوان الملكي'], 'ORG', 'SAU', 1),
        E(['Al Mansoura', 'Al-Mansoura', 'Mansoura', 'Al Mansurah'], ['المنصورة'], 'LOC', 'YEM', 1),
        E(['Sheikh Othman', 'Shaykh Uthman', 'Al-Sheikh Othman', 'Sheikh Uthman'], ['الشيخ عثمان'], 'LOC', 'YEM', 1),
        E(['Al Buraiqa', 'Al-Buraiqah', 'Buraiqa', 'Al Burayqah', 'Little Aden'], ['البريقة'], 'LOC', 'YEM', 1),
        E(['Dar Saad', "Dar Sa'ad"], ['دار سعد'], 'LOC', 'YEM', 1),
        E(['Khormaksar', 'Khor Maksar', 'Khur Maksar'], ['خور مكسر'], 'LOC', 'YEM', 1),
        E(['Al Mualla', 'Al-Mualla', 'Mualla', "Al Mu'alla"], ['المعلا'], 'LOC', 'YEM', 1),
        E(['Al Tawahi', 'Al-Tawahi', 'Tawahi', 'At Tawahi'], ['التواهي'], 'LOC', 'YEM', 1),
        E(['Crater', 'Kritter', 'Kreiter'], ['كريتر'], 'LOC', 'YEM', 1),
    ],
    quotes=[
        Q('YEM', 'عدن تمثل الآن مركزا لوصول المساعدات الإنسانية', "an unnamed official in the office of Yemen's President Hadi, to Al-Eqtisadiah (in quote marks)"),
        Q('YEM', 'وصلت إلى عدن مساعدات طبية مخصصة لمرضى السرطان', "'وأضاف:' the same official"),
        Q('YEM', 'ونحن نثمن للمملكة قيادة وشعبا وقوفها معنا', 'the same official'),
    ],
    indirect_quotes=[
        Q('Rafat al-Sabbagh', 'السفينة تحمل على متنها 3540 طنا', "'أكد رأفت الصباغ المتحدث الرسمي لمركز الملك سلمان ... أن'"),
        Q('Rafat al-Sabbagh', 'المديريات التي ستستفيد من المساعدات هي المنصورة', "'وأبان الصباغ أن'"),
        Q('Rafat al-Sabbagh', 'ذلك يأتي بإشراف ومتابعة مباشرة من الدكتور عبد الله الربيعة', "'مشيراً إلى أن' continues al-Sabbagh"),
    ],
    dates=[
        {'text': 'أمس', 'value': '2015-07-26'},
    ],
    events=[
        EV('The Saudi relief ship Darb Al-Khair (KSrelief, on King Salman\'s directive) arrived at Aden port yesterday morning with 3,540 tonnes of food and medical aid', 'وصلت صباح أمس إلى ميناء عدن أكبر سفينة إغاثية', 'SAU', 'YEM', ['07'], date='2015-07-26'),
        EV('The official in Hadi\'s office thanked the Kingdom, leadership and people, for standing with Yemen', 'ونحن نثمن للمملكة قيادة وشعبا وقوفها معنا', 'YEM', 'SAU', ['05', '01']),
    ],
    forbidden_events=[
        EV('No attack in the article: pressure on the Houthis and more victories of the resistance are hoped-for effects of the aid', 'وهذا سيساهم في الضغط على الحوثيين', '*', 'YEM', ['18', '19', '20']),
    ],
)

ARTS['h75'] = dict(
    published='2015-07-25',
    published_why="Default day of date_extracted (Sabq agency copy, Saturday); Muallem's press conference in Damascus was on Friday 24 July 2015 ('الجمعة').",
    about="Sabq (agencies, after Al Jazeera), Saturday 2015-07-25: Syrian FM Walid al-Muallem, at a press conference in Damascus on Friday, says the nuclear deal between Iran and the six powers will not affect Tehran's steady support for Damascus, is a recognition of Iran's standing, and that it is premature to talk of another UN peace conference on Syria; Khamenei had said the deal will not change Iran's policy towards the 'arrogant' US government.",
    entities=[
        E(['Walid al-Muallem', 'Walid Muallem', 'Walid al-Moallem', 'Walid Moallem', 'Walid al-Mualem', 'Walid Al-Moualem'], ['وليد المعلم', 'المعلم'], 'PER', 'SYR', 3),
        E(IRAN, ['إيران'], 'LOC', 'IRN', 8),
        E(['Tehran'], ['طهران'], 'LOC', 'IRN', 1),
        E(['Damascus'], ['دمشق', 'لدمشق'], 'LOC', 'SYR', 2),
        E(SYRIA, ['سوريا', 'لسوريا'], 'LOC', 'SYR', 3),
        E(['Al Jazeera', 'Al-Jazeera', 'Aljazeera', 'Al Jazeera Arabic'], ['الجزيرة'], 'ORG', 'QAT', 1),
        E(['Ali Khamenei', 'Ayatollah Ali Khamenei', 'Ali Hosseini Khamenei', 'Khamenei'], ['علي خامنئي'], 'PER', 'IRN', 1),
    ],
    quotes=[
        Q('Walid al-Muallem', 'اعترافاً واضحاً بمكانة إيران وأهمية دورها المحوري'),
        Q('Walid al-Muallem', 'دخلت المسرح الدولي من أوسع أبوابه'),
        Q('Walid al-Muallem', 'نحن نرى أن مواقف إيران تجاه الأزمة السورية لن تتغير'),
        Q('Walid al-Muallem', 'فلن يستطيع أحد أن يؤثر إلا الشعب السوري'),
        Q('Walid al-Muallem', 'كل أشكال الدعم للشعب السوري في نضاله ضد الإرهاب', "'موضحاً أن إيران \"قدّمت ...\"' (the Syrian minister)"),
        Q('Ali Khamenei', 'الحكومة الأمريكية المتغطرسة', 'quoted phrase inside Khamenei\'s reported words'),
        Q('Ali Khamenei', 'دعم أصدقاء إيران'),
    ],
    indirect_quotes=[
        Q('Walid al-Muallem', 'لن يؤثر على الدعم الثابت', "'قال وزير الخارجية السوري وليد المعلم: إن' (colon + إن: reported)"),
        Q('Walid al-Muallem', 'من السابق لأوانه الحديث عن عقد مؤتمر سلام آخر', "'مؤكداً أنه'"),
        Q('Walid al-Muallem', 'مواقف إيران تجاه الأزمة في سوريا لم تتغير', "'وأكد الوزيرالسوري، أن' (Muallem by his title)"),
        Q('Ali Khamenei', 'الاتفاق النووي لن يغير سياسة إيران', "'قد قال في وقت سابق: إن'"),
    ],
    dates=[
        {'text': 'الجمعة', 'value': '2015-07-24'},
    ],
    events=[
        EV('Iran gives steady support to Damascus and, per Muallem, has given the Syrian people every form of support', 'الدعم الثابت الذي تُقَدّمه طهران لدمشق', 'IRN', 'SYR', ['05', '06', '07']),
        EV('Muallem praised the deal as a clear recognition of Iran\'s standing and pivotal role', 'اعترافاً واضحاً بمكانة إيران وأهمية دورها المحوري', 'SYR', 'IRN', ['05', '01']),
        EV('Khamenei had said the deal will not change Iran\'s policy against the "arrogant American government"', 'لن يغير سياسة إيران في مواجهة "الحكومة الأمريكية المتغطرسة"', 'IRN', 'USA', ['11', '01']),
    ],
    forbidden_events=[
        EV('The nuclear deal will NOT stop Iranian support to Syria', 'الاتفاق النووي لن يوقف الدعم الإيراني لسوريا', 'IRN', 'SYR', ['16'], unless=['negated']),
        EV('Iran "confronting" the US government is rhetoric; nobody attacks the US', 'في مواجهة "الحكومة الأمريكية المتغطرسة"', 'IRN', 'USA', ['18', '19', '20']),
        EV('Muallem says it is premature to talk of another UN-sponsored peace conference: no intent to negotiate, no negotiation', 'من السابق لأوانه الحديث عن عقد مؤتمر سلام آخر برعاية الأمم المتحدة', 'SYR', '*', ['03', '04'], codes=['036', '046'], unless=['negated']),
    ],
)

ARTS['h76'] = dict(
    published='2015-08-06',
    published_why='Default day of date_extracted (Al-Jazirah print column, collected at 01:30 on its issue day); no day reference in the text.',
    about="Al-Jazirah, 2015-08-06: an opinion column on the summer travel season and the new economic cycle of roads and transport in Saudi Arabia (highways, railways, Jeddah's bridges and tunnels, the Riyadh metro), asking whether ministries are ready. The text ends with the titles of the writer's other columns ('إعلام داعش', 'لماذا لا يعمم برنامج إيران؟!'). No political events, no quotes, no dated reference (the summer months are every year's).",
    entities=[
        E(['Jeddah', 'Jiddah', 'Jedda'], ['جدة'], 'LOC', 'SAU', 1),
        E(['Riyadh'], ['الرياض'], 'LOC', 'SAU', 1),
    ],
    quotes=[],
    indirect_quotes=[],
    dates=[],
    events=[],
    forbidden_events=[
        EV("'إيران' occurs only in the title of another column by the writer, listed after the text: no event involves Iran", 'لماذا لا يعمم برنامج إيران؟!', 'IRN', '*', ['01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12', '13', '14', '15', '16', '17', '18', '19', '20'], either=True),
    ],
)

ARTS['h77'] = dict(
    published='2015-07-24',
    published_why="Default day of date_extracted (Al-Yaum print column); 'منتصف هذا الشهر' is the nuclear deal of 14 July 2015.",
    about="Al-Yaum, 2015-07-24: an opinion column on Thomas Friedman, whose interviews with President Obama preceded the GCC summit and followed the nuclear deal with Iran this month, and on his prophecy that Middle Eastern societies freed of their dictators fall to the Islamists ('from Saddam to Jefferson through Khomeini'); the writer finds the Arab Spring turned into a bloody autumn. Opinion: no asserted political event.",
    entities=[
        E(['Thomas Friedman', 'Thomas L. Friedman', 'Tom Friedman', 'Friedman'], ['توماس فريدمان', 'فريدمان'], 'PER', 'USA', 7),
        E(OBAMA, ['باراك اوباما', 'اوباما'], 'PER', 'USA', 2),
        E(IRAN, ['إيران'], 'LOC', 'IRN', 1),
        E(['Libya'], ['ليبيا'], 'LOC', 'LBY', 1),
        E(['Egypt', 'Arab Republic of Egypt'], ['مصر'], 'LOC', 'EGY', 1),
        E(['Tunisia'], ['تونس'], 'LOC', 'TUN', 1),
        E(SYRIA, ['سوريا'], 'LOC', 'SYR', 1),
        E(['Saddam Hussein', 'Saddam'], ['صدام'], 'PER', 'IRQ', 1),
        E(['Thomas Jefferson', 'Jefferson'], ['جيفرسون'], 'PER', 'USA', 1),
        E(['Ruhollah Khomeini', 'Ayatollah Khomeini', 'Khomeini', 'Ayatollah Ruhollah Khomeini'], ['الخميني'], 'PER', 'IRN', 1),
    ],
    quotes=[
        Q('Thomas Friedman', 'بمجرد أن يتخلص المجتمع الشرق أوسطي من الدكتاتور', "a sentence Friedman said about a decade before the Arab Spring, in «»"),
        Q('Thomas Friedman', 'فالدين في الشرق الأوسط مركز قوة مناوئ لقوة الديكتاتور', "'يتحدث فريدمان في بعض مقالاته ... قائلاً «...»'"),
        Q('Thomas Friedman', 'فلن تنتقل تلك المجتمعات من صدام إلى جيفرسون بدون المرور بالخميني', "'على حد زعم فريدمان'"),
    ],
    indirect_quotes=[],
    dates=[
        {'text': 'منتصف هذا الشهر', 'value': '2015-07'},
    ],
    events=[],
    forbidden_events=[],
)

ARTS['h78'] = dict(
    published='2015-08-04',
    published_why="Default day of date_extracted; the GCC-Kerry meeting in Doha 'held yesterday' was on 3 August 2015.",
    about="Al-Eqtisadiah, 2015-08-04: after the GCC foreign ministers' meeting with John Kerry in Doha yesterday, Qatar's FM Khalid al-Attiyah calls it constructive and says the GCC welcomed the nuclear deal as Kerry presented it; Kerry says the deal will stop Iran getting military nuclear capability, that the meeting agreed to speed up some arms sales and joint exercises, and renews US condemnation of the recent terrorist attacks on Saudi Arabia, Kuwait and Bahrain; al-Attiyah on Syria (Kerry: the president and regime have lost legitimacy) and Russia's wish to join talks.",
    entities=[
        E(['Khalid al-Attiyah', 'Khalid bin Mohammad Al Attiyah', 'Khalid Al-Attiyah', 'Khaled al-Attiyah', 'Khalid Attiyah'], ['خالد العطية'], 'PER', 'QAT', 3),
        E(['John Kerry', 'John F. Kerry', 'Kerry'], ['جون كيري', 'كيري'], 'PER', 'USA', 6),
        E(USA, ['الولايات المتحدة', 'الولايات المتحدة الأمريكية'], 'LOC', 'USA', 9),
        E(IRAN, ['إيران'], 'LOC', 'IRN', 10),
        E(['Qatar News Agency', 'QNA'], ['وكالة الأنباء القطرية'], 'ORG', 'QAT', 1),
        E(['Camp David'], ['كامب ديفيد'], 'LOC', 'USA', 1),
        E(SYRIA, ['سورية', 'سوريا'], 'LOC', 'SYR', 3),
        E(['Iraq', 'Republic of Iraq'], ['العراق'], 'LOC', 'IRQ', 1),
        E(YEMEN, ['اليمن'], 'LOC', 'YEM', 1),
        E(['Doha'], ['الدوحة'], 'LOC', 'QAT', 1),
        E(['Russia', 'Russian Federation'], ['روسيا'], 'LOC', 'RUS', 1),
        E(SAUDI, ['السعودية'], 'LOC', 'SAU', 1),
        E(['Kuwait', 'State of Kuwait'], ['الكويت'], 'LOC', 'KWT', 1),
        E(['Bahrain', 'Kingdom of Bahrain'], ['البحرين'], 'LOC', 'BHR', 1),
    ],
    quotes=[
        Q('Khalid al-Attiyah', 'جون كيري أطلعنا على تفاصيل الاتفاق النووي', "'قال الدكتور خالد العطية ...: \"إن ...\"' (in quote marks)"),
        Q('Khalid al-Attiyah', 'ونحن نهنئ وزير الخارجية الأمريكي على المجهود'),
        Q('Khalid al-Attiyah', 'الاتفاقية مع إيران هي الخيار الأنسب', "'وأضاف \"أن ...\"' (in quote marks)"),
        Q('Khalid al-Attiyah', 'ناقشنا خلال الاجتماع نتائج قمة كامب ديفيد', "'وتابع بالقول:'"),
        Q('Khalid al-Attiyah', 'نحن في دول مجلس التعاون ندعم الأمن والاستقرار في المنطقة'),
        Q('Khalid al-Attiyah', 'دول المجلس رحبت على هذا الأساس'),
        Q('Khalid al-Attiyah', 'هذا بالفعل مطمئن، ونتمنى أكثر من ذلك'),
        Q('Khalid al-Attiyah', 'نحن كنا دوما نتشاور مع الأصدقاء', "'قال وزير الخارجية القطري' (al-Attiyah by his title)"),
        Q('Khalid al-Attiyah', 'طلب الأصدقاء في روسيا أن يكونوا موجودين'),
        Q('Khalid al-Attiyah', 'لقد ذكر زميلي جون كيري قواعد الحد الأدنى للحل السياسي'),
        Q('John Kerry', 'أنا ونظرائي قمنا بوضع الخطوات التي سنتخذها'),
        Q('John Kerry', 'لقد ناقشنا على سبيل المثال عملنا في تطوير قدرات صاروخية', "'وتابع بالقول'"),
        Q('John Kerry', 'ركز على عدة تحديات تواجهها المنطقة', "'وأوضح أن الاجتماع \"...\"'"),
        Q('John Kerry', 'نقف اليوم متحدين في جهودنا'),
    ],
    indirect_quotes=[
        Q('Khalid al-Attiyah', 'كان بنّاء واستراتيجيا', "'أكد الدكتور خالد العطية ... أن الاجتماع المشترك ...'"),
        Q('John Kerry', 'سيسهم في استقرار وأمن منطقة الخليج', "'فيما أكد وزير الخارجية الأمريكي أن' (and again 'أكد أن الاتفاق سيسهم')"),
        Q('John Kerry', 'تم الاتفاق خلال الاجتماع على تسريع بعض المبيعات العسكرية', "'مجددا التأكيد على أنه'"),
        Q('John Kerry', 'اجتماع أمس ناقش عديدا من القضايا', "'مبينا أن'"),
    ],
    dates=[
        {'text': 'أمس', 'value': '2015-08-03'},
        {'text': 'العام الفائت', 'value': '2014'},
    ],
    events=[
        EV('Kerry met the GCC foreign ministers in Doha yesterday (the GCC has no country)', 'الاجتماع المشترك بين وزراء خارجية دول مجلس التعاون لدول الخليج العربية، وجون كيري', 'USA', '*', ['04'], either=True, date='2015-08-03'),
        EV("Qatar's FM al-Attiyah and Kerry held a joint press conference after the meeting", 'خلال مؤتمر صحافي مشترك مع نظيره الأمريكي عقب الاجتماع', 'QAT', 'USA', ['04'], either=True),
        EV('The meeting agreed to accelerate some US arms sales and joint military exercises', 'تم الاتفاق خلال الاجتماع على تسريع بعض المبيعات العسكرية', 'USA', '*', ['03', '05', '06'], either=True),
        EV('Al-Attiyah congratulated Kerry on the effort that produced the nuclear deal', 'ونحن نهنئ وزير الخارجية الأمريكي على المجهود', 'QAT', 'USA', ['05', '01']),
        EV('Kerry (as al-Attiyah reports) said the Syrian president and regime have lost legitimacy', 'وهو أن الرئيس والنظام فاقدان الشرعية', 'USA', 'SYR', ['11']),
        EV('Kerry renewed US condemnation of the recent terrorist attacks (on Saudi Arabia, Kuwait and Bahrain)', 'وجدد في الوقت ذاته إدانة بلاده للهجمات الإرهابية الأخيرة', 'USA', '*', ['11']),
        EV('Russia asked to be present for talks on the Syrian file (al-Attiyah)', 'وطلب الأصدقاء في روسيا أن يكونوا موجودين للتباحث عن الملف السوري', 'RUS', '*', ['02', '03']),
    ],
    forbidden_events=[
        EV('The US condemns the terrorists; Saudi Arabia (with Kuwait and Bahrain) is the victim of the attacks, not the target of the condemnation', 'للهجمات الإرهابية الأخيرة التي تعرضت لها السعودية والكويت والبحرين', 'USA', 'SAU', ['11']),
        EV('Arms sales were only agreed to be accelerated: no weapons are delivered', 'تسريع بعض المبيعات العسكرية للأسلحة', 'USA', '*', ['07']),
        EV("The US's capability to deter any nuclear power is a description; nobody attacks Iran", 'لديها الإمكانات الكافية لردع أي قوة نووية', '*', 'IRN', ['18', '19', '20']),
    ],
)

ARTS['h79'] = dict(
    published='2015-07-25',
    published_why="Default day of date_extracted (Alweeam, Saturday 23:27); the attack was 'اليوم السبت', 25 July 2015.",
    about="Alweeam (Reuters copy), Saturday 2015-07-25: two suicide bombers attack a crowded swimming pool in Tuz Khurmatu, northern Iraq, killing at least 12 and wounding 45, mostly Shia Turkmen (the title blames ISIS; no claim yet); ISIS's recent bombings in Baghdad and Diyala; forces prepare an offensive to retake Anbar; mayor Ali al-Husseini describes the attack.",
    entities=[
        E(['Iraq', 'Republic of Iraq'], ['العراق'], 'LOC', 'IRQ', 4),
        E(['Tuz Khurmatu', 'Tuz Khormato', 'Tuz Khurmato', 'Tuz Khormatu', 'Touz Khourmatou', 'Tuz'], ['طوز خورماتو'], 'LOC', 'IRQ', 2),
        E(['Baghdad'], ['بغداد'], 'LOC', 'IRQ', 2),
        E(['Diyala', 'Diyala Governorate', 'Diyala Province'], ['ديالى'], 'LOC', 'IRQ', 1),
        E(['Al Anbar', 'Anbar', 'Al-Anbar', 'Anbar Governorate', 'Al Anbar Governorate', 'Anbar Province'], ['الأنبار'], 'LOC', 'IRQ', 1),
        E(['Ali al-Husseini', 'Ali al-Husaini', 'Ali Husseini', 'Ali al-Hussaini', 'Ali al-Hosseini'], ['علي الحسيني', 'الحسيني'], 'PER', 'IRQ', 2),
        E(['Alweeam', 'Al-Weeam', 'Al Weeam', 'Al-Wiam', 'Alweeam newspaper'], ['الوئام'], 'ORG', 'SAU', 1),
    ],
    quotes=[],
    indirect_quotes=[
        Q('IRQ', '12 شخصا على الأقل قتلوا اليوم السبت', "'قال مسؤول محلي ومصادر بالشرطة إن'"),
        Q('Ali al-Husseini', 'مهاجما انتحاريا فجر سترته الناسفة', "'وقال علي الحسيني رئيس بلدية طوز خورماتو ومصدران بالشرطة إن' (the named speaker)"),
        Q('IRQ', 'مفجرا انتحاريا آخر فجر شحنة ناسفة', "'وأضافوا ان': al-Husseini and two police sources (plural)"),
        Q('Ali al-Husseini', 'الناس الابرياء لم يفعلوا شيئا سوى محاولة تفادي', "'وقال الحسيني إن'"),
        Q('IRQ', 'اجمالي القتلي قد يرتفع', "'وقالت مصادر بالشرطة وبالمستشفيات إن'"),
    ],
    dates=[
        {'text': 'اليوم السبت', 'value': '2015-07-25'},
        {'text': 'الشهر الجاري', 'value': '2015-07'},
    ],
    events=[
        EV('Two suicide bombers attacked a crowded swimming pool in Tuz Khurmatu today (Saturday), killing at least 12 and wounding 45 (ISIS per the title; no country)', 'هاجم انتحاريان حمام سباحة مزدحما في شمال العراق', '*', 'IRQ', ['18', '19', '20'], date='2015-07-25'),
    ],
    forbidden_events=[
        EV('Iraqi forces and militias are only preparing an offensive to retake Anbar', 'حيث يتأهبوا لهجوم يستهدف استعادة المحافظة', 'IRQ', '*', ['19']),
        EV("The victims are Iraq's Shia Turkmen minority, not Turkey", 'ومعظم القتلى والمصابين من شيعة الاقلية التركمانية في البلاد', '*', 'TUR', ['18', '19', '20']),
    ],
)

ARTS['h80'] = dict(
    published='2015-08-03',
    published_why="Default day of date_extracted; the US officials spoke 'يوم الأحد' (2 August 2015) and the US-trained force came under fire 'يوم الجمعة' (31 July 2015).",
    about="Al-Eqtisadiah (Reuters copy), 2015-08-03: US officials said on Sunday that the US (President Obama's decision) will allow air strikes to defend US-trained Syrian rebels against any attacker, even forces loyal to Assad; the first batch came under fire on Friday from other militants, prompting the first known US air strikes in their support; the Wall Street Journal first reported the decision.",
    entities=[
        E(USA, ['الولايات المتحدة', 'أمريكا'], 'LOC', 'USA', 7),
        E(['Bashar al-Assad', 'Bashar Assad', 'Bashar al-Asad', 'Assad'], ['بشار الأسد'], 'PER', 'SYR', 1),
        E(OBAMA, ['باراك أوباما'], 'PER', 'USA', 1),
        E(SYRIA, ['سوريا'], 'LOC', 'SYR', 1),
        E(['The Wall Street Journal', 'Wall Street Journal', 'WSJ'], ['وول ستريت جورنال'], 'ORG', 'USA', 1),
        E(['United States Armed Forces', 'US military', 'U.S. military', 'United States military', 'US Army', 'U.S. Army', 'American military'], ['الجيش الأمريكي'], 'ORG', 'USA', 1),
    ],
    quotes=[],
    indirect_quotes=[
        Q('USA', 'الولايات المتحدة قررت السماح بشن غارات جوية', "'قال مسؤولون أمريكيون يوم الأحد إن'"),
        Q('USA', 'الولايات المتحدة ستشن هجمات لدعم التقدم', "'وقال مسؤولون أمريكيون اشترطوا عدم نشر اسمائهم ... إن'"),
    ],
    dates=[
        {'text': 'يوم الأحد', 'value': '2015-08-02'},
        {'text': 'يوم الجمعة', 'value': '2015-07-31'},
    ],
    events=[
        EV("The US decided to allow air strikes to defend the US-trained Syrian rebels against any attacker, even Assad's forces (a threat to the regime / intent to protect the rebels)", 'قررت السماح بشن غارات جوية للدفاع عن مقاتلي المعارضة السورية', 'USA', 'SYR', ['13', '03', '15']),
        EV('The first batch of the US-trained Syrian force came under fire on Friday from other militants (unnamed: no country)', 'وتعرضت أول دفعة من القوات التي دربتها الولايات المتحدة ونشرتها في شمال سوريا للنيران يوم الجمعة', '*', 'SYR', ['19', '18'], date='2015-07-31'),
        EV('The US launched its first known air strikes in support of that force (against the unnamed militants)', 'مما أدى إلى شن الولايات المتحدة أول غارات جوية معروفة لمساندة تلك القوات', 'USA', '*', ['19']),
    ],
    forbidden_events=[
        EV("No US strike on Syrian government forces: strikes on Assad's forces are only allowed 'even if', and Friday's strikes hit unnamed militants", 'حتى لو كانوا من القوات الموالية للرئيس السوري بشار الأسد', 'USA', 'SYR', ['18', '19', '20']),
        EV('The force that came under fire is Syrian (trained by the US); nobody attacks the United States', 'وتعرضت أول دفعة من القوات التي دربتها الولايات المتحدة', '*', 'USA', ['18', '19', '20']),
    ],
)


if __name__ == '__main__':
    write(HERE, ARTS)
