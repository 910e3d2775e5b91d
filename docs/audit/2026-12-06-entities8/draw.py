import json, random, sys
seed = int(sys.argv[2]); path = sys.argv[1]
pool = []
for line in open(path, encoding='utf-8'):
    d = json.loads(line)
    tb = d['text'].encode('utf-8')
    for e in d['entities']:
        pool.append((d['id'], d['published'], e, tb))
random.seed(seed)
print(len(pool), file=sys.stderr)
for i, (aid, pub, e, tb) in enumerate(random.sample(pool, 40), 1):
    ms = e['mentions']
    texts = ' / '.join(dict.fromkeys(m['text'] for m in ms))
    m = ms[0]
    ctx = tb[max(0, m['start']-150):m['end']+150].decode('utf-8', 'ignore').replace('\n', ' ')
    print(f"N{i:02d}\t{aid}\t{pub}\t{e['type']}\t{e.get('name','')}\t{e.get('country','')}|{e.get('actor','')}\t{texts}\n\t{ctx}\n")
