import json,random,sys
f,seed,n=sys.argv[1],int(sys.argv[2]),int(sys.argv[3])
d=json.load(open(f))
pool=[(k,i,e) for k in sorted(d) for i,e in enumerate(d[k])]
random.seed(seed)
for k,i,e in random.sample(pool,n):
    text=open(f'spot/{k}.txt').read().encode()
    s,t,_=e['mentions'][0]
    ctx=text[max(0,s-90):t+50].decode('utf-8','ignore').replace('\n',' ')
    print(f"{k}#{i} | {e['name']} | {e['name_ar']} | {e['type']} {e['country'] or '-'} {e['actor'] or '-'} | n={len(e['mentions'])} | ...{ctx}...")
