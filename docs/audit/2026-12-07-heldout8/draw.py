"""Draw held-out set 8 of issue 14: the procedure of ../heldout_draw.py on the
samples listed at commit 82781de7 (the set's branch point), random.seed(27027),
random.sample(pool, 16)[8:16], h57 to h64.

    cd docs/audit/2026-12-07-heldout8 && python3 draw.py [OUTDIR]
"""
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
import heldout_draw  # noqa: E402

if __name__ == '__main__':
    heldout_draw.draw('82781de7', 27027, 16, slice(8, 16), 57,
                      sys.argv[1] if len(sys.argv) > 1 else '/tmp/heldout8/articles')
