import json,sys
def load(p):
    out={}
    for line in open(p):
        d=json.loads(line); out[d['id']]=d
    return out
def key(d,e):
    tb=d['text'].encode(); t=e.get('trigger') or {}
    trig=tb[t.get('start',0):t.get('end',0)].decode('utf8','replace')
    s=e['source'] or {}; g=e['target'] or {}
    return f"{e['code']} {e['polarity'][:4]} [{trig}] {s.get('name','')}|{s.get('actor','')} -> {g.get('name','')}|{g.get('actor','')} s{e['sentence']}"
a=load(sys.argv[1]); b=load(sys.argv[2]); n=0
for i in a:
    ka=[key(a[i],e) for e in a[i]['events']]; kb=[key(b[i],e) for e in b[i]['events']]
    if ka!=kb:
        n+=1
        print('==',i[:10],a[i]['title'][:80])
        for x in ka:
            if x not in kb: print('  -',x)
        for x in kb:
            if x not in ka: print('  +',x)
        sents=set()
        for e in a[i]['events']+b[i]['events']:
            if key(a[i],e) not in kb or key(b[i],e) not in ka: sents.add(e['sentence'])
        for s in sorted(sents):
            sp=a[i]['sentences'][s]; print('    S%d:'%s, a[i]['text'].encode()[sp['start']:sp['end']].decode()[:300])
print(n,'changed',file=sys.stderr)
