package feed

import (
	"net/url"
	"strings"
	"unicode"

	"rasad/internal/arabic"
)

// trackingParams are query parameters that say how a reader came to a page,
// not which page it is.
var trackingParams = map[string]bool{
	"fbclid": true, "gclid": true, "dclid": true, "msclkid": true, "yclid": true, "igshid": true,
	"mc_cid": true, "mc_eid": true, "ref": true, "ref_src": true, "ocid": true, "cmpid": true,
	"ito": true, "spm": true, "_ga": true, "_gl": true, "at_medium": true, "at_campaign": true,
	"rss": true, "from": true, "src": true, "source": true, "share": true, "amp": true,
}

// URLKey is the canonical form of a story's URL, what two addresses of one
// page share: without scheme, "www.", port 80 or 443, fragment, tracking
// parameters (utm_*, fbclid, …) and a trailing slash, with the host in lower
// case and the other parameters sorted. It is "" for what is not an
// http(s) URL.
func URLKey(raw string) string {
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil || u.Host == "" || u.Scheme != "http" && u.Scheme != "https" {
		return ""
	}
	host := strings.ToLower(u.Hostname())
	host = strings.TrimPrefix(host, "www.")
	if p := u.Port(); p != "" && p != "80" && p != "443" {
		host += ":" + p
	}
	q := u.Query()
	for k := range q {
		if lk := strings.ToLower(k); trackingParams[lk] || strings.HasPrefix(lk, "utm_") {
			q.Del(k)
		}
	}
	path := strings.TrimRight(u.EscapedPath(), "/")
	key := host + path
	if len(q) > 0 {
		key += "?" + q.Encode() // Encode sorts by key
	}
	return key
}

// minTitleWords is the fewest words a title needs to identify a story: a
// shorter one ("عاجل", "بيان") may head many.
const minTitleWords = 4

// TitleKey is the normalised form of a title, what the same headline shares
// however it is spelt: words folded as search keys (hamza and alef forms,
// ى/ي, ة/ه, diacritics, tatweel, case), punctuation and the outlet's name
// after a separator dropped. It is "" for a title of fewer than four words.
func TitleKey(title string) string {
	// "Headline - Outlet" and "Headline | Outlet": the tail is the outlet.
	// A tail of three words or fewer, without digits, is taken for it.
	for _, sep := range []string{" | ", " - ", " – ", " — "} {
		if i := strings.LastIndex(title, sep); i > 0 && len(strings.Fields(title[i+len(sep):])) <= 3 &&
			!strings.ContainsFunc(title[i:], unicode.IsDigit) {
			title = title[:i]
		}
	}
	words := strings.FieldsFunc(title, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && !unicode.Is(unicode.Mn, r) && r != arabic.Tatweel
	})
	if len(words) < minTitleWords {
		return ""
	}
	for i, w := range words {
		words[i] = arabic.SearchKey(w)
	}
	return strings.Join(words, " ")
}
