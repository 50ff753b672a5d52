"""The collector is paused while a document converts and restored afterwards."""

from __future__ import annotations

import gc

import pytest
from conftest import SAMPLES

import pipeline
from pipeline.collector import paused


def test_paused_restores_the_collector_even_on_error():
    assert gc.isenabled()
    with pytest.raises(RuntimeError):
        with paused():
            assert not gc.isenabled()
            with paused():
                assert not gc.isenabled()
            assert not gc.isenabled()  # the inner block leaves it as it found it
            raise RuntimeError
    assert gc.isenabled()


def test_a_disabled_collector_stays_disabled():
    gc.disable()
    try:
        with paused():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_convert_leaves_the_collector_on():
    document = pipeline.convert(SAMPLES[0])
    assert document["doc_id"] == SAMPLES[0].stem and gc.isenabled()
