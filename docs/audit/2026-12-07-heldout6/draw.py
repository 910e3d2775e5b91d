"""Draw held-out set 6 of issue 14 again: the procedure of ../heldout_draw.py on the
samples listed at commit 0e7783fd (the set's branch point), random.seed(25025),
16 articles drawn: random.sample(pool, 16)[8:16], h41 to h48 (the first eight are
held-out set 5).

    cd docs/audit/2026-12-07-heldout6 && python3 draw.py [OUTDIR]
"""
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
import heldout_draw  # noqa: E402

if __name__ == '__main__':
    heldout_draw.draw('0e7783fd', 25025, 16, slice(8, 16), 41,
                      sys.argv[1] if len(sys.argv) > 1 else '/tmp/heldout6/articles')
