from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from pytestqt.modeltest import ModelTester

from app.roster.service import ParticipantRow
from ui.models.batched import BATCH_SIZE
from ui.models.participants import (
    ParticipantFilterProxy,
    ParticipantIdRole,
    ParticipantTableModel,
    RosterFilter,
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


def _check_without_nested_fetch(qtmodeltester: ModelTester, model: Any) -> None:
    """Attach Qt's model tester; it checks fetchMore on the model as it is now.

    Afterwards it must not call fetchMore itself: it runs its checks from the model's own
    change signals before marking the change finished, so the rows a fetch inserts would
    look like a change nested in another. The tests call fetchMore explicitly instead.
    """
    qtmodeltester.check(model)
    qtmodeltester._qt_tester.setUseFetchMore(False)


def test_model_passes_qtmodeltester(qtmodeltester: ModelTester) -> None:
    model = ParticipantTableModel()
    model.set_rows([row(i) for i in range(1200)])
    _check_without_nested_fetch(qtmodeltester, model)
    model.fetchMore(QModelIndex())
    model.set_filter(RosterFilter(needle="zoe", role="Resident mentor"))
    model.fetchMore(QModelIndex())
    model.sort(0, Qt.SortOrder.DescendingOrder)
    model.set_filter(RosterFilter(returning=True))
    model.fetch_all()
    model.set_rows([row(i) for i in range(10)])  # a reload keeps the filter
    assert model.rowCount() == 2 and model.total() == 10


def test_proxy_passes_qtmodeltester(qtmodeltester: ModelTester) -> None:
    model = ParticipantTableModel()
    model.set_rows([row(i) for i in range(1200)])
    proxy = ParticipantFilterProxy()
    proxy.setSourceModel(model)
    _check_without_nested_fetch(qtmodeltester, proxy)
    proxy.set_search("zoe")
    proxy.fetchMore(QModelIndex())
    proxy.set_role("Resident mentor")
    proxy.set_status("active")
    proxy.sort(1, Qt.SortOrder.AscendingOrder)
    proxy.set_search("")
    proxy.set_role(None)
    assert proxy.rowCount() == BATCH_SIZE
    proxy.fetchMore(QModelIndex())
    assert proxy.rowCount() == 2 * BATCH_SIZE


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
    assert model.shown() == 600 and proxy.rowCount() == BATCH_SIZE
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


def test_typing_then_clearing_on_50000_rows_shows_them_all_again() -> None:
    # Speed is measured by `make bench table_filter`, not asserted here.
    model = ParticipantTableModel()
    model.set_rows([row(i) for i in range(50_000)])
    proxy = ParticipantFilterProxy()
    proxy.setSourceModel(model)
    for text in ("t", "trem", "tremblay0004", "tremblay00042"):
        proxy.set_search(text)
    assert model.shown() == 1
    for text in ("tremblay0004", "trem", "t", ""):
        proxy.set_search(text)
    assert model.shown() == 50_000 and proxy.rowCount() == BATCH_SIZE


def test_fold() -> None:
    assert fold("ÉLODIE Gagné") == "elodie gagne"


def test_every_filter_and_their_combination() -> None:
    model = ParticipantTableModel()
    rows = [row(i) for i in range(60)]
    rows[7] = row(7, status="withdrawn", interests=("Research", "Neonatology"))
    rows[8] = row(8, matched=True, interests=("Research",))
    model.set_rows(rows)
    proxy = ParticipantFilterProxy()
    proxy.setSourceModel(model)
    proxy.set_status("withdrawn")
    assert [model.row_at(i).id for i in range(proxy.rowCount())] == [7]
    proxy.set_status(None)
    proxy.set_matched(True)
    assert model.shown() == 1 and model.row_at(0).id == 8
    proxy.set_matched(False)
    proxy.set_interest("Research")
    assert model.shown() == 1 and model.row_at(0).id == 7
    proxy.set_filter(RosterFilter(returning=True))
    assert model.shown() == 12 and all(model.row_at(i).returning for i in range(12))
    proxy.set_filter(RosterFilter(returning=False, role="Resident mentor"))
    assert model.shown() == len([i for i in range(60) if i % 3 == 0 and i % 5])
    assert model.total() == 60
    assert model.interests() == ["Neonatology", "Research"]


def test_typing_on_narrows_and_deleting_widens_again() -> None:
    model = ParticipantTableModel()
    names = ["Tremblay", "Trembley", "Tran", "Roy", "Trudeau", "Zoé"]
    model.set_rows([row(i, first="Ana", last=names[i % 6]) for i in range(600)])
    keys = [model.key_at(i) for i in range(model.total())]
    proxy = ParticipantFilterProxy()
    proxy.setSourceModel(model)
    typed = ["t", "tr", "tre", "trem", "tremb", "trem", "tr", "t", "", "z", "zo", "zoe a"]
    typed += ["zoe an", "zoe", "roy tremblay", "mcgill ana", "ana mcgill", "Ana MCGILL"]
    for text in typed:  # each keystroke filters the last answer when it can
        proxy.set_search(text)
        words = fold(text).split()
        expected = sum(all(w in key for w in words) for key in keys)
        assert model.shown() == expected, text
    assert model.shown() == 300


def test_sorting_keeps_the_filter_and_the_selected_rows() -> None:
    model = ParticipantTableModel()
    model.set_rows([row(i) for i in range(30)])
    proxy = ParticipantFilterProxy()
    proxy.setSourceModel(model)
    proxy.set_role("Resident mentor")
    kept = QPersistentModelIndex(model.index(2, 0))
    assert kept.data(ParticipantIdRole) == 6
    proxy.sort(0, Qt.SortOrder.DescendingOrder)
    assert [model.row_at(i).id for i in range(3)] == [27, 24, 21]
    assert kept.data(ParticipantIdRole) == 6 and kept.row() == 7
    assert model.position_of([27, 6]) == [0, 7]
    model.set_rows([row(i) for i in range(30)])  # a reload keeps the sort and the filter
    assert model.row_at(0).id == 27
