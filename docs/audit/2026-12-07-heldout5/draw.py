"""Draw held-out set 5 of issue 14 again: the procedure of ../heldout_draw.py on the
samples listed at commit 0e7783fd (the set's branch point), random.seed(25025),
16 articles drawn, the first 8 taken: random.sample(pool, 16)[0:8], h33 to h40.
(The other 8, [8:16], are held-out set 6's.)

    cd docs/audit/2026-12-07-heldout5 && python3 draw.py [OUTDIR]
"""
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
import heldout_draw  # noqa: E402

SLICE, FIRST = slice(0, 8), 33

if __name__ == '__main__':
    heldout_draw.draw('0e7783fd', 25025, 16, SLICE, FIRST,
                      sys.argv[1] if len(sys.argv) > 1 else '/tmp/heldout5/articles')
