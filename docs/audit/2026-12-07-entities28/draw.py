# draw.py OUT.jsonl SEED N: a seeded random sample of entities from rasad's output,
# each with the Arabic around its first mention, for judging by hand.
import json, random, sys
f, seed, n = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
pool = []
for ai, line in enumerate(open(f)):
    d = json.loads(line)
    for i, e in enumerate(d.get('entities') or []):
        pool.append((ai, d['id'], i, e, d['text']))
random.seed(seed)
for ai, aid, i, e, text in random.sample(pool, n):
    b = text.encode()
    m = e['mentions'][0]
    s, t = m['start'], m['end']
    ctx = b[max(0, s-120):s].decode('utf-8', 'ignore') + '[[' + b[s:t].decode() + ']]' + b[t:t+80].decode('utf-8', 'ignore')
    print(f"{ai}:{aid}#{i}\t{e['name']}\t{e.get('name_ar','')}\t{e['type']} {e.get('country') or '-'} {e.get('actor') or '-'}\tn={len(e['mentions'])}\t{ctx.replace(chr(10),' ')}")
