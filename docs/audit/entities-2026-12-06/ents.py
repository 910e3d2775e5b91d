# ents.py BIN DIR OUT: entities of every article as json lines
import json,subprocess,sys,glob,os
b,d,o=sys.argv[1:4]
res={}
for f in sorted(glob.glob(d+'/a*.txt')):
    pub=open(f[:-4]+'.pub').read().strip()
    doc=json.loads(subprocess.run([b,'extract','--published',pub,f],capture_output=True,text=True).stdout)
    res[os.path.basename(f)[:-4]]=[{'name':e['name'],'name_ar':e.get('name_ar'),'type':e['type'],'country':e['country'],'actor':e.get('actor'),'mentions':[(m['start'],m['end'],m['text']) for m in e['mentions']]} for e in doc['entities']]
json.dump(res,open(o,'w'),ensure_ascii=False)
