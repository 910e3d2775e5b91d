import json, os, re, sys
SET = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
sys.path.insert(0, os.path.join(SET, '..'))
from heldout_gen import text_of  # noqa: E402  (the article's text as score.py gives it)
OUT = SET
ART = json.load(open(os.path.join(SET, 'articles.json'), encoding='utf-8'))
def norm(s):
    s = re.sub(r"[\u064B-\u0652\u0640]", "", s or "")
    return re.sub(r"\s+", " ", s).strip()
def E(names, arabic, typ, country, mn, why=None):
    d = {"names": names, "arabic": arabic, "type": typ, "country": country, "min_mentions": mn}
    if why: d["why"] = why
    return d
def Q(who, contains, why=None):
    d = {("speaker" if len(who) > 3 or who[0].islower() else "speaker_country"): who, "contains": contains}
    if why: d["why"] = why
    return d
def EV(src, tgt, roots, evidence, why, codes=None, either=False, date=None, unless=None):
    d = {"why": why, "evidence": evidence, "source": src}
    if tgt is not None: d["target"] = tgt
    d["roots"] = roots
    if codes: d["codes"] = codes
    if either: d["either_way"] = True
    if date: d["date"] = date
    if unless: d["unless_polarity"] = unless
    return d
def write(name, about, ents, quotes=(), ind=(), dates=(), events=(), forb=(), published=None, pwhy=None, nm=()):
    a = [x for x in ART if x['name'] == name][0]
    text = text_of(a)
    nt = norm(text)
    pub = published or a['date_extracted'][:10]
    d = {"article": {"zip": a['zip'], "inner": a['inner'], "index": a['index']},
         "source_outlet": a['source'], "published": pub,
         "published_why": pwhy or f"Default: the day of date_extracted ({a['date_extracted']}); the text gives no other publication date.",
         "about": about, "title": a['title'], "entities": ents, "quotes": list(quotes),
         "indirect_quotes": list(ind), "dates": list(dates), "events": list(events), "forbidden_events": list(forb)}
    if nm: d["not_mentions"] = list(nm)
    for x in nm:
        if x["context"] not in text or x["word"] not in x["context"]: print(name, "NOT_MENTION CONTEXT BAD")
    for e in ents:
        for f in e['arabic']:
            if norm(f) not in nt: print(name, 'ARABIC NOT IN TEXT', f)
    for q in list(quotes) + list(ind):
        if norm(q['contains']) not in nt: print(name, 'QUOTE NOT IN TEXT', q['contains'])
        sp = q.get('speaker')
        if sp and not any(sp in e['names'] for e in ents): print(name, 'SPEAKER NOT AN ENTITY', sp)
    for x in dates:
        if norm(x['text']) not in nt: print(name, 'DATE NOT IN TEXT', x['text'])
    for x in list(events) + list(forb):
        if x['evidence'] not in text: print(name, 'EVIDENCE NOT SUBSTRING', x['evidence'])
    json.dump(d, open(f'{OUT}/{name}.expected.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
    n = len(ents) + len(quotes) + len(ind) + len(dates) + len(events) + len(forb) + len(nm) + 2
    print(name, 'checks', n)
