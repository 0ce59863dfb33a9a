"""After loading, the resources are frozen out of the collector and it runs less often."""

from __future__ import annotations

import gc

from sitrep.gcpolicy import THRESHOLDS, settle_after_load


def test_settle_after_load_freezes_what_is_loaded_and_raises_thresholds():
    before = gc.get_threshold()
    try:
        gc.unfreeze()
        gc.set_threshold(700, 10, 10)  # Python's defaults (an earlier test may have settled)
        loaded = [{"word": i} for i in range(1000)]  # stands for a lexicon
        settle_after_load()
        assert gc.get_freeze_count() >= len(loaded)
        assert gc.get_threshold() == THRESHOLDS and THRESHOLDS[0] > 700
        assert gc.collect() >= 0  # still collects what is made afterwards
    finally:
        gc.unfreeze()
        gc.set_threshold(*before)
