"""No personal data reaches the log file, whether an import succeeds or a bug stops it."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from app import cli
from app.logs import private_traceback, sanitise, setup_logging
from app.programs.service import CycleInfo

PEOPLE = [
    ("Wilhelmina", "Quenneville-Doe", "wilhelmina.qd@example.org", "613-555-0147"),
    ("Bartholomew", "Nakamura-Reyes", "bart.nr@example.org", "416-555-0190"),
]
BAD_ROW = ("Ottoline", "Featherstonehaugh", "not-an-email", "")


def _roster(path: Path) -> Path:
    lines = ["First name,Last name,Email Address,Phone"]
    lines += [",".join(person) for person in (*PEOPLE, BAD_ROW)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _secrets() -> list[str]:
    return [value for person in (*PEOPLE, BAD_ROW) for value in person if value]


def _import(db_path: Path, cycle: CycleInfo, roster: Path) -> int:
    return cli.main(
        ["import", "--db", str(db_path), "--cycle", cycle.label, "--role", "mentee", str(roster)]
    )


def test_import_with_personal_data_leaves_none_in_the_log(
    db_path: Path, cycle: CycleInfo, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    log_path = setup_logging(logging.DEBUG)
    roster = _roster(tmp_path / "sign-ups.csv")
    assert _import(db_path, cycle, roster) == 1  # imported, one row rejected

    def broken(*_args: object, **_kwargs: object) -> None:
        name, last, email, phone = PEOPLE[0]
        raise ValueError(f"cannot parse '{name} {last}' <{email}> tel {phone}")

    monkeypatch.setattr("app.roster.importer.import_roster", broken)
    assert _import(db_path, cycle, roster) == cli.INTERNAL_ERROR
    for handler in logging.getLogger().handlers:
        handler.flush()
    text = log_path.read_text(encoding="utf-8")
    assert "ValueError" in text and "broken" in text  # the bug is still traceable
    for secret in _secrets():
        assert secret not in text, secret


def test_sanitise_keeps_the_shape_of_a_message() -> None:
    assert sanitise("KeyError: 'zoe@example.org'") == "KeyError: <value>"
    assert sanitise("no such row for ana@example.org") == "no such row for <email>"
    assert sanitise("call +1 (514) 555-0101 now") == "call <number> now"
    assert sanitise("division by zero") == "division by zero"


def test_private_traceback_keeps_frames_and_chained_causes() -> None:
    name = PEOPLE[0][0]  # never in the source lines a traceback quotes

    def inner() -> None:
        raise KeyError(f"{name} {PEOPLE[0][1]}")

    try:
        try:
            inner()
        except KeyError as exc:
            raise RuntimeError(f"while importing “{name}”") from exc
    except RuntimeError as exc:
        text = private_traceback(type(exc), exc, exc.__traceback__)
    assert "in inner" in text and "KeyError" in text and "RuntimeError" in text
    assert name not in text and PEOPLE[0][1] not in text
