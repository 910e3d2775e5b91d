package arabic

// Letters and marks that the analyser's rules name. Word lists live in data
// files; these constants are for logic only.
const (
	Hamza            = '\u0621' // ء
	AlefMaddaAbove   = '\u0622' // آ
	AlefHamzaAbove   = '\u0623' // أ
	WawHamzaAbove    = '\u0624' // ؤ
	AlefHamzaBelow   = '\u0625' // إ
	YehHamzaAbove    = '\u0626' // ئ
	Alef             = '\u0627' // ا
	Beh              = '\u0628' // ب
	TehMarbuta       = '\u0629' // ة
	Teh              = '\u062A' // ت
	Jeem             = '\u062C' // ج
	Zain             = '\u0632' // ز
	Ghain            = '\u063A' // غ
	Kaf              = '\u0643' // ك
	Lam              = '\u0644' // ل
	Meem             = '\u0645' // م
	Noon             = '\u0646' // ن
	Heh              = '\u0647' // ه
	Waw              = '\u0648' // و
	AlefMaksura      = '\u0649' // ى
	Yeh              = '\u064A' // ي
	Feh              = '\u0641' // ف
	Seen             = '\u0633' // س
	Tatweel          = '\u0640' // ـ
	Fathatan         = '\u064B'
	Sukun            = '\u0652'
	MaddaMark        = '\u0653' // combining madda above
	HamzaAboveMark   = '\u0654' // combining hamza above
	HamzaBelowMark   = '\u0655' // combining hamza below
	SuperscriptAlef  = '\u0670' // dagger alef
	AlefWasla        = '\u0671' // ٱ
	AlefWavyHamza    = '\u0672' // ٲ
	AlefWavyBelow    = '\u0673' // ٳ
	FarsiYeh         = '\u06CC' // ی
	Keheh            = '\u06A9' // ک
	ArabicComma      = '\u060C' // ،
	ArabicSemicolon  = '\u061B' // ؛
	ArabicQuestion   = '\u061F' // ؟
	ArabicPercent    = '\u066A' // ٪
	ArabicDecimal    = '\u066B' // ٫
	ArabicThousands  = '\u066C' // ٬
	ArabicFullStop   = '\u06D4' // ۔
	ArabicZero       = '\u0660' // ٠
	PersianZero      = '\u06F0' // ۰
	ArabicLetterMark = '\u061C'
)
