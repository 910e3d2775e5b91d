package refer

// Maker returns the token where a person is named as the subject of a
// clause between the speech noun at n and the verb at v whose في and
// pronoun take up the words (… مع أخرى أطلقها المتحدث باسم قوات التحالف،
// العميد أحمد عسيري، قال فيها إن: the pronoun takes up the nearest words,
// and their maker speaks): the last person (person(j): a mention's first
// token, not after a preposition) after n but not right after it, with a
// word before him that carries a pronoun (carries(k): أطلقها، أدلى بها).
// With n < 0 the nearest speech noun (noun(j)) from v back to the
// sentence's start a is taken. 0 when there is none.
func Maker(n, v, a int, noun, person, carries func(int) bool) int {
	for j := v - 1; n < 0 && j >= a; j-- {
		if noun(j) {
			n = j
			break
		}
	}
	if n < 0 {
		return 0
	}
	for j := v - 1; j > n+1; j-- {
		if !person(j) {
			continue
		}
		for k := n + 1; k < j; k++ {
			if carries(k) {
				return j
			}
		}
		return 0
	}
	return 0
}
