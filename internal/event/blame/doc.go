// Package blame finds the target of an act of blame (denounce, condemn,
// accuse, hold responsible, warn: CAMEO 111, 112 and their kin, 012) or of
// praise (051: praise, welcome, thank, endorse) when
// the sentence names it as the doer of the act that the object names, not
// as the object itself:
//
//   - the subject of a clause that describes the object noun, whose verb
//     carries the object's pronoun or a preposition with it (دان الجريمة
//     الوحشية التي ارتكبها مستوطنون, حذر من محاولات تقوم بها أمريكا); a
//     definite noun takes its clause after الذي or التي, an indefinite one
//     directly; praise of a deed or a thing given praises its doer
//     (أشاد بالدعم الذي تقدمه قوات التحالف), read only this way;
//   - the first object of a verb of two objects whose second is the
//     complement of the act (حمّل قوات الاحتلال المسؤولية: the forces are
//     held responsible), even where the chunker read both as one phrase.
//   - people described only by their count whom an accusation charges,
//     under its preposition after the charge (وجهت السلطات اتهامات
//     بالإرهاب لتسعة وعشرين شخصا), returned as a word for the caller to
//     place as civilians;
//   - the owner of what the words reach through a preposition
//     (PrepObjectOwner: أشاد بمواقف الإمارات, تندد بالنفوذ الإيراني,
//     تحذر من سياسات إيران), or the doer of an act named there, never
//     the one who suffered it (ندد بمقتل طفل عندما قصفت طائرات منزله);
//     package event reads condolences (التعازي للشعب التركي) this way too;
//   - for an endorsement, the other party of the agreement it endorses,
//     named after مع (Conduct, AgreementParty: يصادق على الاتفاق النووي
//     مع إيران).
//
// A verb of undergoing (تعرضت لها السفارة) names who suffered the act, not
// who did it, and gives nothing. The rules read the sentence through
// frame.Sentence and return the index of an actor phrase, -1 if none; the
// caller resolves it to actors and keeps a target it found already.
package blame
