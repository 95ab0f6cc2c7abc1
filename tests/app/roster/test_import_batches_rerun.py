"""Every import test of ``test_importer`` again, with each file read in batches of two rows:
batching must change nothing a coordinator sees or the database stores."""

from __future__ import annotations

import pytest

from app.roster import batches
from tests.app.roster import test_importer

# Batches of two rows send more statements than one bulk write: that test counts them.
_COUNTS_STATEMENTS = "test_ten_thousand_rows_use_bulk_statements"
globals().update(
    (name, test)
    for name, test in vars(test_importer).items()
    if name.startswith("test_") and name != _COUNTS_STATEMENTS
)


@pytest.fixture(autouse=True)
def two_row_batches(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(batches, "STREAM_FROM_BYTES", 0)
    monkeypatch.setattr(batches, "BATCH_ROWS", 2)
