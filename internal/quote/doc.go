// Package quote finds the quotes of an Arabic news text and who said them.
//
// Find walks the tokens once. It pairs quotation marks line by line («…»,
// “…”, „…“, "…", '…'; a quotation left open runs to the end of its line) and
// reads the attribution around them through speech verbs (قال، أضاف، أكد،
// يقول، قالت ...) in both orders: قال بوتين: "…" and بوتين قال "…". What
// counts as a quote:
//
//   - a quotation right after a speech verb and its subject, or after a
//     colon or comma that follows one: وقال بوتين: "…", وقال المصدر «…»;
//   - reported speech, the clause after إن/أن/بأن that a speech verb
//     introduces, with Direct false: قال مسؤول كبير في كييف إن … — the
//     clause runs to the end of the sentence or to a new attribution after
//     a comma (، مشيرا إلى، وقال، في إشارة، بحسب);
//   - a quotation of three words or more inside such a clause, as a direct
//     quote of the same speaker: وأضاف أن العلاقات "دخلت بالفعل حقبة جديدة";
//     the clause itself is then kept only when it has four words or more
//     outside quotation marks;
//   - a quotation with its attribution after it: «…»، قال X; «…» بحسب X;
//     «…» على حد قوله;
//   - a quotation that continues the previous one: و«…» in the same sentence,
//     or a paragraph that opens with a quotation after a quoted paragraph.
//
// Any other quotation — a scare quote or a title (بـ"الحقبة الجديدة", a
// newspaper «السفير») — is not a quote. A short quotation (under four words)
// inside the phrase that names the speaker is part of that phrase
// (وأكدت مصادر «المستقبل» لـ«السفير» أن …), and the channel when ل stands
// before it.
//
// The speaker is the phrase after the verb up to a preposition, a time word,
// punctuation or the complementizer (في continues it before an entity:
// مسؤول كبير في كييف). It is linked to the first person entity of the phrase,
// else to the entity the phrase opens with (قالت روسيا); otherwise it is
// described: Text holds its words and Country the country they name (a place
// entity, a country adjective such as الصيني, or — after a channel with a
// country, نقلت وسائل إعلام صينية عن وزير دفاعها — the possessive pronoun).
// A described speaker that opens with a role noun (وزير، رئيس، متحدث) is
// resolved to the person the article names with the same role and country
// ("وزير الدفاع الصيني لي شانغفو"), and otherwise through Finder.Resolver.
//
// A verb without a subject (وأضاف:, وتابع, وقال في تصريحات …) and a
// participle (قائلا، مشيرا إلى أن) take a speaker carried over: one named
// earlier in the same sentence, else the first person of the sentence who
// is not after a preposition or inside a relative clause, else the last
// speaker of the text — the last quote's speaker, or the subject of the
// previous sentence when that is a person.
//
// The channel (Via) is read from نقلت X عن Y، X نقلا عن Y، في تصريحات
// نقلها X، في تصريحات لـ X، بحسب X and وفق X.
//
// Word lists live in data/ (see data/README.md). The و and ف proclitics are
// stripped only from the words that take them (وقال، فقال، ونقلت، وبحسب).
package quote
