"""Draw held-out set 4 of issue 14 again: the procedure of ../heldout_draw.py on the
samples listed at commit f1a38f6d (the set's branch point), random.seed(24024),
8 articles: random.sample(pool, 8), h25 to h32.

    cd docs/audit/2026-12-07-heldout4 && python3 draw.py [OUTDIR]
"""
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
import heldout_draw  # noqa: E402

if __name__ == '__main__':
    heldout_draw.draw('f1a38f6d', 24024, 8, slice(None), 25,
                      sys.argv[1] if len(sys.argv) > 1 else '/tmp/heldout4/articles')
