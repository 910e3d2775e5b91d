import json,sys
def load(f):
    return {json.loads(l)['id']:json.loads(l) for l in open(f)}
a=load(sys.argv[1]); b=load(sys.argv[2])
n=0
for id in a:
    da,db=a[id],b[id]
    ea={(e['name_ar'],e['type']):e for e in da['entities']}
    eb={(e['name_ar'],e['type']):e for e in db['entities']}
    t=db['text'].encode()
    for k in sorted(set(ea)|set(eb)):
        x,y=ea.get(k),eb.get(k)
        sx=(x['country'],x.get('actor'),len(x['mentions'])) if x else None
        sy=(y['country'],y.get('actor'),len(y['mentions'])) if y else None
        if sx!=sy:
            n+=1
            e=y or x; m=e['mentions'][0]
            ctx=t[max(0,m['start']-100):m['end']+60].decode('utf8','ignore').replace('\n',' ')
            print(f"{id[:6]} {db['source']} {k[1]} [{k[0]}] {sx} -> {sy} | {ctx}")
    qa=json.dumps([q.get('speaker') for q in da.get('quotes',[])],ensure_ascii=False)
    qb=json.dumps([q.get('speaker') for q in db.get('quotes',[])],ensure_ascii=False)
    if qa!=qb: print(id[:6],'QUOTES differ')
    if json.dumps(da.get('events'),sort_keys=True)!=json.dumps(db.get('events'),sort_keys=True): print(id[:6],'EVENTS differ')
print(n,'changed entities',file=sys.stderr)
