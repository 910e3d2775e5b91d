from common import *
write('h07', '2015-07-21',
 "Default day of date_extracted; the fighting of 'يوم الاثنين' is 2015-07-20 (Reuters copy of Monday).",
 "Sabq (Reuters copy), 2015-07-21: ten Libyan soldiers killed on Monday fighting Islamist groups in Benghazi (five in an Islamist attack, per special forces spokesman Col. Miloud al-Zwai; five in a bomb apparently planted in a flat); background on Libya's two rival governments and ISIS exploiting the chaos.",
 [
  E(["Libya"], ["ليبيا"], "LOC", "LBY", 2),
  E(["Benghazi", "Banghazi"], ["بنغازي"], "LOC", "LBY", 5, "title (ببنغازي), dateline, and 4 more in the body"),
  E(["Reuters"], ["رويترز"], "ORG", "GBR", 1),
  E(["Miloud al-Zwai", "Miloud al-Zoui", "Milad al-Zwai", "Milud al-Zawi"], ["ميلود الزوي", "الزوي"], "PER", "LBY", 2, "full name, then \"الزوي\""),
  E(["Muammar Gaddafi", "Muammar al-Qaddafi", "Moammar Gadhafi", "Gaddafi", "Qaddafi"], ["معمر القذافي", "القذافي"], "PER", "LBY", 1),
  E(["Tripoli"], ["طرابلس"], "LOC", "LBY", 2),
  E(["Bu Atni", "Bouatni", "Bu Atni axis", "Buatni"], ["بوعطني"], "LOC", "LBY", 1, "Benghazi district"),
 ],
 [
  Q("Miloud al-Zwai", "القوات الخاصة تصدت لهجوم عنيف في محور بوعطني"),
 ],
 [
  Q("LBY", "عشرة جنود ليبيين قُتلوا خلال قتال جماعات إسلامية", "'قال مسعفون ومسؤولون عسكريون إن ...' (Libyan medics and military officials)"),
  Q("Miloud al-Zwai", "خمسة جنود قُتلوا وإن ستة آخرين اصيبوا"),
  Q("LBY", "خمسة جنود آخرين قُتلوا في انفجار قنبلة", "'وذكر مسعفون ومصدر عسكري أن ...'"),
 ],
 [
  D("يوم الاثنين", "2015-07-20"),
  D("2011", "2011"),
  D("العام الماضي", "2014"),
 ],
 [
  V("Libyan (pro-government) soldiers and Islamist groups fought in Benghazi on Monday; ten soldiers killed", "عشرة جنود ليبيين قُتلوا خلال قتال جماعات إسلامية في مدينة بنغازي التي مزّقتها الحرب يوم الاثنين", "LBY", "LBY", ["19"], date="2015-07-20", either=True),
  V("Islamist fighters (unnamed groups: any source accepted) attacked an area of the city, killing five soldiers and wounding six", "عندما تعرضوا لهجوم شنّه مقاتلون إسلاميون على منطقة في المدينة", "*", "LBY", ["18", "19"]),
  V("Five more soldiers were killed by a bomb apparently planted by Islamists in a flat (bomber hedged: 'فيما يبدو')", "خمسة جنود آخرين قُتلوا في انفجار قنبلة زرعها فيما يبدو إسلاميون بشقة سكنية", "*", "LBY", ["18"]),
 ],
 [
  V("Gaddafi's overthrow and killing is history (2011); no assassination may be dated 2015", "منذ الإطاحة بمعمر القذافي وقتله في عام 2011", "*", "LBY", ["18"], codes=["186"], date="2015"),
  V("the rival group seized Tripoli in 2014 (background 'منذ أن'); no 2015-07 occupation of Tripoli", "منذ أن بسطت جماعة منافسة سيطرتها على العاصمة طرابلس", "*", "LBY", ["19"], codes=["192"], date="2015-07"),
 ])
