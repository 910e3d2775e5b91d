import json, random, sys
words = "روسيا إيران العراق سوريا تركيا مصر اليمن الولايات المتحدة لبنان ليبيا إسرائيل فلسطين قطر الحوثي داعش".split()
words = ["روسيا","إيران","العراق","سوريا","تركيا","مصر","اليمن","الولايات المتحدة","لبنان","ليبيا","إسرائيل","فلسطين","قطر","الحوثي","داعش"]
seed = int(sys.argv[2]); pool = []
for line in open(sys.argv[1], encoding='utf-8'):
    d = json.loads(line)
    if sum(w in d['text'] for w in words) < 2: continue
    tb = d['text'].encode('utf-8')
    for e in d['entities']:
        pool.append((d['id'], d['published'], e, tb))
random.seed(seed)
print(len(pool), file=sys.stderr)
for i, (aid, pub, e, tb) in enumerate(random.sample(pool, 40), 1):
    ms = e['mentions']
    texts = ' / '.join(dict.fromkeys(m['text'] for m in ms))
    m = ms[0]
    ctx = tb[max(0, m['start']-150):m['end']+120].decode('utf-8', 'ignore').replace('\n', ' ')
    print(f"H{i:02d}\t{aid}\t{pub}\t{e['type']}\t{e.get('name','')}\t{e.get('country','')}|{e.get('actor','')}\t{texts}\n\t{ctx}\n")
