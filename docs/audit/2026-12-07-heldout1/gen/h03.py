from common import *
write('h03', '2015-07-21',
 "Default day of date_extracted; consistent with the Security Council vote 'أمس' (Monday 2015-07-20) and the deal of 'الثلاثاء الماضي' (2015-07-14).",
 "Al-Jazirah, 2015-07-21: the UN Security Council unanimously endorsed the Iran nuclear deal yesterday, warning that sanctions could be reimposed if Iran violates it; Obama welcomed the 'clear message'; the US ambassador to the UN said the deal does not dispel all concern, called on Tehran to seize the opportunity and promised US help to end its isolation.",
 [
  E(["Iran", "Islamic Republic of Iran"], ["إيران", "ايران"], "LOC", "IRN", 3, "title, مع إيران, ستساعد إيران, التزام ايران"),
  E(["Tehran", "Teheran"], ["طهران"], "LOC", "IRN", 5, "6 uses, all standing for the Iranian state"),
  E(["United States", "United States of America", "USA", "US"], ["الولايات المتحدة"], "LOC", "USA", 3),
  E(["China", "People's Republic of China"], ["الصين"], "LOC", "CHN", 1),
  E(["Russia", "Russian Federation"], ["روسيا"], "LOC", "RUS", 1),
  E(["France"], ["فرنسا"], "LOC", "FRA", 1),
  E(["United Kingdom", "Britain", "UK", "Great Britain"], ["بريطانيا"], "LOC", "GBR", 1),
  E(["Germany"], ["ألمانيا"], "LOC", "DEU", 1),
  E(["Vienna", "Wien"], ["فيينا"], "LOC", "AUT", 1),
  E(["Barack Obama", "Obama", "Barack Hussein Obama"], ["باراك أوباما", "أوباما"], "PER", "USA", 1),
 ],
 [
  Q("Barack Obama", "الرسالة الواضحة", "Obama's quoted words «الرسالة الواضحة» (his satisfaction with the UN's clear message)"),
  Q("USA", "اقتناص هذه الفرصة", "the US ambassador to the UN (not named; Samantha Power): 'ودعت طهران إلى «...»' - Tehran is the object of دعت"),
  Q("USA", "الخروج من عزلتها", "the same ambassador, 'واعدة بأن ...'"),
 ],
 [
  Q("USA", "الاتفاق لا يبدد كل القلق من طهران", "'قالت سفيرة الولايات المتحدة لدى الأمم المتحدة إن ...'"),
 ],
 [
  D("أمس", "2015-07-20"),
  D("الثلاثاء الماضي", "2015-07-14", "the Vienna deal of Tuesday 14 July 2015"),
  D("2006", "2006"),
 ],
 [
  V("The UN Security Council unanimously adopted a resolution endorsing the nuclear deal with Iran yesterday", "تبنى مجلس الأمن الدولي أمس قرارا بالاجماع يصادق على الاتفاق النووي مع إيران", "*", "IRN", ["05"], date="2015-07-20"),
  V("Council members warned that sanctions could be reimposed on Tehran if it violates the deal (threat)", "لوحت بإمكانية إعادة فرض عقوبات على طهران", "*", "IRN", ["13"]),
  V("The deal was signed last Tuesday in Vienna by the five permanent members and Germany with Tehran", "ويقضي الاتفاق الموقع عليه من قبل الدول الدائمة العضوية", "USA", "IRN", ["05"], date="2015-07-14", either=True),
  V("Obama expressed satisfaction with the UN's 'clear message' supporting the deal", "وأعرب الرئيس الاميركي باراك أوباما عن ارتياحه", "USA", "*", ["05", "01"]),
  V("The US ambassador called on Tehran to seize this opportunity", "ودعت طهران إلى «اقتناص هذه الفرصة»", "USA", "IRN", ["02"]),
  V("She promised that the US would help Iran out of its isolation if it does so (conditional promise of cooperation)", "واعدة بأن الولايات المتحدة ستساعد إيران", "USA", "IRN", ["03"]),
 ],
 [
  V("the lifting of sanctions is gradual, conditional and future ('يمهد', 'شرط التزام ايران', 'رفع تدريجي ومشروط'); no easing of sanctions is asserted", "ويمهد القرار إلى وقف العمل تدريجيا بسبعة قرارات", "*", "IRN", ["08"], codes=["085"]),
  V("the reimposition of sanctions is only threatened, conditional on a violation; no sanctions are imposed", "إعادة فرض عقوبات على طهران في حال انتهاكها للاتفاق", "*", "IRN", ["16"]),
 ])
