// Package when finds the date expressions of an Arabic news text and
// resolves each to the calendar against the article's publication date:
// a day (YYYY-MM-DD), a month (YYYY-MM) or a year (YYYY).
//
// Find is a stateless function over the tokens of arabic.Tokenize: it walks
// the tokens once and looks each normalised word up in tables embedded from
// data/ (month names, weekdays, number words, units, cue words; see
// data/README.md for their sources). Spans and values are byte offsets into
// the original text; a conjunction or preposition glued to the first word is
// left out of the span (والأحد → الأحد, لعام 2002 → عام 2002), except لل,
// whose ل belongs to the article (للعام الحالي).
//
// The rules, with examples for an article published on Sunday 2023-04-16:
//
//   - A weekday is the most recent such day on or before publication
//     (الأحد → 2023-04-16, الجمعة → 2023-04-14); with الماضي the one
//     before publication (الأحد الماضي → 2023-04-09); with المقبل or القادم,
//     or in a future context — a verb with the prefix سـ (سيزور, ستعقد) or
//     سوف, من المقرر, من المتوقع within six words before it in the sentence —
//     the next one after publication (سيزور القاهرة الخميس → 2023-04-20).
//     A time of day or يوم before it joins the span (صباح يوم الاثنين →
//     2023-04-10); a date after it gives the value (الثلاثاء الموافق
//     5/8/2008 → 2008-08-05), and a day and month without a year take the
//     year, within one of publication, in which they fall on that weekday.
//   - A day and month, in any month system — Gregorian (أبريل, ابريل,
//     يوليه), Maghrebi (أفريل, جويلية, أوت), Levantine (نيسان, تشرين الأول),
//     doubled (19 نيسان/أبريل, 19 نيسان (أبريل), أبريل/نيسان, 24 يوليو
//     تموز with no mark between) — with a year
//     in Western or Arabic-Indic digits (١٩ نيسان ٢٠٢٣ → 2023-04-19),
//     optionally after عام or من عام and before م or ميلادي. Without a year,
//     the year of a year told before it in its sentence, up to
//     publication's, outside a future context (في عام 2012 اقتحموا السفارة
//     في 14 سبتمبر → 2012-09-14; a chronology's line 1994 - انتهت الحرب في
//     7 يوليو → 1994-07-07); else the year that puts the day nearest to
//     publication (28 ديسمبر read on 2023-01-05 → 2022-12-28); in a future context the nearest on or after
//     publication; with الماضي or المقبل the nearest before or after it (9
//     سبتمبر الماضي read on 2004-07-26 → 2003-09-09). A day may be an ordinal
//     (الثامن والعشرين من فبراير 2002 → 2002-02-28, أول مايو).
//   - A month without a day is YYYY-MM (شباط/فبراير 2022 → 2022-02; alone,
//     نيسان → the April nearest to publication; يونيو الماضي → the last June
//     before the month of publication; أيار من العام الماضي → 2022-05). A
//     name that is also a common word or a name (مارس, صفر, رجب, رمضان, ماي)
//     is a month only beside a day, a year, a direction, a doubled form, or
//     after شهر or an edge word (شهر رمضان, نهاية مارس); a Gregorian one
//     also after a preposition, which takes a noun and not the verb مارس
//     (منذ مارس → 2023-03).
//   - Numeric dates: 16/4/2023, 16.4.2023, 2023-04-16, and with spaces 26 /
//     4 / 1948; the month comes first only when the first number cannot be
//     one (4/22/1948 → 1948-04-22).
//   - Hijri dates are converted with the tabular (arithmetical) Islamic
//     calendar, civil epoch, leap years 2, 5, 7, 10, 13, 16, 18, 21, 24, 26,
//     29 of each 30: it agrees with Umm al-Qura to within one day, and with a
//     sighted month to within one or two (15 شعبان 1445هـ → 2024-02-25). A
//     Hijri month is the Gregorian month in which it begins (رمضان 1444 هـ →
//     2023-03), a Hijri year the Gregorian year in which it begins (عام 1325
//     هجري → 1907). Gregorian days before 1582 are proleptic Gregorian.
//     In a text that marks any year as Hijri (1392 هـ), a year written
//     without its era from 1300 to the Hijri year after publication's is
//     Hijri too (عام 1436 → 2014).
//   - Relative days: أمس, الأمس, البارحة (2023-04-15), اليوم, الليلة
//     (2023-04-16), غدا, الغد (2023-04-17), أول أمس, أول من أمس, أمس الأول
//     (2023-04-14), بعد غد (2023-04-18), الليلة الماضية (2023-04-15). اليوم
//     followed by another definite word is not today (اليوم التالي, اليوم
//     الوطني).
//   - Periods with a direction: a week is the date of its first day,
//     Saturday, as calendars in the Arab world count it (الأسبوع الماضي →
//     2023-04-08, الأسبوع المقبل → 2023-04-22); a month is YYYY-MM (الشهر
//     الماضي → 2023-03, الشهر الجاري, مطلع الشهر الجاري → 2023-04); a year is
//     YYYY (العام الماضي → 2022, هذا العام → 2023). After an edge word a
//     period without direction is the current one (نهاية العام → 2023).
//     العام after الأمين, المدعي … means "general" (الأمين العام المقبل).
//   - Counts back or forward from publication: منذ ثلاثة أيام → 2023-04-13,
//     قبل أسبوعين → 2023-04-02 (weeks count days), قبل شهرين → 2023-02, قبل 3
//     سنوات → 2020, with number words 1–100 and duals (يومين, أسبوعين,
//     شهرين, عامين, سنتين). Followed by من or على (قبل يومين من الانتخابات)
//     the count starts at another event: no value. بعد counts forward from
//     publication only in a future context and with days, weeks or months
//     (سيعود بعد يومين → 2023-04-18); otherwise it counts from another event
//     (عاد بعد 33 عاما): no value. منذ with months or years says how long a
//     state has lasted (يعيش هنا منذ خمس سنوات): no value.
//   - Years alone: after عام or سنة, or the dual عامي before two (عام 2022,
//     العام ( 1948 ), بين عامي 2011 و2013), with an era (2022م, 1444هـ), in
//     parentheses (( 1948 )), after a preposition, an edge word or a season
//     when no counted noun follows (في 2022, خلال 2022, أواخر 2022, صيف
//     2014; not في 2022 شخصا: a word with a preposition, the article, the
//     future prefix or a pronoun glued to it is no counted noun, في 2014
//     بما فيها), after منذ unless a unit of time follows (منذ 2006 is a
//     year, منذ 1400 عام how long), after an event noun (حرب 1967,
//     الانتفاضة الأولى 1987), in pairs (1936 - 1939, 2015-2016; an era after
//     the second, or parentheses around the pair, make the first a year of
//     that era too: 1436-1437هـ → 2014 and 2015, (1860 - 1865)), and a bare
//     year 1900–2100, not a round hundred, that ends a phrase before
//     punctuation. A bare number is never a date.
//   - A season before a year or a period is a part of that year: صيف 2014
//     → 2014, ربيع العام الماضي → 2022, خريف هذا العام → 2023. With a
//     direction it is the last one to end before publication or the next
//     to begin after it (الصيف الماضي → 2022, الربيع المقبل → 2024); a
//     winter, which spans two years, and a season alone (في الصيف) are no
//     date.
//   - Ranges are two dates, the first taking the month and year of the
//     second: من 16 إلى 19 نيسان → 16 (2023-04-16) and 19 نيسان
//     (2023-04-19); بين 3 و5 مايو; 16-19 أبريل; من يناير إلى مارس 2022.
//   - Durations (استمرت يومين, لمدة ثلاثة أيام, على مدى أسبوعين), vague
//     periods (السنوات الماضية, منذ سنوات), frequencies (يوميا) and
//     decades or centuries (العقد القادم) are not dates. Spans returns them
//     with the dates, for scoring against annotations such as Wojood's DATE,
//     which marks them too; Find never does.
//   - Find never returns a date more than 2,000 years before publication or
//     more than 5 years after it, or 50 for a year written out after عام or
//     سنة (a plan's target: عام 2023 read in 2015; not عام 2099 read in 2023).
//   - Without a publication date, Find returns only expressions that carry
//     their year.
//
// Since tells whether a word is the act of a clause of منذ أن (تصاعدت
// الهجمات منذ أن بدأت أنقرة حملة ضربات): an act begun before the news,
// which package event dates by its own clause and never by the
// publication date.
package when
