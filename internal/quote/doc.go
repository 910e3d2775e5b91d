// Package quote finds the quotes of an Arabic news text and who said them.
//
// Find is a stateless stage: it takes the text, its tokens and sentences
// (package arabic) and the entities of the entity stage, and walks the
// tokens once, looking words up in the lexicon (package lexicon: speech
// verbs, participles, complementizers, channel words, role nouns, country
// adjectives; see its data/README.md) through the clitics the segmenter
// split off, and the quotation marks package marks pairs.
//
// # What is a quote
//
//   - A quotation after a speech verb (قال، أضاف، أكد، يقول، قالت ... past and
//     present, masculine, feminine and plural, with و or ف attached) and its
//     subject: after a colon or comma, or right after them when it has four
//     words or more or ends the sentence. وقال بوتين: "…"; وقال المصدر «…».
//     Without marks, a named speaker's words after the colon, to the clause's
//     end, or a body's (وأوضحت الهيئة في بيانها: …).
//   - Reported speech: the clause after إن/أن/بأن that a speech verb
//     introduces, Direct false (not one after a comma and ف: ، فبعمل
//     التعديلات يمكن أن is that clause's). It runs to the end of the
//     sentence, or to a new attribution after a comma (، مشيرا إلى، وقال، في
//     إشارة، بحسب).
//     Speech verbs inside that clause belong to it.
//   - A quotation of three words or more inside such a clause, as a direct
//     quote of the same speaker (وأضاف أن العلاقات "دخلت بالفعل حقبة
//     جديدة"); the clause itself is kept too when four words or more of it
//     stand outside quotation marks.
//   - A quotation of three words or more with its attribution after it
//     («…»، قال X; «…»، بحسب X; «…»، وفق X), one of any length followed
//     by على حد قوله, and one after وحسب قوله (the speaker carried over).
//   - وصفه X بأنه «…» and وصفته X بـ«…»: X's words.
//   - After ب and the verbal noun of قال (أجاب أوباما بالنفي بقوله: «…»،
//     انتقد أوباما نتنياهو، بقوله إنه …): the words of the subject of the verb
//     before it, never of a phrase after it.
//   - After a word of accord that opens the sentence, a source with a name or
//     a country, and فإن or a comma (وبحسب وكالة الأنباء السعودية، وصلت …):
//     the clause is the source's, unless a speech verb of its own follows.
//   - A clause a source sources after it with a word of accord (… وقتل
//     اثنان منهم، بحسب وكالة الأناضول; وكان القيادي يقوم، بحسب الخبراء، بالتنسيق):
//     the source's reported speech (sourced.go says which sources).
//   - The clause before حسبما (بحسب ما، وفقا لما أعلنه) and a speech verb with
//     its subject (… نصبت لهم حسبما يقول ضباط بالجيش): their reported speech.
//   - A quotation that continues the previous one: و«…» in the same
//     sentence, or a paragraph that opens with a quotation after a quoted
//     paragraph.
//   - A line that opens with a name (or a role and a name) and a colon —
//     the convention of headlines and interview lines — quotes what follows
//     (الجبير: لا مكان للأسد في مستقبل سوريا; «بنك قطر»: متوسط أسعار النفط
//     …). A place before the colon is a dateline, not a speaker, as is a
//     title's word that ends the body's dateline (تربة: … / فلان – تربة).
//
// Anything else in quotation marks — a scare quote, a title, a name
// (بـ"الحقبة الجديدة", حافلة "باص عرب نت", تحت عنوان «…», بشعار «…», في
// عملية «…», كنيته «…», الشيخ «…» in a reported clause) — is no quote. A short quotation
// inside the phrase that names the speaker is part of it (مصادر «المستقبل»),
// the subject when it comes right after the verb (قالت "هيومن رايتس ووتش"
// اليوم إن), the channel after ل, and any quotation right after a relay
// verb (كما نقلت «رويترز»). A verb is not a cue after a preposition (عن
// كشف), when denied (لم يوضح), when impersonal (يذكر أن، ويُتوقع أن), a
// view after كان (كان يرى أن: a past belief), written with hamza below
// (إبان, not أبان), after a demonstrative subject (وأن ذلك يعتبر، هذا يعني
// أن; not هذا وأوضح or وفي ذلك يقول), or after أن (أن
// يقول، إما أن أوضح) unless a time word stands before it (بعد أن قال);
// after كما it is one (كما أكد). A view (يرى، يعتبر) that no one named holds
// is the writer's (والمتأمل في الأحداث يرى أن), no quote. علمت «الصحيفة» من مصادر … أن quotes the
// sources; علمت without من and a source quotes nobody; أن after ما and a verb is that verb's (parts.Which).
//
// # The speaker
//
// Words after the verb that package head reads as its object (يقول كلمتين)
// or a work's (مقطع من الأغنية) name no speaker; see there.
//
// The speaker is named after the verb (VSO), up to a preposition, a time word,
// punctuation or the complementizer; في continues the phrase before an entity
// (مسؤول كبير في كييف) or a body and its country adjective (زعيم الجمهوريين في
// الكونجرس الأمريكي), a title before any name (الدكتور لي), and an indefinite
// word right after a definite phrase ends it unless a role or title stands
// before (الجيش السوداني | قيام حركة). Failing that, it is named just before
// the verb (بوتين قال، محللين قالوا، لكن الوزارة ذكرت): an entity, or a role or
// a definite noun of a body or a medium at the start of a clause.
//
// جاء or ورد before في is a cue (وجاء في مقال هويدي أن, جاء في بيان
// القيادة:): its speaker is whoever the phrase after the speech noun names,
// or, when it names nobody (جاء في تغريدة أخرى, جاء فيها), the speaker
// carried over. A phrase that ends at ل and a news medium (قائد قوات محلية
// لرويترز) ends there: the medium is the channel.
//
// A phrase followed by على لسان and a name, or ending with الصادر before عن
// or من and a name, speaks for that name: وبينت «سابك» على لسان يوسف البنيان
// (Al-Benyan speaks), رجح التحليل الصادر عن بنك قطر الوطني (the bank does).
// Otherwise the phrase is linked to its first person entity (not one after
// باسم: متحدث باسم بان كي مون is the spokesman; not one inside the name of a
// body: المتحدث الرسمي لمركز الملك سلمان للإغاثة رأفت الصباغ is al-Sabbagh),
// else to the entity it opens with (قالت روسيا); a person named later in the
// clause is the speaker when the phrase opens with a role in apposition to
// the name. Otherwise the speaker is described (as is an entity the entity
// stage made of one definite common noun: الوكالة، الوزارة): Text holds its
// words and Country the country they name (a place entity, a country
// adjective such as الصيني, or — after a channel with a country, نقلت وسائل
// إعلام صينية عن وزير دفاعها — the possessive pronoun). A described speaker
// that opens with a role noun (وزير، رئيس، متحدث) is resolved to the person
// the article names with that role and country ("وزير الدفاع الصيني لي
// شانغفو": key "وزير دفاع", CHN; قائد المنطقة الرابعة for قائد المنطقة
// العسكرية الرابعة, a short form), and otherwise through Finder.Resolver. A
// role phrase that ends with two or three words no list knows after a
// definite word (السفيرة الأمريكية في الأمم المتحدة سامانثا باور) names that
// person: the entity stage missed the name, and Name holds its words.
//
// A one-word person is named whole where the entity stage cut the name: with
// the word no list knows that a preposition, a speech verb, a title or a role
// introduces before it (عن خولة الخطيب), or a description (الإعلامية رائدة
// محمد: the phrase runs on to the name), and after a given name with the one or
// two such words up to the end of the phrase (سارة ليا ويتسن مديرة القسم). A
// lone preposition (ما وصفته بـ«…») names nobody, nor does a demonstrative and
// a noun before what they are called (واعتبر هذا الادعاء «فضيحة»: the object).
//
// A verb whose في and pronoun take up the speech noun before it (بتغريدة
// قال فيها، تغريدة للناشط علي النعيمي، جاء فيها) speaks for that noun's
// author: the one named after it with ل, else the nearest person or
// organisation before it that stands after no preposition.
//
// A verb without a subject (وأضاف:, وتابع, وقال في تصريحات …) and a participle
// (قائلا، مشيرا إلى أن) take a carried-over speaker: one named earlier in the
// same sentence, else the first person of the sentence who is not after a
// preposition (a name after وهو is none: وهو عبدالعزيز جاجة) or inside a
// relative clause (an organisation right after the verb that opens the sentence
// is its subject, the person after it the object: ونعت كتائب القسام … عبد
// الرحمن …، وقالت; not when its gender is not the verb's: after وطالب, الدول
// الغربية is the object), else the last speaker of the text — the last quote's
// speaker, or the subject of the previous sentence when that is a person
// (not one named in words without marks after «وقال:», which run on to the
// paragraph's end or the next quote: فلو ابتعد المالكي … is still his). A
// feminine verb or participle (وقالت، مؤكدة) agrees with its speaker: it does
// not continue a man carried from an earlier sentence (a person the text wrote
// with a masculine verb, and never a feminine one) but speaks for the nearest
// organisation, country, body noun (الشركة) or woman named before it, and the
// man stays the speaker carried on. A masculine plural (وقالوا، ويقولون،
// مؤكدين) speaks for the definite plural named before it in its sentence
// (الكتابات التي نشرها المتطرفون، ويقولون فيها); a verb never continues one
// person's words. An indefinite plural role after the verb that opens a
// sentence, with or without و (قلل دبلوماسيون وخبراء مصريون … مؤكدين أن), is a
// subject only a plural continues.
//
// Once the whole text is read, a described speaker that names nobody and no
// country is settled as a reader of the article would: a document (التقرير،
// البيان، الدراسة) speaks for the body that issued it — the organisation the
// article writes a document with (تقرير هيومن رايتس ووتش، بيان صادر عن
// الوزارة، بيانات من الإدارة، قالت قيادة التحالف في بيان; a person's: وشدد عريقات في بيان), or the body's
// description when no entity, the nearest of its own noun first, else the
// body that spoke last, never a country its sentence names; a definite noun
// alone takes up the speaker named before it with the same noun (وقالت
// الوكالة after أفادت وكالة «آرا نيوز»), or else the organisation last named
// with it (الشركة after الشركة السعودية للصناعات الأساسية, المنظمة after
// منظمة «هيومن رايتس ووتش»); a role without a country is the one person the
// article writes with that role (وزير الخارجية after وزير الخارجية عادل
// الجبير; also when the body of the office stands between: الأمين العام
// لمجلس التعاون … الدكتور عبداللطيف الزياني), a description of a kind of
// person (مسؤول، خبير) the one person of its kind the article quotes
// (refer.KindHolder: ولفت المسؤول المالي الأمريكي; خبير فلكي : in a title),
// and an honorific with its pronoun (وقال سموه، وأكد معاليه) the
// person of its rank named last (package honor); the coalition speaks as itself
// (setting.Story.Coalition: قيادة التحالف on Yemen, SAU); else an unnamed speaker
// (ناشطون، مصادر محلية) speaks for the country where the story happens
// (package setting); a paper or a site named after its noun (صحيفة «بيلد»)
// speaks for itself, with its own country or none (setting.Outlet).
//
// A description opening a sentence after a verb that is no speech verb (ورد
// الناطق على الاتهام … قائلا) is the subject قائلا continues; a document after
// the verb speaks for its issuer (بيان صدر عن المنظمة، أصدرته الخزانة), else
// the body that spoke last or itself, no person carried; ناطق بلسان X is X's
// spokesman; هذا المسؤول is the official named before; a person after the
// words spoken in is their addressee; أشار إلى and a noun phrase is
// reported (not after a thing: تشير المؤشرات إلى). subject.go has the rest.
//
// # The channel
//
// Via is read from نقلت X عن Y (and X نقلا عن Y; نقلت X عنه, the speaker
// named before), في تصريحات نقلها X، في تصريحات لـ X، قال ... لوكالة X،
// بحسب X، وفق X, also before the verb (وفي تصريحات لـ«الشرق الأوسط» أمس، أكد).
//
// # Cost
//
// Find is linear in the tokens: map lookups per word, bounded look-ahead
// (a speaker's phrase, the region between a verb and its quote, quotation
// nesting), and one walk per sentence for the carried subject.
package quote
