"""The Russian extractors against the Russian dev gold, unit by unit (see `ru_harness`).

A guard against regressions on the development documents (the rules were written
against them: the made-up sentences of `test_extract_ru_*` check generality). Skipped
where the shared dev corpus is not next to the repository.
"""

from __future__ import annotations

import pytest
from ru_harness import DEFAULT_DIR, overall, run

pytestmark = pytest.mark.skipif(not (DEFAULT_DIR / "gold").is_dir(),
                                reason="no Russian dev gold next to the repository")


def test_the_russian_dev_gold_scores_reach_the_targets():
    results = run(DEFAULT_DIR)
    total = overall(results)
    assert total["obligations"]["f1"] >= 0.85, total
    assert total["actor"] >= 0.85, total
    assert total["deadlines"]["f1"] >= 0.85, total
    assert total["definitions"]["f1"] >= 0.90, total
    for doc, result in results.items():
        assert result["scores"]["obligations"]["f1"] >= 0.8, doc
