"""While the desktop app starts, the cycle collector passes less often; then as before."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest

from app import collector


@pytest.fixture
def thresholds() -> Iterator[tuple[int, int, int]]:
    before = gc.get_threshold()
    yield before
    collector.collect_as_usual()
    gc.set_threshold(*before)


def test_collecting_less_then_as_usual_restores_the_thresholds(
    thresholds: tuple[int, int, int],
) -> None:
    collector.collect_less()
    raised = gc.get_threshold()
    assert raised == (collector.STARTING_THRESHOLD, *thresholds[1:])
    collector.collect_less()  # a second call changes nothing
    assert gc.get_threshold() == raised
    collector.collect_as_usual()
    assert gc.get_threshold() == thresholds
    collector.collect_as_usual()  # nor does a second one here
    assert gc.get_threshold() == thresholds


def test_collecting_as_usual_without_collecting_less_changes_nothing(
    thresholds: tuple[int, int, int],
) -> None:
    gc.set_threshold(900, 11, 12)
    collector.collect_as_usual()
    assert gc.get_threshold() == (900, 11, 12)
