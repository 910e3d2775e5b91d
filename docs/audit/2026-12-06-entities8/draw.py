"""Draws 40 entities from a JSON Lines output of `rasad extract`, each with its
mentions and the text around the first: python3 draw.py OUTPUT.jsonl SEED."""
import json, random, sys


def draw(path, seed, prefix, keep=lambda text: True, after=150):
    """Prints 40 entities drawn with seed from the articles of path that
    keep, named prefix01 on, each with 150 bytes of text before its first
    mention and after bytes after it; the pool's size goes to stderr."""
    pool = []
    for line in open(path, encoding='utf-8'):
        d = json.loads(line)
        if not keep(d['text']):
            continue
        tb = d['text'].encode('utf-8')
        for e in d['entities']:
            pool.append((d['id'], d['published'], e, tb))
    random.seed(seed)
    print(len(pool), file=sys.stderr)
    for i, (aid, pub, e, tb) in enumerate(random.sample(pool, 40), 1):
        ms = e['mentions']
        texts = ' / '.join(dict.fromkeys(m['text'] for m in ms))
        m = ms[0]
        ctx = tb[max(0, m['start']-150):m['end']+after].decode('utf-8', 'ignore').replace('\n', ' ')
        print(f"{prefix}{i:02d}\t{aid}\t{pub}\t{e['type']}\t{e.get('name','')}\t{e.get('country','')}|{e.get('actor','')}\t{texts}\n\t{ctx}\n")


if __name__ == '__main__':
    draw(sys.argv[1], int(sys.argv[2]), 'N')
