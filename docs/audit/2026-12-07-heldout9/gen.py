"""Write h65..h72.expected.json of this held-out set from the annotations below.

    python3 gen.py   (reads the articles through draw.py's articles.json locators)

Every Arabic name, quote excerpt, date text and event evidence is asserted to be a
substring of the text.
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, '..'))
from heldout_gen import E, EV, Q, write  # noqa: E402

ARTS = {}

ARTS['h65'] = dict(
    published='2015-08-01',
    published_why='Default day of date_extracted; an opinion column with no dated news.',
    about="Al-Yaum opinion column (an academic and media man): a friend says newspaper columns are read by only three kinds of reader; the writer cites the Prophet's saying that speech will abound, the saying 'written in Egypt, printed in Lebanon, read in Iraq', and a Western thinker's 'one writes to dazzle, the other to express'; no news event.",
    entities=[
        E(['Egypt', 'Arab Republic of Egypt'], ['مصر'], 'LOC', 'EGY', 1),
        E(['Lebanon', 'Lebanese Republic'], ['لبنان'], 'LOC', 'LBN', 1),
        E(['Iraq', 'Republic of Iraq'], ['العراق'], 'LOC', 'IRQ', 1),
        E(['Muhammad', 'Prophet Muhammad', 'The Prophet', 'Muhammad ibn Abdullah', 'Mohammed'], ['الرسول'], 'PER', 'SAU', 1),
    ],
    quotes=[
        Q('Muhammad', 'وأن يكثر فيكم الكلم', "'أخبر عنه صلى الله عليه وسلم ... فقال: \"…\"' (a hadith; arguable: the Prophet as speaker, country SAU)"),
    ],
    indirect_quotes=[],
    dates=[],
    events=[],
    forbidden_events=[
        EV("The saying 'written in Egypt, printed in Lebanon, read in Iraq' is a proverb about readership, not an exchange between states", 'ما يكتب في مصر ويطبع في لبنان يقرأ في العراق', 'EGY', 'LBN', ['03', '06', '07'], either=True),
        EV('Same proverb: no Lebanese-Iraqi transfer is reported', 'ما يكتب في مصر ويطبع في لبنان يقرأ في العراق', 'LBN', 'IRQ', ['03', '06', '07'], either=True),
    ],
)

ARTS['h66'] = dict(
    published='2015-08-10',
    published_why='Default day of date_extracted; a travel feature with no dated news.',
    about="Al-Eqtisadiah travel feature (after CNN): cycling routes in scenic places: Tour d'Afrique past the Egyptian pyramids and the Nile, the TransAmerica trail (Oregon to Virginia), the Leh-Manali road in India along the Indus and the Himalayas, western Tasmania, the Basque country of Spain, DuPont forests (given as California) and Leadville, Colorado; no news event.",
    entities=[
        E(['Africa'], ['إفريقيا'], 'LOC', '', 1),
        E(['Egypt', 'Arab Republic of Egypt'], ['مصر'], 'LOC', 'EGY', 1),
        E(['Nile', 'Nile River', 'River Nile'], ['النيل'], 'LOC', '', 1),
        E(['United States', 'United States of America', 'USA', 'US'], ['الولايات المتحدة'], 'LOC', 'USA', 2),
        E(['CNN', 'Cable News Network'], ['سي إن إن'], 'ORG', 'USA', 1),
        E(['TransAmerica Trail', 'TransAmerica Bicycle Trail', 'TransAmerica'], ['TransAmerica'], 'LOC', 'USA', 1),
        E(['Oregon'], ['أوريجون'], 'LOC', 'USA', 1),
        E(['Virginia'], ['فيرجينيا'], 'LOC', 'USA', 1),
        E(['Leh–Manali Highway', 'Leh-Manali Highway', 'Leh-Manali', 'Leh-Menali'], ['Leh-Menali'], 'LOC', 'IND', 1),
        E(['India', 'Republic of India'], ['الهند'], 'LOC', 'IND', 1),
        E(['Indus River', 'Indus', 'River Indus'], ['نهر الأنديس'], 'LOC', '', 1),
        E(['Himalayas', 'Himalaya', 'The Himalayas'], ['جبال الهملايا'], 'LOC', '', 1),
        E(['Tasmania', 'Western Tasmania'], ['تازمانيا'], 'LOC', 'AUS', 1),
        E(['Australia', 'Commonwealth of Australia'], ['أستراليا'], 'LOC', 'AUS', 1),
        E(['Spain', 'Kingdom of Spain'], ['إسبانيا'], 'LOC', 'ESP', 2),
        E(['Basque Country', 'Basque Country (autonomous community)', 'Basque', 'Euskadi'], ['Basque'], 'LOC', 'ESP', 1),
        E(['DuPont State Recreational Forest', 'DuPont State Forest', 'DuPont'], ['DuPont'], 'LOC', 'USA', 1),
        E(['California'], ['كاليفوريا'], 'LOC', 'USA', 1),
        E(['Leadville', 'Leadville, Colorado'], ['ليدفيل'], 'LOC', 'USA', 1),
        E(['Colorado'], ['كولورادو'], 'LOC', 'USA', 1),
    ],
    quotes=[],
    indirect_quotes=[],
    dates=[],
    events=[],
    forbidden_events=[
        EV("'Western Tasmania challenges cyclists' with a ring road: scenery, not a threat or a defiance", 'و تتحدى تازمانيا الغربية – أستراليا راكبي الدراجات', 'AUS', '*', ['11', '12', '13']),
    ],
)

ARTS['h67'] = dict(
    published='2015-08-11',
    published_why='Default day of date_extracted; an opinion column with no dated news.',
    about="Al-Jazirah opinion column: Lebanon's Shia are torn between Amal (national, pragmatic) and Hezbollah (serving Iranian hegemony); after Iran signed the nuclear agreement with the West, reformists may redirect Iranian money home and Hezbollah, dependent on Iranian support, will be among the biggest losers despite Khamenei's Eid al-Fitr reassurance; speculation on an Iran-Israel-US alliance; advice that Hezbollah disarm or join Amal.",
    entities=[
        E(['Lebanon', 'Lebanese Republic'], ['لبنان'], 'LOC', 'LBN', 3),
        E(['Amal Movement', 'Amal', 'Harakat Amal'], ['حركة أمل'], 'ORG', 'LBN', 3),
        E(['Hezbollah', 'Hizbullah', 'Hizballah'], ['حزب الله'], 'ORG', 'LBN', 6),
        E(['Iran', 'Islamic Republic of Iran'], ['إيران'], 'LOC', 'IRN', 6),
        E(['Israel', 'State of Israel'], ['اسرائيل', 'إسرائيل', 'لإسرائيل'], 'LOC', 'ISR', 3),
        E(['Ali Khamenei', 'Khamenei', 'Ayatollah Ali Khamenei', 'Sayyid Ali Khamenei'], ['خامنئي'], 'PER', 'IRN', 4),
        E(['Hassan Nasrallah', 'Nasrallah', 'Hasan Nasrallah', 'Sayyed Hassan Nasrallah'], ['نصر الله'], 'PER', 'LBN', 1),
        E(['United States', 'United States of America', 'USA', 'US', 'America'], ['أمريكا'], 'LOC', 'USA', 1),
        E(['Turkey', 'Türkiye', 'Republic of Turkey'], ['تركيا'], 'LOC', 'TUR', 1),
        E(['NATO', 'North Atlantic Treaty Organization', 'North Atlantic Treaty Organisation'], ['النيتو'], 'ORG', '', 1),
    ],
    quotes=[],
    indirect_quotes=[],
    dates=[
        {'text': 'عيد الفطر', 'value': '2015-07', 'why': "Khamenei's Eid al-Fitr sermon after the agreement: Eid al-Fitr 1436 = 17-18 July 2015"},
    ],
    events=[
        EV('Iran signed the nuclear agreement with the Western powers (July 2015; the premise of the column)', 'وبعد أن وقع الإيرانيون اتفاقية سلمية مفاعلاتهم النووية', 'IRN', '*', ['05', '03'], either=True),
        EV('Khamenei, in his Eid al-Fitr sermon, reassured his allies including Hezbollah that support would continue after the agreement', 'خامنئي في خطبته الشهيرة في عيد الفطر طمأن عملاءه ومن ضمنهم (حزب الله)', 'IRN', 'LBN', ['03', '05']),
    ],
    forbidden_events=[
        EV('An alliance of Iran, Israel and America is a speculation some people make, not a fact', 'إبرام حلف بين (إيران واسرائيل وأمريكا)', 'IRN', 'ISR', ['03', '05', '06'], either=True),
        EV("Hezbollah getting rid of its weapons is the writer's advice, not an act", 'ويتخلصوا من أسلحتهم ويتحولوا إلى فصيل سياسي', 'LBN', '*', ['08']),
        EV("'Resistance to Israel' is named as Hezbollah's pretext; no fighting is reported", 'متخذا من (مقاومة اسرائيل)، ذريعة', 'LBN', 'ISR', ['18', '19', '20']),
    ],
)

ARTS['h68'] = dict(
    published='2015-07-27',
    published_why='Default day of date_extracted; an opinion column with no dated news.',
    about="Al-Watan opinion column: ideological satellite channels never report the same news the same way; the coverage of Iraq, Syria, Libya and Yemen, and channels in Iran's orbit (Al-Manar, Al-Alam, Al-Masirah and most Iraqi channels) turn facts upside down and stir up strife; no news event.",
    entities=[
        E(['Iraq', 'Republic of Iraq'], ['العراق'], 'LOC', 'IRQ', 1),
        E(['Syria', 'Syrian Arab Republic'], ['سورية'], 'LOC', 'SYR', 1),
        E(['Libya', 'State of Libya'], ['ليبيا'], 'LOC', 'LBY', 1),
        E(['Yemen', 'Republic of Yemen'], ['اليمن'], 'LOC', 'YEM', 1),
        E(['Iran', 'Islamic Republic of Iran'], ['إيران'], 'LOC', 'IRN', 1),
        E(['Al-Manar', 'Al Manar', 'Al-Manar TV', 'Al Manar TV'], ['المنار'], 'ORG', 'LBN', 1),
        E(['Al-Alam', 'Al Alam', 'Al-Alam News Network', 'Al Alam News Network', 'Al-Alam TV'], ['العالم'], 'ORG', 'IRN', 1),
        E(['Al-Masirah', 'Al Masirah', 'Al-Masirah TV', 'Al Masirah TV'], ['المسيرة'], 'ORG', 'YEM', 1),
    ],
    quotes=[],
    indirect_quotes=[],
    dates=[],
    events=[],
    forbidden_events=[
        EV("'Wars multiply and brother dares to shed his brother's blood' is the writer's general lament, not a reported fight", 'فتتكاثر الخلافات وتكثر الحروب ويتجرأ الأخ على دم أخيه', '*', '*', ['18', '19', '20']),
    ],
)

ARTS['h69'] = dict(
    published='2015-08-06',
    published_why="Default day of date_extracted; the League's statement carries no day reference.",
    about="Al-Eqtisadiah: the Muslim World League condemns the sectarian statements of Iraqi Vice-President Nouri al-Maliki accusing Saudi Arabia of fuelling terrorism; Secretary-General Abdullah Al-Turki's statement: the remarks fuel sectarianism, the Iraqi government should respect neighbourliness, Saudi Arabia defeated terrorism and its stand for Yemen's legitimate government angered the Kingdom's enemies.",
    entities=[
        E(['Muslim World League', 'MWL', 'Rabita al-Alam al-Islami', 'Islamic World League', 'World Muslim League'], ['رابطة العالم الإسلامي'], 'ORG', 'SAU', 5),
        E(['Nouri al-Maliki', 'Nuri al-Maliki', 'Nouri Maliki', 'Maliki', 'Nouri Kamil al-Maliki'], ['نوري المالكي', 'المالكي'], 'PER', 'IRQ', 5),
        E(['Abdullah bin Abdulmohsen Al-Turki', 'Abdullah Al-Turki', 'Abdullah bin Abdul Mohsen Al-Turki', 'Abdullah al-Turki', 'Abdullah Abdulmohsen Al-Turki'], ['عبدالله بن عبدالمحسن التركي', 'التركي'], 'PER', 'SAU', 3),
        E(['Saudi Arabia', 'Kingdom of Saudi Arabia', 'KSA'], ['المملكة العربية السعودية', 'المملكة'], 'LOC', 'SAU', 5),
        E(['Iraq', 'Republic of Iraq'], ['العراق'], 'LOC', 'IRQ', 1),
        E(['Salman of Saudi Arabia', 'King Salman', 'Salman bin Abdulaziz Al Saud', 'Salman bin Abdulaziz'], ['الملك سلمان بن عبد العزيز', 'سلمان بن عبد العزيز'], 'PER', 'SAU', 1),
        E(['Yemen', 'Republic of Yemen'], ['اليمن'], 'LOC', 'YEM', 1),
    ],
    quotes=[
        Q('Abdullah bin Abdulmohsen Al-Turki', 'تابعت بأسىً التصريحات التي صدرت عن نائب الرئيس العراقي', "'وقال فيه : إن رابطة العالم الإسلامي …' (after a colon)"),
    ],
    indirect_quotes=[
        Q('Abdullah bin Abdulmohsen Al-Turki', 'هذه التصريحات والإساءات توقد نار الطائفية', "'وأوضح أن' (Al-Turki, 'معاليه')"),
        Q('Abdullah bin Abdulmohsen Al-Turki', 'يجب على العلماء والمفكرين والمثقفين الرد على هذه الإساءات', "'مؤكداً على أنه'"),
        Q('Abdullah bin Abdulmohsen Al-Turki', 'الواجب على الحكومة العراقية أن تراعي حقوق الجوار', "'وأن' continues the same sentence"),
        Q('Abdullah bin Abdulmohsen Al-Turki', 'المملكة العربية السعودية عانت من التطرف والتفجيرات والتخريب', "'وقال الدكتور التركي إن'"),
        Q('Abdullah bin Abdulmohsen Al-Turki', 'إذا أرادت أي دولة أن تقضي على الإرهاب والتطرف في أراضيها', "'مشيرًا إلى أنه'"),
        Q('Abdullah bin Abdulmohsen Al-Turki', 'التفسير الوحيد لهذه الحملات المسعورة', "'وأفاد معاليه أن'"),
        Q('Abdullah bin Abdulmohsen Al-Turki', 'احتضان المملكة العربية السعودية للحرمين الشريفين', "'وأشار الدكتور التركي إلى أن'"),
        Q('Abdullah bin Abdulmohsen Al-Turki', 'المكانة التي تبوأتها المملكة العربية السعودية استفزت الحاقدين', "'وأكد معاليه أن'"),
    ],
    dates=[],
    events=[
        EV("The Muslim World League (Mecca-based; any source country accepted) condemned Maliki's sectarian statements", 'أدانت رابطة العالم الإسلامي التصريحات الطائفية التي صدرت عن نائب رئيس الجمهورية العراقية', '*', 'IRQ', ['11']),
        EV("Iraqi Vice-President al-Maliki accused Saudi Arabia of fuelling terrorism and extremism", 'ضد المملكة العربية السعودية واتهامه لها بتغذية الإرهاب والتطرف', 'IRQ', 'SAU', ['11'], codes=['112']),
        EV('Al-Turki said the Iraqi government must respect the rights of neighbourliness and quell strife (a demand/appeal)', 'وأن الواجب على الحكومة العراقية أن تراعي حقوق الجوار', '*', 'IRQ', ['10', '02']),
    ],
    forbidden_events=[
        EV("Saudi Arabia fuelling terrorism is Maliki's accusation, rejected by the League", 'واتهامه لها بتغذية الإرهاب والتطرف', 'SAU', '*', ['07'], unless=['alleged']),
        EV("Saudi Arabia's initiative for Yemen's legitimate government (Decisive Storm, March 2015) is background; no August act is reported", 'عندما أخذت المملكة زمام المبادرة في نصرة أشقائها في اليمن', 'SAU', 'YEM', ['18', '19'], date='2015-08'),
    ],
)

ARTS['h70'] = dict(
    published='2015-08-02',
    published_why="Default day of date_extracted; Salehi's remark 'أمس' was made on Saturday 1 August 2015 (IRNA via Reuters).",
    about="Asharq Al-Awsat: IRGC political deputy Gen. Rasoul Sanaei-Rad warns against division in Iran and calls US statements on the nuclear deal bluster; AEOI head Ali Akbar Salehi says parliament has no authority over the deal (IRNA via Reuters); background on the deal, hardliners and Congress; MP Ahmad Tavakkoli criticises the government's reaction to critics of Fabius's Tehran visit and condemns the beating of protesting students; Iran and China reportedly near a deal for 150 J-10 fighters, and Iran intends to buy 250 Su-30s from Russia.",
    entities=[
        E(['Rasoul Sanaei-Rad', 'Rasoul Sanaeirad', 'Rasool Sanaei Rad', 'Rasoul Sanaee-Rad', 'Rasul Sanaei-Rad'], ['رسول سنايي راد'], 'PER', 'IRN', 1),
        E(['Islamic Revolutionary Guard Corps', 'IRGC', 'Revolutionary Guards', 'Iranian Revolutionary Guard Corps', 'Revolutionary Guard'], ['الحرس الثوري', 'الحرس الثوري الإيراني'], 'ORG', 'IRN', 3),
        E(['Iran', 'Islamic Republic of Iran'], ['إيران'], 'LOC', 'IRN', 12),
        E(['United States', 'United States of America', 'USA', 'US', 'America'], ['أميركا'], 'LOC', 'USA', 2),
        E(['Ali Akbar Salehi', 'Salehi', 'Ali-Akbar Salehi'], ['علي أكبر صالحي', 'صالحي'], 'PER', 'IRN', 5),
        E(['Atomic Energy Organization of Iran', 'AEOI', 'Atomic Energy Organisation of Iran'], ['هيئة الطاقة الذرية'], 'ORG', 'IRN', 1),
        E(['Reuters'], ['رويترز'], 'ORG', 'GBR', 1),
        E(['Islamic Republic News Agency', 'IRNA'], ['وكالة أنباء الجمهورية الإسلامية'], 'ORG', 'IRN', 1),
        E(['Islamic Consultative Assembly', 'Majlis', 'Iranian Parliament', 'Parliament of Iran', 'Majlis of Iran', 'Iranian Majlis'], ['البرلمان الإيراني', 'البرلمان', 'للبرلمان'], 'ORG', 'IRN', 7),
        E(['Ali Khamenei', 'Khamenei', 'Ayatollah Ali Khamenei', 'Sayyid Ali Khamenei'], ['علي خامنئي'], 'PER', 'IRN', 1),
        E(['United States Congress', 'U.S. Congress', 'US Congress', 'Congress'], ['الكونغرس الأميركي', 'الكونغرس'], 'ORG', 'USA', 2),
        E(['Barack Obama', 'Obama', 'Barack Hussein Obama'], ['باراك أوباما'], 'PER', 'USA', 1),
        E(['Ahmad Tavakkoli', 'Ahmad Tavakoli', 'Ahmed Tavakkoli', 'Ahmed Tavakoli'], ['أحمد توكلي', 'توكلي'], 'PER', 'IRN', 2),
        E(['Laurent Fabius', 'Fabius'], ['لوران فابيوس', 'فابيوس'], 'PER', 'FRA', 2),
        E(['Tehran'], ['طهران'], 'LOC', 'IRN', 2),
        E(['Mehr News Agency', 'Mehr', 'MNA', 'Mehr News'], ['وكالة مهر'], 'ORG', 'IRN', 1),
        E(['United Nations', 'UN', 'U.N.'], ['الأمم المتحدة'], 'ORG', '', 3),
        E(['China', "People's Republic of China"], ['الصين'], 'LOC', 'CHN', 3),
        E(['DEBKAfile', 'Debka', 'DEBKA'], ['دبكا'], 'ORG', 'ISR', 1),
        E(['Israel', 'State of Israel'], ['إسرائيل'], 'LOC', 'ISR', 2),
        E(['Russia', 'Russian Federation'], ['روسيا'], 'LOC', 'RUS', 2),
    ],
    quotes=[
        Q('Rasoul Sanaei-Rad', 'الأهداف السياسية والحزبية الحقيرة', "'بدلاً من «…»' inside his call to the factions"),
        Q('Rasoul Sanaei-Rad', 'تبجح بعد اتفاق لم يصبح نهائيًا', "'قالاً بأنها «…»'"),
        Q('Rasoul Sanaei-Rad', 'الإدارة الأميركية تحاول إقناع المتطرفين في الداخل', "'وأوضح المساعد السياسي في الحرس الثوري الإيراني ... «أن …»'"),
        Q('Rasoul Sanaei-Rad', 'ويجب علينا الاستعداد وعدم الثقة بأميركا', 'same quotation'),
        Q('Ali Akbar Salehi', 'ليس صحيحا على الإطلاق أنه يتعين على الحكومة', "'ونقلت وكالة أنباء الجمهورية الإسلامية عن صالحي قوله إنه «…»'"),
        Q('Ali Akbar Salehi', 'خطة العمل الشاملة ليست اتفاقية أو معاهدة دولة', "'قال صالحي إن «…»'"),
        Q('Ahmad Tavakkoli', 'تجاهل العزة الوطنية في هذه الزيارات سيكلف إيران', "'وقال لوكالة مهر الحكومية إن «…»'"),
        Q('Ahmad Tavakkoli', 'زيارات الأوروبيين يعد أمرًا إيجابيًا على المدى البعيد', "'قال النائب في البرلمان الإيراني إن «…»' (Tavakkoli)"),
        Q('Ahmad Tavakkoli', 'نقاط الضعف في التوافق النووي وقرار الأمم المتحدة', "'وأضاف أن «…»'"),
        Q('Ahmad Tavakkoli', 'الحماس والشوق الذي يبديه بعض المسؤولين لهذه الزيارات', "'وتابع أن «…»'"),
    ],
    indirect_quotes=[
        Q('Ali Akbar Salehi', 'البرلمان لا يملك سلطة على الاتفاق النووي', "'صرح أمس بأن'"),
        Q('Ahmad Tavakkoli', 'ردة الفعل تخالف القانون', "'ولفت إلى أن'"),
        Q('Ahmad Tavakkoli', 'الدول الأوروبية تنظم تظاهرات للمجموعات السياسية المعارضة', "'مؤكدًا أن'"),
    ],
    dates=[
        {'text': 'أمس', 'value': '2015-08-01'},
        {'text': 'الشهر الماضي', 'value': '2015-07'},
        {'text': 'يونيو (حزيران) الماضي', 'value': '2015-06'},
        {'text': '14 يوليو (تموز) الماضي', 'value': '2015-07-14'},
        {'text': '17 سبتمبر (أيلول)', 'value': '2015-09-17'},
    ],
    events=[
        EV('Sanaei-Rad urged the Iranian political currents to preserve unity and overcome their differences', 'مطالبًا التيارات السياسية الإيرانية بالحفاظ على الوحدة والمتانة', 'IRN', 'IRN', ['02', '10']),
        EV("Sanaei-Rad described the US administration's statements on the deal as bluster", 'ووصف تصريحات الإدارة الأميركية حول إلزام إيران بتنفيذ التوافق النووي', 'IRN', 'USA', ['11']),
        EV('Iran concluded the nuclear agreement with the six world powers on 14 July', 'ويفرض الاتفاق الذي أبرمته إيران مع القوى الدولية الست في 14 يوليو', 'IRN', '*', ['05', '03'], either=True),
        EV('Hardliners in the Iranian parliament and security establishment began attacking the deal', 'وبدأ متشددون في البرلمان الإيراني والمؤسسة الأمنية الهجوم على الاتفاق', 'IRN', '*', ['11']),
        EV('Several members of the US Congress opposed the deal', 'وعارض عدد من أعضاء الكونغرس الاتفاق', 'USA', '*', ['11', '12']),
        EV("MP Ahmad Tavakkoli criticised the government's reaction to the critics of Fabius's visit", 'انتقد رئيس اللجنة الاقتصادية في البرلمان الإيراني أحمد توكلي، ردة فعل الحكومة', 'IRN', 'IRN', ['11']),
        EV('French FM Laurent Fabius visited Tehran (the visit the critics protested)', 'زيارة وزير الخارجية الفرنسي لوران فابيوس إلى طهران', 'FRA', 'IRN', ['04'], codes=['042', '043'], either=True),
        EV('Tavakkoli condemned the beating of protesting students by plain-clothes security officers', 'وأدان توكلي تعرض عدد من الطلبة', 'IRN', 'IRN', ['11']),
        EV('Plain-clothes security officers beat students who held a protest vigil', 'تعرض عدد من الطلبة الذين نظموا وقفة احتجاجية للضرب على يد ضباط الأمن', 'IRN', 'IRN', ['17', '18']),
        EV("Students held a protest vigil (against Fabius's visit)", 'الطلبة الذين نظموا وقفة احتجاجية', 'IRN', '*', ['14']),
        EV('Iran and China reached the final stages of a deal for China to build 150 J-10 fighters for Iran (reported by an Iranian agency after DEBKA)', 'وصل الجانبان الإيراني - الصيني إلى المراحل النهائية من اتفاق', 'IRN', 'CHN', ['03', '04'], either=True),
    ],
    forbidden_events=[
        EV('The J-10 deal is only in its final stages: no aircraft delivered or produced', 'اتفاق يقوم بموجبه الصين بإنتاج 150 طائرة مقاتلة', 'CHN', 'IRN', ['06', '07'], either=True),
        EV('The J-10 deal is not signed yet', 'وصل الجانبان الإيراني - الصيني إلى المراحل النهائية من اتفاق', 'CHN', 'IRN', ['05'], codes=['057'], either=True),
        EV("Iran only intends to buy 250 Su-30s from Russia (the closing 'purchased 550' sums intended deals)", 'وتنوي إيران أيضًا شراء 250 طائرة مقاتلة من روسيا', 'RUS', 'IRN', ['06', '07'], either=True),
        EV('Lifting US sanctions on Iran is what Congress members will try to prevent; no easing is reported', 'وسيسعون لمنع الرئيس باراك أوباما من رفع معظم العقوبات الأميركية المفروضة على إيران', '*', 'IRN', ['08'], unless=['negated']),
        EV("'The weapons are pointed at us' is Sanaei-Rad's rhetoric; nobody attacks Iran", 'لكن الأسلحة موجهة إلينا', 'USA', 'IRN', ['18', '19', '20']),
        EV("Israel's sale of the Lavi technology to China is 1980s-90s background, not 2015 news", 'وقامت بعدها إسرائيل ببيع تقنية إنتاج الطائرة إلى الصين', 'ISR', 'CHN', ['06', '07'], either=True, date='2015'),
    ],
)

ARTS['h71'] = dict(
    published='2015-07-31',
    published_why="Default day of date_extracted; 'أمس' (the UAE's announcement) is 30 July 2015 and 'أول من أمس' (the ministry's report, Al-Rumaithi's inspection) 29 July.",
    about="Asharq Al-Awsat: the UAE announces a relief ship of the Khalifa bin Zayed Foundation arrived at Aden port; the Ministry of International Cooperation and Development's report puts UAE humanitarian aid to Yemen in 2015 at AED 485m; minister Lubna Al Qasimi on UAE commitment; UAE role in the coalition and a technical team for Aden airport; UAE chief of staff Al-Rumaithi inspects UAE units in Saudi Arabia's southern region, received by Saudi chief of staff Al-Bunyan; Yemeni VP Khaled Bahah praised the UAE's role when meeting Anwar Gargash in Riyadh.",
    entities=[
        E(['United Arab Emirates', 'UAE', 'Emirates'], ['الإمارات'], 'LOC', 'ARE', 7),
        E(['Aden'], ['عدن'], 'LOC', 'YEM', 6),
        E(['Yemen', 'Republic of Yemen'], ['اليمن', 'لليمن'], 'LOC', 'YEM', 7),
        E(['Khalifa bin Zayed Al Nahyan Foundation', 'Khalifa Foundation', 'Khalifa bin Zayed Al Nahyan Foundation for Humanitarian Works'], ['مؤسسة خليفة بن زايد آل نهيان للأعمال الإنسانية', 'مؤسسة خليفة بن زايد آل نهيان'], 'ORG', 'ARE', 1),
        E(['Khalifa bin Zayed Al Nahyan', 'Khalifa bin Zayed', 'Sheikh Khalifa bin Zayed Al Nahyan'], ['خليفة بن زايد آل نهيان'], 'PER', 'ARE', 1),
        E(['Mohammed bin Zayed Al Nahyan', 'Mohamed bin Zayed Al Nahyan', 'Mohammed bin Zayed', 'Mohamed bin Zayed'], ['محمد بن زايد آل نهيان'], 'PER', 'ARE', 1),
        E(['Abu Dhabi'], ['أبوظبي'], 'LOC', 'ARE', 1),
        E(['Ministry of International Cooperation and Development', 'UAE Ministry of International Cooperation and Development', 'MICAD', 'Ministry of International Cooperation and Development (UAE)'], ['وزارة التنمية والتعاون الدولي'], 'ORG', 'ARE', 1),
        E(['Lubna Al Qasimi', 'Lubna Khalid Al Qasimi', 'Sheikha Lubna Al Qasimi', 'Lubna Al-Qasimi', 'Lubna bint Khalid Al Qasimi'], ['لبنى القاسمي'], 'PER', 'ARE', 1),
        E(['Saudi Arabia', 'Kingdom of Saudi Arabia', 'KSA'], ['السعودية'], 'LOC', 'SAU', 2),
        E(['Houthis', 'Houthi movement', 'Ansar Allah', 'Ansarallah', 'Houthi'], ['الحوثيين', 'الحوثي'], 'ORG', 'YEM', 2),
        E(['Ali Abdullah Saleh', 'Ali Saleh', 'Saleh'], ['علي عبد الله صالح'], 'PER', 'YEM', 1),
        E(['Aden International Airport', 'Aden Airport'], ['مطار عدن الدولي'], 'LOC', 'YEM', 1),
        E(['Hamad Mohammed Thani Al Rumaithi', 'Hamad Al Rumaithi', 'Hamad Al-Rumaithi', 'Hamad Thani Al Rumaithi'], ['حمد الرميثي'], 'PER', 'ARE', 1),
        E(['King Salman Air Base', 'Riyadh Air Base', 'Riyadh Airbase', 'Riyadh Air Force Base'], ['قاعدة الرياض الجوية'], 'LOC', 'SAU', 1),
        E(['Abdulrahman bin Saleh Al-Bunyan', 'Abdulrahman Al-Bunyan', 'Abdul Rahman Al-Bunyan', 'Abdulrahman Al-Banyan', 'Abdulrahman bin Saleh Al-Banyan'], ['عبد الرحمن بن صالح البنيان'], 'PER', 'SAU', 1),
        E(['Khaled Bahah', 'Khalid Bahah', 'Khaled Mahfoudh Bahah'], ['خالد بحاح', 'بحاح'], 'PER', 'YEM', 2),
        E(['Anwar Gargash', 'Anwar bin Mohammed Gargash', 'Anwar Mohammed Gargash'], ['أنور قرقاش'], 'PER', 'ARE', 1),
        E(['Riyadh'], ['الرياض'], 'LOC', 'SAU', 1),
    ],
    quotes=[
        Q('Lubna Al Qasimi', 'الإمارات ملتزمة بالتخفيف من حدة الأزمة على المتضررين اليمنيين', "'وأكدت الشيخة لبنى القاسمي ... أن «…»'"),
        Q('Lubna Al Qasimi', 'الإمارات لا تتوانى عن تقديم مختلف أيادي العون', "'وأضاف: «…»' right after her quote (arguable: the masculine verb could point back to the report)"),
    ],
    indirect_quotes=[
        Q('ARE', 'السفينة تحمل على متنها مواد غذائية وتموينية', "'أعلنت الإمارات ... حيث أشارت إلى أن'"),
        Q('ARE', 'إرسال السفينة تأتي في إطار الجسور الإغاثية', "'وأشار بيان صدر أمس إلى أن' (the UAE statement)"),
        Q('ARE', 'حجم المساعدات الإنسانية المقدمة من الإمارات', "'أعلنت وزارة التنمية والتعاون الدولي في تقريرها ... أن'"),
        Q('ARE', 'الجهات المانحة الإنسانية الإماراتية لعبت دورا رئيسيا', "'وقال التقرير إن' (the ministry's report)"),
    ],
    dates=[
        {'text': 'أمس', 'value': '2015-07-30'},
        {'text': 'أول من أمس', 'value': '2015-07-29'},
        {'text': 'عام 2015', 'value': '2015'},
    ],
    events=[
        EV('A UAE relief ship carrying food and supplies arrived at Aden port (announced yesterday)', 'أعلنت الإمارات، أمس، وصول سفينة إغاثة تابعة لها لميناء عدن في اليمن', 'ARE', 'YEM', ['07']),
        EV('UAE humanitarian aid to Yemen reached AED 485 million in 2015 (ministry report)', 'حجم المساعدات الإنسانية المقدمة من الإمارات للاستجابة للأوضاع الإنسانية في اليمن', 'ARE', 'YEM', ['07']),
        EV('Lubna Al Qasimi: the UAE is committed to easing the crisis of affected Yemenis', 'الإمارات ملتزمة بالتخفيف من حدة الأزمة على المتضررين اليمنيين', 'ARE', 'YEM', ['03', '07']),
        EV('The UAE sent a technical team to restart Aden international airport after the liberation of Aden', 'كما أرسلت الإمارات فريقا فنيا متخصصا بعد تحرير عدن لإعادة تشغيل مطار عدن الدولي', 'ARE', 'YEM', ['07', '06']),
        EV("UAE chief of staff Al-Rumaithi came to Saudi Arabia (Riyadh Air Base, the southern region) and was received by Saudi chief of staff Al-Bunyan", 'حيث كان في استقباله رئيس هيئة الأركان العامة الفريق أول ركن عبد الرحمن بن صالح البنيان', 'ARE', 'SAU', ['04'], either=True),
        EV("Yemeni VP Khaled Bahah praised the role of the UAE (and the coalition) in liberating Aden", 'أشاد في وقت سابق بدور الإمارات ودول التحالف العربي', 'YEM', 'ARE', ['05']),
        EV('Bahah met UAE minister of state Anwar Gargash in Riyadh and discussed the situation in Yemen', 'وجاء حديث بحاح خلال لقائه الدكتور أنور قرقاش', 'YEM', 'ARE', ['04'], either=True),
    ],
    forbidden_events=[
        EV("Relief, treatment of the wounded and reconstruction are the next steps Bahah calls for, not acts done", 'والبدء في عمليات الإغاثة الإنسانية وعلاج المصابين والجرحى', 'YEM', 'YEM', ['07']),
    ],
)

ARTS['h72'] = dict(
    published='2015-07-27',
    published_why='Default day of date_extracted; the Eid al-Fitr trip is a few days earlier (July 2015).',
    about="Okaz opinion column: the writer's credit card was hacked (purchases in the US, Australia and the UK, refunded after he wrote to the shops; details passed to Saudi security); on a recent Eid al-Fitr trip to Turkey he saw Arab customers hand their cards to waiters; he proposes that the Monetary Agency oblige banks to offer an activate/suspend switch for cards.",
    entities=[
        E(['Saudi Arabia', 'Kingdom of Saudi Arabia', 'KSA'], ['المملكة'], 'LOC', 'SAU', 1),
        E(['United States', 'United States of America', 'USA', 'US'], ['الولايات المتحدة'], 'LOC', 'USA', 1),
        E(['Australia', 'Commonwealth of Australia'], ['أستراليا'], 'LOC', 'AUS', 1),
        E(['United Kingdom', 'Britain', 'UK', 'Great Britain'], ['المملكة المتحدة'], 'LOC', 'GBR', 1),
        E(['Turkey', 'Türkiye', 'Republic of Turkey'], ['تركيا'], 'LOC', 'TUR', 1),
        E(['Saudi Arabian Monetary Agency', 'SAMA', 'Saudi Arabian Monetary Authority', 'Saudi Central Bank'], ['مؤسسة النقد'], 'ORG', 'SAU', 1),
    ],
    quotes=[],
    indirect_quotes=[],
    dates=[
        {'text': 'عيد الفطر', 'value': '2015-07', 'why': "'خلال رحلتي الأخيرة لتركيا، قبل أيام ... خلال عيد الفطر': Eid al-Fitr 1436 began 17 July 2015"},
    ],
    events=[],
    forbidden_events=[
        EV('The card fraud by unidentified gangs against the writer is a crime, not a political act against Saudi Arabia', 'وجود عمليات شراء من عدة متاجر خارج المملكة', '*', 'SAU', ['17', '18']),
        EV("The writer's holiday trip to Turkey is private travel, not a Saudi visit", 'خلال رحلتي الأخيرة لتركيا', 'SAU', 'TUR', ['04']),
    ],
)


if __name__ == '__main__':
    write(HERE, ARTS)
