# sample.py SEED N OUTDIR [ARTICLES.json...]: write N random SaudiNewsNet articles (800-5000 chars) outside dev, the audit
# and the articles of any further ARTICLES.json files as OUTDIR/aNN.txt + .pub
import json,random,sys,zipfile,os,glob
seed,n,out=int(sys.argv[1]),int(sys.argv[2]),sys.argv[3]
os.makedirs(out,exist_ok=True)
D='/work/shared/data/saudinewsnet'
excl=set()
for f in glob.glob('/work/shared/seed/dev/*.expected.json'):
    a=json.load(open(f))['article']; excl.add((a['zip'],a['inner'],a['index']))
for f in ['/work/shared/seed/audit/articles.json']+sys.argv[4:]:
    for a in json.load(open(f)):
        excl.add((a['zip'],a['inner'],a['index']))
pool=[]
for z in sorted(f for f in os.listdir(D) if f.endswith(".zip")):
    zf=zipfile.ZipFile(os.path.join(D,z))
    for inner in zf.namelist():
        arts=json.loads(zf.read(inner))
        for i,a in enumerate(arts):
            if 800<=len(a['content'])<=5000 and (z,inner,i) not in excl:
                pool.append((z,inner,i,a))
random.seed(seed)
pick=random.sample(pool,n)
meta=[]
for k,(z,inner,i,a) in enumerate(pick):
    open(f'{out}/a{k:02d}.txt','w').write(a['title'].strip()+'\n'+a['content'].strip())
    open(f'{out}/a{k:02d}.pub','w').write(a['date_extracted'][:10])
    meta.append({'zip':z,'inner':inner,'index':i,'source':a['source']})
json.dump(meta,open(f'{out}/articles.json','w'),ensure_ascii=False,indent=1)
