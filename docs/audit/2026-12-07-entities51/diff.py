import json,sys
def load(f):
    return {json.loads(l)['id']:json.loads(l) for l in open(f)}
a=load(sys.argv[1]); b=load(sys.argv[2]); src=load(sys.argv[3]) if len(sys.argv)>3 else None
n=0
for id in a:
    da,db=a[id],b[id]
    ea={(e['name_ar'],e['type']):e for e in da['entities']}
    eb={(e['name_ar'],e['type']):e for e in db['entities']}
    es={(e['name_ar'],e['type']):e for e in src[id]['entities']} if src else {}
    t=db['text'].encode()
    for k in sorted(set(ea)|set(eb)):
        x,y=ea.get(k),eb.get(k)
        sx=(x['country'],x.get('actor'),len(x['mentions'])) if x else None
        sy=(y['country'],y.get('actor'),len(y['mentions'])) if y else None
        if sx!=sy:
            n+=1
            e=y or x; m=e['mentions'][0]
            ctx=t[max(0,m['start']-80):m['end']+40].decode('utf8','ignore').replace('\n',' / ')
            s=es.get(k); ss=(s['country'],len(s['mentions'])) if s else None
            print(f"{id[:6]} {k[1]} [{k[0]}] {sx} -> {sy} sourced={ss} | {db['text'][:50].replace(chr(10),' / ')} || {ctx}")
    if json.dumps(da.get('events'),sort_keys=True)!=json.dumps(db.get('events'),sort_keys=True): print(id[:6],'EVENTS differ')
    qa=json.dumps([(q.get('speaker'),q.get('speaker_country')) for q in da.get('quotes',[])],ensure_ascii=False)
    qb=json.dumps([(q.get('speaker'),q.get('speaker_country')) for q in db.get('quotes',[])],ensure_ascii=False)
    if qa!=qb: print(id[:6],'QUOTES differ')
print(n,'changed entities',file=sys.stderr)
