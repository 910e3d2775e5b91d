// Package office compares the keys of offices that package quote builds
// from role phrases (the stems of their words without the article, titles,
// country adjectives or clitics: "وزير خارجية", "نائب رئيس مجلس ادارة"): whether
// the office a description names is the office the article wrote before
// or after a person's name, said in full, shorter, or with its body named.
package office

import "strings"

// Same reports whether the role key a description opens with names
// the office indexed as role: the same words, a shorter form (متحدث for
// متحدث رسمي), or an office of three words or more followed by the name of
// its body (نائب رئيس مجلس إدارة سابك for نائب رئيس مجلس إدارتها).
func Same(role, key string) bool {
	switch {
	case role == key, strings.HasPrefix(role, key+" "):
		return true
	case strings.HasPrefix(key, role+" "):
		return strings.Count(role, " ") >= 2
	}
	return shortForm(role, key)
}

// shortForm reports whether the office key is role with words left out
// between its first and last (قائد منطقة رابعة for قائد منطقة عسكرية
// رابعة): the same head and the same last word, the rest in order.
func shortForm(role, key string) bool {
	i, l := strings.IndexByte(key, ' '), strings.LastIndexByte(key, ' ')
	if i < 0 || len(key) >= len(role) {
		return false
	}
	head, last := key[:i], key[l+1:]
	if len(role) <= len(head)+len(last)+1 || role[:len(head)+1] != key[:i+1] || role[len(role)-len(last)-1:] != key[l:] {
		return false
	}
	mid := role[len(head) : len(role)-len(last)] // " منطقة عسكرية "
	for _, w := range strings.Fields(key[i:l]) {
		k := strings.Index(mid, " "+w+" ")
		if k < 0 {
			return false
		}
		mid = mid[k+len(w)+1:]
	}
	return true
}
