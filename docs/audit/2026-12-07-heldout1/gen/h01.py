from common import *
KW = ["Kuwait", "State of Kuwait"]
write('h01', '2015-08-07',
 "No day references (today/yesterday/weekday) in the text; default = day of date_extracted.",
 "Al-Riyadh, 2015-08-07: sports opinion column deploring the Kuwaiti football federation's (Talal al-Fahad's) unilateral decision to postpone the Gulf Cup, the weakness of Gulf federations and stadiums (except Qatar's); closes with a tribute to Prince Faisal bin Fahd and Sheikh Fahd al-Ahmad al-Sabah. No political events.",
 [
  E(KW, ["الكويت"], "LOC", "KWT", 2, "في الكويت twice; الكويتي/الكويتية adjectives not counted"),
  E(["Iraq", "Republic of Iraq"], ["العراق"], "LOC", "IRQ", 1),
  E(["Talal Al-Fahad", "Talal al-Fahad Al-Sabah", "Talal Fahad Al-Ahmad Al-Sabah", "Talal Al Fahad", "Talal Al-Fahad Al-Ahmad Al-Jaber Al-Sabah"], ["طلال الفهد"], "PER", "KWT", 1, "president of the Kuwait Football Association"),
  E(["Faisal bin Fahd", "Faisal bin Fahd Al Saud", "Prince Faisal bin Fahd", "Faisal bin Fahd bin Abdulaziz Al Saud"], ["فيصل بن فهد"], "PER", "SAU", 1, "late Saudi prince, former head of Saudi youth welfare"),
  E(["Fahad Al-Ahmed Al-Jaber Al-Sabah", "Fahd al-Ahmad al-Sabah", "Fahad Al-Ahmad Al-Sabah", "Sheikh Fahad Al-Ahmad"], ["فهد الأحمد الصباح"], "PER", "KWT", 1, "late Kuwaiti sheikh, sports leader"),
  E(["Kuwait Football Association", "Kuwaiti Football Association", "KFA", "Kuwait Football Federation"], ["الاتحاد الكويتي"], "ORG", "KWT", 1, "رئيس الاتحاد الكويتي twice"),
  E(["Public Authority for Youth and Sports", "Public Authority for Youth and Sport (Kuwait)", "Kuwait Public Authority for Youth and Sports", "Public Authority of Youth and Sport"], ["هيئة الشباب والرياضة"], "ORG", "KWT", 1, "هيئة الشباب والرياضة في الكويت"),
  E(["Jaber Al-Ahmad International Stadium", "Jaber Stadium", "Jaber al-Ahmad Stadium"], ["ملعب جابر"], "LOC", "KWT", 1, "the stadium due to be ready in October"),
 ],
 [], [],
 [D("أكتوبر المقبل", "2015-10", "next October, from a column of August 2015")],
 [
  V("Kuwait's youth and sports authority opposed the football association's postponement decision", "معارضة هيئة الشباب والرياضة في الكويت", "KWT", "KWT", ["11"]),
  V("Several Gulf federations criticised the Kuwaiti postponement decision (verbal 'attack' on a decision)", "مهاجمة بعض الاتحادات الخليجية لقرار التأجيل", "*", "KWT", ["11"]),
 ],
 [
  V("'مهاجمة ... لقرار التأجيل' is verbal criticism of a decision, not an armed attack on Kuwait", "مهاجمة بعض الاتحادات الخليجية لقرار التأجيل", "*", "KWT", ["18", "19", "20"]),
  V("the Gulf Cup was moved away from Iraq for unready stadiums and security (background, no hosting/visit event involving Iraq)", "ونقلها إلى دول عدة غير العراق", "*", "IRQ", ["04"]),
 ])
