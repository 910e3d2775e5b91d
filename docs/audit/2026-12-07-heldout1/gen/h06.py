from common import *
write('h06', '2015-07-31',
 "No day references in the text; default = day of date_extracted.",
 "Okaz, 2015-07-31: Saudi Arabia's Specialized Criminal Court jailed two citizens who travelled to Syria to fight (one also sought to join ISIS and trained with arms there): 2.5 years and 2 years 3 months, with travel bans; appeal window 30 days.",
 [
  E(["Syria", "Syrian Arab Republic"], ["سوريا"], "LOC", "SYR", 5, "title + 4 in the body (إلى سوريا x2, لسوريا, في سوريا)"),
  E(["Specialized Criminal Court", "Specialised Criminal Court", "Saudi Specialized Criminal Court", "SCC"], ["المحكمة الجزائية المتخصصة"], "ORG", "SAU", 1),
  E(["Specialized Criminal Court of Appeal", "Specialized Criminal Appeals Court", "Specialised Criminal Court of Appeal"], ["محكمة الاستئناف الجزائية المتخصصة"], "ORG", "SAU", 1),
  E(["Twitter"], ["تويتر"], "ORG", "USA", 1),
  E(["Saudi Arabia", "Kingdom of Saudi Arabia", "KSA"], ["المملكة"], "LOC", "SAU", 1, "'منعه من السفر خارج المملكة' in a Saudi paper"),
 ],
 [], [],
 [],
 [
  V("The Specialized Criminal Court sentenced a citizen to two years and six months in prison and a travel ban (legal action against a citizen)", "أصدرت المحكمة الجزائية المتخصصة حكما بالسجن عامين وستة شهور", "SAU", "SAU", ["17"]),
  V("The court convicted a second citizen and sentenced him to two years and three months and a five-year travel ban", "وقررت المحكمة تعزيره لقاء ما ثبت بحقه بالسجن سنتين وثلاثة أشهر", "SAU", "SAU", ["17"]),
 ],
 [
  V("travelling to Syria to take part in the fighting is the charge of which the man was convicted (past, not an attack on Syria reported as news)", "أدين بالسفر إلى سوريا للمشاركة في القتال الدائر هناك", "SAU", "SYR", ["19", "18"]),
  V("a citizen's travel to Syria is not a state visit", "بالسفر إلى سوريا للمشاركة في القتال", "SAU", "SYR", ["04"], codes=["042", "043"]),
 ])
