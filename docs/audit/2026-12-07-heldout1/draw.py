"""Draw held-out set 1 of issue 14 again: the procedure of ../heldout_draw.py on the
samples listed at commit 36335e1d (the set's branch point), random.seed(21021),
8 articles: random.sample(pool, 8), h01 to h08.

    cd docs/audit/2026-12-07-heldout1 && python3 draw.py [OUTDIR]
"""
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
import heldout_draw  # noqa: E402

if __name__ == '__main__':
    heldout_draw.draw('36335e1d', 21021, 8, slice(None), 1,
                      sys.argv[1] if len(sys.argv) > 1 else '/tmp/heldout1/articles')
