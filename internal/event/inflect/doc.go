// Package inflect reads what the endings of a verb and of the noun right
// after it tell of the noun's role, when the noun cannot be the verb's
// subject and so is its object, the subject being the verb's pronoun:
//
//   - gender: the names of countries and towns take a feminine verb
//     (قالت إيران), so one right after a masculine verb is its object
//     (ويطالب إيران بالخروج: he asks Iran; Feminine, Masculine), when the
//     verb is written unlike its masdar (Verbal: طلب تركيا is a request);
//     an organisation is feminine when its head is, or the adjective of
//     its definite head (منظمة العفو, الأمم المتحدة: كما ناشد الأمم
//     المتحدة, he appeals to the UN; Organisation);
//   - case: a sound masculine plural after a verb as its subject ends in
//     ون (قال المسؤولون); in ين it is accusative, the verb's object
//     (وتدعو الصحفيين إلى الحذر: it calls on the journalists; Accusative).
package inflect
