import json,sys,glob,os,re,importlib.util
spec=importlib.util.spec_from_file_location('c','/work/shared/seed/check.py');c=importlib.util.module_from_spec(spec);spec.loader.exec_module(c)
D=sys.argv[1]
for g in sorted(glob.glob(D+'/*.gold.json')):
    n=os.path.basename(g)[:-10]
    gold=json.load(open(g)); doc=json.load(open(D+'/'+n+'.json')); txt=doc['text']
    for kind in ('quotes','indirect_quotes'):
        for w in gold.get(kind,[]):
            qs=doc['quotes']
            # replicate quote_ok
            def ok(q):
                if c.norm(w['contains']) not in c.norm(q.get('text','')): return False
                sp=q.get('speaker')
                if 'speaker' in w:
                    eng,ar={c.fold(w['speaker'])},set()
                    for e in gold.get('entities',[]):
                        if c.fold(w['speaker']) in {c.fold(x) for x in e.get('names',[])}:
                            eng|={c.fold(x) for x in e['names']}; ar|={c.arkey(a) for a in e.get('arabic',[])}
                    if not isinstance(sp,dict): return False
                    return bool(c.names_of(sp)&eng) or any(sp.get(k) and c.arkey(sp[k]) in ar for k in ('name','name_ar','text'))
                return isinstance(sp,dict) and sp.get('country')==w['speaker_country']
            if any(ok(q) for q in qs): continue
            print('='*100); print(n,kind,'WANT',w.get('speaker') or w.get('speaker_country'),'|',w['contains'])
            i=txt.find(w['contains'])
            if i<0:
                i=c.norm(txt).find(c.norm(w['contains']))
                print('  (found via norm at',i,')')
            print('  CTX:',txt[max(0,i-350):i+len(w['contains'])+150].replace('\n',' ¶ '))
            hits=[q for q in qs if c.norm(w['contains']) in c.norm(q['text'])]
            for q in hits: print('  GOT:',q['direct'],json.dumps(q['speaker'],ensure_ascii=False),'via=',q.get('via',''),'|',q['text'][:200])
            if not hits:
                # overlapping quotes by offset
                bi=len(txt[:i].encode()); 
                for q in qs:
                    if q['start']<=bi+300 and q['end']>=bi-300: print('  NEAR:',q['direct'],json.dumps(q['speaker'],ensure_ascii=False),'|',q['text'][:200])
                if not any(q['start']<=bi+300 and q['end']>=bi-300 for q in qs): print('  MISSED: no quote near')
