"""Draw held-out set 3 of issue 14 again: the procedure of ../heldout_draw.py on the
samples listed at commit 17625e6c (the set's branch point), random.seed(22022),
16 articles: random.sample(pool, 16); this set is the last 8 (h17 to h24), heldout2 the first 8.

    cd docs/audit/2026-12-07-heldout3 && python3 draw.py [OUTDIR]
"""
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
import heldout_draw  # noqa: E402

if __name__ == '__main__':
    heldout_draw.draw('17625e6c', 22022, 16, slice(8, None), 17,
                      sys.argv[1] if len(sys.argv) > 1 else '/tmp/heldout3/articles')
