#!/usr/bin/env python3
"""Changed entity mentions between two outputs: each mention (start,end,text) -> (name,type,country)."""
import json, sys
def load(f):
    out = {}
    for line in open(f, encoding='utf-8'):
        d = json.loads(line); ms = {}
        for e in d.get('entities') or []:
            for m in e.get('mentions') or []:
                ms[(m['start'], m['end'])] = (m['text'], e['name'], e['type'], e.get('country', ''), e.get('actor', ''))
        out[d['id']] = (d['text'], ms)
    return out
a, b = load(sys.argv[1]), load(sys.argv[2])
n = 0
for k in a:
    ta, ma = a[k]; tb, mb = b[k]
    if ma == mb: continue
    n += 1
    bt = ta.encode('utf-8')
    for s in sorted(set(ma) | set(mb)):
        if ma.get(s) != mb.get(s):
            ctx = bt[max(0, s[0]-70):s[1]+50].decode('utf-8', 'ignore').replace('\n', ' ')
            print(f"{k}\t{s[0]}\t-{ma.get(s)}\t+{mb.get(s)}\t{ctx}")
print('changed records:', n, file=sys.stderr)
