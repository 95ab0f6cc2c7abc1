"""Named mentors, required answers and the mentor's own wishes, through real imports and
``match --json`` (``app.cli.main``)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.cli import main

CYCLE = "2026-2027"
MENTORS = (
    "First name,Last name,Email,City,Province,Languages spoken,Local or anywhere?,Capacity\n"
    "Ana,Roy,ana.roy@example.org,Ottawa,ON,English,Local,2\n"
    "Benoît,Côté,benoit@example.org,Montréal,QC,Français; English,Anywhere,2\n"
    "Chloé,Roy,chloe.roy@example.org,Toronto,ON,English,Anywhere,2\n"
    "Dev,Patel,dev@example.org,Ottawa,ON,English,Anywhere,2\n"
)
MENTEES = (
    "First name,Last name,Email,City,Province,Languages spoken,"
    "Is there a resident you would like as your mentor?,Must your mentor speak French?,"
    "Do you require a local mentor?\n"
    # Named by a folded name without accents: Benoît Côté; then an address.
    "Eli,Stone,eli@example.org,Toronto,ON,English,benoit cote,No,No\n"
    "Fay,Lam,fay@example.org,Toronto,ON,English,DEV@example.org,No,No\n"
    # "Roy" fits two mentors; "Zed Nobody" fits none.
    "Gus,Hill,gus@example.org,Ottawa,ON,English,Roy; Zed Nobody,Non,Non\n"
    # Requires French: only Benoît speaks it.
    "Hana,Ito,hana@example.org,Ottawa,ON,English; French,,Oui,No\n"
    # Requires a local mentor: Ana or Dev (Ottawa).
    "Ivo,Kerr,ivo@example.org,Ottawa,ON,English,,No,Yes\n"
)


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def database(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> str:
    db = str(tmp_path / "both.db")
    assert run(capsys, "init", "--db", db, "--program", "P", "--cycle", CYCLE)[0] == 0
    for role, text in (("mentor", MENTORS), ("mentee", MENTEES)):
        path = tmp_path / f"{role}s.csv"
        path.write_text(text, encoding="utf-8")
        code, out, err = run(
            capsys, "import", "--db", db, "--cycle", CYCLE, "--role", role, str(path), "--json"
        )
        assert code == 0, err
        assert json.loads(out)["imported"] == text.count("\n") - 1
    return db


def proposal(capsys: pytest.CaptureFixture[str], db: str, *extra: str) -> dict:  # type: ignore[type-arg]
    code, out, err = run(capsys, "match", "--db", db, "--cycle", CYCLE, "--json", *extra)
    assert code == 0, err
    return json.loads(out)  # type: ignore[no-any-return]


def test_named_mentors_are_chosen_with_their_reason(
    database: str, capsys: pytest.CaptureFixture[str]
) -> None:
    doc = proposal(capsys, database)
    pairs = {m["mentee"]: m for m in doc["matches"]}
    assert pairs["eli@example.org"]["mentor"] == "benoit@example.org"
    assert pairs["fay@example.org"]["mentor"] == "dev@example.org"
    for mentee in ("eli@example.org", "fay@example.org"):
        assert pairs[mentee]["reasons"][0] == "Named by the mentee as a preferred mentor"


def test_ambiguous_and_unknown_names_are_listed_not_guessed(
    database: str, capsys: pytest.CaptureFixture[str]
) -> None:
    doc = proposal(capsys, database)
    assert doc["unrecognised_preferences"] == [
        {
            "mentee": "gus@example.org",
            "answer": "Roy",
            "problem": "ambiguous",
            "mentors": ["ana.roy@example.org", "chloe.roy@example.org"],
        },
        {"mentee": "gus@example.org", "answer": "Zed Nobody", "problem": "unknown", "mentors": []},
    ]
    assert (
        "gus@example.org named “Roy” as a preferred mentor, which fits 2 mentors "
        "(ana.roy@example.org, chloe.roy@example.org); not used"
    ) in doc["limits"]
    gus = next(m for m in doc["matches"] if m["mentee"] == "gus@example.org")
    assert "Named by the mentee as a preferred mentor" not in gus["reasons"]


def test_required_answers_are_hard_rules_that_say_so(
    database: str, capsys: pytest.CaptureFixture[str]
) -> None:
    doc = proposal(capsys, database, "--candidates", "4")
    pairs = {m["mentee"]: m for m in doc["matches"]}
    assert pairs["hana@example.org"]["mentor"] == "benoit@example.org"
    assert pairs["ivo@example.org"]["mentor"] in {"ana.roy@example.org", "dev@example.org"}
    assert "Required by the mentee: a mentor in Ottawa" in pairs["ivo@example.org"]["reasons"]
    excluded = {c["mentor"]: c["excluded_by"] for c in doc["candidates"]["ivo@example.org"]}
    assert excluded.get("chloe.roy@example.org") == "Required by the mentee: a mentor in Ottawa"
    hana = {c["mentor"]: c["excluded_by"] for c in doc["candidates"]["hana@example.org"]}
    assert hana.get("dev@example.org") == "The mentee requires a mentor who speaks French"


def test_a_mentor_who_asked_for_local_mentees_is_heard(
    database: str, capsys: pytest.CaptureFixture[str]
) -> None:
    doc = proposal(capsys, database, "--candidates", "4")
    ana = {
        mentee: next(c for c in ranked if c["mentor"] == "ana.roy@example.org")
        for mentee, ranked in doc["candidates"].items()
        if any(c["mentor"] == "ana.roy@example.org" for c in ranked)
    }
    assert (
        "The mentor asked for a local mentee; both in Ottawa" in ana["ivo@example.org"]["reasons"]
    )
