from lib import *
write("h24", "2015-08-07", "'يصوت مجلس الأمن الدولي اليوم' agrees with the day of date_extracted (the UNSC voted on 7 August 2015).",
 "Okaz, 2015-08-07: short editorial: as the Assad regime, backed by Iran's Basij, Maliki's militias and Hezbollah, keeps massacring Syrians, the UN Security Council votes today on a resolution forming a team of investigators to identify who used toxic gas in Syria; a good but late step.",
 [E(["Syria","Syrian Arab Republic"],["سوريا"],"LOC","SYR",2),
  E(["Hezbollah","Hizbullah","Hizbollah"],["حزب الله"],"ORG","LBN",1),
  E(["Nouri al-Maliki","Nuri al-Maliki","Maliki"],["المالكي"],"PER","IRQ",1,"'مليشيات المالكي'"),
  E(["Basij","Basij Resistance Force","Basij militia"],["الباسيج"],"ORG","IRN",1,"'الباسيج الإيراني'"),
 ],
 [], [],
 [D("اليوم","2015-08-07")],
 [V("*","SYR",["09","11","05"],"the UN Security Council votes today on a resolution forming a panel of investigators to identify who used toxic gas in Syria","يصوت مجلس الأمن الدولي اليوم على قرار لتشكيل لجنة من المحققين",date="2015-08-07")],
 [V("SYR","SYR",["20","18","19"],"the regime's use of toxic gas against its people is past ('بعد زمن طويل على حوادث متعددة'): no such attack dated August 2015","استعمل فيها النظام الأسدي الهمجي الغازات السامة ضد شعبه",date="2015-08")])
