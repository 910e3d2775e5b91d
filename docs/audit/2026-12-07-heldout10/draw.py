"""Draw held-out set 10 of issue 14: the procedure of ../heldout_draw.py on the
samples listed at commit 0c8dcae7 (the set's branch point), random.seed(29029),
random.sample(pool, 16)[8:16], h73 to h80.

    cd docs/audit/2026-12-07-heldout10 && python3 draw.py [OUTDIR]
"""
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
import heldout_draw  # noqa: E402

if __name__ == '__main__':
    heldout_draw.draw('0c8dcae7', 29029, 16, slice(8, 16), 73,
                      sys.argv[1] if len(sys.argv) > 1 else '/tmp/heldout10/articles')
