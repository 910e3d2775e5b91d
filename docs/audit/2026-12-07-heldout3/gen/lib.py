import json, os, re, sys
SET = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
sys.path.insert(0, os.path.join(SET, '..'))
from heldout_gen import text_of  # noqa: E402  (the article's text as score.py gives it)
OUT = SET
ART = json.load(open(os.path.join(SET, 'articles.json'), encoding='utf-8'))
def E(names, arabic, typ, country, n, why=None):
    d = {"names": names, "arabic": arabic, "type": typ, "country": country, "min_mentions": n}
    if why: d["why"] = why
    return d
def Q(who, contains, why=None):
    d = {("speaker" if who[:1].isupper() and len(who) > 3 else "speaker_country"): who, "contains": contains}
    if why: d["why"] = why
    return d
def D(text, value, why=None):
    d = {"text": text, "value": value}
    if why: d["why"] = why
    return d
def V(src, tgt, roots, why, evidence, codes=None, either=False, date=None, unless=None):
    d = {"why": why, "evidence": evidence, "source": src}
    if tgt is not None: d["target"] = tgt
    d["roots"] = roots
    if codes: d["codes"] = codes
    if either: d["either_way"] = True
    if date: d["date"] = date
    if unless: d["unless_polarity"] = unless
    return d
def write(name, published, published_why, about, ents, quotes, ind, dates, events, forb):
    a = [x for x in ART if x['name'] == name][0]
    text = text_of(a)
    doc = {"article": {"zip": a['zip'], "inner": a['inner'], "index": a['index']},
           "source_outlet": a['source'], "published": published, "published_why": published_why,
           "about": about, "title": a['title'], "entities": ents, "quotes": quotes,
           "indirect_quotes": ind, "dates": dates, "events": events, "forbidden_events": forb}
    bad = 0
    for k in ("events", "forbidden_events"):
        for x in doc[k]:
            if x["evidence"] not in text: print("EVIDENCE NOT FOUND", name, x["evidence"]); bad += 1
    for k in ("quotes", "indirect_quotes"):
        for x in doc[k]:
            if x["contains"] not in text: print("QUOTE NOT FOUND", name, x["contains"]); bad += 1
    for x in doc["dates"]:
        if x["text"] not in text: print("DATE NOT FOUND", name, x["text"]); bad += 1
    for x in doc["entities"]:
        c = sum(text.count(a) for a in x["arabic"])
        if c == 0: print("ENTITY ARABIC NOT FOUND", name, x["names"][0])
    json.dump(doc, open(os.path.join(OUT, name + '.expected.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
    n = len(ents)+len(quotes)+len(ind)+len(dates)+len(events)+len(forb)+2
    print(name, "checks", n, "bad", bad)
