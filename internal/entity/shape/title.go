package shape

import (
	"strings"

	"rasad/internal/arabic"
	"rasad/internal/lexicon"
	"rasad/internal/news"
)

// Works tells, for each token of toks, whether it stands inside the title
// of a work in quotation marks: after a work noun (the lexicon's class
// work: فيلم «…», مسرحية «…», أغنية «…») or before its author, a ل and a
// definite nisba after the closing mark («علي معزة وإبراهيم» للمصري شريف
// البنداري: a film by an Egyptian). A name there is part of the title and
// no mention of a person, place or body. The quoted name of other things
// is not read so: a slogan, a headline, a book's author named after
// الكتاب or a document's words (شعار «الملك سلمان في قلوب…», عنوان «وصل
// أوباما», مؤلف الكتاب «حسن حسن») name who they name. quoted is
// arabic.Quoted of toks.
//
// A run of Latin words after a word of titling (the lexicon's class
// titled: كتابه المعنون بـThe Road to Serfdom, بعنوان Black Swan) is a
// title too, quoted or not: a recogniser's span in it names no one.
func Works(lx *lexicon.Lexicon, toks []news.Token, quoted []bool) []bool {
	work := make([]bool, len(toks))
	for a := 0; a < len(toks); a++ {
		if toks[a].Kind == news.Latin && !quoted[a] {
			b := a
			for b+1 < len(toks) && toks[b+1].Kind == news.Latin {
				b++
			}
			if titled(lx, toks, a) {
				for k := a; k <= b; k++ {
					work[k] = true
				}
			}
			a = b
			continue
		}
		if !quoted[a] {
			continue
		}
		b := a
		for b+1 < len(toks) && quoted[b+1] {
			b++
		}
		isWork := b+2 < len(toks) && toks[b+1].Kind == news.Punctuation && author(lx, &toks[b+2])
		if a >= 2 && toks[a-1].Kind == news.Punctuation && toks[a-2].Kind == news.Word {
			bare, _ := lexicon.BareOf(&toks[a-2])
			isWork = isWork || lx.Has(bare, "work")
		}
		for k := a; k <= b; k++ {
			work[k] = isWork
		}
		a = b
	}
	return work
}

// author reports whether a word is ل and a definite singular nisba
// (للمصري, للمغربية), which names a work's author after its title; a
// plural (للمصريين) names those spoken to.
func author(lx *lexicon.Lexicon, t *news.Token) bool {
	stem, c := lexicon.StemOf(t)
	one := strings.HasSuffix(stem, "ي") || strings.HasSuffix(stem, "ية") || strings.HasSuffix(stem, "يه")
	return c.Prep == "ل" && one && lexicon.Definite(t) && lx.Has(stem, "nisba")
}

// titled reports whether the Latin run at token a follows a word of
// titling, itself or after a ب written apart (المعنون بـ).
func titled(lx *lexicon.Lexicon, toks []news.Token, a int) bool {
	p := a - 1
	if p >= 0 && toks[p].Norm == string(arabic.Beh) {
		p--
	}
	if p < 0 || toks[p].Kind != news.Word {
		return false
	}
	bare, _ := lexicon.BareOf(&toks[p])
	return lx.Has(bare, "titled")
}
