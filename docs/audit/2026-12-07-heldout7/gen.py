"""Write h49..h56.expected.json of this held-out set from the annotations below.

    python3 gen.py   (reads the articles through draw.py's articles.json locators)

Every evidence string and quote excerpt is asserted to be a substring of the text.
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, '..'))
from heldout_gen import E, EV, Q, write  # noqa: E402

ARTS = {}

ARTS['h49'] = dict(
    published='2015-08-07',
    published_why="Default day of date_extracted; 'أمس' is the day of the Nineveh Christians' protest vigil in Ankawa (6 Aug 2015, a year after ISIS took the Nineveh Plain).",
    about="Al-Riyadh: hundreds of Christians from Nineveh, displaced by ISIS, held a protest vigil near the UN building in Ankawa (Erbil) demanding the liberation of their areas; provincial council member Matti Haddad urged the federal government to hurry the liberation of the Nineveh Plain and Mosul.",
    entities=[
        E(['Iraq', 'Republic of Iraq'], ['العراق'], 'LOC', 'IRQ', 4),
        E(['Islamic State', 'ISIS', 'ISIL', 'Daesh'], ['داعش', 'تنظيم داعش', 'تنظيم الدولة'], 'ORG', '', 4),
        E(['Nineveh Governorate', 'Nineveh', 'Ninawa', 'Nineveh Province'], ['محافظة نينوى', 'نينوى'], 'LOC', 'IRQ', 2),
        E(['Nineveh Plains', 'Nineveh Plain', 'Plain of Nineveh'], ['سهل نينوى'], 'LOC', 'IRQ', 2),
        E(['Mosul'], ['الموصل'], 'LOC', 'IRQ', 2),
        E(['Ankawa', 'Ainkawa', 'Ain Kawa', 'Ankawa, Erbil'], ['عين كاوة'], 'LOC', 'IRQ', 1),
        E(['Erbil', 'Arbil', 'Erbil Governorate', 'Hewler'], ['أربيل', 'محافظة أربيل'], 'LOC', 'IRQ', 1),
        E(['United Nations', 'UN', 'U.N.'], ['الأمم المتحدة'], 'ORG', '', 1),
        E(['Matti Haddad', 'Matty Haddad', 'Matti Hadad'], ['متى حداد'], 'PER', 'IRQ', 1),
        E(['Nineveh Provincial Council', 'Nineveh Governorate Council', 'Nineveh Council'], ['مجلس محافظة نينوى'], 'ORG', 'IRQ', 1),
    ],
    quotes=[
        Q('Matti Haddad', 'يقفون محتجين بمناسبة مرور عام على هذا الحدث', "'وقال متى حداد ... إن \"...\"' (quote marks)"),
    ],
    indirect_quotes=[],
    dates=[{'text': 'أمس', 'value': '2015-08-06'}],
    events=[
        EV('Hundreds of Nineveh Christians held a protest vigil near the UN building in Ankawa', 'جاءت هذه المطالبة في وقفة احتجاجية نظمها مسيحيو سهل نينوى الموصل', 'IRQ', '*', ['14']),
        EV('Hundreds of Nineveh Christians demanded the liberation of their areas from ISIS', 'طالب المئات من مسيحيي محافظة نينوى أمس، بتحرير مناطقهم', 'IRQ', '*', ['10', '02', '14']),
        EV('Matti Haddad demanded that the federal government hurry the liberation of the Christians\' areas', 'وطالب الحكومة الاتحادية بالإسراع بتحرير مناطق المسيحيين', 'IRQ', 'IRQ', ['10', '02']),
    ],
    forbidden_events=[
        EV('The liberation of the Nineveh Plain is only demanded; no fighting is reported', 'بتحرير مناطقهم من قبضة تنظيم', 'IRQ', '*', ['19']),
        EV("ISIS's killing, torture and looting of the Christians is what they recalled (2014), not an attack of this day", 'واستذكر المسيحيون خلال الوقفة ما تعرضوا له من قتل وتعذيب ونهب', '*', 'IRQ', ['18', '20'], date='2015'),
    ],
)

ARTS['h50'] = dict(
    published='2015-08-07',
    published_why='Default day of date_extracted; an opinion column the day after the Asir emergency-forces mosque bombing (6 Aug 2015).',
    about="Al-Yaum opinion column after the bombing of the Special Emergency Forces mosque in Asir: security men are the first targets; the writer argues ISIS and the Iranian regime act in concert (Iran engineered ISIS in Iraq, Maliki freed ISIS prisoners and left them Mosul, Assad avoided fighting ISIS), so Iran may be using ISIS cells in the Kingdom; Hazem al-Shaalan once said Iranian agents were arrested for plotting attacks in Iraq.",
    entities=[
        E(['Special Emergency Forces', 'Emergency Forces', 'Saudi Special Emergency Forces'], ['قوات الطوارئ'], 'ORG', 'SAU', 2),
        E(['Asir', 'Asir Region', 'Aseer'], ['عسير'], 'LOC', 'SAU', 1),
        E(['Saudi Arabia', 'Kingdom of Saudi Arabia', 'KSA'], ['المملكة', 'السعودية'], 'LOC', 'SAU', 4),
        E(['Islamic State', 'ISIS', 'ISIL', 'Daesh'], ['داعش', 'منظمة داعش', 'تنظيم الدولة'], 'ORG', '', 8),
        E(['Iran', 'Islamic Republic of Iran'], ['إيران'], 'LOC', 'IRN', 8),
        E(['Tehran', 'Teheran'], ['طهران'], 'LOC', 'IRN', 3),
        E(['Iraq', 'Republic of Iraq'], ['العراق'], 'LOC', 'IRQ', 6),
        E(['Syria', 'Syrian Arab Republic'], ['سوريا'], 'LOC', 'SYR', 3),
        E(['Houthis', 'Houthi movement', 'Ansar Allah', 'Ansarallah'], ['الحوثيين', 'الحوثي'], 'ORG', 'YEM', 1),
        E(['Nouri al-Maliki', 'Nouri Maliki', 'Nuri al-Maliki', 'Maliki'], ['نوري المالكي'], 'PER', 'IRQ', 1),
        E(['Mosul'], ['الموصل'], 'LOC', 'IRQ', 1),
        E(['Bashar al-Assad', 'Bashar Assad', 'Assad'], ['الأسد', 'بشار الأسد'], 'PER', 'SYR', 1),
        E(['Free Syrian Army', 'FSA'], ['الجيش السوري الحر', 'الجيش الحر'], 'ORG', 'SYR', 1),
        E(['Hazem al-Shaalan', 'Hazim al-Shaalan', 'Hazem Shaalan'], ['حازم الشعلان'], 'PER', 'IRQ', 1),
        E(['Ayad Allawi', 'Iyad Allawi', 'Allawi'], ['إياد علاوي'], 'PER', 'IRQ', 1),
        E(['Al-Qaeda', 'al-Qaeda', 'Al Qaeda', 'al-Qaida'], ['القاعدة', 'للقاعدة'], 'ORG', '', 1),
    ],
    quotes=[],
    indirect_quotes=[
        Q('Hazem al-Shaalan', 'عملاء لإيران اعتقلوا لأنهم كانوا يخططون لأعمال إرهابية', "'وسبق أن صرح حازم الشعلان ... أن'"),
        Q('USA', 'إيران كانت تستهدف الشيعة', "'ضباطاً أمريكيين كباراً قد شهدوا أن'"),
    ],
    dates=[],
    events=[
        EV('The criminal attack on the mosque of the emergency forces in Asir', 'الاعتداء الإجرامي المؤلم والفظيع الذي استهدف «مسجد» قوات الطوارئ في عسير', '*', 'SAU', ['18']),
    ],
    forbidden_events=[
        EV("That Iran used ISIS cells to commit crimes in the Kingdom is the columnist's conjecture ('why not possible')", 'فلماذا ليس ممكناً أن إيران قد وظفت خلايا من داعش', 'IRN', 'SAU', ['18', '19', '20'], unless=['alleged']),
        EV("Tehran sending al-Qaeda terrorists to bomb Shia mosques in Iraq is a generic accusation of method, not a reported attack", 'إذ تتمكن طهران من إرسال إرهابيين تابعين للقاعدة ليفجروا حسينيات', 'IRN', 'IRQ', ['18'], unless=['alleged']),
        EV("The arrest of Iranian agents is history (Allawi's government, 2004-05), not a 2015 arrest", 'أن عملاء لإيران اعتقلوا لأنهم كانوا يخططون', 'IRQ', 'IRN', ['17'], date='2015'),
    ],
)

ARTS['h51'] = dict(
    published='2015-08-11',
    published_why='Default day of date_extracted; a translated market column (Bloomberg) with no dated news event.',
    about="Al-Yaum, translated Bloomberg column: clean-energy shares (Bloomberg Americas clean-energy index) beat conventional energy companies and the wider market over two years; examples Alterra Power, AES Gener, Canadian Solar against CONSOL, Chesapeake, Chevron; falling renewable costs; quotes from California economist Irena Asmundson and Enel CEO Francesco Starace.",
    entities=[
        E(['Bloomberg', 'Bloomberg L.P.', 'Bloomberg News'], ['بلومبيرج'], 'ORG', 'USA', 2),
        E(['New York Stock Exchange', 'NYSE'], ['بورصة نيويورك'], 'ORG', 'USA', 1),
        E(['Alterra Power', 'Alterra Power Corp'], ['ألتيرا باور'], 'ORG', 'CAN', 1),
        E(['AES Gener', 'AES Gener S.A.'], ['آيه إي إس جينر', 'آيه إي إس'], 'ORG', 'CHL', 2),
        E(['Canadian Solar', 'Canadian Solar Inc.'], ['سولار الكندية'], 'ORG', 'CAN', 1),
        E(['CONSOL Energy', 'Consol Energy'], ['كونسول للطاقة'], 'ORG', 'USA', 1),
        E(['Chesapeake Energy', 'Chesapeake Energy Corporation'], ['تشيزابيكي للطاقة'], 'ORG', 'USA', 1),
        E(['Chevron', 'Chevron Corporation'], ['شيفرون'], 'ORG', 'USA', 1),
        E(['Enel', 'Enel S.p.A.'], ['إنيل'], 'ORG', 'ITA', 1),
        E(['Irena Asmundson', 'Irena Asmundsson'], ['إيرينا أزماندسون'], 'PER', 'USA', 1),
        E(['Francesco Starace'], ['فرانشيسكو ستاراتشي'], 'PER', 'ITA', 1),
        E(['California Department of Finance', 'California Finance Department'], ['وزارة المالية عن ولاية كاليفورنيا'], 'ORG', 'USA', 1),
        E(['United States', 'United States of America', 'USA', 'US'], ['الولايات المتحدة'], 'LOC', 'USA', 2),
        E(['Canada'], ['كندا'], 'LOC', 'CAN', 1),
        E(['Chile'], ['تشيلي'], 'LOC', 'CHL', 2),
        E(['Pennsylvania'], ['بنسلفانيا'], 'LOC', 'USA', 1),
        E(['Oklahoma'], ['أوكلاهوما'], 'LOC', 'USA', 1),
        E(['California'], ['كاليفورنيا'], 'LOC', 'USA', 2),
        E(['Italy'], ['إيطاليا'], 'LOC', 'ITA', 1),
        E(['Rome'], ['روما'], 'LOC', 'ITA', 1),
    ],
    quotes=[
        Q('Irena Asmundson', 'تكلفة الطاقة التقليدية سوف تستمر بالارتفاع', "'قالت: «إن ...»'"),
        Q('Francesco Starace', 'هناك تقارب الآن بين الطاقة التقليدية والطاقة النظيفة', "'يقول فرانشيسكو ستاراتشي ...: «...»'"),
    ],
    indirect_quotes=[],
    dates=[
        {'text': '2015', 'value': '2015'},
        {'text': 'هذا العام', 'value': '2015'},
        {'text': '2009', 'value': '2009'},
        {'text': 'هذا الشهر', 'value': '2015-08'},
        {'text': 'الصيف الماضي', 'value': '2014'},
    ],
    events=[],
    forbidden_events=[],
)

ARTS['h52'] = dict(
    published='2015-07-25',
    published_why="Default day of date_extracted; 'يوم أمس' is the Pentagon's announcement (24 Jul 2015); the strike itself was on 11 July.",
    about="Al-Riyadh (AFP): the Pentagon announced that senior al-Qaeda operational commander Abu Khalil al-Sudani was killed with two other militants in a US air strike in Paktika, Afghanistan, on 11 July; statement handed to reporters travelling with Defense Secretary Ashton Carter in Iraq; Carter credits Gen. John Campbell's NATO forces.",
    entities=[
        E(['United States Department of Defense', 'Pentagon', 'US Department of Defense'], ['البنتاغون', 'وزارة الدفاع الأميركية'], 'ORG', 'USA', 2),
        E(['Al-Qaeda', 'al-Qaeda', 'Al Qaeda', 'al-Qaida'], ['تنظيم القاعدة', 'القاعدة'], 'ORG', '', 4),
        E(['Afghanistan', 'Islamic Republic of Afghanistan'], ['أفغانستان'], 'LOC', 'AFG', 3),
        E(['Paktika', 'Paktika Province'], ['باكتيكا', 'ولاية باكتيكا'], 'LOC', 'AFG', 1),
        E(['Abu Khalil al-Sudani', 'Abu Khalil al-Sudani (al-Qaeda)', 'Abu Khalil Sudani'], ['أبو خليل السوداني', 'السوداني'], 'PER', 'SDN', 3),
        E(['Ashton Carter', 'Ash Carter', 'Carter'], ['اشتون كارتر', 'كارتر'], 'PER', 'USA', 3),
        E(['Iraq', 'Republic of Iraq'], ['العراق'], 'LOC', 'IRQ', 1),
        E(['United States', 'United States of America', 'USA', 'US'], ['الولايات المتحدة'], 'LOC', 'USA', 1),
        E(['Ayman al-Zawahiri', 'Ayman al-Zawahri', 'Zawahiri'], ['أيمن الظواهري'], 'PER', 'EGY', 1),
        E(['John F. Campbell', 'John Campbell', 'John Campbell (general)'], ['جون كامبل'], 'PER', 'USA', 1),
        E(['NATO', 'North Atlantic Treaty Organization'], ['الحلف الأطلسي'], 'ORG', '', 1),
    ],
    quotes=[
        Q('United States Department of Defense', 'مقتل قيادي كبير', "headline convention 'البنتاغون: …'"),
        Q('United States Department of Defense', 'السوداني أحد ثلاثة متطرفين معروفين قتلوا في الغارة', "'وتابع البيان أن \"...\"'"),
        Q('United States Department of Defense', 'اشرف أيضا على عمليات ضد قوات أفغانية وباكستانية', "'وجاء أيضا في البيان أن \"...\"'"),
        Q('Ashton Carter', 'سنواصل التصدي للتطرف العنيف في المنطقة وفي العالم'),
    ],
    indirect_quotes=[
        Q('United States Department of Defense', 'قيادياً كبيراً في تنظيم القاعدة قتل مع مسلحين اثنين', "'أعلنت وزارة الدفاع الأميركية ... أن'"),
        Q('United States Department of Defense', 'العملية التي جرت في 11 يوليو في ولاية باكتيكا', "'وأوضحت الوزارة أن'"),
        Q('United States Department of Defense', 'السوداني يترأس وحدة التفجيرات والهجمات الانتحارية', "'وأضاف أن' (the statement)"),
        Q('Ashton Carter', 'مقتل السوداني يبرز الجهود', "'وقال كارتر في البيان: إن'"),
    ],
    dates=[
        {'text': 'أمس', 'value': '2015-07-24'},
        {'text': '11 يوليو', 'value': '2015-07-11'},
    ],
    events=[
        EV('A US air strike in Paktika killed al-Qaeda commander Abu Khalil al-Sudani and two militants', 'قتل مع مسلحين اثنين في غارة أميركية استهدفته في أفغانستان', 'USA', '*', ['19', '18']),
        EV('Defense Secretary Ashton Carter is on a visit to Iraq', 'لوزير الدفاع الأميركي اشتون كارتر في زيارته إلى العراق', 'USA', 'IRQ', ['04']),
    ],
    forbidden_events=[
        EV("Al-Sudani's plots of attacks against the United States are plans, no attack on the US is reported", 'وله علاقة مباشرة بمخططات لشن هجمات ضد الولايات المتحدة', '*', 'USA', ['18', '19']),
    ],
)

ARTS['h53'] = dict(
    published='2015-08-08',
    published_why='Default day of date_extracted; nothing in the text contradicts it.',
    about="Asharq Al-Awsat: Moroccan poet Sakina Habibullah and Jordanian poet Abdullah Abu Bakr share the fifth Buland al-Haidari Prize for young Arab poets at the 37th Asilah cultural season; the jury's reasons; Mohamed Benaissa (Asilah Forum Foundation) and jury chair Mahdi Akhrif recall al-Haidari.",
    entities=[
        E(['Asilah', 'Assilah', 'Arzila'], ['أصيلة'], 'LOC', 'MAR', 4),
        E(['Morocco', 'Kingdom of Morocco'], ['المغرب'], 'LOC', 'MAR', 1),
        E(['Jordan', 'Hashemite Kingdom of Jordan'], ['الأردن'], 'LOC', 'JOR', 1),
        E(['Sakina Habibullah', 'Sakina Habib Allah', 'Soukaina Habiballah', 'Sakina Habiballah'], ['سكينة حبيب الله'], 'PER', 'MAR', 2),
        E(['Abdullah Abu Bakr', 'Abdallah Abu Bakr', 'Abdullah Abubakr'], ['عبد الله أبو بكر'], 'PER', 'JOR', 2),
        E(['Buland al-Haidari', 'Buland al-Haydari', 'Buland Al Haidari', 'Buland Haidari'], ['بلند الحيدري', 'بلند'], 'PER', 'IRQ', 4),
        E(['Léopold Sédar Senghor', 'Leopold Sedar Senghor', 'Senghor'], ['لي بولد سيدار سنغور'], 'PER', 'SEN', 1),
        E(['Ikram Abdi', 'Ikram Abidi'], ['إكرام عبدي'], 'PER', 'MAR', 1),
        E(['Mahdi Akhrif', 'El Mahdi Akhrif', 'Al-Mahdi Akhrif'], ['المهدي أخريف', 'أخريف'], 'PER', 'MAR', 2),
        E(['Mohamed Benaissa', 'Mohammed Benaissa', 'Mohamed Ben Aissa', 'Muhammad bin Issa'], ['محمد بن عيسى', 'بن عيسى'], 'PER', 'MAR', 3),
        E(['Asilah Forum Foundation', 'Assilah Forum Foundation', 'Asilah Forum'], ['مؤسسة منتدى أصيلة', 'منتدى أصيلة'], 'ORG', 'MAR', 2),
        E(['Abdallah Ould Dah', 'Abdullah Ould Dah', 'Abdallahi Ould Dah'], ['عبد الله ولد الداه'], 'PER', 'MRT', 1),
        E(['Wafaa Lamrani', 'Wafa Al-Omrani', 'Wafaa Al Amrani'], ['وفاء العمراني'], 'PER', 'MAR', 1),
        E(['Mahmoud Qorany', 'Mahmoud Qarni', 'Mahmoud Korany'], ['محمود قرني'], 'PER', 'EGY', 1),
        E(['Zuleikha Abu Risha', 'Zulaykha Abu Risha', 'Zulaikha Abu Risheh'], ['زليخة أبو ريشة'], 'PER', 'JOR', 1),
        E(['Ali Abdullah Khalifa', 'Ali Abdulla Khalifa'], ['علي عبد الله خليفة'], 'PER', 'BHR', 1),
        E(['Badr Shakir al-Sayyab', 'al-Sayyab', 'Badr Shaker al-Sayyab'], ['السياب'], 'PER', 'IRQ', 1),
        E(['Abd al-Wahhab al-Bayati', 'Abdul Wahab al-Bayati', 'al-Bayati'], ['البياتي'], 'PER', 'IRQ', 1),
    ],
    quotes=[
        Q('Mohamed Benaissa', 'بلغنا خبر وفاته بشكل مفاجئ', "'مشيرا إلى أنه ... «...»'"),
        Q('Mahdi Akhrif', 'يعطي أولوية للبناء وللأسلوب الشعري', "'وقال أخريف إنه «...»'"),
    ],
    indirect_quotes=[
        Q('MAR', 'اللجنة استندت في قرارها إلى ما تميزت به أعمال الشاعرين', "'وذكرت لجنة تحكيم الجائزة في تقرير لها تلته الشاعرة إكرام عبدي، أن' — the jury of the Moroccan Asilah Forum (arguable: speaker could be Ikram Abdi, who read it)"),
        Q('Mohamed Benaissa', 'قررت أن تقيم هذه الجائزة وفاء لبلند الحيدري', "'مبرزا أن'"),
        Q('Mohamed Benaissa', 'الراحل بلند كان يحن دائما إلى الشعر', "'وقال بن عيسى إن'"),
        Q('Mahdi Akhrif', 'بلند الحيدري من طليعة الرواد', "'أوضح المهدي أخريف أن'"),
    ],
    dates=[{'text': '1996', 'value': '1996'}],
    events=[],
    forbidden_events=[],
)

ARTS['h54'] = dict(
    published='2015-08-01',
    published_why='Default day of date_extracted; nothing in the text contradicts it.',
    about="Al-Jazirah sports: Saudi club Al-Fayha, in its training camp in Turkey, drew 0-0 with newly promoted Turkish side Sakarya in its third friendly; coach Khalil Al-Masri rotated players; three players in treatment with club doctor Basem Shtewi; visa rules on Africans in Turkey delay the foreign professionals.",
    entities=[
        E(['Al-Fayha FC', 'Al-Fayha', 'Al Fayha', 'Al-Feiha'], ['الفيحاء'], 'ORG', 'SAU', 1),
        E(['Turkey', 'Republic of Turkey'], ['تركيا'], 'LOC', 'TUR', 2),
        E(['Sakaryaspor', 'Sakarya', 'Sakarya Kazanspor'], ['ساكارا', 'ساكارا قازا نتيف'], 'ORG', 'TUR', 2),
        E(['Khalil Al-Masri', 'Khalil Almasri', 'Khalil al-Masry'], ['خليل المصري'], 'PER', 'SAU', 1),
        E(['Basem Shtewi', 'Basim Shtewi', 'Bassem Shteiwi'], ['باسم شتيوي'], 'PER', '', 1),
        E(["Al Majma'ah", 'Al-Majmaah', 'Majmaah', "Al-Majma'ah"], ['المجمعة'], 'LOC', 'SAU', 1),
    ],
    quotes=[],
    indirect_quotes=[],
    dates=[],
    events=[],
    forbidden_events=[
        EV("A friendly football match against a Turkish club ('مواجهات الفريق الودية') is not a fight", 'خاض الفريق الفيحاوي ثالث مبارياته الودية', 'SAU', 'TUR', ['18', '19', '17'], either=True),
    ],
)

ARTS['h55'] = dict(
    published='2015-07-24',
    published_why="Default day of date_extracted; 'أمس' is the launch of the relief convoy (23 Jul 2015).",
    about="Asharq Al-Awsat report from Aden after its liberation: families return to Khor Maksar, Al-Mualla, Al-Tawahi and Crater amid massive destruction; commander Jaafar Mohammed Saad says Aden is secure after the Popular Resistance drove back the Houthi-Saleh forces; ministers launch the first relief convoy of the Aden Relief Coalition; lawyer Saleh Dhiban and activist Leila al-Shubaibi speak; the Southern Resistance and army had declared Aden liberated and taken Al-Maashiq.",
    entities=[
        E(['Aden'], ['عدن'], 'LOC', 'YEM', 10),
        E(['Yemen', 'Republic of Yemen'], ['اليمن'], 'LOC', 'YEM', 1),
        E(['Houthis', 'Houthi movement', 'Ansar Allah', 'Ansarallah'], ['الحوثيين', 'الحوثي'], 'ORG', 'YEM', 4),
        E(['Ali Abdullah Saleh', 'Ali Saleh', 'Saleh'], ['علي عبد الله صالح', 'علي عبدالله صالح', 'صالح'], 'PER', 'YEM', 3),
        E(['Asharq Al-Awsat', 'Asharq al-Awsat', 'Al-Sharq al-Awsat'], ['الشرق الأوسط'], 'ORG', 'SAU', 3),
        E(['Khor Maksar', 'Khormaksar'], ['خور مكسر'], 'LOC', 'YEM', 3),
        E(['Al-Mualla', 'Mualla', 'Al Mualla'], ['المعلا'], 'LOC', 'YEM', 3),
        E(['Al-Tawahi', 'Tawahi', 'At Tawahi'], ['التواهي'], 'LOC', 'YEM', 3),
        E(['Crater', 'Crater (Aden)', 'Kraytar'], ['كريتر'], 'LOC', 'YEM', 4),
        E(['Jaafar Mohammed Saad', 'Jaafar Mohammed Saad (general)', 'Jaafar Saad', 'Jafar Mohammed Saad'], ['جعفر محمد سعد'], 'PER', 'YEM', 1),
        E(['Popular Resistance', 'Yemeni Popular Resistance', 'Popular Resistance Forces'], ['المقاومة الشعبية'], 'ORG', 'YEM', 2),
        E(['Dar Saad', 'Dar Sa\'ad'], ['دار سعد'], 'LOC', 'YEM', 1),
        E(['Abdo al-Hudhaifi', 'Abdu al-Hudhayfi', 'Abdo Al-Hothaifi'], ['عبده الحذيفي'], 'PER', 'YEM', 1),
        E(['Mohammed al-Shaddadi', 'Mohammed Ali al-Shaddadi', 'Mohamed Al-Shadadi'], ['محمد الشدادي'], 'PER', 'YEM', 1),
        E(['Badr Basalama', 'Badr Basalamah', 'Badr Ba Salamah'], ['بدر باسلمة'], 'PER', 'YEM', 1),
        E(['Nayef al-Bakri', 'Naif al-Bakri', 'Nayef Al-Bakri'], ['نائف البكري'], 'PER', 'YEM', 1),
        E(['Aden Relief Coalition', 'Aden Coalition for Relief'], ['ائتلاف عدن للإغاثة'], 'ORG', 'YEM', 1),
        E(['Saleh Dhiban', 'Saleh Thiban', 'Salih Dhiban'], ['صالح ذيبان', 'ذيبان'], 'PER', 'YEM', 2),
        E(['Shamsan', 'Jabal Shamsan', 'Shamsan Mountains'], ['شمسان', 'جبال شمسان'], 'LOC', 'YEM', 1),
        E(['Abyan', 'Abyan Governorate'], ['أبين'], 'LOC', 'YEM', 1),
        E(['Saudi Arabia', 'Kingdom of Saudi Arabia', 'KSA'], ['المملكة العربية السعودية'], 'LOC', 'SAU', 1),
        E(['United Arab Emirates', 'UAE', 'Emirates'], ['الإمارات العربية المتحدة'], 'LOC', 'ARE', 1),
        E(['Qatar', 'State of Qatar'], ['قطر', 'دولة قطر'], 'LOC', 'QAT', 1),
        E(['Leila al-Shubaibi', 'Laila al-Shubaibi', 'Layla Al-Shabibi'], ['ليلى الشبيبي'], 'PER', 'YEM', 1),
        E(['Southern Resistance', 'Southern Popular Resistance', 'South Yemen resistance'], ['المقاومة الجنوبية'], 'ORG', 'YEM', 1),
        E(['Al-Maashiq', 'Al-Maashiq Palace', 'Maashiq', 'Al Maasheeq'], ['المعاشيق'], 'LOC', 'YEM', 1),
        E(['Sirah', 'Seera', 'Sira (Aden)'], ['صيرة'], 'LOC', 'YEM', 1),
    ],
    quotes=[
        Q('Saleh Dhiban', 'لقد عادت بعد التحرير إلى كل حجر في جبال شمسان'),
        Q('Saleh Dhiban', 'كيف أصبحت وجه ساكني تلك المديريات', "'وقال: «...»' continues Dhiban"),
        Q('Saleh Dhiban', 'عدن ستبنيها سواعد أبنائها', "'مؤكدا أن «...»'"),
        Q('Leila al-Shubaibi', 'عدنا إلى مدينة كريتر'),
        Q('Leila al-Shubaibi', 'رغم الدمار الشامل الذي حل بعدن', "'وأضافت: «...»'"),
    ],
    indirect_quotes=[
        Q('Jaafar Mohammed Saad', 'كافة مدن محافظة عدن أصبحت بمأمن', "'قد أعلن في وقت سابق أن'"),
        Q('Jaafar Mohammed Saad', 'مقاتلي المقاومة الشعبية تمكنوا من دحر الحوثيين', "'وأضاف أن'"),
        Q('Jaafar Mohammed Saad', 'مدخل مدينة دار سعد في شمال المدينة أصبح تحت سيطرة', "'وأوضح قائد عمليات تحرير عدن، أن' (the same commander, by his title)"),
        Q('Saleh Dhiban', 'عدن تتنفس هواء نقيا', "'ويقول ... صالح ذيبان لـ«الشرق الأوسط» إن'"),
    ],
    dates=[
        {'text': 'أمس', 'value': '2015-07-23'},
        {'text': 'الخميس', 'value': '2015-07'},
        {'text': '1994', 'value': '1994'},
    ],
    events=[
        EV('Popular Resistance fighters drove the Houthis and Saleh forces out of eastern Aden', 'مقاتلي المقاومة الشعبية تمكنوا من دحر الحوثيين وقوات الرئيس السابق في شرق عدن', 'YEM', 'YEM', ['19']),
        EV('The Southern Resistance and the army took full control of Al-Maashiq, the last Houthi-Saleh stronghold', 'وسيطرتها الكاملة على المعاشيق في منطقة صيرة آخر معاقل ميليشيا الحوثيين', 'YEM', 'YEM', ['19']),
        EV('Ministers and the Aden governor launched the first relief convoy (Aden Relief Coalition) to the liberated districts', 'أكبر وأول قافلة إغاثية للمناطق المحررة', 'YEM', 'YEM', ['07']),
        EV('Returnees praised the role of the coalition countries, the resistance and the army', 'وأثنى هؤلاء على دور دول التحالف ورجال المقاومة وقوات الجيش', 'YEM', '*', ['05', '01']),
    ],
    forbidden_events=[
        EV("Dhiban's 'partnership' with Saudi Arabia, the UAE and Qatar to rebuild Aden is a hope; no Qatari aid is reported", 'بشراكة مخلصة مع إخواننا وأشقائنا في المملكة العربية السعودية والإمارات العربية المتحدة ودولة قطر', 'QAT', 'YEM', ['06', '07', '05'], either=True),
    ],
)

ARTS['h56'] = dict(
    published='2015-08-02',
    published_why="Default day of date_extracted; 'الجمعة' is 31 Jul 2015, SOHR's 'السبت' 1 Aug, 'صباح أمس' the morning of 1 Aug (after the attack launched late on Friday).",
    about="Al-Yaum (wires): opposition factions of the Fatah Halab operations room say they killed 50 regime troops in Al-Rashideen, Aleppo; SOHR reports 25 rebels killed in a failed attack on a base and 9 regime troops; SANA on army kills; in Daraa, the Southern Jaish al-Fatah seizes Kawkab dam from the ISIS-linked Yarmouk Martyrs Brigade; ISIS orders Albukamal internet cafes to stop routers; US envoy Brett McGurk arrives in Ankara to discuss the anti-ISIS agreement with Turkish officials.",
    entities=[
        E(['Aleppo', 'Halab'], ['حلب'], 'LOC', 'SYR', 3),
        E(['Syria', 'Syrian Arab Republic'], ['سوريا'], 'LOC', 'SYR', 2),
        E(['Fatah Halab', 'Fatah Halab operations room', 'Aleppo Conquest'], ['فتح حلب'], 'ORG', 'SYR', 1),
        E(['Nour al-Din al-Zenki Movement', 'Nour al-Din al-Zenki', 'Nour al-Din al-Zinki'], ['نور الدين الزنكي'], 'ORG', 'SYR', 1),
        E(['Al-Rashideen', 'Rashidin', 'Al-Rashidin'], ['الراشدين', 'حي الراشدين'], 'LOC', 'SYR', 2),
        E(['Syrian Observatory for Human Rights', 'SOHR'], ['المرصد السوري لحقوق الإنسان', 'المرصد'], 'ORG', 'SYR', 4),
        E(['Syrian Arab News Agency', 'SANA'], ['سانا'], 'ORG', 'SYR', 1),
        E(['Army of Conquest', 'Jaish al-Fatah', 'Jaysh al-Fatah'], ['جيش الفتح'], 'ORG', 'SYR', 3),
        E(['Liwa Shuhada al-Yarmouk', 'Yarmouk Martyrs Brigade', 'Martyrs of Yarmouk Brigade'], ['لواء شهداء اليرموك'], 'ORG', 'SYR', 1),
        E(['Kawkab Dam', 'Kawkab dam'], ['سد كوكب'], 'LOC', 'SYR', 3),
        E(['Daraa', "Dar'a", 'Deraa'], ['درعا'], 'LOC', 'SYR', 2),
        E(['Al-Shajara', 'Shajara', 'al-Shajarah'], ['الشجرة'], 'LOC', 'SYR', 1),
        E(['Ahrar al-Sham', 'Harakat Ahrar al-Sham', 'Ahrar al-Sham al-Islamiya'], ['أحرار الشام'], 'ORG', 'SYR', 1),
        E(['SMART News Agency', 'SMART', 'Smart News'], ['سمارت'], 'ORG', 'SYR', 1),
        E(['Nafaa', "Nafi'a", 'Nafaah'], ['نافعة'], 'LOC', 'SYR', 1),
        E(['Ain Dhakar', 'Ayn Dhakar', 'Ain Thakar'], ['عين ذكر'], 'LOC', 'SYR', 1),
        E(['Islamic State', 'ISIS', 'ISIL', 'Daesh'], ['داعش', 'تنظيم داعش', 'تنظيم الدولة'], 'ORG', '', 4),
        E(['Abu Kamal', 'Albukamal', 'Al-Bukamal', 'Al Bukamal'], ['البوكمال'], 'LOC', 'SYR', 1),
        E(['Deir ez-Zor', 'Deir ez-Zor Governorate', 'Deir al-Zor', 'Deir Ezzor'], ['دير الزور'], 'LOC', 'SYR', 1),
        E(['Raqqa', 'Ar-Raqqah', 'Al-Raqqa'], ['الرقة'], 'LOC', 'SYR', 2),
        E(['Brett McGurk', 'McGurk'], ['بريت ماكجورك', 'ماكجورك'], 'PER', 'USA', 2),
        E(['United States Department of State', 'US State Department', 'State Department'], ['وزارة الخارجية الأمريكي', 'وزارة الخارجية الأمريكية'], 'ORG', 'USA', 1),
        E(['Ankara'], ['أنقرة'], 'LOC', 'TUR', 1),
        E(['Turkey', 'Republic of Turkey'], ['تركيا'], 'LOC', 'TUR', 1),
        E(['Feridun Sinirlioğlu', 'Feridun Sinirlioglu'], ['فريدون سينيرلي أوغلو'], 'PER', 'TUR', 1),
        E(['Twitter'], ['تويتر'], 'ORG', 'USA', 1),
        E(['Türk Press', 'Turk Press', 'Turkpress'], ['ترك برس'], 'ORG', 'TUR', 1),
    ],
    quotes=[
        Q('SYR', 'وحدة من الجيش أردت إرهابيين قتلى', "SANA quoting a military source, in quote marks"),
        Q('Syrian Observatory for Human Rights', 'ترافقت مع قصف جوي على منطقة الاشتباكات', "'«...»، بحسب المرصد'"),
    ],
    indirect_quotes=[
        Q('SYR', 'فصائل غرفة العمليات دمرت ثلاث دبابات لقوات النظام', "'وجاء في البيان، أن' (the Nour al-Din al-Zenki statement)"),
        Q('Syrian Observatory for Human Rights', 'من بين قتلى المعارضة ثلاثة من قادة المجموعات', "'وأشار المرصد إلى أن'"),
        Q('Army of Conquest', 'تمكن من استعادة السيطرة على سد كوكب', "'وجاء في بيان \"جيش الفتح\" ... أنه'"),
        Q('Army of Conquest', 'المعارك ستستمر حتى', "'منوهاً أن' (the Jaish al-Fatah statement)"),
        Q('SYR', 'سد كوكب يقع بين بلدتي نافعة وعين ذكر', "'قال مسؤول مكتب حركة \"أحرار الشام\" ... أنّ'"),
        Q('Syrian Observatory for Human Rights', 'تنظيم داعش أبلغ أصحاب مقاهي الانترنت', "'نقل المرصد عن مصادر موثوقة، أن'"),
        Q('Brett McGurk', 'قدم إلى تركيا للقاء مستشار وزارة الخارجية التركية', "'وذكر ماكجورك في حسابه على موقع تويتر: إنه'"),
    ],
    dates=[
        {'text': 'الجمعة', 'value': '2015-07-31'},
        {'text': 'السبت', 'value': '2015-08-01'},
        {'text': 'صباح أمس', 'value': '2015-08-01'},
        {'text': '2012', 'value': '2012'},
        {'text': 'أوائل يوليو', 'value': '2015-07'},
    ],
    events=[
        EV('Fatah Halab factions clashed with regime forces in Al-Rashideen, killing 50 troops and destroying three tanks', 'إثر اشتباكات مع فصائل غرفة عمليات "فتح حلب"، في حي الراشدين', 'SYR', 'SYR', ['19', '18'], either=True),
        EV('At least 25 rebels were killed in a failed attack on a military base in the city', 'خلال محاولة هجوم فاشلة قاموا بها على قاعدة عسكرية في المدينة', 'SYR', 'SYR', ['19', '18'], either=True),
        EV('The southern Jaish al-Fatah seized Kawkab dam after clashes with the Yarmouk Martyrs Brigade', 'سيطر "جيش الفتح" في المنطقة الجنوبية، الجمعة، على سد كوكب', 'SYR', 'SYR', ['19']),
        EV('ISIS ordered the internet-cafe owners of Albukamal to switch off their routers', 'تنظيم داعش أبلغ أصحاب مقاهي الانترنت في مدينة البوكمال', '*', 'SYR', ['17', '10']),
        EV('US envoy Brett McGurk arrived in Ankara for talks with Turkish officials', 'وصل نائب مستشار وزارة الخارجية الأمريكي بريت ماكجورك إلى العاصمة التركية أنقرة', 'USA', 'TUR', ['04']),
    ],
    forbidden_events=[],
)


if __name__ == '__main__':
    write(HERE, ARTS)
