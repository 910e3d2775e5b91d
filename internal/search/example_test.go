package search_test

import (
	"fmt"

	"rasad/internal/actor"
	"rasad/internal/arabic"
	"rasad/internal/search"
)

func ExampleParse() {
	q, err := search.Parse(`"وزير الدفاع" (موسكو OR الكرملين) -أوكرانيا from:2023-04 source:"إيصال نيوز"`)
	if err != nil {
		panic(err)
	}
	fmt.Println(q)
	// Output: ("وزير الدفاع" (موسكو OR الكرملين) NOT أوكرانيا) from:"2023-04" source:"إيصال نيوز"
}

func ExampleCompile() {
	q, _ := search.Parse(`putin -"xi jinping" OR '; DROP TABLE documents; --`)
	p, err := search.Compile(q, search.Clitics{})
	if err != nil {
		panic(err)
	}
	fmt.Println(p.FTS5())
	fmt.Println(p.TSQuery())
	// Output:
	// (("putin" NOT "xi jinping") OR ("drop" AND "table" AND "documents"))
	// ((('putin') & !(('xi' <-> 'jinping'))) | (('drop') & ('table') & ('documents')))
}

func ExampleClitics_Forms() {
	forms := search.Clitics{}.Forms(arabic.SearchKey("بوتين"))
	fmt.Println(len(forms), forms[:6])
	// Output: 120 [بوتين البوتين ببوتين بالبوتين لبوتين للبوتين]
}

func ExampleMakeSnippet() {
	text := "اجتمع الرئيس الروسي فلاديمير بوتين الأحد مع وزير الدفاع الصيني لي شانغفو في موسكو"
	q, _ := search.Parse("بوتين")
	p, _ := search.Compile(q, search.Clitics{})
	terms := search.Clitics{}.Terms(arabic.Tokenize(text))
	s := search.MakeSnippet(text, terms, p, 60)
	fmt.Println(s.Mark("[", "]"))
	// Output: … الروسي فلاديمير [بوتين] الأحد مع …
}

func ExampleNames_Resolve() {
	names := search.NewNames(actor.Default())
	for _, typed := range []string{"لبوتين", "Putin", "الملك سلمان", "RUSGOV"} {
		c := names.Resolve(typed)[0]
		fmt.Println(typed, "→", c.ID, c.Exact)
	}
	// Output:
	// لبوتين → putin true
	// Putin → putin false
	// الملك سلمان → salman_king true
	// RUSGOV → RUSGOV true
}
