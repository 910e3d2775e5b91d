import json,re,sys,collections
shapes = {
 'clash_bayn': r'(اشتباكات|معارك|مواجهات|المعارك|الاشتباكات|المواجهات|قتال|القتال)\s+(\S+\s+){0,3}بين\s',
 'advance': r'(تقدم|تقدمت|يتقدم|تتقدم)\s+(\S+\s+){0,4}(نحو|باتجاه|صوب|في اتجاه)\s',
 'liberate': r'\b(و?حرر|و?حررت|و?استعاد|و?استعادت|و?يحرر|و?تحرر|و?يستعيد|و?تستعيد)\s',
 'seize': r'\b(و?سيطر|و?سيطرت|و?يسيطر|و?تسيطر|و?استولى|و?استولت)\s+(\S+\s+){0,4}على\s',
 'launch': r'\b(و?شن|و?شنت|و?يشن|و?تشن)\s+(\S+\s+){0,4}(هجوما|هجمات|هجوم|غارات|غارة|ضربات|حملة)',
 'shell': r'\b(و?قصف|و?قصفت|و?يقصف|و?تقصف)\s+(\S+\s+){0,4}(مواقع|موقع|مقرات|معاقل)',
 'fight_v': r'\b(و?تقاتل|و?يقاتل|و?قاتل|و?قاتلت|و?اشتبك|و?اشتبكت|و?تشتبك|و?يشتبك)\s',
}
f=sys.argv[1]
cnt=collections.Counter(); coded=collections.Counter(); ex=collections.defaultdict(list)
for line in open(f):
    d=json.loads(line); t=d['text'].encode()
    evs=d.get('events') or []
    for i,s in enumerate(d['sentences']):
        st=t[s['start']:s['end']].decode(errors='ignore')
        for k,p in shapes.items():
            m=re.search(p,st)
            if not m: continue
            cnt[k]+=1
            codes=[e['code'] for e in evs if i in (e.get('sentences') or [e['sentence']]) ]
            c19=[c for c in codes if c.startswith(('19','18','17'))]
            if c19: coded[k]+=1
            ex[k].append((d['id'] if 'id' in d else '', i, ','.join(codes), st[max(0,m.start()-60):m.end()+80]))
for k in shapes: print(k, cnt[k], 'with 17-19:', coded[k])
if len(sys.argv)>2:
    for e in ex[sys.argv[2]][:int(sys.argv[3]) if len(sys.argv)>3 else 30]: print(e)
