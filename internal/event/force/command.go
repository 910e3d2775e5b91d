package force

import "rasad/internal/lexicon"

// Command returns the agent code of a command of operations when head, a
// noun of a command (lexicon class operations-command: قيادة), stands in
// construct before next, the noun of operations (class operations): قيادة
// عمليات الأنبار, قيادة العمليات المشتركة name a military command, the
// armed forces (MIL) of the country their place or the article names, and
// its operations are part of its name, no act; "" if not. Words are
// without their proclitics and article, as the coder reads them.
func Command(head, next string) string {
	l := lexicon.Default()
	if !l.Has(next, "operations") {
		return ""
	}
	return l.Word(head).Value("operations-command")
}
