#!/usr/bin/env python3
"""Known names uncovered: forms that are linked (actor_id) as the whole mention
somewhere in the corpus output but stand uncovered in some article."""
import json, re, sys, collections
files = sys.argv[1:]
docs = []
for f in files:
    for line in open(f, encoding='utf-8'):
        line = line.strip()
        if line: docs.append(json.loads(line))
AR = re.compile(r'[\u064B-\u0652\u0640]')
def norm(s): return AR.sub('', s)
forms = collections.Counter()
nisba_end = ('ية', 'يه', 'يون', 'يين', 'ي')
for d in docs:
    for e in d.get('entities') or []:
        if not e.get('actor_id'): continue
        for m in e.get('mentions') or []:
            t = norm(m['text'])
            if ' ' in t or len(t) < 3: continue
            if t.endswith(nisba_end) and norm(e.get('name_ar','')) != t: continue
            forms[t] += 1
forms = {f for f, n in forms.items() if n >= 3}
pre = '(?:و|ف)?(?:ب|ل|ك)?'
out = collections.Counter(); ctx = collections.defaultdict(list)
for d in docs:
    text = d['text']; b = text.encode('utf-8')
    cov = bytearray(len(b) + 1)
    for e in d.get('entities') or []:
        for m in e.get('mentions') or []:
            for k in range(m['start'], m['end']): cov[k] = 1
    for mt in re.finditer(r'[\u0600-\u06FF]+', text):
        w = norm(mt.group())
        f = None
        for p in ('', 'و', 'ف', 'ب', 'ل', 'ك', 'وب', 'ول', 'فب', 'فل', 'وك'):
            if w.startswith(p) and w[len(p):] in forms: f = w[len(p):]; break
            if p.endswith('ل') and ('ا' + w[len(p)-1:]) in forms and w[len(p)-1:].startswith('ل'): f = 'ا' + w[len(p)-1:]; break
        if f:
            s = len(text[:mt.start()].encode('utf-8')); e_ = s + len(mt.group().encode('utf-8'))
            if not any(cov[s:e_]):
                out[f] += 1
                ctx[f].append((d['id'], text[max(0, mt.start()-40):mt.end()+30].replace('\n', ' ')))
print(sum(out.values()), 'uncovered occurrences of', len(out), 'forms')
for f, n in out.most_common(60):
    print(n, f, '|', ctx[f][0][1])
json.dump({f: ctx[f] for f in out}, open('uncov_ctx.json', 'w'), ensure_ascii=False)
