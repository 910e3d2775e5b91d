import json,sys
def load(f):
    out={}
    for line in open(f):
        d=json.loads(line); out[d['id']]=d
    return out
def key(e):
    s=e['source'] or {}; t=e['target'] or {}
    return (e['code'], s.get('actor') or s.get('country'), t.get('actor') or t.get('country') if t else None, e['polarity'], tuple(e.get('sentences') or [e['sentence']]))
def show(e):
    s=e['source'] or {}; t=e['target'] or {}
    return f"{e['code']} {s.get('name')}[{s.get('actor')}] -> {t.get('name') if t else None}[{t.get('actor') if t else None}] {e['polarity']} {e['date']} s{e.get('sentences')}"
a=load(sys.argv[1]); b=load(sys.argv[2])
n=0
for i in a:
    ea=[key(e) for e in a[i]['events']]; eb=[key(e) for e in b[i]['events']]
    if ea==eb: continue
    n+=1
    d=b[i]; t=d['text'].encode()
    print('==',i,d['title'][:80])
    for e in a[i]['events']:
        if key(e) not in eb: print('  -', show(e)); print('     ', e['text'][:300])
    for e in b[i]['events']:
        if key(e) not in ea: print('  +', show(e)); print('     ', e['text'][:300])
print('changed docs',n)
