"""``AnswerKeys.many`` maps a column of answer lists as the plain per-row rule would."""

from __future__ import annotations

from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from app.catalogue.model import seed_catalogue
from app.roster.answer_keys import AnswerKeys

MISSING = object()

# Known answers in both languages (two spellings of one key), unknown ones, and an unknown
# answer spelled as another answer's key.
VOCABULARY = ["Neonatology", "Néonatologie", "Cardiology", "Global health", "Knitting",
              "Astronomy", "neonatology", "Santé mondiale"]  # fmt: skip


def reference(answers: list[Any]) -> tuple[list[Any], dict[tuple[str, str], list[int]]]:
    """One row at a time: each answer's key (or the answer kept, noted), repeats dropped."""
    catalogue = seed_catalogue()
    keys_of_rows: list[Any] = []
    unmapped: dict[tuple[str, str], list[int]] = {}
    for index, found in enumerate(answers):
        if not isinstance(found, list):
            keys_of_rows.append(found)
            continue
        keys: list[str] = []
        for answer in found:
            value = catalogue.lookup("interests", answer)
            if value is None:
                unmapped.setdefault(("interests", answer), []).append(index)
            key = answer if value is None else value.key
            if key not in keys:
                keys.append(key)
        keys_of_rows.append(keys)
    return keys_of_rows, unmapped


@st.composite
def columns(draw: st.DrawFn) -> list[Any]:
    """Rows of answer lists; some rows share one parsed list, as the import's rows do."""
    shared = draw(
        st.lists(st.lists(st.sampled_from(VOCABULARY), unique=True, max_size=4), max_size=5)
    )
    picks = st.one_of(
        st.just(MISSING),
        st.lists(st.sampled_from(VOCABULARY), max_size=4),
        *([st.sampled_from(shared)] if shared else []),
    )
    return draw(st.lists(picks, max_size=12))


@settings(max_examples=300, deadline=None)
@given(columns())
def test_a_column_is_mapped_as_row_by_row(answers: list[Any]) -> None:
    keys = AnswerKeys(seed_catalogue())
    assert (keys.many("interests", answers, MISSING), keys.unmapped) == reference(answers)


def test_shared_lists_share_their_keys() -> None:
    research = ["Cardiology", "Knitting"]
    mapped = AnswerKeys(seed_catalogue()).many("interests", [research, research], MISSING)
    assert mapped == [["cardiology", "Knitting"]] * 2
    assert mapped[0] is mapped[1]
