import json,sys
def ents(d):
    return {(e['type'],e['name_ar'],e.get('country',''),e.get('actor',''),tuple((m['start'],m['end']) for m in e['mentions'])) for e in d['entities']}
nrec=0
for f in ['snn400','z25']:
    A=[json.loads(l) for l in open(f'/work/base/{f}.out')]
    B=[json.loads(l) for l in open(f'/tmp/entities41/{f}.out')]
    for a,b in zip(A,B):
        ea,eb=ents(a),ents(b)
        if ea==eb: continue
        nrec+=1
        t=b['text'].encode()
        print('###',f,b['id'])
        for e in sorted(ea-eb,key=lambda e:e[4][0]):
            s,en=e[4][0]; print('  -',e[0],e[1],e[2],e[3],len(e[4]))
        for e in sorted(eb-ea,key=lambda e:e[4][0]):
            s,en=e[4][0]; print('  +',e[0],e[1],e[2],e[3],len(e[4]),'||',t[max(0,s-50):s].decode(errors='ignore'),'[[',t[s:en].decode(),']]',t[en:en+40].decode(errors='ignore').replace('\n',' '))
print('records changed',nrec)
