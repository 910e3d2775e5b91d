"""Draw held-out set 12 of issue 14: the procedure of ../heldout_draw.py on the
samples listed at commit 645ac1ef (the set's branch point), random.seed(31031),
random.sample(pool, 16)[8:16], h89 to h96.

    cd docs/audit/2026-12-07-heldout12 && python3 draw.py [OUTDIR]
"""
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
import heldout_draw  # noqa: E402

if __name__ == '__main__':
    heldout_draw.draw('645ac1ef', 31031, 16, slice(8, 16), 89,
                      sys.argv[1] if len(sys.argv) > 1 else '/tmp/heldout12/articles')
