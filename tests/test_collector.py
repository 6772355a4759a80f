"""The build's collector settings (`pipeline/collector.py`) hold inside the build and are undone after it, so a
process that builds in-process (a test, a notebook) goes on with its own."""

from __future__ import annotations

import gc

from pipeline.collector import BUILD_THRESHOLDS, paused, tuned_for_build


def test_the_build_settings_are_undone_after_it():
    before, frozen = gc.get_threshold(), gc.get_freeze_count()
    with tuned_for_build():
        assert gc.get_threshold() == BUILD_THRESHOLDS
        assert gc.get_freeze_count() > frozen  # what was alive is frozen
    assert gc.get_threshold() == before
    assert gc.get_freeze_count() == 0


def test_paused_restores_the_collector_as_it_was():
    assert gc.isenabled()
    with paused():
        assert not gc.isenabled()
        with paused():
            assert not gc.isenabled()
        assert not gc.isenabled()  # the inner pause does not enable it early
    assert gc.isenabled()
