package server

// cameoRoot is a CAMEO root category's name in English (from the CAMEO
// codebook, Schrodt 2012) and in Arabic.
type cameoRoot struct{ En, Ar string }

// cameoRoots are the twenty root categories of CAMEO, by code.
var cameoRoots = map[string]cameoRoot{
	"01": {"Make public statement", "إدلاء بتصريح علني"},
	"02": {"Appeal", "مناشدة"},
	"03": {"Express intent to cooperate", "إعلان نية التعاون"},
	"04": {"Consult", "تشاور ولقاء"},
	"05": {"Engage in diplomatic cooperation", "تعاون دبلوماسي وإشادة"},
	"06": {"Engage in material cooperation", "تعاون مادي"},
	"07": {"Provide aid", "تقديم مساعدة"},
	"08": {"Yield", "تنازل"},
	"09": {"Investigate", "تحقيق"},
	"10": {"Demand", "مطالبة"},
	"11": {"Disapprove", "انتقاد واتهام"},
	"12": {"Reject", "رفض"},
	"13": {"Threaten", "تهديد"},
	"14": {"Protest", "احتجاج"},
	"15": {"Exhibit military posture", "استعراض القوة العسكرية"},
	"16": {"Reduce relations", "تقليص العلاقات"},
	"17": {"Coerce", "إكراه"},
	"18": {"Assault", "اعتداء"},
	"19": {"Fight", "قتال"},
	"20": {"Use unconventional mass violence", "عنف جماعي غير تقليدي"},
}

// rootLabel names the root of a code in lang.
func rootLabel(lang, code string) string {
	r, ok := cameoRoots[rootOf(code)]
	switch {
	case !ok:
		return code
	case lang == langEn:
		return r.En
	}
	return r.Ar
}

// quadOf returns an event's quad class, from its code where the event
// carries none (1 verbal and 2 material cooperation, 3 verbal and 4
// material conflict), with the usual grouping of roots: 01–05, 06–09,
// 10–14, 15–20.
func quadOf(quad int, code string) int {
	if quad >= 1 && quad <= 4 {
		return quad
	}
	switch r := rootOf(code); {
	case len(r) != 2:
		return 0
	case r >= "01" && r <= "05":
		return 1
	case r >= "06" && r <= "09":
		return 2
	case r >= "10" && r <= "14":
		return 3
	case r >= "15" && r <= "20":
		return 4
	}
	return 0
}
