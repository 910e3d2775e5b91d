"""Draw held-out set 11 of issue 14: the procedure of ../heldout_draw.py on the
samples listed at commit 645ac1ef (the set's branch point), random.seed(31031),
random.sample(pool, 16)[0:8], h81 to h88.

    cd docs/audit/2026-12-07-heldout11 && python3 draw.py [OUTDIR]
"""
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
import heldout_draw  # noqa: E402

if __name__ == '__main__':
    heldout_draw.draw('645ac1ef', 31031, 16, slice(0, 8), 81,
                      sys.argv[1] if len(sys.argv) > 1 else '/tmp/heldout11/articles')
