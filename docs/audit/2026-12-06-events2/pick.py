# pooled asserted events of the spot sample, 40 drawn with a fixed seed
import json,sys,subprocess,glob,random,os
BIN,d,seed,n=sys.argv[1],sys.argv[2],int(sys.argv[3]),int(sys.argv[4])
pool=[]
for f in sorted(glob.glob(d+'/*.txt')):
    pub=open(f[:-4]+'.pub').read().strip()
    doc=json.loads(subprocess.run([BIN,'extract','--published',pub,f],capture_output=True,text=True).stdout)
    for e in doc['events']:
        if e['polarity']!='asserted': continue
        s=e.get('source') or {}; t=e.get('target') or {}
        pool.append((os.path.basename(f)[:-4],e['code'],e.get('label',''),f"{s.get('name')}/{s.get('country')}/{s.get('actor')}",f"{t.get('name')}/{t.get('country')}/{t.get('actor')}" if t else "-",e['date'],e['text']))
random.seed(seed)
pick=random.sample(pool,min(n,len(pool)))
print(len(pool),'asserted events in pool',file=sys.stderr)
for i,p in enumerate(sorted(pick)):
    print(i+1,*p,sep='\t')
