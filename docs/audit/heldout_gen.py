"""The helpers behind every docs/audit/*-heldoutN/gen.py (sets 4 on): build the
*.expected.json files of a held-out set, in the development set's format
(../../../shared/seed/dev/), from the annotations a gen.py holds.

A gen.py calls E, Q and EV for its entities, quotes and events, keeps one dict an
article in ARTS (published, published_why, about, entities, quotes, indirect_quotes,
dates, events, forbidden_events), and ends with write(HERE, ARTS). write reads each
article through the set's articles.json locator and asserts that every Arabic name,
quote excerpt, date text and event evidence is a substring of its text, so a typo in the
gold fails loudly instead of becoming a check no program can pass.
"""
import json, os, zipfile

AUDIT = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.normpath(os.path.join(AUDIT, '..', '..', '..', 'shared', 'data', 'saudinewsnet'))


def text_of(m):
    """The article's title line and content, as score.py gives them to rasad."""
    art = json.loads(zipfile.ZipFile(os.path.join(CORPUS, m['zip'])).read(m['inner']))[m['index']]
    return art['title'].strip() + '\n' + art['content'].strip()


def E(names, arabic, typ, country, n):
    """An entity: accepted English names, Arabic forms, type, country, least mentions."""
    return {'names': names, 'arabic': arabic, 'type': typ, 'country': country, 'min_mentions': n}


def Q(who, contains, why=None):
    """A quote by a named speaker, or by a country when who is a three-letter code."""
    q = {'speaker_country': who} if len(who) == 3 and who.isupper() or not who[:1].isalpha() else {'speaker': who}
    q['contains'] = contains
    if why:
        q['why'] = why
    return q


def EV(why, evidence, source, target, roots, codes=None, either=False, date=None, unless=None):
    """An event: its evidence in the text, source and target countries, CAMEO roots."""
    e = {'why': why, 'evidence': evidence, 'source': source, 'target': target, 'roots': roots}
    if codes:
        e['codes'] = codes
    if either:
        e['either_way'] = True
    if date:
        e['date'] = date
    if unless:
        e['unless_polarity'] = unless
    return e


KINDS = ('entities', 'quotes', 'indirect_quotes', 'dates', 'events', 'forbidden_events')


def write(here, arts):
    """Check every annotation of arts against its text and write NAME.expected.json in here."""
    meta = {m['name']: m for m in json.load(open(os.path.join(here, 'articles.json'), encoding='utf-8'))}
    for name, a in arts.items():
        m = meta[name]
        text = text_of(m)
        assert a['published'] == m['date_extracted'][:10] or a.get('published_why'), name
        for e in a['entities']:
            assert any(x in text for x in e['arabic']), (name, e['names'][0])
        for q in a['quotes'] + a['indirect_quotes']:
            assert q['contains'] in text, (name, q['contains'])
        for d in a['dates']:
            assert d['text'] in text, (name, d['text'])
        for ev in a['events'] + a['forbidden_events']:
            assert ev['evidence'] in text, (name, ev['evidence'])
        out = {'article': {'zip': m['zip'], 'inner': m['inner'], 'index': m['index']},
               'source_outlet': m['source'], 'published': a['published'],
               'published_why': a['published_why'], 'about': a['about'],
               'title': text.split('\n', 1)[0]}
        for k in KINDS:
            out[k] = a[k]
        json.dump(out, open(os.path.join(here, name + '.expected.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
        print(name, sum(len(out[k]) for k in KINDS) + 2, 'checks')
