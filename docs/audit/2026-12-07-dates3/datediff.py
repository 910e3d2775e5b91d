#!/usr/bin/env python3
"""Dates that differ between two `rasad extract --jsonl` outputs: per document,
dates only in OLD (-) and only in NEW (+), with 60 chars of context."""
import json, sys
def load(fn):
    return {json.loads(l)['id']: json.loads(l) for l in open(fn)}
old, new = load(sys.argv[1]), load(sys.argv[2])
n = [0, 0]
for i, d in new.items():
    o = old.get(i)
    if o is None: continue
    k = lambda x: (x['start'], x['end'], x['text'], x['value'])
    a = {k(x) for x in o['dates']}; b = {k(x) for x in d['dates']}
    if a == b: continue
    t = d['text'].encode()
    print(f"== {i} pub {d.get('published')}")
    for sign, s in (('-', a - b), ('+', b - a)):
        for x in sorted(s):
            ctx = (t[max(0, x[0]-110):x[0]] + b'[' + t[x[0]:x[1]] + b']' + t[x[1]:x[1]+70]).decode('utf-8', 'ignore')
            print(f"  {sign} {x[3]:10s} {x[2]!r}  …{ctx.replace(chr(10),' ')}…")
            n[sign == '+'] += 1
print(f"removed {n[0]}, added {n[1]}")
