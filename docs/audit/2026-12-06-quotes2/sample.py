import json, zipfile, random, glob, os, sys
D='/work/shared/data/saudinewsnet'
excl=set()
for f in glob.glob('/work/shared/seed/dev/*.expected.json'):
    a=json.load(open(f))['article']; excl.add((a['zip'],a['index']))
for a in json.load(open('/work/shared/seed/audit/articles.json')):
    excl.add((a['zip'],a['index']))
seed=int(sys.argv[1]); n=int(sys.argv[2]); out=sys.argv[3]
pool=[]
for z in sorted(os.listdir(D)):
    if not z.endswith('.zip'): continue
    with zipfile.ZipFile(os.path.join(D,z)) as zf:
        for inner in zf.namelist():
            arr=json.loads(zf.read(inner))
            for i,a in enumerate(arr):
                c=a.get('content') or ''
                if (z,i) in excl or not (800<=len(c)<=5000): continue
                if not any(w in c for w in ('قال','أكد','أضاف','أوضح','أشار')): continue
                pool.append((z,inner,i,a))
random.seed(seed)
pick=random.sample(pool,n)
os.makedirs(out,exist_ok=True)
meta=[]
for k,(z,inner,i,a) in enumerate(pick):
    name='s%03d'%k
    open(os.path.join(out,name+'.txt'),'w').write(a['title'].strip()+'\n'+a['content'])
    meta.append({'name':name,'zip':z,'inner':inner,'index':i,'published':a['date_extracted'][:10],'title':a['title']})
json.dump(meta,open(os.path.join(out,'articles.json'),'w'),ensure_ascii=False,indent=1)
print(len(pool))
