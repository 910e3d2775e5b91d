// Package entity turns the names of an article into its entities: it finds
// the gazetteer's actors (package actor) by their Arabic names through
// clitics, takes the statistical recogniser's spans (package ner) for the
// names the gazetteer lacks, attaches titles and descriptors (الرئيس الروسي,
// وزير الدفاع الصيني) to the names they describe, resolves an ambiguous name
// by its context (package ambiguous), and groups every mention of one
// person, place or organisation within the article into one entity linked
// to an actor with the role in force on the article's day.
//
// What a reader of the whole article knows is used too: a name the
// gazetteer lacks takes its country from what introduces it (a nisba just
// before a person, across quotation marks and titles: الشاب الفلسطيني «محمد
// علاونة», الفلسطينية اللواء عدنان الضميري; a descriptor in apposition
// after one; a nisba just after an organisation, or a place or nisba inside
// its name: وزارة الداخلية المصرية, نادي الأسير الفلسطيني; the known place
// an unknown place lies in or near, or the one country of its sentence's
// places), and a surname alone after the full name is the same person
// (هويدي after فهمي هويدي), unless two people of the article share it.
// An official serves the body or place his role names, before the
// story's scene: the governor of a place (محافظ حضرموت), the head of a
// department of a body (مدير العلاقات العامة في الخطوط السعودية). A
// foreign person spelt otherwise than the gazetteer lists him is still
// he (إسحاق هيرتزوج, actor.Variant).
//
// Names beyond the gazetteer and the recogniser are read as news writes
// them: a small place after a noun of settlement (قرية كنصفرة, بلدات
// كنصفرة والبارة, قضاء «صاري قامش», جبل الأكراد), a site after its noun
// (قاعدة العند, منفذ طريبيل: package placename), a person after a title
// and a given name (الفريق ضاحي خلفان), an outlet by its quoted title
// (لـ"الاقتصادية", صحيفة "صنداي تايمز" البريطانية), an armed group by its
// quoted name (ميليشيا «الدفاع الوطني»: package outlet), a formation by its number (الفرقة
// الرابعة). A name met again later is the one introduced (بزركلة, حزب
// العمال, الضفة, عدن once the article has placed it), and what no context
// places takes the country the article is about (articleCountry), as
// news leaves the people and villages of its own story's country unmarked;
// a paper leaves its own country's unmarked too, so the country of the
// document's outlet (Source) is the article's when no other is named
// more often, or when at most two others are named once each, in passing.
//
// Short names are read as a reader of the whole article reads them: a
// body by the last word of its name in quotation marks («الكردستاني»),
// an armed one by its head alone (المقاومة with المقاومة الشعبية: package
// armed) or by a dotted abbreviation (ب.ك.ك), «المملكة» alone as the paper's kingdom
// or the one kingdom the article names (package kingdom), a surname after another given name
// as another person (جيه جونسون is not Boris Johnson), a national body
// without its nisba as the one of the article's country (مجلس الشيوخ in a
// story of Washington, النيابة العامة and حرس الحدود in a Kuwaiti or a
// Saudi one: package national). An official of an
// international body takes the body's code, not a country (المفوض
// الأوروبي, المتحدث باسم الأمم المتحدة, الممثل الخاص للأمين العام للأمم
// المتحدة), and a city's name after a person named in full is his surname
// (وقال ليون after برناردينو ليون). The villages of a list placed once
// lie there (قرى الحواش والقاهرة بسهل الغاب: package locate), and a country
// among countries or in brackets is one (الأردن، وعمان). A nisba that names a language
// (باللغة الإنجليزية) is no country, and a people (الأكراد) no name.
//
// Bodies are read as their names are built: a head and its fields joined
// by و name a body of the article's country (وزارة الشباب والرياضة), a
// police its city's or country's (شرطة دبي), a body is named as it was on
// the article's day (جبهة النصرة in 2015), and of bodies of one name in
// several countries (المقاومة الشعبية) the article's. A known body's name
// that opens a longer role noun of the lexicon is that other body, whose
// country its nisba or the story gives (مجلس الأمن القومي الأمريكي is
// no UN Security Council). A dual before its
// adjectives is no name (بين البحرين الأحمر والمتوسط), and a reporter's
// byline (أيمن حسن- سبق-) gives him his paper's country. A nisba that
// agrees with a body's head is its country, not its name (مركز الدراسات
// والإعلام الاقتصادي اليمني); a nisba after a place where a person serves is
// the place's (القنصل السعودي في مدينة مشهد الإيرانية); a given name and
// surname are the full name without its fathers (خالد الوهيبي). The word shapes
// these rules read are package shape's; the recogniser's spans are
// mended by package span, and an unknown person's surname merged by
// package surname.
package entity
