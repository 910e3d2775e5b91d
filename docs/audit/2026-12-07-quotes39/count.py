import json,re,sys,collections
nouns='إعلان|تأكيد|تشديد|إشارة|تصريح|اعتراف|نفي|تحذير|توضيح|اعتبار|ترجيح|تأكيدات|تصريحات|تحذيرات'
pat=re.compile(r'(?<!\S)([وفب]?(?:ل|ب|على |عن |بعد |إثر |عقب |مع |وسط |في |من )?)('+nouns+r')\s+((?:\S+\s+){1,10}?)(?:على |إلى |الى |ب)?(?:أن|إن|بأن|بأنه|أنه|أنها|بأنها|أنهم)\s')
tot=0;miss=0;c=collections.Counter();ex=[]
for f in sys.argv[1:]:
  for line in open(f):
    d=json.loads(line); t=d['text']
    qs=[(q['start'],q['end']) for q in d.get('quotes') or []]
    for m in pat.finditer(t):
      tot+=1
      s=len(t[:m.end()].encode())
      got=any(a>=s-4 and a<=s+40 for a,b in qs)
      c[(m.group(2),got)]+=1
      if not got: miss+=1; ex.append(m.group(2)+' | '+t[max(0,m.start()-30):m.end()+40].replace('\n',' '))
print(tot,miss); print(sorted(c.items()))
for e in ex: print(' *',e)
