import json,sys
def load(f):
    r={}
    for line in open(f):
        d=json.loads(line); r[d['id']]=d
    return r
a=load(sys.argv[1]); b=load(sys.argv[2])
def key(d,e):
    t=d['text'].encode(); tr=e.get('trigger') or {}
    w=t[tr['start']:tr['end']].decode() if tr else ''
    return (e['code'],(e.get('source') or {}).get('name'),(e.get('target') or {}).get('name'),e['polarity'],w,tr.get('start'))
n=0
for i in a:
    da,db=a[i],b[i]
    ka=[key(da,e) for e in da['events']]; kb=[key(db,e) for e in db['events']]
    rem=[k for k in ka if k not in kb]; add=[k for k in kb if k not in ka]
    if not rem and not add: continue
    t=da['text'].encode()
    print('==',i[:10],da['title'][:60])
    for tag,ks in (('-',rem),('+',add)):
        for k in ks:
            n+=1
            s=k[5] or 0
            ctx=t[max(0,s-200):s+150].decode('utf8','ignore').replace('\n',' ')
            print(f" {tag} {k[0]} {k[3][:4]} src={k[1]} tgt={k[2]} [{k[4]}] …{ctx}…")
print('changes',n)
