import json,re,sys,collections
pat=re.compile(r'(?<!\S)(و?(?:بحسب|حسب|وفقا ل|وفقاً ل|وفق|طبقا ل|طبقاً ل))\s*((?:\S+\s+){1,10}?)ف(?:إن|ان|إنه|إنها|إنّ)\s')
tot=0;miss=0;ex=[];hit=[]
for f in sys.argv[1:]:
  for line in open(f):
    d=json.loads(line); t=d['text']
    qs=[(q['start'],q['end'],q) for q in d.get('quotes') or []]
    for m in pat.finditer(t):
      tot+=1
      s=len(t[:m.end()].encode())
      g=[q for a,b,q in qs if a>=s-2 and a<=s+40]
      if not g: miss+=1; ex.append(t[max(0,m.start()-30):m.end()+50].replace('\n',' '))
      else: hit.append((g[0]['speaker'] or {}).get('text'))
print(tot,miss); print(hit[:20])
for e in ex[:40]: print(' *',e)
