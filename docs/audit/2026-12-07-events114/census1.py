import json,sys,re
V=re.compile(r'^(و|ف)?(دعا|طالب|حث|ناشد|طالبت|دعت|حثت|ناشدت)$')
n=0
for f in sys.argv[1:]:
  for line in open(f):
    d=json.loads(line); t=d['text'].encode()
    for e in d['events']:
      tr=e.get('trigger') or {}
      if not tr: continue
      w=t[tr['start']:tr['end']].decode()
      if not V.match(w): continue
      after=t[tr['end']:tr['end']+80].decode('utf8','ignore').split()[:4]
      before=t[max(0,tr['start']-120):tr['start']].decode('utf8','ignore').replace('\n',' ')
      s=e['source']['name'] if e.get('source') else '-'
      tg=e['target']['name'] if e.get('target') else '-'
      n+=1
      print(f"{d['id'][:8]} {e['code']} {e['polarity'][:4]} src={s} tgt={tg} | …{before[-60:]} [{w}] {' '.join(after)}")
print(n)
