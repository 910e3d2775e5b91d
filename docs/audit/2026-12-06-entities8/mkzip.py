# Writes the articles of one SaudiNewsNet zip (≥ 300 characters, none a
# development article by title) as JSONL for `rasad extract --jsonl`:
#   python3 mkzip.py ../shared/data/saudinewsnet/2015-08-09.zip /work/dev > 0809.jsonl
import glob, hashlib, json, sys, zipfile
z = zipfile.ZipFile(sys.argv[1])
dev = {open(f, encoding='utf-8').readline().strip() for f in glob.glob(sys.argv[2] + '/d*.txt')}
for name in z.namelist():
    if not name.endswith('.json'):
        continue
    for a in json.load(z.open(name)):
        c = a.get('content') or ''
        if len(c) < 300 or a.get('title', '').strip() in dev:
            continue
        print(json.dumps({'id': hashlib.sha1(a['url'].encode()).hexdigest()[:20], 'title': a['title'], 'text': c,
                          'published': a['date_extracted'][:10], 'source': a['source'], 'url': a['url']}, ensure_ascii=False))
