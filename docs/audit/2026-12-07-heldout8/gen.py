"""Write h57..h64.expected.json of this held-out set from the annotations below.

    python3 gen.py   (reads the articles through draw.py's articles.json locators)

Every evidence string and quote excerpt is asserted to be a substring of the text.
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, '..'))
from heldout_gen import E, EV, Q, write  # noqa: E402

ARTS = {}

ARTS['h57'] = dict(
    published='2015-08-11',
    published_why='Default day of date_extracted; nothing in the text contradicts it.',
    about="Al-Eqtisadiah: Prince Khalid Al-Faisal, governor of Makkah and head of Souq Okaz's supervisory committee, approves the project to develop the Okaz tent; executive director Rashid Al-Ghamdi describes it; the opening ceremony will honour the prize winners (Iraq, Saudi Arabia, Oman, Jordan, Egypt).",
    entities=[
        E(['Khalid bin Faisal Al Saud', 'Khalid Al-Faisal', 'Khaled Al-Faisal', 'Khalid al-Faisal'], ['خالد الفيصل'], 'PER', 'SAU', 1),
        E(['Mecca', 'Makkah', 'Makkah al-Mukarramah', 'Makkah Region', 'Mecca Province'], ['مكة المكرمة', 'منطقة مكة المكرمة'], 'LOC', 'SAU', 3),
        E(['Souq Okaz', 'Souk Okaz', 'Okaz', 'Suq Ukaz', 'Souq Ukaz'], ['سوق عكاظ'], 'LOC', 'SAU', 5),
        E(['Rashid Al-Ghamdi', 'Rashed Al-Ghamdi', 'Rashid Alghamdi'], ['راشد الغامدي'], 'PER', 'SAU', 1),
        E(['Iraq', 'Republic of Iraq'], ['العراق'], 'LOC', 'IRQ', 2),
        E(['Saudi Arabia', 'Kingdom of Saudi Arabia', 'KSA'], ['السعودية', 'المملكة'], 'LOC', 'SAU', 4),
        E(['Oman', 'Sultanate of Oman'], ['عمان'], 'LOC', 'OMN', 1),
        E(['Jordan', 'Hashemite Kingdom of Jordan'], ['الأردن'], 'LOC', 'JOR', 1),
        E(['Egypt', 'Arab Republic of Egypt'], ['مصر'], 'LOC', 'EGY', 1),
        E(['Hazbar Mahmoud', 'Hizbar Mahmoud', 'Hazbar Mahmood'], ['هزبر محمود'], 'PER', 'IRQ', 1),
        E(['Hassan Tawashi', 'Hasan Tawashi', 'Hassan Al-Tawashi'], ['حسن طواشي'], 'PER', 'SAU', 1),
        E(['Hassan Mabrouk Al-Otaibi', 'Hassan Al-Otaibi', 'Hassan Mabrook Al-Otaibi'], ['حسان مبروك العتيبي'], 'PER', 'SAU', 1),
        E(['Ahmed Abdullah Al-Shukaili', 'Ahmed Al-Shukaili', 'Ahmed Al-Shukaily'], ['أحمد عبد الله الشكيلي'], 'PER', 'OMN', 1),
        E(['Ahmed Thabah Al-Shammari', 'Ahmed Al-Shammari', 'Ahmed Dhabah Al-Shammari'], ['أحمد ذباح الشمري'], 'PER', 'SAU', 1),
        E(['Nasser Ibrahim Al-Dubaihi', 'Nasser Al-Dubaihi', 'Nasser Al-Dubayhi'], ['ناصر إبراهيم الضبيحي'], 'PER', 'SAU', 1),
        E(['Munira Saleh Al-Habsi', 'Munira Al-Habsi', 'Muneera Al-Habsi'], ['منيرة صالح الحبسي'], 'PER', 'SAU', 1),
        E(['Sakina Hassan Ali', 'Sakinah Hassan Ali', 'Sukaina Hassan Ali'], ['سكنة حسن علي'], 'PER', 'SAU', 1),
        E(['Haidar Abdullah Ziyad', 'Haider Abdullah Ziyad', 'Haidar Abdullah Ziad'], ['حيدر عبدالله زياد'], 'PER', 'IRQ', 1),
        E(['Ibrahim Abdulaziz Mustafa', 'Ibrahim Abdul Aziz Mustafa', 'Ibrahim Mustafa'], ['إبراهيم عبدالعزيز مصطفى'], 'PER', 'JOR', 1),
        E(['Abdulmohsen Mohammed Nasr', 'Abdul Mohsen Mohammed Nasr', 'Abdulmohsen Nasr'], ['عبدالمحسن محمد نصر'], 'PER', 'EGY', 1),
    ],
    quotes=[],
    indirect_quotes=[
        Q('Rashid Al-Ghamdi', 'سيتم تنفيذ مشروع تطوير الخيمة الحالية', "'وأوضح الدكتور راشد الغامدي، المدير التنفيذي لسوق عكاظ أنه'"),
        Q('Rashid Al-Ghamdi', 'يتابع تفاصيل تنفيذ مشروع تطوير خيمة سوق عكاظ', "'مشيراً إلى أن' continues Al-Ghamdi"),
        Q('Rashid Al-Ghamdi', 'المساحة الإجمالية لموقع مشروع خيمة سوق عكاظ الحالي', "'وبين أن' continues Al-Ghamdi"),
        Q('Rashid Al-Ghamdi', 'مشروع الخيمة يتكون من ثلاثة أجزاء', "'وأفاد المدير التنفيذي لسوق عكاظ أن' (Al-Ghamdi by his title)"),
    ],
    dates=[],
    events=[],
    forbidden_events=[
        EV('The honouring of the Iraqi, Omani, Jordanian and Egyptian winners is planned for the opening ceremony, not done', 'ومن المقرر أن يحتضن مسرح خيمة سوق عكاظ هذا العام حفل الافتتاح', 'SAU', 'IRQ', ['05', '06', '07'], either=True),
        EV('A tent made by a Japanese company is a purchase, not a political event', 'بخيمة تم تصنيعها وتوريدها من شركة يابانية متخصصة', 'JPN', '*', ['06', '07'], either=True),
    ],
)

ARTS['h58'] = dict(
    published='2015-07-31',
    published_why="Default day of date_extracted; 'فجر أمس' is the Knesset vote of 30 July 2015.",
    about="Al-Watan: the Palestinian National Council calls the Knesset's force-feeding law for hunger-striking Palestinian prisoners a legislation of torture and killing; the Knesset passed it at dawn yesterday 46 to 40; the Knesset's description of the law; the Joint List says it lets the Prison Service torture prisoners.",
    entities=[
        E(['Palestinian National Council', 'PNC', 'Palestine National Council'], ['المجلس الوطني الفلسطيني'], 'ORG', 'PSE', 1),
        E(['Knesset', 'Israeli Knesset', 'The Knesset'], ['الكنيست', 'الكنيست الإسرائيلي'], 'ORG', 'ISR', 3),
        E(['State of Palestine', 'Palestine', 'Palestinian territories'], ['فلسطين'], 'LOC', 'PSE', 1),
        E(['Israel Prison Service', 'Israeli Prison Service', 'IPS', 'Israel Prisons Service'], ['مصلحة السجون الإسرائيلية', 'مصلحة السجون'], 'ORG', 'ISR', 2),
        E(['Joint List', 'Joint Arab List', 'The Joint List'], ['القائمة العربية المشتركة', 'القائمة المشتركة'], 'ORG', 'ISR', 1),
    ],
    quotes=[
        Q('PSE', 'تشريع لتعذيبهم وقتلهم', "headline convention 'فلسطين: …' (the Palestinian National Council)"),
        Q('Joint List', 'القانون يتيح لمصلحة السجون الإسرائيلية وأطبائها ممارسة وسائل التعذيب', "'وأوضحت القائمة العربية المشتركة في الكنيست الإسرائيلي:' (colon, no quote marks)"),
    ],
    indirect_quotes=[
        Q('Knesset', 'القانون يقترح تخويل مفوض مصلحة السجون', "'وقال الكنيست إن'"),
    ],
    dates=[{'text': 'أمس', 'value': '2015-07-30'}],
    events=[
        EV('The Palestinian National Council condemned the force-feeding law as legislation to torture and kill prisoners', 'اعتبر المجلس الوطني الفلسطيني قانون التغذية القسرية', 'PSE', 'ISR', ['11']),
        EV('The Knesset passed the law on force-feeding hunger-striking (Palestinian) prisoners (arguable: a restrictive law aimed at Palestinian prisoners, CAMEO 17)', 'وكان الكنيست الإسرائيلي صادق فجر أمس، على قانون التغذية القسرية', 'ISR', '*', ['17']),
        EV('The Joint List (Arab parties in the Knesset) criticized the law as permitting torture', 'وأوضحت القائمة العربية المشتركة في الكنيست الإسرائيلي', 'ISR', 'ISR', ['11']),
    ],
    forbidden_events=[
        EV('Torture and killing of prisoners is what the critics say the law allows, not an act reported', 'تشريعا لتعذيب الأسرى وقتلهم', 'ISR', 'PSE', ['18', '20'], unless=['alleged']),
    ],
)

ARTS['h59'] = dict(
    published='2015-07-23',
    published_why='Default day of date_extracted; an Eid greeting column with no dated news.',
    about="Al-Jazirah reader's column (from Ar-Rass): Eid greetings to King Salman, praised for Operation Decisive Storm against the usurpers of legitimacy in Yemen, to the crown princes, the press, security men, imams who prayed for victory over the Houthis, and the Commission for the Promotion of Virtue; no news event.",
    entities=[
        E(['Salman of Saudi Arabia', 'King Salman', 'Salman bin Abdulaziz Al Saud', 'Salman bin Abdulaziz'], ['الملك سلمان', 'سلمان'], 'PER', 'SAU', 1),
        E(['Yemen', 'Republic of Yemen'], ['اليمن'], 'LOC', 'YEM', 2),
        E(['Houthis', 'Houthi movement', 'Ansar Allah', 'Ansarallah'], ['الحوثيين', 'الحوثي'], 'ORG', 'YEM', 1),
        E(['Committee for the Promotion of Virtue and the Prevention of Vice', 'Commission for the Promotion of Virtue and Prevention of Vice', 'Mutawa', 'CPVPV'], ['هيئة الأمر بالمعروف والنهي عن المنكر'], 'ORG', 'SAU', 1),
        E(['Ar Rass', 'Al Rass', 'Ar-Rass', 'Al-Rass'], ['الرس'], 'LOC', 'SAU', 1),
    ],
    quotes=[],
    indirect_quotes=[],
    dates=[],
    events=[],
    forbidden_events=[
        EV('The launch of Decisive Storm (March 2015) is praised as background; no strike is reported in July', 'القرار التاريخي بإطلاق عاصفة الحزم على مختطفي الشرعية في اليمن', 'SAU', 'YEM', ['18', '19'], date='2015-07'),
        EV("The imams' prayers for victory over the Houthis are a wish, not a fight", 'وأن ينصر جنودنا على الحوثيين الأشرار', 'SAU', 'YEM', ['19'], date='2015-07'),
    ],
)

ARTS['h60'] = dict(
    published='2015-07-26',
    published_why="Default day of date_extracted; 'أمس السبت' is Saturday 25 July 2015.",
    about="Al-Jazirah (DPA): a Yemeni Health Ministry source says coalition raids on Mokha (Taiz) killed 50 civilians in the power-station workers' housing; the coalition also hit air-defence, coastguard and coastal-defence camps; coalition raids on Wadi Dofas (Abyan) killed Houthi-Saleh fighters; clashes between Houthi-Saleh forces and the Popular Resistance at Akad after Houthi reinforcements from Mukayras.",
    entities=[
        E(['Yemen', 'Republic of Yemen'], ['اليمن'], 'LOC', 'YEM', 2),
        E(['Ministry of Public Health and Population (Yemen)', 'Yemeni Ministry of Health', 'Ministry of Health (Yemen)', 'Ministry of Health'], ['وزارة الصحة', 'الصحة اليمنية', 'وزارة الصحة اليمنية'], 'ORG', 'YEM', 1),
        E(['Mokha', 'Al Mokha', 'Mocha', 'Al-Makha', 'Al Makha'], ['المخأ', 'المخا'], 'LOC', 'YEM', 3),
        E(['Taiz', "Ta'izz", 'Taizz', 'Taiz Governorate'], ['تعز'], 'LOC', 'YEM', 1),
        E(['Hodeidah', 'Al Hudaydah', 'Hudaydah', 'Hodeidah Governorate', 'Al Hudaydah Governorate'], ['الحديدة'], 'LOC', 'YEM', 1),
        E(['Deutsche Presse-Agentur', 'DPA', 'German Press Agency'], ['وكالة الأنباء الألمانية'], 'ORG', 'DEU', 2),
        E(['Houthis', 'Houthi movement', 'Ansar Allah', 'Ansarallah'], ['الحوثيين', 'الحوثي', 'أنصار الله', 'جماعة أنصار الله'], 'ORG', 'YEM', 3),
        E(['Ali Abdullah Saleh', 'Ali Saleh', 'Saleh'], ['علي عبد الله صالح', 'علي صالح', 'صالح'], 'PER', 'YEM', 3),
        E(['Saudi Arabia', 'Kingdom of Saudi Arabia', 'KSA'], ['السعودية'], 'LOC', 'SAU', 1),
        E(['Abyan', 'Abyan Governorate'], ['أبين'], 'LOC', 'YEM', 3),
        E(['Wadi Dofas', 'Dofas', 'Wadi Dufas'], ['وادي دوفس'], 'LOC', 'YEM', 1),
        E(['Popular Resistance', 'Yemeni Popular Resistance', 'Popular Resistance Forces'], ['المقاومة الشعبية'], 'ORG', 'YEM', 1),
        E(['Mukayras', 'Mukeiras', 'Mukairas'], ['مكيراس'], 'LOC', 'YEM', 1),
        E(['Al Bayda', 'Al-Bayda', 'Bayda', 'Al Bayda Governorate'], ['البيضاء'], 'LOC', 'YEM', 1),
        E(['Lawdar', 'Loder', 'Lauder'], ['لودر'], 'LOC', 'YEM', 1),
        E(['Akad', 'Akkad', 'Okad'], ['عكد'], 'LOC', 'YEM', 2),
    ],
    quotes=[
        Q('Ministry of Public Health and Population (Yemen)', 'مقتل 50 مدنياً جراء غارات التحالف على المخأ', "headline convention 'الصحة اليمنية: …'"),
    ],
    indirect_quotes=[
        Q('YEM', 'عدد القتلى قابل للزيادة', "'وقال المصدر لوكالة الأنباء الألمانية إن' (the Health Ministry source)"),
        Q('YEM', 'طيران التحالف استهدف في وقت مبكر أمس', "'وبحسب مصادر محلية، فإن'"),
        Q('YEM', 'عملية البحث عن الضحايا تحت الأنقاض ما زالت مستمرة', "'وأشارت إلى أن' (the local sources)"),
        Q('YEM', 'قوات التحالف قصفت أيضاً معسكر الدفاع الجوي', "'وأوضحت المصادر أن'"),
        Q('YEM', 'القصف أدى أيضاً إلى تدمير عدد من العربات العسكرية', "'وقالت المصادر لوكالة الأنباء الألمانية إن' (Yemeni local sources)"),
        Q('YEM', 'اشتباكات عنيفة اندلعت بين الحوثيين وقوات صالح', "'قالت المصادر إن'"),
    ],
    dates=[
        {'text': 'أمس السبت', 'value': '2015-07-25'},
        {'text': '26 آذار/ مارس الماضي', 'value': '2015-03-26'},
    ],
    events=[
        EV('Arab coalition raids on Mokha killed 50 civilians', 'بمقتل 50 مدنياً جراء غارات شنتها قوات التحالف العربي على مدينة المخأ', '*', 'YEM', ['18', '19']),
        EV('The coalition also bombed the air-defence and coastguard camps', 'قوات التحالف قصفت أيضاً معسكر الدفاع الجوي وخفر السواحل', '*', 'YEM', ['19']),
        EV('Three Saudi-led coalition raids on Wadi Dofas killed and wounded Houthi-Saleh fighters', 'جراء ثلاث غارات لطيران التحالف العربي بقيادة السعودية على وادي دوفس', '*', 'YEM', ['18', '19']),
        EV('Fierce clashes between the Houthi-Saleh forces and the Popular Resistance at Akad', 'اشتباكات عنيفة اندلعت بين الحوثيين وقوات صالح من جهة، والمقاومة الشعبية من جهة أخرى', 'YEM', 'YEM', ['19']),
        EV('The Houthis sent military reinforcements from Mukayras toward Akad and Lawdar (arguable: 15 mobilize)', 'حيث دفعت بتعزيزات عسكرية من منطقة «مكيراس»', 'YEM', '*', ['15', '19']),
    ],
    forbidden_events=[
        EV('The German news agency (DPA) only reports: no German actor', 'وقال المصدر لوكالة الأنباء الألمانية إن عدد القتلى قابل للزيادة', 'DEU', '*', ['01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12', '13', '14', '15', '16', '17', '18', '19', '20']),
    ],
)

ARTS['h61'] = dict(
    published='2015-07-24',
    published_why="Default day of date_extracted; 'يوم السبت الماضي' is the column of Saturday 18 July 2015.",
    about="3alyoum column by Ahmed Al-Arfaj: readers answered his Eid column on WhatsApp; his old classmate at the Islamic University of Medina, the poet Al-Murabit Ould Al-Mujtaba, sent a message and a poem on a joyless Eid; no news event.",
    entities=[
        E(['Ahmed Al-Arfaj', 'Ahmad Al-Arfaj', 'Ahmed Alarfaj'], ['أحمد العرفج'], 'PER', 'SAU', 3),
        E(['Al-Murabit Ould Al-Mujtaba', 'Murabit Ould Mujtaba', 'El Mourabit Ould El Moujteba'], ['المرابط ولد المجتبى', 'المرابط أبو المجتبى'], 'PER', 'MRT', 1),
        E(['Islamic University of Madinah', 'Islamic University of Medina', 'Islamic University'], ['الجامعة الاسلامية', 'الجامعة الإسلامية'], 'ORG', 'SAU', 1),
        E(['Medina', 'Madinah', 'Al-Madinah al-Munawwarah'], ['المدينة المنيرة', 'المدينة المنورة', 'المدينة'], 'LOC', 'SAU', 1),
        E(['Islamic State', 'ISIS', 'ISIL', 'Daesh'], ['داعش', 'تنظيم الدولة'], 'ORG', '', 1),
        E(['Boko Haram'], ['بوكو حرام'], 'ORG', 'NGA', 1),
    ],
    quotes=[
        Q('Al-Murabit Ould Al-Mujtaba', 'مقالك مقال جميل جداً كالعادة', "the friend's message, 'حيث يقول فيها:'"),
        Q('Al-Murabit Ould Al-Mujtaba', 'شكرا لك يا من ترسم البسمة على شفاه القراء', "'واختتم رسالته:'"),
    ],
    indirect_quotes=[],
    dates=[{'text': 'يوم السبت الماضي', 'value': '2015-07-18'}],
    events=[],
    forbidden_events=[],
)

ARTS['h62'] = dict(
    published='2015-07-25',
    published_why="Default day of date_extracted; 'اليوم السبت' is Saturday 25 July 2015, the day of the draw.",
    about="Al-Yaum: the 2018 World Cup qualifying draw at the Konstantin Palace in St Petersburg paired Asia's fifth with CONCACAF's fourth and the Oceania champion with South America's fifth in two intercontinental play-offs; the FIFA executive committee's allocation of 30 May for 2018 and 2022; Russia qualifies as host.",
    entities=[
        E(['Saint Petersburg', 'St. Petersburg', 'St Petersburg'], ['سان بطرسبرج', 'سان بطرسبورغ'], 'LOC', 'RUS', 1),
        E(['Konstantin Palace', 'Konstantinovsky Palace', 'Constantine Palace'], ['قصر كونستانتين'], 'LOC', 'RUS', 1),
        E(['CONCACAF', 'Confederation of North, Central America and Caribbean Association Football'], ['كونكاكاف', 'الكونكاكاف'], 'ORG', '', 3),
        E(['Oceania Football Confederation', 'OFC'], ['اتحاد أوقيانوسية', 'اتحاد الأوقيانوسية'], 'ORG', '', 2),
        E(['CONMEBOL', 'South American Football Confederation'], ['الكونميبول'], 'ORG', '', 1),
        E(['FIFA', 'Fédération Internationale de Football Association'], ['الفيفا', 'فيفا'], 'ORG', '', 1),
        E(['Russia', 'Russian Federation'], ['روسيا'], 'LOC', 'RUS', 1),
        E(['Qatar', 'State of Qatar'], ['قطر'], 'LOC', 'QAT', 1),
        E(['Brazil', 'Federative Republic of Brazil'], ['البرازيل'], 'LOC', 'BRA', 1),
    ],
    quotes=[],
    indirect_quotes=[],
    dates=[
        {'text': 'اليوم السبت', 'value': '2015-07-25'},
        {'text': '30 أيار/مايو الماضي', 'value': '2015-05-30'},
    ],
    events=[],
    forbidden_events=[
        EV("Play-off 'confrontations' and 'challenges' between national teams are football, not conflict", 'خامس آسيا يواجه رابع الكونكاكاف وبطل أوقيانوسية يتحدى خامس الكونميبول', '*', '*', ['13', '15', '16', '17', '18', '19', '20']),
    ],
)

ARTS['h63'] = dict(
    published='2015-07-25',
    published_why="Default day of date_extracted; 'اليوم السبت' is Saturday 25 July 2015, the day of the Istanbul meeting.",
    about="Asharq Al-Awsat: an opposition source says Hezbollah presses the Zabadani rebels to leave without their weapons; activist Ismail al-Darani reports rebel advances and regime/Hezbollah shelling; de Mistura's team meets 11 opposition factions in Istanbul today (DPA), a military source saying what the factions will ask and that the regime rejected a Zabadani-Fu'ah ceasefire, then partly agreed under Iranian pressure.",
    entities=[
        E(['Hezbollah', 'Hizbullah', 'Hizballah'], ['حزب الله', 'حزب الله اللبناني'], 'ORG', 'LBN', 5),
        E(['Zabadani', 'Al-Zabadani', 'Az-Zabadani'], ['الزبداني'], 'LOC', 'SYR', 6),
        E(['Asharq Al-Awsat', 'Asharq al-Awsat', 'Al-Sharq al-Awsat'], ['الشرق الأوسط'], 'ORG', 'SAU', 3),
        E(['Staffan de Mistura', 'De Mistura', 'Staffan De Mistura'], ['ستيفان دي ميستورا', 'دي ميستورا'], 'PER', '', 5),
        E(['Istanbul', 'İstanbul'], ['إسطنبول', 'اسطنبول'], 'LOC', 'TUR', 3),
        E(['Ahrar al-Sham', 'Harakat Ahrar al-Sham al-Islamiyya', 'Ahrar ash-Sham'], ['حركة أحرار الشام', 'أحرار الشام'], 'ORG', 'SYR', 3),
        E(['Rif Dimashq Governorate', 'Rif Dimashq', 'Damascus Countryside', 'Damascus'], ['ريف دمشق', 'دمشق'], 'LOC', 'SYR', 3),
        E(['Homs'], ['حمص'], 'LOC', 'SYR', 1),
        E(['Moadamiyeh', 'Muadamiyat al-Sham', 'Al-Moadamiyeh', 'Moadamiyet al-Sham'], ['المعضمية'], 'LOC', 'SYR', 1),
        E(['Syria', 'Syrian Arab Republic'], ['سوريا'], 'LOC', 'SYR', 1),
        E(['Ismail al-Darani', 'Ismail Al-Darani', 'Ismail Darani'], ['إسماعيل الداراني', 'الداراني'], 'PER', 'SYR', 2),
        E(['Deutsche Presse-Agentur', 'DPA', 'German Press Agency'], ['وكالة الأنباء الألمانية'], 'ORG', 'DEU', 2),
        E(['Turkey', 'Republic of Turkey'], ['تركيا'], 'LOC', 'TUR', 1),
        E(['Gaziantep', 'Ghazi Antep', 'Aintab'], ['غازي عنتاب'], 'LOC', 'TUR', 1),
        E(['Ramzy Ezzeldin Ramzy', 'Ramzi Ezzeldin Ramzi', 'Ramzy Ezz Eldin Ramzy'], ['رمزي عز الدين رمزي'], 'PER', 'EGY', 1),
        E(['Marwa Fouad', 'Marwa Fuad'], ['مروة فؤاد'], 'PER', 'EGY', 1),
        E(['United Nations Security Council', 'UN Security Council', 'Security Council', 'UNSC'], ['مجلس الأمن'], 'ORG', '', 2),
        E(['Bashar al-Assad', 'Bashar Assad', 'Assad'], ['الأسد'], 'PER', 'SYR', 2),
        E(["Al-Fu'ah", 'Fuaa', 'Al-Fuah', 'Foua'], ['الفوعة'], 'LOC', 'SYR', 1),
        E(['Idlib', 'Idlib Governorate'], ['إدلب'], 'LOC', 'SYR', 1),
        E(['Iran', 'Islamic Republic of Iran'], ['إيران'], 'LOC', 'IRN', 1),
        E(['Jaysh al-Islam', 'Army of Islam', 'Jaish al-Islam'], ['جيش الإسلام'], 'ORG', 'SYR', 1),
    ],
    quotes=[
        Q('SYR', 'يدفع باتجاه تسوية مشابهة، تعني استسلامًا للمقاتلين المعارضين', "the opposition source, 'قائلاً إن حزب الله «…»'"),
        Q('SYR', 'بدأ استنزاف المقاتلين المعارضين في الداخل', "'وتابع أن الحزب «…»'"),
        Q('SYR', 'يضغط كي يستسلم المقاتلون المعارضون', "'بل إن الحزب «…»'"),
        Q('SYR', 'في حال تم الاتفاق على خروج مقاتلي المعارضة', "'واستطرد «…»'"),
        Q('Ismail al-Darani', 'وقوع عدة إصابات بين عناصر الجيش', "'مشيرًا إلى «…»'"),
        Q('Ismail al-Darani', 'عشرات القتلى لحزب الله وقوات النظام', "'وقال إن المواجهات أسفرت عن وقوع «…»'"),
        Q('Ismail al-Darani', 'قصفت من حاجز الحوش وخدام وقلعة التل على المدينة', "'وذكر الداراني أيضًا أن قوات النظام وحزب الله: «…»'"),
        Q('SYR', 'الاجتماع سيكون غدًا (اليوم) في إسطنبول', "'ونقلت الوكالة عن مصدر عسكري سوري معارض … قوله إن «…»'"),
        Q('SYR', 'قادة فصائل عسكرية أو ممثلين عنهم سيطرحون أمام فريق دي ميستورا', "'وأضاف المصدر … أن «…»'"),
        Q('SYR', 'دي ميستورا أمام خيارين في تقريره', "'وأضاف المصدر العسكري المنشق أن «…»'"),
        Q('SYR', 'قبل أيام طرح وقف إطلاق النار في الزبداني', "'وتابع المصدر «…»'"),
    ],
    indirect_quotes=[
        Q('SYR', 'يضغط على المقاتلين المعارضين في الزبداني للخروج من المدينة', "'قال مصدر بارز في المعارضة السورية لـ«الشرق الأوسط» إن'"),
        Q('SYR', 'يرفض أن تبقى الأحياء في الداخل بعهدة مقاتلين معارضين', "'وأردف المصدر المعارض أن حزب الله،'"),
        Q('Ismail al-Darani', 'تمكنوا من استعادة نقطتي تمركز للقوات الحكومية', "'إذ أبلغ إسماعيل الداراني … «الشرق الأوسط»، أن'"),
    ],
    dates=[
        {'text': 'اليوم السبت', 'value': '2015-07-25'},
        {'text': 'الأربعاء', 'value': '2015-07-22'},
        {'text': 'أيار 2014', 'value': '2014-05'},
        {'text': 'نهاية الشهر الجاري', 'value': '2015-07'},
    ],
    events=[
        EV('Hezbollah is pressing the rebels in Zabadani to leave the city without their weapons', 'إن حزب الله اللبناني، يضغط على المقاتلين المعارضين في الزبداني للخروج من المدينة', 'LBN', 'SYR', ['10', '17']),
        EV("De Mistura('s team) meets the opposition factions in Istanbul today (scheduled for the day of publication)", 'يجتمع المبعوث الدولي ستيفان دي ميستورا اليوم السبت مع فصائل المعارضة في إسطنبول', '*', 'SYR', ['03', '04'], either=True),
        EV('Hezbollah took the Zabadani plain, closed the last tunnels and is wearing down the rebels inside', 'بدأ استنزاف المقاتلين المعارضين في الداخل، منذ الأربعاء، بعد السيطرة على سهل الزبداني', 'LBN', 'SYR', ['19']),
        EV('The rebels advanced in Zabadani and retook two government positions', 'أن الثوار تقدّموا في الزبداني من جهة الشلاح، وتمكنوا من استعادة نقطتي تمركز للقوات الحكومية', 'SYR', 'SYR', ['19']),
        EV('Regime forces and Hezbollah shelled the city from several checkpoints', 'قصفت من حاجز الحوش وخدام وقلعة التل على المدينة', 'SYR', 'SYR', ['19']),
        EV('The regime refused a ceasefire in the Zabadani battles (the military source)', 'أن النظام رفض إيقاف إطلاق النار في معارك الزبداني', 'SYR', 'SYR', ['12']),
        EV('Iran pressed the regime to agree partly to the Zabadani-Fuah ceasefire', 'ثم عاد ووافق جزئيًا بضغط من إيران', 'IRN', 'SYR', ['10', '17']),
    ],
    forbidden_events=[
        EV('A Russian veto is a hypothesis about the report, not an act', 'وذلك قد يعرضه لـ(فيتو) روسي', 'RUS', '*', ['12', '16']),
        EV('The old Homs agreements (May 2014) are background, not a 2015 agreement', 'تختلف عن اتفاقات حمص القديمة (مايو /أيار 2014)', 'SYR', 'SYR', ['05'], date='2015'),
    ],
)

ARTS['h64'] = dict(
    published='2015-08-01',
    published_why="Default day of date_extracted; 'أمس' is 31 July 2015, the day of the 41 strikes.",
    about="Al-Eqtisadiah: the US-led coalition carried out 41 air strikes on ISIS in Syria (Deir ez-Zor, Hasakah) and Iraq; SOHR's Rami Abdulrahman says strikes badly damaged two bridges near Abu Kamal used by ISIS; coalition chief of staff Gen. Kevin Killea on the effect on ISIS in Ramadi; ISIS took Deir ez-Zor in summer 2014.",
    entities=[
        E(['Islamic State', 'ISIS', 'ISIL', 'Daesh'], ['داعش', 'تنظيم الدولة'], 'ORG', '', 6),
        E(['Syria', 'Syrian Arab Republic'], ['سورية', 'سوريا'], 'LOC', 'SYR', 4),
        E(['Iraq', 'Republic of Iraq'], ['العراق'], 'LOC', 'IRQ', 4),
        E(['United States', 'United States of America', 'USA', 'US'], ['الولايات المتحدة'], 'LOC', 'USA', 1),
        E(['Deir ez-Zor', 'Deir al-Zour', 'Deir Ezzor', 'Deir ez-Zor Governorate'], ['دير الزور'], 'LOC', 'SYR', 3),
        E(['Al-Hasakah', 'Hasakah', 'Al-Hasakah Governorate', 'Hasaka'], ['الحسكة'], 'LOC', 'SYR', 1),
        E(['Rami Abdulrahman', 'Rami Abdel Rahman', 'Rami Abdul Rahman'], ['رامي عبدالرحمن', 'عبدالرحمن'], 'PER', 'SYR', 2),
        E(['Syrian Observatory for Human Rights', 'SOHR'], ['المرصد السوري لحقوق الإنسان'], 'ORG', 'SYR', 1),
        E(['Abu Kamal', 'Al-Bukamal', 'Albu Kamal', 'Bukamal'], ['البوكمال'], 'LOC', 'SYR', 3),
        E(['Baghuz', 'Al-Baghuz', 'Baghouz', 'Al-Baghouz'], ['الباغوز'], 'LOC', 'SYR', 1),
        E(['Al-Anbar', 'Anbar', 'Al Anbar Governorate', 'Anbar Governorate'], ['الأنبار'], 'LOC', 'IRQ', 2),
        E(['Ramadi', 'Al-Ramadi'], ['الرمادي'], 'LOC', 'IRQ', 1),
        E(['Washington', 'Washington, D.C.'], ['واشنطن'], 'LOC', 'USA', 1),
        E(['Kevin Killea', 'Kevin J. Killea', 'Gen. Kevin Killea'], ['كيفن كيليا'], 'PER', 'USA', 1),
    ],
    quotes=[
        Q('Rami Abdulrahman', 'ضربات قوات التحالف الدولي تسببت في تهدم جزء كبير من جسرين', "'قال رامي عبدالرحمن مدير المرصد السوري لحقوق الإنسان \"…\"'"),
        Q('Rami Abdulrahman', 'يصل بين مدينة البوكمال وقرية الباغوز', "'وأوضح أن أحد الجسرين \"…\"'"),
        Q('Rami Abdulrahman', 'لا تقطع الطريق على التنظيم نحو العراق', "'وقال عبدالرحمن إن الضربات \"…\"'"),
        Q('Rami Abdulrahman', 'سيجعل التحركات تستغرق وقتا أطول', "'وتدميرهما \"…\"'"),
        Q('USA', 'ضربت أهدافا عدة لـ', "'وأعلن الائتلاف الدولي في واشنطن أمس أن قواته \"…\"' (arguable: speaker the US-led coalition, country USA)"),
        Q('Kevin Killea', 'سيكون لهذه الضربات أثر عميق على قدرة داعش', "'وقال الجنرال كيفن كيليا، رئيس أركان الائتلاف \"…\"'"),
    ],
    indirect_quotes=[
        Q('USA', '17 ضربة جوية نفذت قرب دير الزور', "'وقالت القيادة المشتركة لقوات التحالف الدولي في بيان: إن' (arguable: speaker the US-led coalition, country USA)"),
        Q('USA', 'القوات نفذت أيضاً 17 ضربة جوية في العراق', "'وأضاف البيان أن'"),
    ],
    dates=[
        {'text': 'أمس', 'value': '2015-07-31'},
        {'text': 'صيف 2014', 'value': '2014'},
        {'text': 'أيلول (سبتمبر) 2014', 'value': '2014-09'},
    ],
    events=[
        EV('The US-led coalition carried out 41 air strikes on ISIS positions in Syria and Iraq', 'نفذت قوات التحالف الدولي بقيادة الولايات المتحدة وحلفائها أمس 41 ضربة جوية', 'USA', '*', ['19'], codes=['195']),
        EV('17 strikes near Deir ez-Zor in Syria (and 7 near Hasakah) on ISIS targets', 'إن 17 ضربة جوية نفذت قرب دير الزور', 'USA', '*', ['19'], codes=['195']),
        EV('Coalition strikes largely destroyed two main bridges in Deir ez-Zor province', 'ضربات قوات التحالف الدولي تسببت في تهدم جزء كبير من جسرين رئيسيين', 'USA', '*', ['19'], codes=['195']),
    ],
    forbidden_events=[
    ],
)


if __name__ == '__main__':
    write(HERE, ARTS)
