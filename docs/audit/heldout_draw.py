"""Draw a held-out set of issue 14 reproducibly: the one procedure behind every
docs/audit/*-heldoutN/draw.py, which names its seed, its slice and its commit.

Population: every SaudiNewsNet article (../shared/data/saudinewsnet, each .zip one
JSON array, zips in name order, inner files in archive order) whose content has 800 to
5,000 characters and names at least two of the fifteen countries and actors below (as
../shared/seed/audit drew), less the development set (../shared/seed/dev/*.expected.json),
the seed audit (../shared/seed/audit/articles.json), every article listed in
docs/audit/*/articles*.json and docs/audit/*/exclude-*.json **as they stood at the commit
the set was drawn on** (read with `git show`, so that the samples added later, the set's
own list among them, do not change the pool), and every article whose title is the title
of one of those excluded articles. random.seed(seed); random.sample(pool, n)[take].
Writes OUTDIR/hNN.txt (title line + content, as score.py builds it) and
OUTDIR/articles.json; prints the pool size and the draw.
"""
import json, os, random, subprocess, zipfile

AUDIT = os.path.dirname(os.path.abspath(__file__))
SHARED = os.path.normpath(os.path.join(AUDIT, '..', '..', '..', 'shared'))
WORDS = ('روسيا', 'إيران', 'العراق', 'سوريا', 'تركيا', 'مصر', 'اليمن', 'الولايات المتحدة',
         'لبنان', 'ليبيا', 'إسرائيل', 'فلسطين', 'قطر', 'الحوثي', 'داعش')


def git(*args):
    """git's output, run at the repository's root (docs/audit is two levels down)."""
    root = os.path.normpath(os.path.join(AUDIT, '..', '..'))
    return subprocess.run(['git', '-C', root] + list(args), check=True,
                          capture_output=True, text=True).stdout


def sample_lists(commit):
    """The JSON of every docs/audit/*/articles*.json and exclude-*.json at commit."""
    paths = git('ls-tree', '-r', '--name-only', commit, '--', 'docs/audit').split('\n')
    for kind in ('articles', 'exclude-'):
        for p in sorted(paths):
            parts = p.split('/')
            if len(parts) == 4 and parts[3].startswith(kind) and parts[3].endswith('.json'):
                yield json.loads(git('show', commit + ':' + p))


def locators(commit):
    locs = []
    for f in sorted(os.listdir(os.path.join(SHARED, 'seed/dev'))):
        if f.endswith('.expected.json'):
            locs.append(json.load(open(os.path.join(SHARED, 'seed/dev', f), encoding='utf-8'))['article'])
    lists = [json.load(open(os.path.join(SHARED, 'seed/audit/articles.json'), encoding='utf-8'))]
    for data in lists + list(sample_lists(commit)):
        if isinstance(data, dict):
            data = data.get('articles', list(data.values()))
        for x in data:
            if isinstance(x, dict) and 'zip' in x and 'index' in x:
                locs.append(x)
    return locs


def draw(commit, seed, n, take, first, out):
    data = os.path.join(SHARED, 'data/saudinewsnet')
    excl = {(x['zip'], x['index']) for x in locators(commit)}
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
    random.seed(seed)
    pick = random.sample(pool, n)[take]
    os.makedirs(out, exist_ok=True)
    meta = []
    for k, (z, inner, i, art) in enumerate(pick, first):
        name = 'h%02d' % k
        with open(os.path.join(out, name + '.txt'), 'w', encoding='utf-8') as f:
            f.write(art['title'].strip() + '\n' + art['content'].strip())
        meta.append({'name': name, 'zip': z, 'inner': inner, 'index': i,
                     'date_extracted': art.get('date_extracted'), 'source': art.get('source'),
                     'title': art['title'].strip(), 'chars': len(art['content'])})
        print(name, z, inner, i, art.get('source'), art.get('date_extracted'), len(art['content']), art['title'].strip())
    json.dump(meta, open(os.path.join(out, 'articles.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
