"""Shared fixtures: the sample corpus and its gold annotations (copied from shared/gold)."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CORPORA = ROOT / "corpora"
GOLD = Path(__file__).resolve().parent / "gold"
SAMPLES = sorted(CORPORA.glob("*.txt"))


@pytest.fixture(scope="session")
def converted() -> dict[str, dict]:
    """Each sample document converted once per test session."""
    import pipeline

    return {p.stem: pipeline.convert(p) for p in SAMPLES}
