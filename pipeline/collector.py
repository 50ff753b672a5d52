"""The cyclic garbage collector, paused while a document converts.

Converting a long act makes millions of small objects (words, lines, spans, the
output's dicts) and almost no reference cycles: a 1,000-page act leaves a few
hundred. The collector's full passes walk all of them again and again and find
nothing, a fifth of the conversion's time. Paused for one document, it resumes
when the document is done and collects any cycle then.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def paused() -> Iterator[None]:
    """No cyclic collection inside the block; the collector's state is restored after it
    (a block inside another paused block leaves it paused)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
