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
		"app":             "رصد",
		"tagline":         "أرشيف الأخبار العربية: الكيانات والاقتباسات والتواريخ والأحداث",
		"search":          "بحث",
		"query":           "كلمات البحث",
		"from":            "من تاريخ",
		"to":              "إلى تاريخ",
		"source":          "المصدر",
		"entity":          "كيان",
		"country":         "الدولة",
		"code":            "رمز الحدث",
		"filters":         "عوامل التصفية",
		"results":         "النتائج",
		"noresults":       "لا نتائج.",
		"prev":            "السابق",
		"next":            "التالي",
		"page":            "صفحة",
		"network":         "شبكة الفاعلين",
		"events":          "الأحداث",
		"entities":        "الكيانات",
		"quotes":          "الاقتباسات",
		"dates":           "التواريخ",
		"article":         "المقال",
		"published":       "تاريخ النشر",
		"duplicate":       "نسخة شبه مطابقة من",
		"actor":           "الفاعل",
		"mentions":        "الإشارات",
		"documents":       "المقالات",
		"timeline":        "الأحداث والإشارات حسب الشهر",
		"did":             "فعل",
		"suffered":        "تعرّض لـ",
		"speaker":         "المتحدث",
		"unknown":         "غير معروف",
		"export":          "تصدير",
		"date":            "التاريخ",
		"event":           "الحدث",
		"target":          "الهدف",
		"text":            "النص",
		"apply":           "تطبيق",
		"actorfilter":     "فاعل (رمز أو دولة)",
		"root":            "الجذر",
		"cooperation":     "تعاون",
		"conflict":        "صراع",
		"nodes_hint":      "حجم الدائرة بحسب عدد الإشارات؛ الأخضر تعاون والأحمر صراع.",
		"empty_network":   "لا فاعلين في نتائج هذا البحث.",
		"switch":          "English",
		"switch_lang":     "en",
		"notfound":        "غير موجود",
		"error":           "خطأ",
		"more_docs":       "تقتصر الصفحة على أحدث المقالات.",
		"direct":          "مباشر",
		"reported":        "منقول",
		"skip":            "انتقل إلى المحتوى",
		"home":            "الرئيسية",
		"none":            "لا شيء.",
		"asserted":        "مؤكد",
		"negated":         "منفي",
		"alleged":         "مزعوم",
		"via":             "عبر",
		"months":          "شهر",
		"nobody":          "(دون طرف)",
		"hint_search":     "مثال: بوتين، \"وزير الدفاع\"، روس*، بوتين \u2066NOT\u2069 بايدن",
		"timeline_nav":    "الخط الزمني",
		"may_mean":        "قد يعني:",
		"home_period":     "آخر سبعة أيام في الأرشيف:",
		"recent_articles": "أحدث المقالات",
		"top_actors":      "الفاعلون الأكثر ذكرًا",
		"top_dyads":       "أنشط الثنائيات",
		"dyad":            "الثنائية",
		"quad_legend":     "لون الصف بحسب فئة الحدث",
		"quad12":          "تعاون (لفظي ومادي، الفئتان 1 و2)",
		"quad34":          "صراع (لفظي ومادي، الفئتان 3 و4)",
		"sort_hint":       "انقر عنوان عمود للترتيب بحسبه",
		"goldstein":       "مقياس غولدستين",
		"members":         "الأعضاء",
		"members_hint":    "الأشخاص الذين تحمل أدوارهم المؤرخة هذا الرمز في معجم الفاعلين؛ الأكثر ذكرًا في الأرشيف أولًا.",
		"in_office":       "حتى الآن",
		"by":              "حسب",
		"by_auto":         "تلقائي",
		"by_day":          "اليوم",
		"by_week":         "الأسبوع",
		"by_month":        "الشهر",
		"by_year":         "السنة",
		"counted_by":      "وحدة العد",
		"coarser":         "وحدة أكبر مما طُلب كي يتسع الرسم",
		"outside":         "أحداث خارج المدة أو بتاريخ أقل دقة",
		"partial":         "قُرئت أحدث المقالات فقط",
		"period":          "المدة",
		"timeline_hint":   "مرّر المؤشر فوق عمود لرؤية قيمته، وانقر عليه لرؤية ما وراءه. النسخ شبه المطابقة تُعدّ مرة واحدة.",
		"timeline_intro":  "اكتب بحثًا أو كيانًا، أو رمز فاعل أو ثنائية، لرؤية الأحداث والمقالات عبر الزمن.",
		"timeline_search": "في البحث تُعدّ أحداث كل مقال في يوم نشره.",
	},
	langEn: {
		"app":             "Rasad",
		"tagline":         "An archive of Arabic news: entities, quotes, dates and events",
		"search":          "Search",
		"query":           "Search words",
		"from":            "From",
		"to":              "To",
		"source":          "Source",
		"entity":          "Entity",
		"country":         "Country",
		"code":            "Event code",
		"filters":         "Filters",
		"results":         "Results",
		"noresults":       "No results.",
		"prev":            "Previous",
		"next":            "Next",
		"page":            "Page",
		"network":         "Actor network",
		"events":          "Events",
		"entities":        "Entities",
		"quotes":          "Quotes",
		"dates":           "Dates",
		"article":         "Article",
		"published":       "Published",
		"duplicate":       "Near-duplicate of",
		"actor":           "Actor",
		"mentions":        "Mentions",
		"documents":       "Articles",
		"timeline":        "Events and mentions by month",
		"did":             "did",
		"suffered":        "was the target of",
		"speaker":         "Speaker",
		"unknown":         "unknown",
		"export":          "Export",
		"date":            "Date",
		"event":           "Event",
		"target":          "Target",
		"text":            "Text",
		"apply":           "Apply",
		"actorfilter":     "Actor (code or country)",
		"root":            "Root",
		"cooperation":     "cooperation",
		"conflict":        "conflict",
		"nodes_hint":      "Circles are sized by mentions; green edges are cooperation, red conflict.",
		"empty_network":   "No actors in the results of this search.",
		"switch":          "العربية",
		"switch_lang":     "ar",
		"notfound":        "Not found",
		"error":           "Error",
		"more_docs":       "The page reads the latest articles only.",
		"direct":          "direct",
		"reported":        "reported",
		"skip":            "Skip to content",
		"home":            "Home",
		"none":            "None.",
		"asserted":        "asserted",
		"negated":         "negated",
		"alleged":         "alleged",
		"via":             "via",
		"months":          "months",
		"nobody":          "(no party)",
		"hint_search":     "e.g. بوتين, \"وزير الدفاع\", روس*, بوتين NOT بايدن",
		"timeline_nav":    "Timeline",
		"may_mean":        "may mean:",
		"home_period":     "The archive's last seven days:",
		"recent_articles": "Latest articles",
		"top_actors":      "Most-mentioned actors",
		"top_dyads":       "Most active dyads",
		"dyad":            "Dyad",
		"quad_legend":     "Row colour by quad class",
		"quad12":          "cooperation (verbal and material, quad classes 1–2)",
		"quad34":          "conflict (verbal and material, quad classes 3–4)",
		"sort_hint":       "click a column's heading to sort by it",
		"goldstein":       "Goldstein",
		"members":         "Members",
		"members_hint":    "The people whose dated roles in the gazetteer carry this code; those the archive mentions most first.",
		"in_office":       "in office",
		"by":              "By",
		"by_auto":         "automatic",
		"by_day":          "day",
		"by_week":         "week",
		"by_month":        "month",
		"by_year":         "year",
		"counted_by":      "Counted by",
		"coarser":         "coarser than asked, to fit the chart",
		"outside":         "events outside the range or dated less precisely",
		"partial":         "only the latest articles were read",
		"period":          "Period",
		"timeline_hint":   "Hover a bar for its value, click it for what is behind it. Near-duplicates are counted once.",
		"timeline_intro":  "Give a search or an entity, or an actor code or a dyad, to see its events and articles over time.",
		"timeline_search": "For a search, each article's events are counted on the day it was published.",
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
	"person": "شخص", "country": "دولة", "city": "مدينة", "place": "مكان", "org": "منظمة", "agent": "فاعل", "group": "هيئة",
}

// typeName names an entity's or an actor's type in lang.
func typeName(lang, t string) string {
	if n, ok := typeNames[t]; ok && lang == langAr {
		return n
	}
	return t
}
