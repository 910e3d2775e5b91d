package server

import "net/http"

// The languages of the web page.
const (
	langAr = "ar"
	langEn = "en"
)

// langCookie remembers the reader's language.
const langCookie = "rasad_lang"

// langOf returns the language a request asks for: ?lang=, else the cookie,
// else Arabic.
func langOf(r *http.Request) string {
	if l := r.URL.Query().Get("lang"); l == langAr || l == langEn {
		return l
	}
	if c, err := r.Cookie(langCookie); err == nil && (c.Value == langAr || c.Value == langEn) {
		return c.Value
	}
	return langAr
}

// messages are the words of the page in each language.
var messages = map[string]map[string]string{
	langAr: {
		"app":           "رصد",
		"tagline":       "أرشيف الأخبار العربية: الكيانات والاقتباسات والتواريخ والأحداث",
		"search":        "بحث",
		"query":         "كلمات البحث",
		"from":          "من تاريخ",
		"to":            "إلى تاريخ",
		"source":        "المصدر",
		"entity":        "كيان",
		"country":       "الدولة",
		"code":          "رمز الحدث",
		"filters":       "عوامل التصفية",
		"results":       "نتيجة",
		"noresults":     "لا نتائج.",
		"prev":          "السابق",
		"next":          "التالي",
		"page":          "صفحة",
		"network":       "شبكة الفاعلين",
		"events":        "الأحداث",
		"entities":      "الكيانات",
		"quotes":        "الاقتباسات",
		"dates":         "التواريخ",
		"article":       "المقال",
		"published":     "تاريخ النشر",
		"duplicate":     "نسخة شبه مطابقة من",
		"actor":         "الفاعل",
		"mentions":      "الإشارات",
		"documents":     "المقالات",
		"timeline":      "الأحداث والإشارات حسب الشهر",
		"did":           "فعل",
		"suffered":      "تعرّض لـ",
		"speaker":       "المتحدث",
		"unknown":       "غير معروف",
		"export":        "تصدير",
		"date":          "التاريخ",
		"event":         "الحدث",
		"target":        "الهدف",
		"text":          "النص",
		"apply":         "تطبيق",
		"actorfilter":   "فاعل (رمز أو دولة)",
		"root":          "الجذر",
		"cooperation":   "تعاون",
		"conflict":      "صراع",
		"nodes_hint":    "حجم الدائرة بحسب عدد الإشارات؛ الأخضر تعاون والأحمر صراع.",
		"empty_network": "لا فاعلين في نتائج هذا البحث.",
		"switch":        "English",
		"switch_lang":   "en",
		"notfound":      "غير موجود",
		"error":         "خطأ",
		"more_docs":     "تقتصر الصفحة على أحدث المقالات.",
		"direct":        "مباشر",
		"reported":      "منقول",
		"skip":          "انتقل إلى المحتوى",
		"home":          "الرئيسية",
		"none":          "لا شيء.",
		"more_events":   "تُعرض أول الأحداث فقط؛ نزّل الملف للاطلاع على الكل.",
		"asserted":      "مؤكد",
		"negated":       "منفي",
		"alleged":       "مزعوم",
		"via":           "عبر",
		"months":        "شهر",
		"nobody":        "(دون طرف)",
		"hint_search":   "مثال: بوتين، \"وزير الدفاع\"، روس*، بوتين NOT بايدن",

		// The feeds view.
		"feeds":             "المصادر",
		"feeds_polling":     "يتابع الخادم هذه المصادر ويضيف أخبارها الجديدة إلى الأرشيف.",
		"feeds_not_polling": "لا يتابع هذا الخادم المصادر الآن: شغّل rasad serve --poll أو rasad feeds poll.",
		"feeds_failing":     "مصادر متعثرة",
		"feed_outlet":       "المصدر",
		"feed_health":       "الحالة",
		"feed_last":         "آخر جلب",
		"feed_items":        "الأخبار",
		"feed_errors":       "الأخطاء (متتالية / كلها)",
		"feed_next":         "الفحص التالي",
		"feed_ok":           "سليم",
		"feed_failing":      "متعثر",
		"no_feeds":          "لا مصادر متابعة. أضفها بالأمر rasad feeds add.",
	},
	langEn: {
		"app":           "Rasad",
		"tagline":       "An archive of Arabic news: entities, quotes, dates and events",
		"search":        "Search",
		"query":         "Search words",
		"from":          "From",
		"to":            "To",
		"source":        "Source",
		"entity":        "Entity",
		"country":       "Country",
		"code":          "Event code",
		"filters":       "Filters",
		"results":       "results",
		"noresults":     "No results.",
		"prev":          "Previous",
		"next":          "Next",
		"page":          "Page",
		"network":       "Actor network",
		"events":        "Events",
		"entities":      "Entities",
		"quotes":        "Quotes",
		"dates":         "Dates",
		"article":       "Article",
		"published":     "Published",
		"duplicate":     "Near-duplicate of",
		"actor":         "Actor",
		"mentions":      "Mentions",
		"documents":     "Articles",
		"timeline":      "Events and mentions by month",
		"did":           "did",
		"suffered":      "was the target of",
		"speaker":       "Speaker",
		"unknown":       "unknown",
		"export":        "Export",
		"date":          "Date",
		"event":         "Event",
		"target":        "Target",
		"text":          "Text",
		"apply":         "Apply",
		"actorfilter":   "Actor (code or country)",
		"root":          "Root",
		"cooperation":   "cooperation",
		"conflict":      "conflict",
		"nodes_hint":    "Circles are sized by mentions; green edges are cooperation, red conflict.",
		"empty_network": "No actors in the results of this search.",
		"switch":        "العربية",
		"switch_lang":   "ar",
		"notfound":      "Not found",
		"error":         "Error",
		"more_docs":     "The page reads the latest articles only.",
		"direct":        "direct",
		"reported":      "reported",
		"skip":          "Skip to content",
		"home":          "Home",
		"none":          "None.",
		"more_events":   "Only the first events are shown; download the file for all.",
		"asserted":      "asserted",
		"negated":       "negated",
		"alleged":       "alleged",
		"via":           "via",
		"months":        "months",
		"nobody":        "(no party)",
		"hint_search":   "e.g. بوتين, \"وزير الدفاع\", روس*, بوتين NOT بايدن",

		// The feeds view.
		"feeds":             "Feeds",
		"feeds_polling":     "This server follows these feeds and adds their new stories to the archive.",
		"feeds_not_polling": "This server is not polling now: run rasad serve --poll or rasad feeds poll.",
		"feeds_failing":     "failing feeds",
		"feed_outlet":       "Outlet",
		"feed_health":       "Health",
		"feed_last":         "Last fetch",
		"feed_items":        "Stories",
		"feed_errors":       "Errors (in a row / all)",
		"feed_next":         "Next check",
		"feed_ok":           "healthy",
		"feed_failing":      "failing",
		"no_feeds":          "No feeds followed. Add some with rasad feeds add.",
	},
}

// tr returns the word for key in lang.
func tr(lang, key string) string {
	if s, ok := messages[lang][key]; ok {
		return s
	}
	return key
}

// typeNames are the Arabic names of entity and actor types.
var typeNames = map[string]string{
	"PER": "شخص", "LOC": "مكان", "ORG": "منظمة", "MISC": "أخرى",
	"person": "شخص", "country": "دولة", "city": "مدينة", "place": "مكان", "org": "منظمة", "agent": "فاعل",
}

// typeName names an entity's or an actor's type in lang.
func typeName(lang, t string) string {
	if n, ok := typeNames[t]; ok && lang == langAr {
		return n
	}
	return t
}
