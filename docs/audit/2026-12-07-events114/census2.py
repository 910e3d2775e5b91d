import json,sys
n=0
for f in sys.argv[1:]:
  for line in open(f):
    d=json.loads(line); t=d['text'].encode()
    ents={e['id']:e for e in d['entities']}
    for e in d['events']:
      tr=e.get('trigger') or {}
      s=e.get('source') or {}
      if not tr or not s.get('entity') or e['polarity']!='asserted': continue
      ms=[m for m in ents[s['entity']]['mentions'] if m['start']>=tr['end'] and m['start']-tr['end']<60]
      if not ms: continue
      m=ms[0]
      between=t[tr['end']:m['start']].decode('utf8','ignore').split()
      if len(between) not in (1,2): continue
      w=t[tr['start']:tr['end']].decode()
      n+=1
      print(f"{d['id'][:8]} {e['code']} src={s['name']} | [{w}] {' '.join(between)} <{m['text']}>")
print(n)
