import json, os, re, sys
SET = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
sys.path.insert(0, os.path.join(SET, '..'))
from heldout_gen import text_of  # noqa: E402  (the article's text as score.py gives it)
OUT = SET
ART = json.load(open(os.path.join(SET, 'articles.json'), encoding='utf-8'))

def norm(s):
    s = re.sub(r"[\u064B-\u0652\u0640]", "", s or "")
    return re.sub(r"\s+", " ", s).strip()

def E(names, arabic, typ, country, n, why=None):
    d = {"names": names, "arabic": arabic, "type": typ, "country": country, "min_mentions": n}
    if why: d["why"] = why
    return d

def Q(who, contains, why=None):
    d = {("speaker_country" if re.fullmatch(r"[A-Z]{3}", who) else "speaker"): who, "contains": contains}
    if why: d["why"] = why
    return d

def D(text, value, why=None):
    d = {"text": text, "value": value}
    if why: d["why"] = why
    return d

def V(why, evidence, source, target, roots, codes=None, date=None, either=False, unless=None):
    d = {"why": why, "evidence": evidence, "source": source, "target": target, "roots": roots}
    if codes: d["codes"] = codes
    if either: d["either_way"] = True
    if date: d["date"] = date
    if unless: d["unless_polarity"] = unless
    return d

def write(name, published, published_why, about, entities, quotes, indirect, dates, events, forbidden):
    a = [x for x in ART if x['name'] == name][0]
    text = text_of(a)
    nt = norm(text)
    errs = []
    for e in entities:
        for ar in e['arabic']:
            if ar not in text: errs.append(('arabic', ar))
    for q in quotes + indirect:
        if norm(q['contains']) not in nt: errs.append(('contains', q['contains']))
    for d in dates:
        if norm(d['text']) not in nt: errs.append(('date', d['text']))
    for v in events + forbidden:
        if v['evidence'] not in text: errs.append(('evidence', v['evidence']))
    doc = {"article": {"zip": a['zip'], "inner": a['inner'], "index": a['index']},
           "source_outlet": a['source'], "published": published, "published_why": published_why,
           "about": about, "title": a['title'], "entities": entities, "quotes": quotes,
           "indirect_quotes": indirect, "dates": dates, "events": events, "forbidden_events": forbidden}
    json.dump(doc, open(os.path.join(OUT, name + '.expected.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
    n = len(entities) + len(quotes) + len(indirect) + len(dates) + len(events) + len(forbidden) + 2
    print(name, 'checks', n, 'ent', len(entities), 'q', len(quotes), 'iq', len(indirect), 'd', len(dates), 'ev', len(events), 'fb', len(forbidden), 'ERRORS' if errs else 'ok', errs)
