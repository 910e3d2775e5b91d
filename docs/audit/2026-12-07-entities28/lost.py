# lost.py BEFORE.jsonl AFTER.jsonl: the entity mentions BEFORE has and AFTER
# lacks, with the Arabic before each (to judge what a change dropped).
import json, sys
for a, b in zip(open(sys.argv[1]), open(sys.argv[2])):
    a, b = json.loads(a), json.loads(b)
    have = {(m['start'], m['end']) for e in b.get('entities') or [] for m in e['mentions']}
    t = a['text'].encode()
    for e in a.get('entities') or []:
        for m in e['mentions']:
            if (m['start'], m['end']) not in have:
                print(e['name'], e['type'], '|', t[max(0, m['start']-60):m['start']].decode('utf-8', 'ignore').replace('\n', ' '), '[[', t[m['start']:m['end']].decode(), ']]', t[m['end']:m['end']+30].decode('utf-8', 'ignore').replace('\n', ' '))
