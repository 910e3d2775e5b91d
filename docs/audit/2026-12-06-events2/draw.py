# draw SaudiNewsNet articles outside dev and the audit: seed given
import json,zipfile,random,glob,sys,os
seed=int(sys.argv[1]); n=int(sys.argv[2]); out=sys.argv[3]
excl=set()
for f in glob.glob('/work/shared/seed/dev/*.expected.json'):
    a=json.load(open(f))['article']; excl.add((a['zip'],a['index']))
for a in json.load(open('/work/shared/seed/audit/articles.json')): excl.add((a['zip'],a['index']))
keys=['روسيا','إيران','العراق','سوريا','تركيا','مصر','اليمن','الولايات المتحدة','لبنان','ليبيا','إسرائيل','فلسطين','قطر','الحوثي','داعش']
pool=[]
for z in sorted(glob.glob('/work/shared/data/saudinewsnet/*.zip')):
    zf=zipfile.ZipFile(z); name=os.path.basename(z)
    for inner in zf.namelist():
        arr=json.loads(zf.read(inner))
        for i,a in enumerate(arr):
            c=a.get('content') or ''
            if (name,i) in excl or not (800<=len(c)<=5000): continue
            if sum(k in c for k in keys)<2: continue
            pool.append((name,inner,i,a))
random.seed(seed)
pick=random.sample(pool,n)
os.makedirs(out,exist_ok=True)
meta=[]
for j,(name,inner,i,a) in enumerate(pick):
    nm='s%02d'%j
    open(f'{out}/{nm}.txt','w').write(a['title'].strip()+'\n'+a['content'])
    pub=a['date_extracted'][:10]
    open(f'{out}/{nm}.pub','w').write(pub)
    meta.append({'name':nm,'zip':name,'inner':inner,'index':i,'published':pub,'title':a['title']})
json.dump(meta,open(f'{out}/articles.json','w'),ensure_ascii=False,indent=1)
print(len(pool))
