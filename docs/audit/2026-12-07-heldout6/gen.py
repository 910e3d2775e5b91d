"""Write h41..h48.expected.json of this held-out set from the annotations below.

    python3 gen.py   (reads the articles through draw.py's articles.json locators)

Every evidence string and quote excerpt is asserted to be a substring of the text.
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, '..'))
from heldout_gen import E, EV, Q, write  # noqa: E402

ARTS = {}

ANY = [('%02d' % i) for i in range(1, 21)]

ARTS['h41'] = dict(
    published='2015-07-27',
    published_why="Default day of date_extracted (Monday); 'أمس' is Sunday 26 July 2015, the day of Kilicdaroglu's Hurriyet interview, and 'منذ الجمعة' is Friday 24 July, when the strikes on ISIS and the PKK began.",
    about="Asharq Al-Awsat (with AFP): CHP leader Kemal Kilicdaroglu says his party is ready to join a coalition government with Erdogan's AKP, talks began this week; MHP and HDP refused; he accuses Erdogan of toying with Turkey's future; background: June election, Suruc bombing, army strikes on ISIS in Syria and the PKK in northern Iraq.",
    entities=[
        E(['Kemal Kilicdaroglu', 'Kemal Kılıçdaroğlu', 'Kilicdaroglu'], ['كمال كليتشدار أوغلو', 'كليتشدار أوغلو'], 'PER', 'TUR', 3),
        E(["Republican People's Party", 'CHP', "Republican People's Party (Turkey)"], ['حزب الشعب الجمهوري'], 'ORG', 'TUR', 3),
        E(['Turkey', 'Türkiye', 'Republic of Turkey'], ['تركيا'], 'LOC', 'TUR', 5),
        E(['Justice and Development Party', 'AKP', 'AK Party', 'Justice and Development Party (Turkey)'], ['حزب العدالة والتنمية'], 'ORG', 'TUR', 2),
        E(['Recep Tayyip Erdogan', 'Recep Tayyip Erdoğan', 'Erdogan'], ['رجب طيب إردوغان', 'إردوغان'], 'PER', 'TUR', 3),
        E(['Hürriyet', 'Hurriyet'], ['حرييت'], 'ORG', 'TUR', 1),
        E(['Ahmet Davutoglu', 'Ahmet Davutoğlu', 'Davutoglu'], ['أحمد داود أوغلو'], 'PER', 'TUR', 1),
        E(['Nationalist Movement Party', 'MHP'], ['حزب العمل القومي'], 'ORG', 'TUR', 1),
        E(["Peoples' Democratic Party", 'HDP', "Peoples' Democratic Party (Turkey)"], ['حزب الشعب الديمقراطي'], 'ORG', 'TUR', 1),
        E(['Agence France-Presse', 'AFP'], ['وكالة الصحافة الفرنسية'], 'ORG', 'FRA', 1),
        E(['Suruç', 'Suruc'], ['سروج'], 'LOC', 'TUR', 1),
        E(['Islamic State', 'ISIS', 'ISIL', 'Daesh'], ['داعش', 'تنظيم داعش'], 'ORG', '', 1),
        E(['Syria', 'Syrian Arab Republic'], ['سوريا'], 'LOC', 'SYR', 1),
        E(["Kurdistan Workers' Party", 'PKK', 'Partiya Karkerên Kurdistanê'], ['حزب العمال الكردستاني'], 'ORG', 'TUR', 1),
        E(['Iraq', 'Republic of Iraq'], ['العراق'], 'LOC', 'IRQ', 1),
    ],
    quotes=[
        Q('Kemal Kilicdaroglu', 'يمكننا تحمل هذه المسؤولية من أجل مستقبل البلاد'),
        Q('Kemal Kilicdaroglu', 'إننا نغلب مصلحة تركيا على مصلحة الحزب', "'وأضاف:' continues Kilicdaroglu"),
    ],
    indirect_quotes=[
        Q('Kemal Kilicdaroglu', 'يتلاعب بمستقبل تركيا', "'وقال كليتشدار أوغلو إن إردوغان «…»' (reported, partly in quote marks); Erdogan is named inside, not the speaker"),
    ],
    dates=[
        {'text': 'أمس', 'value': '2015-07-26'},
        {'text': 'يوليو', 'value': '2015-07'},
        {'text': 'يونيو', 'value': '2015-06'},
        {'text': '2002', 'value': '2002'},
        {'text': 'الجمعة', 'value': '2015-07-24'},
        {'text': '23 أغسطس', 'value': '2015-08-23'},
    ],
    events=[
        EV('Kilicdaroglu announced his readiness to join a coalition government with the AKP', 'أمس استعداده للمشاركة في حكومة ائتلافية مع حزب العدالة والتنمية', 'TUR', 'TUR', ['03'], either=True),
        EV('The CHP began negotiations with the ruling party this week', 'بدأ حزب الشعب الجمهوري هذا الأسبوع مفاوضات مع الحزب الحاكم', 'TUR', 'TUR', ['04'], either=True),
        EV('Kilicdaroglu (and the opposition) accused Erdogan of toying with Turkey\'s future / obstructing the coalition talks', 'وتتهم المعارضة إردوغان بإعاقة مفاوضات تشكيل الحكومة الائتلافية', 'TUR', 'TUR', ['11']),
        EV('The MHP and the HDP refused to join a coalition government', 'ورفض حزب العمل القومي اليميني وحزب الشعب الديمقراطي المناصر للأكراد الانضمام إلى حكومة ائتلافية', 'TUR', 'TUR', ['12']),
        EV('The Turkish army has been striking ISIS positions in Syria and PKK positions in northern Iraq since Friday', 'والعمليات التي ينفذها الجيش على مواقع هذا التنظيم في سوريا ومواقع حزب العمال الكردستاني في شمال العراق منذ الجمعة', 'TUR', '*', ['19', '18']),
    ],
    forbidden_events=[
        EV('Joining a coalition government is only offered; no coalition (material cooperation) has been formed', 'استعداده للمشاركة في حكومة ائتلافية', 'TUR', 'TUR', ['06'], either=True),
        EV('The Suruc suicide bombing (20 July) is background, not an attack of the publication day', 'بعد هجوم سروج الانتحاري الدامي الذي نسب لتنظيم داعش', '*', 'TUR', ['18'], date='2015-07-27'),
    ],
)

ARTS['h42'] = dict(
    published='2015-08-04',
    published_why='Default day of date_extracted (Tuesday); nothing in the text contradicts it.',
    about="Okaz sports: player Hamad Al-Juhaim, who moved to Al-Fateh, clears Al-Raed in its dispute with Al-Taee (Al-Raed had told Al-Taee on 1 Ramadan it would drop him and did on 14 Ramadan); the cheque is still with Al-Taee's management; Al-Raed's training camp in Turkey under Algerian coach Amrani.",
    entities=[
        E(['Al-Fateh SC', 'Al-Fateh', 'Al Fateh'], ['نادي الفتح', 'الفتح'], 'ORG', 'SAU', 3),
        E(['Al-Raed FC', 'Al-Raed', 'Al Raed'], ['الرائد'], 'ORG', 'SAU', 5),
        E(['Al-Taee', 'Al-Taee SC', 'Al Taee'], ['الطائي'], 'ORG', 'SAU', 6),
        E(['Hamad Al-Juhaim', 'Hamad Al-Juhaym', 'Hamad Aljuhaim'], ['حمد الجهيم', 'الجهيم'], 'PER', 'SAU', 2),
        E(['Abdullatif Al-Khudair', 'Abdullatif Al-Khodair', 'Abdulatif Al-Khudair'], ['عبداللطيف الخضير'], 'PER', 'SAU', 1),
        E(['Abdullah Al-Odaili', 'Abdullah Al-Adaili', 'Abdullah Al-Udaili'], ['عبدالله العديلي'], 'PER', 'SAU', 1),
        E(['Saudi Professional League', 'Abdul Latif Jameel League', 'Abdullatif Jameel League'], ['دوري عبداللطيف جميل'], 'ORG', 'SAU', 1),
        E(['Turkey', 'Türkiye', 'Republic of Turkey'], ['تركيا'], 'LOC', 'TUR', 1),
        E(['Abdelkader Amrani', 'Abdelkader Amrani (footballer)', 'Abdulkader Amrani'], ['عبدالقادر عمراني'], 'PER', 'DZA', 1),
        E(['Oussama Darragi', 'Osama Darragi', 'Oussama Al-Darragi'], ['أسامة الدراجي'], 'PER', 'TUN', 1),
        E(['Kamil Zayatte', 'Kamil Zayati'], ['كميل زاياتي'], 'PER', 'GIN', 1),
        E(['Amjad Radhi', 'Amjad Radi', 'Amjad Rady'], ['أمجد راضي'], 'PER', 'IRQ', 1),
    ],
    quotes=[],
    indirect_quotes=[
        Q('Hamad Al-Juhaim', 'إدارة الرائد خاطبت نظيرتها الطائي', "'عندما أكد ... أن'"),
        Q('Hamad Al-Juhaim', 'الإدارة الرائدية التزمت بالاتفاقية', "'موضحا أن' continues Al-Juhaim"),
        Q('Hamad Al-Juhaim', 'جلس مع إدارة الطائي على خط المفاوضات', "'وبين الجهيم أنه'"),
        Q('Hamad Al-Juhaim', 'أخبرت إدارة الطائي بوجود عروض تفوق عرضهم', "'وقال إنني' continues Al-Juhaim"),
    ],
    dates=[
        {'text': 'الأول من شهر رمضان', 'value': '2015-06'},
        {'text': 'الرابع عشر من شهر رمضان', 'value': '2015-07'},
        {'text': 'الخميس المقبل', 'value': '2015-08-06'},
    ],
    events=[],
    forbidden_events=[
        EV("The training camp in Turkey is a location; Turkey is no actor of any event", 'في معسكره بتركيا', 'TUR', '*', ANY, either=True),
        EV("The Iraqi player Amjad Radhi returning to training is not an event with Iraq", 'عاد للمران العراقي أمجد راضي', 'IRQ', '*', ANY, either=True),
    ],
)

ARTS['h43'] = dict(
    published='2015-07-26',
    published_why="Default day of date_extracted; confirmed by 'اليوم الأحد' (Sunday 26 July 2015).",
    about="Al-Eqtisadiah (Reuters copy): Middle East stock markets fall on Sunday as oil hits a four-month low; SABIC rises on better-than-expected Q2 profit; Ma'aden, Sahara, Banque Saudi Fransi, Herfy, Emirates NBD, Amlak, TAQA, Ezdan and Palm Hills fall; closing levels of the Saudi, Dubai, Abu Dhabi, Qatar, Egypt, Kuwait and Bahrain indexes.",
    entities=[
        E(['Middle East', 'The Middle East'], ['الشرق الأوسط'], 'LOC', '', 3),
        E(['SABIC', 'Saudi Basic Industries Corporation', 'Saudi Basic Industries'], ['الشركة السعودية للصناعات الأساسية', 'سابك'], 'ORG', 'SAU', 2),
        E(['China', "People's Republic of China"], ['الصين'], 'LOC', 'CHN', 1),
        E(['United States', 'United States of America', 'USA', 'US'], ['الولايات المتحدة'], 'LOC', 'USA', 1),
        E(['Reuters'], ['رويترز'], 'ORG', 'GBR', 1),
        E(["Ma'aden", 'Maaden', 'Saudi Arabian Mining Company'], ['التعدين العربية السعودية', 'معادن'], 'ORG', 'SAU', 1),
        E(['Sahara Petrochemicals', 'Sahara Petrochemical Company'], ['الصحراء للبتروكيماويات'], 'ORG', 'SAU', 1),
        E(['Banque Saudi Fransi', 'Saudi Fransi', 'Banque Saudi Fransi (BSF)'], ['البنك السعودي الفرنسي'], 'ORG', 'SAU', 1),
        E(['Herfy', 'Herfy Food Services', 'Herfy Food'], ['هرفي للأغذية', 'هرفي'], 'ORG', 'SAU', 1),
        E(['Dubai'], ['دبي'], 'LOC', 'ARE', 2),
        E(['Emirates NBD'], ['بنك الإمارات دبي الوطني'], 'ORG', 'ARE', 1),
        E(['Amlak Finance', 'Amlak'], ['أملاك للتمويل'], 'ORG', 'ARE', 1),
        E(['Tabreed', 'National Central Cooling Company'], ['الشركة الوطنية للتبريد المركزي', 'تبريد'], 'ORG', 'ARE', 1),
        E(['Abu Dhabi'], ['أبوظبي'], 'LOC', 'ARE', 2),
        E(['TAQA', 'Abu Dhabi National Energy Company'], ['أبوظبي الوطنية للطاقة', 'طاقة'], 'ORG', 'ARE', 1),
        E(['Qatar', 'State of Qatar'], ['قطر'], 'LOC', 'QAT', 2),
        E(['Ezdan Holding', 'Ezdan Holding Group', 'Ezdan'], ['ازدان القابضة', 'ازدان'], 'ORG', 'QAT', 2),
        E(['Palm Hills Developments', 'Palm Hills'], ['بالم هيلز للتعمير', 'بالم هيلز'], 'ORG', 'EGY', 1),
        E(['Saudi Arabia', 'Kingdom of Saudi Arabia', 'KSA'], ['السعودية'], 'LOC', 'SAU', 1),
        E(['Egypt', 'Arab Republic of Egypt'], ['مصر'], 'LOC', 'EGY', 1),
        E(['Kuwait', 'State of Kuwait'], ['الكويت'], 'LOC', 'KWT', 1),
        E(['Bahrain', 'Kingdom of Bahrain'], ['البحرين'], 'LOC', 'BHR', 1),
    ],
    quotes=[],
    indirect_quotes=[],
    dates=[
        {'text': 'الأحد', 'value': '2015-07-26'},
        {'text': 'مارس', 'value': '2015-03'},
        {'text': 'الجمعة', 'value': '2015-07-24'},
        {'text': 'يوليو', 'value': '2015-07'},
        {'text': 'يونيو', 'value': '2015-06'},
    ],
    events=[],
    forbidden_events=[
        EV("Weak Chinese economic data weighing on oil is market news, not an event with China", 'تحت ضغط بيانات اقتصادية ضعيفة من الصين', 'CHN', '*', ANY, either=True),
        EV("More US oil rigs is market news, not an event with the United States", 'وزيادة عدد منصات الحفر النفطية في الولايات المتحدة', 'USA', '*', ANY, either=True),
    ],
)

ARTS['h44'] = dict(
    published='2015-07-31',
    published_why="Default day of date_extracted; the commander's 'صباح اليوم (أمس)' puts the road's liberation on Thursday 30 July 2015.",
    about="Asharq Al-Awsat: Anbar Operations commander Qassem al-Mohammadi says a joint force liberated the road between Al-Bu Aitha and the Sirmin junction north of Ramadi and is 1 km from the city centre; governor Suhaib al-Rawi on tribal fighters' arms and returning families; a coalition air strike killed ISIS's 'wali of Saqlawiyah' Aref Abdul Razzaq (Ali Dawood); Babil operations commander Riyadh al-Khaikani says his forces killed 10 suicide bombers incl. a Chechen.",
    entities=[
        E(['Al Anbar Governorate', 'Anbar', 'Al Anbar', 'Anbar Province'], ['الأنبار', 'محافظة الأنبار'], 'LOC', 'IRQ', 8),
        E(['Ramadi', 'Ar Ramadi'], ['الرمادي', 'مدينة الرمادي'], 'LOC', 'IRQ', 10),
        E(['Islamic State', 'ISIS', 'ISIL', 'Daesh'], ['داعش', 'تنظيم داعش'], 'ORG', '', 10),
        E(['University of Anbar', 'Anbar University'], ['جامعة الأنبار'], 'ORG', 'IRQ', 2),
        E(['Qassem al-Mohammadi', 'Qasim al-Mohammadi', 'Qassim al-Muhammadi'], ['قاسم المحمدي', 'المحمدي'], 'PER', 'IRQ', 2),
        E(['Asharq Al-Awsat', 'Asharq al-Awsat', 'Al-Sharq al-Awsat'], ['الشرق الأوسط'], 'ORG', 'SAU', 4),
        E(['Al-Bu Aitha', 'Albu Aitha', 'Tal al-Bu Aitha'], ['البو عيثة', 'تل البو عيثة'], 'LOC', 'IRQ', 2),
        E(['Sirmin junction', 'Sirmin', 'Aqdat Sirmin'], ['عقدة سرمن', 'سرمن'], 'LOC', 'IRQ', 2),
        E(['Al-Bu Faraj', 'Albu Faraj', 'Al-Bufaraj'], ['البو فراج'], 'LOC', 'IRQ', 2),
        E(['Al-Thaila', 'Al-Thilah', 'Thaila'], ['الثيلة'], 'LOC', 'IRQ', 1),
        E(['Suhaib al-Rawi', 'Sohaib al-Rawi', 'Suhaib Al-Rawi'], ['صهيب الراوي', 'الراوي'], 'PER', 'IRQ', 3),
        E(['Iraq', 'Republic of Iraq'], ['العراق'], 'LOC', 'IRQ', 1),
        E(['Al-Karma', 'Garma', 'Al-Garma', 'Karmah'], ['الكرمة', 'قضاء الكرمة'], 'LOC', 'IRQ', 2),
        E(['Al-Khairat', 'Khairat', 'Al-Khayrat'], ['الخيرات', 'ناحية الخيرات'], 'LOC', 'IRQ', 1),
        E(['Fallujah', 'Falluja', 'Al-Fallujah'], ['الفلوجة'], 'LOC', 'IRQ', 2),
        E(['Saqlawiyah', 'Saqlawiya', 'Al-Saqlawiyah'], ['الصقلاوية', 'ناحية الصقلاوية'], 'LOC', 'IRQ', 3),
        E(['Khalidiya', 'Al-Khalidiya', 'Khaldiya'], ['الخالدية'], 'LOC', 'IRQ', 2),
        E(['Ali Dawood', 'Ali Daoud', 'Ali Dawood (Khalidiya)'], ['علي داود'], 'PER', 'IRQ', 1),
        E(['United States', 'United States of America', 'USA', 'US'], ['الولايات المتحدة'], 'LOC', 'USA', 1),
        E(['Aref Abdul Razzaq', 'Arif Abdul Razzaq', 'Aref Abdulrazzaq'], ['عارف عبد الرزاق', 'عبد الرزاق'], 'PER', 'IRQ', 2),  # ISIS 'wali' of Saqlawiyah; a local, coded IRQ (arguable)
        E(['Babil Governorate', 'Babil', 'Babylon'], ['بابل'], 'LOC', 'IRQ', 2),
        E(['Riyadh al-Khaikani', 'Riyad al-Khaikani', 'Riyadh Al-Khikani'], ['رياض الخيكاني', 'الخيكاني'], 'PER', 'IRQ', 4),
        E(['Mosul'], ['الموصل'], 'LOC', 'IRQ', 1),
    ],
    quotes=[
        Q('Qassem al-Mohammadi', 'قوة أمنية مشتركة تمكنت صباح اليوم'),
        Q('Qassem al-Mohammadi', 'القطعات العسكرية تمكنت من قتل أعداد كبيرة في صفوف الإرهابيين', "'وأضاف المحمدي «أن …»'"),
        Q('Suhaib al-Rawi', 'الإنجازات التي تحققها القوات الأمنية على أرض الأنبار'),
        Q('Suhaib al-Rawi', 'تم مع لجنة شكلت في وقت سابق بالتعاون مع رئاسة الوزراء', "'وأضاف الراوي «…»'"),
        Q('Ali Dawood', 'نجحت في استهداف الإرهابي المدعو عارف عبد الرزاق'),
        Q('Ali Dawood', 'قتل بعد استهداف سيارته أثناء هروبه', "'وأضاف «أن عبد الرزاق …»' continues Ali Dawood; Abdul Razzaq is only named inside"),
        Q('Riyadh al-Khaikani', 'قواتنا تمكنت من قتل 10 انتحاريين بينهم انتحاري شيشاني'),
        Q('Riyadh al-Khaikani', 'مسلحي تنظيم داعش الإرهابي يحاولون يائسين', "'وأضاف الخيكاني «إن …»'"),
        Q('Riyadh al-Khaikani', 'أكثر من 200 مسلح من عناصر تنظيم داعش الإرهابي قتلوا', "'وأشار الخيكاني إلى «أن «…»'"),
    ],
    indirect_quotes=[
        Q('Riyadh al-Khaikani', 'قيادة عمليات بابل تمكنت من القضاء على 10 إرهابيين', "'أعلن ... اللواء رياض الخيكاني أن'"),
    ],
    dates=[
        {'text': 'أمس', 'value': '2015-07-30'},
    ],
    events=[
        EV('A joint Iraqi security force liberated the road between Al-Bu Aitha and the Sirmin junction from ISIS on Thursday morning', 'قوة أمنية مشتركة تمكنت صباح اليوم (أمس) خلال عملية مباغتة من تحرير الطريق الرابط', 'IRQ', '*', ['19'], date='2015-07-30'),
        EV('The Babil operations command killed 10 attackers, among them a Chechen suicide bomber, south of Ramadi', 'قيادة عمليات بابل تمكنت من القضاء على 10 إرهابيين بينهم انتحاري شيشاني الجنسية', 'IRQ', '*', ['19', '18']),
        EV('A US-led coalition aircraft killed ISIS\'s "wali of Saqlawiyah" in an air strike (the coalition coded USA, as dev d13 codes «التحالف بقيادة الولايات المتحدة»)', 'قتلت غارة شنتها طائرة تابعة لقوات التحالف الدولي على موقع لتنظيم داعش في شمال مدينة الفلوجة', 'USA', '*', ['19', '18']),
        EV('ISIS suicide bombers tried to attack the Iraqi units on the southern axis', 'حاولوا الاعتداء على القطعات العسكرية في المحور الجنوبي', '*', 'IRQ', ['18', '19']),
        EV("The governor's side met the committee formed with the prime minister's office; a delegation of it visited Al-Karma", 'لقاءً تم مع لجنة شكلت في وقت سابق بالتعاون مع رئاسة الوزراء', 'IRQ', 'IRQ', ['04'], either=True),
    ],
    forbidden_events=[
        EV('The Chechen is an ISIS suicide bomber, not Russia: no event with a Russian actor', 'بينهم انتحاري شيشاني الجنسية', 'RUS', '*', ANY, either=True),
    ],
)

ARTS['h45'] = dict(
    published='2015-07-24',
    published_why='Default day of date_extracted; nothing in the text contradicts it.',
    about="Al-Weeam: US Treasury assistant secretary for terrorist financing Daniel Glaser, at a security forum in Colorado, says ISIS earns $40 million a month from oil; intelligence taken after Abu Sayyaf was killed in eastern Syria in May; fighters paid $1,000 a month; ISIS took $500m-1bn in cash after seizing Mosul in June 2014.",
    entities=[
        E(['Daniel Glaser', 'Daniel L. Glaser'], ['دانيال غليزر', 'غليزر'], 'PER', 'USA', 2),
        E(['Islamic State', 'ISIS', 'ISIL', 'Daesh'], ['داعش', 'الدولة الإسلامية', 'تنظيم الدولة الإسلامية'], 'ORG', '', 5),
        E(['Colorado'], ['كولورادو', 'ولاية كولورادو'], 'LOC', 'USA', 1),
        E(['Abu Sayyaf (ISIS)', 'Abu Sayyaf'], ['أبو سياف'], 'PER', '', 1),
        E(['Syria', 'Syrian Arab Republic'], ['سوريا'], 'LOC', 'SYR', 1),
        E(['Mosul'], ['الموصل'], 'LOC', 'IRQ', 2),
        E(['Washington', 'Washington, D.C.'], ['واشنطن'], 'LOC', 'USA', 2),
        E(['Al-Weeam', 'Alweeam', 'Al Weeam'], ['الوئام', 'صحيفة الوئام'], 'ORG', 'SAU', 1),
    ],
    quotes=[
        Q('USA', 'يجمع 40 مليون دولار شهرياً من بيع النفط', "headline convention 'واشنطن: …' (Washington = the US government, through Glaser)"),
    ],
    indirect_quotes=[
        Q('Daniel Glaser', 'يحصل على 40 مليون دولار شهريا من بيع النفط', "'أعلن ... دانيال غليزر أن'"),
        Q('Daniel Glaser', 'حقيقيا من المعلومات الخاصة بتمويل تنظيم', "'وأوضح غليزر ... أن'"),
        Q('Daniel Glaser', 'يتقاضون 1000 دولار شهريا', "'مشيرا أيضا إلى أن' continues Glaser"),
        Q('Daniel Glaser', 'وضع يده بعد سيطرته على الموصل', "'ولفت المسؤول المالي الأمريكي إلى أن' — the description is Glaser"),
    ],
    dates=[
        {'text': 'مايو', 'value': '2015-05'},
        {'text': 'يونيو', 'value': '2014-06'},
    ],
    events=[],
    forbidden_events=[
        EV("Abu Sayyaf's killing (May 2015) and ISIS's seizure of Mosul and its cash (June 2014) are background: no violent or coercive event dated July 2015", 'بعد القضاء على أبو سياف قائد المجموعة المسؤولة عن تجارة النفط والغاز شرق سوريا في مايو الماضي', '*', '*', ['17', '18', '19', '20'], date='2015-07'),
    ],
)

ARTS['h46'] = dict(
    published='2015-08-02',
    published_why="Default day of date_extracted; the copy was written at the end of July: the headline says 'خلال يوليو', so 'الشهر الجاري' is July 2015.",
    about="Al-Jazirah: 25 Libyan Saiqa special forces killed and 35 wounded in July in Benghazi clashes with the Benghazi Revolutionaries Shura Council / Ansar al-Sharia (spokesman Milad al-Zwai); the Libyan army advances toward Derna on the Martuba axis (Abdelkarim Sabra); fighting in Derna between the Derna Mujahideen Shura Council and ISIS, 11 dead.",
    entities=[
        E(['Benghazi'], ['بنغازي'], 'LOC', 'LBY', 1),
        E(['Al-Saiqa', 'Saiqa', 'Libyan Special Forces', 'Al-Saiqa Special Forces'], ['الصاعقة', 'القوات الخاصة الليبية', 'قوات الصاعقة'], 'ORG', 'LBY', 3),
        E(['Shura Council of Benghazi Revolutionaries', 'Benghazi Revolutionaries Shura Council'], ['مجلس شورى ثوار بنغازي'], 'ORG', 'LBY', 1),
        E(['Milad al-Zwai', 'Miloud al-Zwai', 'Milad Al-Zawi'], ['ميلود الزوي', 'الزوي'], 'PER', 'LBY', 2),
        E(['Ansar al-Sharia', 'Ansar al-Sharia (Libya)', 'Ansar al-Sharia in Libya'], ['أنصار الشريعة'], 'ORG', 'LBY', 1),
        E(['Bu Atni', 'Buatni', 'Bu Atni (Benghazi)'], ['بوعطني'], 'LOC', 'LBY', 1),
        E(['Al-Laithi', 'Laithi', 'Al-Leithi'], ['الليثي'], 'LOC', 'LBY', 1),
        E(['Omar Al-Mukhtar Operations Room', 'Omar Mukhtar Operations Room'], ['غرفة عمليات عمر المختار'], 'ORG', 'LBY', 1),
        E(['Libyan National Army', 'Libyan Army', 'LNA'], ['الجيش الليبي'], 'ORG', 'LBY', 3),
        E(['Abdelkarim Sabra', 'Abdulkarim Sabra', 'Abdelkarim Sabran'], ['عبدالكريم صبراً', 'صبراً'], 'PER', 'LBY', 2),
        E(['Martuba', 'Martouba'], ['مرتوبة'], 'LOC', 'LBY', 2),
        E(['Derna', 'Darnah'], ['درنة', 'درنه'], 'LOC', 'LBY', 3),
        E(['Al-Fatayeh', 'Fatayeh', 'Al-Fatayah'], ['الفتائح'], 'LOC', 'LBY', 2),
        E(['Islamic State', 'ISIS', 'ISIL', 'Daesh'], ['داعش', 'تنظيم داعش'], 'ORG', '', 5),
        E(['Libya', 'State of Libya'], ['ليبيا'], 'LOC', 'LBY', 1),
        E(['Mujahideen Shura Council in Derna', 'Derna Mujahideen Shura Council', 'Shura Council of Mujahideen in Derna'], ['مجلس مقاتلي درنة', 'مجلس شورى مقاتلي درنة', 'مجلس مقاتلي درنة وضواحيها'], 'ORG', 'LBY', 3),
    ],
    quotes=[],
    indirect_quotes=[
        Q('Milad al-Zwai', '25 من قوات الصاعقة قتلوا وأصيب 35 آخرون', "'وقال العقيد ميلود الزوي ... إن'"),
        Q('Milad al-Zwai', 'سقوط الشهداء من جنود قوات الصاعقة', "'وأضاف الزوي أن'"),
        Q('Milad al-Zwai', 'القوات الخاصة تتقدم بالتعزية', "'منوهاً بأن' continues al-Zwai"),
        Q('Abdelkarim Sabra', 'الجيش الليبي أحرز تقدمًا كبيرًا', "'كما أعلن المسؤول الإعلامي ... عبدالكريم صبراً، إن'"),
        Q('Abdelkarim Sabra', 'قوات الجيش الليبي تتقدم بفرق مشاة', "'مشيرًا إلى أن' continues Sabra"),
        Q('Abdelkarim Sabra', 'هذه العملية العسكرية جاءت بعد سيطرة شباب درنة', "'وأوضح أن' continues Sabra"),
        Q('Abdelkarim Sabra', 'كانت في نفس الوقت بمحور عين بنت', "'وتابع صبراً بالقول إن'"),
        Q('Abdelkarim Sabra', 'الإرهابي يتراجعون أمام قوات الجيش الليبي', "'وأفاد بأن' continues Sabra"),
        Q('Abdelkarim Sabra', 'تمركزهم الكبير في الوقت الحالي يقع في جامعة الفتائح', "'مؤكدًا أن' continues Sabra"),
        Q('LBY', 'خلفت ستة قتلى من قوات مجلس مقاتلي درنة', "'وكان مسؤول بمجلس شورى مقاتلي درنة قد صرح بأن'"),
        Q('LBY', 'ارتفعت الحالات إلى 11', "'وقال مصدر محلي بالمدينة أنه'"),
        Q('LBY', 'تنظيم داعش لا يزال يسيطر على مناطق مرتفعات', "'لافتاً إلى أن' continues the local source"),
    ],
    dates=[
        {'text': 'يوليو', 'value': '2015-07'},
        {'text': 'الشهر الجاري', 'value': '2015-07'},
    ],
    events=[
        EV('Clashes between the Saiqa special forces and the Benghazi Revolutionaries Shura Council / Ansar al-Sharia killed 25 soldiers', 'جراء الاشتباكات بمناطق متفرقة مع قوات مجلس شورى ثوار بنغازي', 'LBY', 'LBY', ['19', '18'], either=True),
        EV('The Libyan army advanced on the Nawwar-Martuba axis toward Derna and drove ISIS out of the Hila gate', 'إن الجيش الليبي أحرز تقدمًا كبيرًا على محور «النوار ومرتوبة» في اتجاه مدينة درنة', 'LBY', '*', ['19']),
        EV('Fighting in Derna between the Derna Mujahideen Shura Council and ISIS; the toll rose to 11', 'التي تدور في مدينة درنة شرقي ليبيا بين مجلس مقاتلي درنة وضواحيها وتنظيم داعش', 'LBY', '*', ['19', '18'], either=True),
    ],
    forbidden_events=[],
)

ARTS['h47'] = dict(
    published='2015-07-23',
    published_why='Default day of date_extracted; nothing in the text contradicts it.',
    about="Asharq Al-Awsat: GCC Secretary-General Abdullatif Al-Zayani strongly condemns Iraqi Vice-President Nouri al-Maliki's statements on Iraqi TV against Saudi Arabia as irresponsible, false accusations serving foreign interests; praises the clarifications of the Iraqi presidency and government; recalls Saudi and GCC participation in the coalition against ISIS.",
    entities=[
        E(['Gulf Cooperation Council', 'GCC', 'Cooperation Council for the Arab States of the Gulf'], ['مجلس التعاون لدول الخليج العربية', 'مجلس التعاون'], 'ORG', '', 2),
        E(['Abdullatif bin Rashid Al Zayani', 'Abdullatif Al-Zayani', 'Abdul Latif bin Rashid Al Zayani', 'Abdullatif bin Rashid Al-Zayani'], ['عبداللطيف بن راشد الزياني', 'الزياني'], 'PER', 'BHR', 2),
        E(['Nouri al-Maliki', 'Nuri al-Maliki', 'Maliki'], ['نوري المالكي', 'المالكي'], 'PER', 'IRQ', 3),
        E(['Saudi Arabia', 'Kingdom of Saudi Arabia', 'KSA'], ['المملكة العربية السعودية', 'السعودية', 'المملكة'], 'LOC', 'SAU', 2),
        E(['Iraq', 'Republic of Iraq'], ['العراق'], 'LOC', 'IRQ', 4),
        E(['Syria', 'Syrian Arab Republic'], ['سوريا'], 'LOC', 'SYR', 1),
        E(['Islamic State', 'ISIS', 'ISIL', 'Daesh'], ['داعش', 'تنظيم داعش'], 'ORG', '', 1),
    ],
    quotes=[],
    indirect_quotes=[
        Q('Abdullatif bin Rashid Al Zayani', 'لا مسؤولة واتهامات باطلة ومشينة', "'واصفا تلك التصريحات بأنها'"),
        Q('Abdullatif bin Rashid Al Zayani', 'تندرج ضمن مساعي المالكي المعروفة', "'واعتبر الدكتور الزياني ... بأنها'; al-Maliki is only named inside"),
        Q('Abdullatif bin Rashid Al Zayani', 'المواقف والجهود الصادقة السعودية ودول المجلس', "'وأكد الأمين العام أن' — the Secretary-General is Al-Zayani"),
    ],
    dates=[],
    events=[
        EV("The GCC Secretary-General condemned al-Maliki's statements (source the GCC: any country accepted, as dev d11 codes the UN Secretary-General)", 'استنكر الأمين العام لمجلس التعاون لدول الخليج العربية الدكتور عبداللطيف بن راشد الزياني بشدة، تصريحات نائب رئيس الجمهورية العراقي نوري المالكي', '*', 'IRQ', ['11'], codes=['111', '110', '112']),
        EV("Al-Maliki made accusations against Saudi Arabia on Iraqi television", 'تصريحات نائب رئيس الجمهورية العراقي نوري المالكي تجاه المملكة العربية السعودية', 'IRQ', 'SAU', ['11']),
        EV("Al-Zayani praised the clarifications of the Iraqi presidency and government", 'منوهاً بالتوضيحات الصادرة من رئاسة الجمهورية والحكومة العراقية', '*', 'IRQ', ['05', '01']),
    ],
    forbidden_events=[
        EV("Saudi and GCC participation in the coalition against ISIS in Iraq is not an attack on Iraq", 'مشاركة المملكة ودول المجلس بفاعلية في التحالف الدولي لمحاربة تنظيم داعش الارهابي في العراق وسوريا', 'SAU', 'IRQ', ['18', '19', '20']),
    ],
)

ARTS['h48'] = dict(
    published='2015-08-03',
    published_why='Default day of date_extracted; nothing in the text contradicts it.',
    about="Al-Weeam: astronomer Abdulaziz Al-Shammari (Arab Union for Space Sciences and Astronomy) says the Arab heat wave comes from the 24th solar cycle (2008-2020); heat in Palestine, a sandstorm in Amman at 52 degrees, Saudi Arabia (the meteorology authority warns, via Sky News), Egypt's Minya.",
    entities=[
        E(['Abdulaziz Al-Shammari', 'Abdulaziz Al Shammari', 'Abdulaziz Alshammari'], ['عبدالعزيز الشمري'], 'PER', 'SAU', 1),
        E(['Arab Union for Astronomy and Space Sciences', 'Arab Union for Space Sciences and Astronomy', 'AUASS'], ['الاتحاد العربي لعلوم الفضاء والفلك'], 'ORG', '', 1),
        E(['Palestine', 'State of Palestine', 'Palestinian territories'], ['فلسطين'], 'LOC', 'PSE', 1),
        E(['Amman'], ['عمان'], 'LOC', 'JOR', 1),
        E(['Jordan', 'Hashemite Kingdom of Jordan'], ['الاردن', 'الأردن'], 'LOC', 'JOR', 1),
        E(['Saudi Arabia', 'Kingdom of Saudi Arabia', 'KSA'], ['السعودية'], 'LOC', 'SAU', 1),
        E(['Presidency of Meteorology and Environment', 'Saudi Meteorology Authority', 'General Authority of Meteorology and Environmental Protection', 'PME'], ['هيئة الأرصاد السعودية'], 'ORG', 'SAU', 1),
        E(['Sky News Arabia', 'Sky News'], ['سكاي نيوز'], 'ORG', 'ARE', 1),
        E(['Egypt', 'Arab Republic of Egypt'], ['مصر'], 'LOC', 'EGY', 1),
        E(['Minya', 'Minya Governorate', 'El Minya', 'Al Minya'], ['المنيا', 'محافظة المنيا'], 'LOC', 'EGY', 1),
        E(['Al-Weeam', 'Alweeam', 'Al Weeam'], ['الوئام', 'صحيفة الوئام'], 'ORG', 'SAU', 1),
    ],
    quotes=[
        Q('Abdulaziz Al-Shammari', 'موجة الحر العربية نتيجة', "headline convention 'خبير فلكي : …' — the expert is Al-Shammari"),
    ],
    indirect_quotes=[
        Q('Abdulaziz Al-Shammari', 'موجة الحر التي تضرب بلدان عدة في المنطقة العربية', "'قال خبير في الأرصاد الجوية إن' — the expert named in the next sentence"),
        Q('Abdulaziz Al-Shammari', 'هذه الموجة شديدة الحرارة جاءت بسبب تأثير الدورة الشمسية', "'وأوضح ... عبدالعزيز الشمري إن'"),
    ],
    dates=[
        {'text': '2008', 'value': '2008'},
        {'text': '2020', 'value': '2020'},
    ],
    events=[],
    forbidden_events=[
        EV("A sandstorm and heat wave 'striking' Amman/Jordan is weather, not an attack", 'اجتاحت عاصفة رملية غير مسبوقة العاصمة الأردنية عمان', '*', 'JOR', ['18', '19', '20']),
        EV("A heat wave 'striking' Egypt's governorates is weather, not an attack", 'فقد ضربت أغلب محافظات البلاد موجة حارة', '*', 'EGY', ['18', '19', '20']),
        EV("'عمان' here is Amman, Jordan's capital: no event with Oman", 'العاصمة الأردنية عمان', 'OMN', '*', ANY, either=True),
    ],
)


if __name__ == '__main__':
    write(HERE, ARTS)
