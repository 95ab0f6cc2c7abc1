from __future__ import annotations

import time

from PySide6.QtCore import QModelIndex, Qt
from pytestqt.modeltest import ModelTester

from app.roster.service import ParticipantRow
from ui.models.participants import (
    BATCH_SIZE,
    ParticipantFilterProxy,
    ParticipantIdRole,
    ParticipantTableModel,
)
from ui.models.search import fold


def row(i: int, first: str = "Zoé", last: str = "Tremblay", **kw: object) -> ParticipantRow:
    fields: dict[str, object] = {
        "id": i, "person_id": i, "first_name": first, "last_name": f"{last}{i:05d}",
        "preferred_name": "", "email": f"p{i}@example.org", "phone": "",
        "role": "Medical student" if i % 3 else "Resident mentor",
        "institution": "Université de Montréal" if i % 2 else "McGill", "stage": "",
        "city": "Montréal", "province": "QC", "languages": ("French", "English"),
        "interests": ("Neonatology",), "capacity": 1, "status": "active",
        "returning": bool(i % 5 == 0), "matched": False,
    }  # fmt: skip
    fields.update(kw)
    return ParticipantRow(**fields)  # type: ignore[arg-type]


def test_model_passes_qtmodeltester(qtmodeltester: ModelTester) -> None:
    model = ParticipantTableModel()
    model.set_rows([row(i) for i in range(1200)])
    qtmodeltester.check(model)
    proxy = ParticipantFilterProxy()
    proxy.setSourceModel(model)
    proxy.set_search("zoe")
    qtmodeltester.check(proxy)


def test_rows_are_fetched_in_batches() -> None:
    model = ParticipantTableModel()
    model.set_rows([row(i) for i in range(1200)])
    assert model.rowCount() == BATCH_SIZE
    assert model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 2 * BATCH_SIZE
    model.fetch_all()
    assert model.rowCount() == 1200
    assert not model.canFetchMore(QModelIndex())


def test_search_is_case_and_accent_insensitive_over_every_row() -> None:
    model = ParticipantTableModel()
    model.set_rows([row(i) for i in range(1200)] + [row(5000, first="Élodie", last="Gagné")])
    proxy = ParticipantFilterProxy()
    proxy.setSourceModel(model)
    proxy.set_search("ELODIE gagne")
    assert proxy.rowCount() == 1
    proxy.set_search("mcgill elodie")  # every word must appear, in any order
    assert proxy.rowCount() == 1
    assert proxy.index(0, 0).data(ParticipantIdRole) == 5000
    proxy.set_search("universite de montreal")
    assert proxy.rowCount() == 600
    proxy.set_search("")
    proxy.set_role("Resident mentor")
    assert proxy.rowCount() == len([i for i in range(1200) if i % 3 == 0])


def test_sorting_reorders_every_row() -> None:
    model = ParticipantTableModel()
    model.set_rows([row(i) for i in range(1200)])
    proxy = ParticipantFilterProxy()
    proxy.setSourceModel(model)
    proxy.sort(0, Qt.SortOrder.DescendingOrder)
    assert proxy.index(0, 0).data(ParticipantIdRole) == 1199


def test_a_keystroke_on_50000_rows_is_fast() -> None:
    model = ParticipantTableModel()
    model.set_rows([row(i) for i in range(50_000)])
    proxy = ParticipantFilterProxy()
    proxy.setSourceModel(model)
    proxy.set_search("z")  # the first keystroke fetches every row once
    started = time.perf_counter()
    proxy.set_search("zo")
    elapsed = time.perf_counter() - started
    assert proxy.rowCount() == 50_000
    assert elapsed < 0.5  # generous for CI; typically well under 50 ms


def test_fold() -> None:
    assert fold("ÉLODIE Gagné") == "elodie gagne"
