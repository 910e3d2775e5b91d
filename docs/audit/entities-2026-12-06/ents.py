# ents.py BIN DIR OUT: entities of every article of DIR (aNN.txt, aNN.pub, articles.json) as JSON,
# each article given to BIN extract as JSON with its outlet (SaudiNewsNet's source field)
import json,subprocess,sys,glob,os
b,d,o=sys.argv[1:4]
meta=json.load(open(d+'/articles.json'))
res={}
for f in sorted(glob.glob(d+'/a*.txt')):
    k=os.path.basename(f)[:-4]
    title,_,text=open(f).read().partition('\n')
    art={'title':title,'text':text,'published':open(f[:-4]+'.pub').read().strip(),'source':meta[int(k[1:])]['source']}
    doc=json.loads(subprocess.run([b,'extract','-'],input=json.dumps(art,ensure_ascii=False),capture_output=True,text=True,check=True).stdout)
    res[k]=[{'name':e['name'],'name_ar':e.get('name_ar'),'type':e['type'],'country':e['country'],'actor':e.get('actor'),'mentions':[(m['start'],m['end'],m['text']) for m in e['mentions']]} for e in doc['entities']]
json.dump(res,open(o,'w'),ensure_ascii=False)
