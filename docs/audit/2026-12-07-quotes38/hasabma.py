import json,re,sys,collections
pat=re.compile(r'(?<!\S)(و?(?:بحسب ما|حسب ما|حسبما|وفق ما|وفقما|وفقا لما|وفقاً لما|وفقًا لما|طبقا لما|طبقاً لما|بحسب ما|على ما|كما))\s+(\S+)\s+((?:\S+\s+){0,3}\S+)')
verbs=collections.Counter(); tot=0; cov=0; ex=[]
for f in sys.argv[1:]:
  for line in open(f):
    d=json.loads(line); t=d['text']; bt=t.encode()
    qs=[(q['start'],q['end'],q) for q in d.get('quotes') or []]
    for m in pat.finditer(t):
      v=m.group(2)
      if not re.match(r'^(ذكر|ذكرت|قال|قالت|أعلن|أعلنت|أفاد|أفادت|أكد|أكدت|صرح|صرحت|أوضح|أوضحت|نقلت|نقل|أورد|أوردت|نشرت|نشر|أشار|أشارت|أظهرت|أظهر|كشف|كشفت|يقول|تقول|أعلنه|أعلنته|ذكره|ذكرته|نشرته|قاله|أكده|أفاد به|أفادت به|جاء|ورد)$',v): continue
      if m.group(1).strip('و') in ('كما',): continue
      tot+=1
      s=len(t[:m.start()].encode())
      # covered if some quote has speaker start after s within 60 bytes
      g=[q for a,b,q in qs if q.get('speaker') and q['speaker'].get('start',-1)>=s and q['speaker'].get('start',-1)<=s+120]
      if g: cov+=1
      else: ex.append(t[max(0,m.start()-80):m.end()+30].replace('\n',' '))
      verbs[(m.group(1),g!=[])]+=1
print(tot,cov); print(verbs.most_common(20))
import random; random.seed(3)
for e in random.sample(ex,min(30,len(ex))): print(' *',e)
