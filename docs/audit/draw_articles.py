"""Draw a precision audit's articles from SaudiNewsNet, reproducibly.

    python3 docs/audit/draw_articles.py SEED N OUTDIR [--filter countries2|speech|none]
        [--name FORMAT] [--pub] [--strip] [--exclude ARTICLES.json]... [--shared DIR]

The population is every SaudiNewsNet article (../shared/data/saudinewsnet,
each .zip one JSON array, in name order) whose content has 800 to 5,000
characters, less the articles of the development set (the gold files of
../shared/seed/dev), of the first audit (../shared/seed/audit/articles.json)
and of every --exclude file; --filter keeps those that name at least two of
fifteen countries and actors of the region (countries2), or that have a
verb of speech (speech), or all (none). N are drawn with Python's
random.seed(SEED) and random.sample, written as OUTDIR/NAME.txt (the title,
a newline, the content; --strip strips the content) and, with --pub,
NAME.pub (the day of date_extracted), named by --name (a %-format of the
draw's index, default a%02d), and listed in OUTDIR/articles.json (name,
zip, inner, index, published, title, source). It prints the pool's size.

It replaces the three samplers that the audits of 2026-12-06 kept apart
and draws the same articles as each:
  events2:    SEED 2026 N 15 --filter countries2 --name s%02d --pub
  quotes2:    SEED 20261206 N 15 --filter speech --name s%03d
  entities:   SEED 2026 N 15 --name a%02d --pub --strip
  entities3:  SEED 3107 N 15 --name a%02d --pub --strip --exclude ...
The Go tool internal/eval/cmd/auditsample draws the later audits.
"""
import argparse
import glob
import json
import os
import random
import zipfile

FILTERS = {
    'countries2': lambda c: sum(k in c for k in (
        'روسيا', 'إيران', 'العراق', 'سوريا', 'تركيا', 'مصر', 'اليمن', 'الولايات المتحدة',
        'لبنان', 'ليبيا', 'إسرائيل', 'فلسطين', 'قطر', 'الحوثي', 'داعش')) >= 2,
    'speech': lambda c: any(w in c for w in ('قال', 'أكد', 'أضاف', 'أوضح', 'أشار')),
    'none': lambda c: True,
}


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('seed', type=int)
    ap.add_argument('n', type=int)
    ap.add_argument('out')
    ap.add_argument('--filter', choices=sorted(FILTERS), default='none')
    ap.add_argument('--name', default='a%02d')
    ap.add_argument('--pub', action='store_true')
    ap.add_argument('--strip', action='store_true')
    ap.add_argument('--exclude', action='append', default=[])
    ap.add_argument('--shared', default='../shared')
    a = ap.parse_args()
    keep = FILTERS[a.filter]
    excl = set()
    for f in glob.glob(os.path.join(a.shared, 'seed/dev/*.expected.json')):
        x = json.load(open(f))['article']
        excl.add((x['zip'], x['index']))
    for f in [os.path.join(a.shared, 'seed/audit/articles.json')] + a.exclude:
        for x in json.load(open(f)):
            excl.add((x['zip'], x['index']))
    data = os.path.join(a.shared, 'data/saudinewsnet')
    pool = []
    for z in sorted(f for f in os.listdir(data) if f.endswith('.zip')):
        with zipfile.ZipFile(os.path.join(data, z)) as zf:
            for inner in zf.namelist():
                for i, art in enumerate(json.loads(zf.read(inner))):
                    c = art.get('content') or ''
                    if (z, i) in excl or not 800 <= len(c) <= 5000 or not keep(c):
                        continue
                    pool.append((z, inner, i, art))
    random.seed(a.seed)
    pick = random.sample(pool, a.n)
    os.makedirs(a.out, exist_ok=True)
    meta = []
    for k, (z, inner, i, art) in enumerate(pick):
        name = a.name % k
        text = art['content'].strip() if a.strip else art['content']
        with open(os.path.join(a.out, name + '.txt'), 'w') as f:
            f.write(art['title'].strip() + '\n' + text)
        pub = art['date_extracted'][:10]
        if a.pub:
            with open(os.path.join(a.out, name + '.pub'), 'w') as f:
                f.write(pub)
        meta.append({'name': name, 'zip': z, 'inner': inner, 'index': i, 'published': pub,
                     'title': art['title'], 'source': art.get('source')})
    with open(os.path.join(a.out, 'articles.json'), 'w') as f:
        json.dump(meta, f, ensure_ascii=False, indent=1)
    print(len(pool))


if __name__ == '__main__':
    main()
