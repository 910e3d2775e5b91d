import json, random, sys
SEED = 8686
pool = []
docs = []
for ai, line in enumerate(open('/tmp/m3-z25.jsonl')):
    d = json.loads(line)
    docs.append(d)
    for i, x in enumerate(d.get('events') or []):
        if x.get('polarity', 'asserted') == 'asserted':
            pool.append((ai, i))
rng = random.Random(SEED)
pick = rng.sample(pool, 50)
print(len(pool), file=sys.stderr)
for n, (ai, i) in enumerate(pick, 1):
    d = docs[ai]; x = d['events'][i]
    print(json.dumps({'item': 'E%02d' % n, 'article': ai, 'id': d['id'], 'out_index': i, 'ev': x}, ensure_ascii=False))
