import json,re,sys,collections
pat=re.compile(r'(?<!\S)([وفب]?(?:ل|ب|على |عن |بعد |إثر |عقب )?)(إعلان|تأكيد|تأكيدات|تصريح|تصريحات|إشارة|توضيح|قول|اعتبار|تحذير|إعلانه|تأكيده|تأكيدها|إعلانها)\s+((?:\S+\s+){1,10}?)(?:أن|بأن|إن|بأنه|أنه|أنها|بأنها)\s')
tot=0;miss=0;c=collections.Counter();ex=[]
for f in sys.argv[1:]:
  for line in open(f):
    d=json.loads(line); t=d['text']; bt=t.encode()
    qs=[(q['start'],q['end']) for q in d.get('quotes') or []]
    for m in pat.finditer(t):
      tot+=1
      s=len(t[:m.end()].encode())
      got=any(a>=s-2 and a<=s+40 for a,b in qs)
      c[(m.group(2),got)]+=1
      if not got: miss+=1; ex.append(t[max(0,m.start()-40):m.end()+60].replace('\n',' '))
print(tot,miss); print(c.most_common(30))
import random; random.seed(2)
for e in random.sample(ex,min(25,len(ex))): print(' *',e)
