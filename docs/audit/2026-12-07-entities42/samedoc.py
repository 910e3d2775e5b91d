#!/usr/bin/env python3
"""Uncovered occurrences of a word that the same article links (actor_id) elsewhere, as the whole mention."""
import json, re, sys, collections
AR = re.compile(r'[\u064B-\u0652\u0640]')
def norm(s): return AR.sub('', s)
PRE = ('', 'و', 'ف', 'ب', 'ل', 'ك', 'وب', 'ول', 'فب', 'فل', 'وك')
nisba_end = ('ية', 'يه', 'يون', 'يين', 'ي')
tot = collections.Counter(); rows = []
for f in sys.argv[1:]:
    for line in open(f, encoding='utf-8'):
        d = json.loads(line); text = d['text']; b = text.encode('utf-8')
        cov = bytearray(len(b) + 1); forms = {}
        for e in d.get('entities') or []:
            for m in e.get('mentions') or []:
                for k in range(m['start'], m['end']): cov[k] = 1
                t = norm(m['text'])
                if e.get('actor_id') and ' ' not in t and len(t) >= 3 and not (t.endswith(nisba_end) and norm(e.get('name_ar', '')) != t):
                    forms[t] = e['name']
        for mt in re.finditer(r'[\u0600-\u06FF]+', text):
            w = norm(mt.group()); hit = None
            for p in PRE:
                r = w[len(p):]
                if w.startswith(p) and r in forms: hit = r; break
                if p.endswith('ل') and w.startswith(p) and r.startswith('ل') and 'ا' + r in forms: hit = 'ا' + r; break
            if hit:
                s = len(text[:mt.start()].encode('utf-8')); e_ = s + len(mt.group().encode('utf-8'))
                if not any(cov[s:e_]):
                    tot[hit] += 1
                    rows.append((d['id'], forms[hit], s, text[max(0, mt.start() - 45):mt.end() + 35].replace('\n', ' ')))
print(len(rows), 'uncovered occurrences of words linked elsewhere in the same article;', len(tot), 'forms')
for f, n in tot.most_common(40): print(' ', n, f)
with open('samedoc.rows', 'w') as o:
    for r in rows: print(*r, sep='\t', file=o)
