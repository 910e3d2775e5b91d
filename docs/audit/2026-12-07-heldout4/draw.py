"""Draw the held-out set of issue 14, reproducibly.

    cd docs/audit/2026-12-07-heldout4 && python3 draw.py [OUTDIR]

Population: every SaudiNewsNet article (../../../../shared/data/saudinewsnet, each
.zip one JSON array, zips in name order, inner files in archive order) whose content
has 800 to 5,000 characters and names at least two of the fifteen countries and
actors below (as ../shared/seed/audit drew), less the development set
(../shared/seed/dev/*.expected.json), the seed audit (../shared/seed/audit/articles.json),
every article listed in docs/audit/*/articles*.json and docs/audit/*/exclude-*.json of
this worktree, and every article whose title is the title of one of those excluded
articles (heldout1..3 included: their articles.json match the glob). 8 articles are
drawn with random.seed(24024); random.sample(pool, 8), named h25 to h32.
Writes OUTDIR/hNN.txt (title line + content, as score.py builds it) and
OUTDIR/articles.json; prints the pool size and the draw.
"""
import glob, json, os, random, sys, zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
SHARED = os.path.normpath(os.path.join(HERE, '..', '..', '..', '..', 'shared'))
AUDIT = os.path.normpath(os.path.join(HERE, '..'))
WORDS = ('روسيا', 'إيران', 'العراق', 'سوريا', 'تركيا', 'مصر', 'اليمن', 'الولايات المتحدة',
         'لبنان', 'ليبيا', 'إسرائيل', 'فلسطين', 'قطر', 'الحوثي', 'داعش')


def locators():
    locs = []
    for f in sorted(glob.glob(os.path.join(SHARED, 'seed/dev/*.expected.json'))):
        locs.append(json.load(open(f, encoding='utf-8'))['article'])
    files = [os.path.join(SHARED, 'seed/audit/articles.json')]
    files += sorted(glob.glob(os.path.join(AUDIT, '*/articles*.json')))
    files += sorted(glob.glob(os.path.join(AUDIT, '*/exclude-*.json')))
    for f in files:
        if os.path.abspath(os.path.dirname(f)) == HERE:
            continue  # this draw's own list
        data = json.load(open(f, encoding='utf-8'))
        if isinstance(data, dict):
            data = data.get('articles', list(data.values()))
        for x in data:
            if isinstance(x, dict) and 'zip' in x and 'index' in x:
                locs.append(x)
    return locs


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else '/tmp/heldout4/articles'
    data = os.path.join(SHARED, 'data/saudinewsnet')
    excl = {(x['zip'], x['index']) for x in locators()}
    arts = {}
    for z in sorted(f for f in os.listdir(data) if f.endswith('.zip')):
        with zipfile.ZipFile(os.path.join(data, z)) as zf:
            for inner in zf.namelist():
                for i, art in enumerate(json.loads(zf.read(inner))):
                    arts[(z, i)] = (inner, art)
    bad_titles = {arts[k][1]['title'].strip() for k in excl if k in arts}
    pool = []
    for (z, i), (inner, art) in arts.items():
        c = art.get('content') or ''
        if (z, i) in excl or art['title'].strip() in bad_titles:
            continue
        if not 800 <= len(c) <= 5000 or sum(w in c for w in WORDS) < 2:
            continue
        pool.append((z, inner, i, art))
    print(f'excluded locators {len(excl)}, excluded titles {len(bad_titles)}, pool {len(pool)}')
    random.seed(24024)
    pick = random.sample(pool, 8)
    os.makedirs(out, exist_ok=True)
    meta = []
    for k, (z, inner, i, art) in enumerate(pick, 25):
        name = 'h%02d' % k
        with open(os.path.join(out, name + '.txt'), 'w', encoding='utf-8') as f:
            f.write(art['title'].strip() + '\n' + art['content'].strip())
        meta.append({'name': name, 'zip': z, 'inner': inner, 'index': i,
                     'date_extracted': art.get('date_extracted'), 'source': art.get('source'),
                     'title': art['title'].strip(), 'chars': len(art['content'])})
        print(name, z, inner, i, art.get('source'), art.get('date_extracted'), len(art['content']), art['title'].strip())
    json.dump(meta, open(os.path.join(out, 'articles.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=1)


if __name__ == '__main__':
    main()
