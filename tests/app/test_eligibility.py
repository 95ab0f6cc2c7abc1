"""Eligibility rules: each test, refusals with sentences, and matching leaving people out."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest

from app.__main__ import main
from app.db.engine import Database
from app.eligibility.checking import check_cycle, eligible_participants, excluded_counts
from app.eligibility.rules import parse_rules
from app.eligibility.service import load_rules, save_rules
from app.errors import UnusableInputError
from app.orientation.service import add_orientation
from app.programs.service import CycleInfo
from app.sentences import render
from tests.factories import add_people, mentee, mentor

MENTOR, MENTEE = "Resident mentor", "Medical student"


def _mentors(db: Database, cycle: CycleInfo) -> list[int]:
    return add_people(
        db,
        cycle,
        0,
        [
            mentor("ana@res.org", "Ana", stage="pgy4", custom_fields={"Years in specialty": "5",
                   "Certified": "Oui", "Site": "North"}, capacity=1),
            mentor("ben@res.org", "Ben", stage="pgy2", custom_fields={"Years in specialty": "2",
                   "Certified": "no", "Site": "South"}, capacity=1),
            mentor("cam@res.org", "Cam", stage="pgy3", custom_fields={"Site": "East"}, capacity=1),
        ],
    )  # fmt: skip


def _save(db: Database, cycle: CycleInfo, rules: dict[str, Any]) -> None:
    with db.write() as session:
        save_rules(session, cycle.program_id, rules)


def _failed(db: Database, cycle: CycleInfo) -> dict[int, list[str]]:
    with db.read() as session:
        verdicts = check_cycle(session, cycle.id)
    return {pid: [str(s) for s in v.failed] for pid, v in verdicts.items()}


@pytest.mark.parametrize(
    ("rule", "failing"),
    [
        ({"field": "Certified", "op": "is_set"}, {"cam": ["no answer for Certified"]}),
        (
            {"field": "Certified", "op": "is_yes", "label": "certification"},
            {
                "ben": ["certification is not yes (no)"],
                "cam": ["certification is not yes (no answer)"],
            },
        ),
        ({"field": "Site", "op": "equals", "value": "north"}, {"ben": ["Site is not north (South)"],
                                                             "cam": ["Site is not north (East)"]}),
        ({"field": "Site", "op": "one_of", "value": ["North", "East"]},
         {"ben": ["Site is not one of North; East (South)"]}),
        (
            {"field": "Years in specialty", "op": "at_least", "value": 3,
             "label": "years in the specialty"},
            {"ben": ["fewer than 3 years in the specialty (2)"],
             "cam": ["fewer than 3 years in the specialty (no answer)"]},
        ),
        ({"field": "stage", "op": "at_most", "value": "3", "label": "PGY"},
         {"ana": ["more than 3 PGY (pgy4)"]}),
        ({"field": "stage", "op": "at_least", "value": 3, "label": "PGY"},
         {"ben": ["fewer than 3 PGY (pgy2)"]}),
    ],
)  # fmt: skip
def test_each_field_test(
    db: Database, cycle: CycleInfo, rule: dict[str, Any], failing: dict[str, list[str]]
) -> None:
    ana, ben, cam = _mentors(db, cycle)
    _save(db, cycle, {MENTOR: [rule]})
    names = {ana: "ana", ben: "ben", cam: "cam"}
    got = {names[pid]: why for pid, why in _failed(db, cycle).items() if why}
    assert got == failing


def test_orientation_tests_read_the_records(db: Database, cycle: CycleInfo) -> None:
    ana, ben, cam = _mentors(db, cycle)
    with db.write() as session:
        add_orientation(session, ana, dt.date(2025, 9, 10), 2.0, "Welcome")
        add_orientation(session, ana, dt.date(2025, 9, 20), 1.5, "Feedback")
        add_orientation(session, ben, dt.date(2025, 10, 5), 1.0, "Welcome")
    _save(
        db,
        cycle,
        {
            MENTOR: [
                {"field": "orientation", "op": "orientation_by", "value": "2025-09-30"},
                {"op": "orientation_hours", "value": "3"},
            ]
        },
    )
    failed = _failed(db, cycle)
    assert failed[ana] == []
    assert failed[ben] == [
        "no orientation by 2025-09-30 (attended 2025-10-05)",
        "fewer than 3 hours of orientation (1)",
    ]
    assert failed[cam] == [
        "no orientation by 2025-09-30",
        "fewer than 3 hours of orientation (0)",
    ]
    with db.read() as session:
        verdicts = check_cycle(session, cycle.id)
        assert eligible_participants(session, cycle.id, MENTOR) == [ana]
    assert verdicts[cam].has_orientation is False and verdicts[ben].has_orientation
    french = render(verdicts[cam].failed[0], "fr")
    assert french == "aucune orientation au plus tard le 2025-09-30"


@pytest.mark.parametrize(
    ("rules", "said"),
    [
        ({"Youth": []}, "“Youth” is not a role of this program."),
        ({MENTOR: [{"field": "Shoe size", "op": "equals", "value": "9"}]},
         "Rule 1 for Resident mentor: “Shoe size” is not a field of this program."),
        ({MENTOR: [{"field": "stage", "op": "bigger", "value": "9"}]},
         "Rule 1 for Resident mentor: “bigger” is not a known test."),
        ({MENTOR: [{"field": "stage", "op": "is_set"},
                   {"field": "stage", "op": "at_least", "value": "three"}]},
         "Rule 2 for Resident mentor: “three” is not a number."),
        ({MENTOR: [{"op": "orientation_by", "value": "30/09/2025"}]},
         "Rule 1 for Resident mentor: “30/09/2025” is not a date (write it as 2026-09-30)."),
        ({MENTOR: [{"field": "Site", "op": "equals", "value": " "}]},
         "Rule 1 for Resident mentor: give the value to compare with."),
        ({MENTOR: [{"field": "stage", "op": "orientation_hours", "value": 2}]},
         "Rule 1 for Resident mentor: the orientation tests read the orientation records, "
         "not a field."),
        ({MENTOR: "stage >= 3"}, "The eligibility rules must list, for each role, its rules."),
    ],
)  # fmt: skip
def test_bad_rules_are_refused_with_a_sentence(
    db: Database, cycle: CycleInfo, rules: dict[str, Any], said: str
) -> None:
    _mentors(db, cycle)
    with pytest.raises(UnusableInputError) as caught, db.write() as session:
        save_rules(session, cycle.program_id, rules)
    assert caught.value.message == said
    assert render(caught.value.message, "fr") != said  # said in French by the window
    with db.read() as session:
        assert load_rules(session, cycle.program_id) == {}


def test_rules_round_trip_and_preview_counts(db: Database, cycle: CycleInfo) -> None:
    _mentors(db, cycle)
    rules = {
        MENTOR: [
            {"field": "Years in specialty", "op": "at_least", "value": "2,5", "label": "years"},
            {"field": "Certified", "op": "is_yes"},
        ]
    }
    _save(db, cycle, rules)
    with db.read() as session:
        stored = load_rules(session, cycle.program_id)
        parsed = parse_rules(rules, [MENTOR, MENTEE], None)
        assert stored == parsed
        assert excluded_counts(session, cycle.id, stored) == {MENTOR: [2, 2]}
    assert stored[MENTOR][0].to_json() == {
        "field": "Years in specialty",
        "op": "at_least",
        "value": 2.5,
        "label": "years",
    }
    _save(db, cycle, {MENTOR: []})  # clearing every rule removes them
    with db.read() as session:
        assert load_rules(session, cycle.program_id) == {}


def _cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_matching_leaves_ineligible_people_out_with_reasons(
    db: Database, db_path: Path, cycle: CycleInfo, capsys: pytest.CaptureFixture[str]
) -> None:
    _mentors(db, cycle)
    add_people(
        db,
        cycle,
        1,
        [
            mentee("dee@med.org", "Dee", custom_fields={"Consent": "yes"}),
            mentee("eli@med.org", "Eli", custom_fields={"Consent": "no"}),
        ],
    )
    base = ("match", "--db", str(db_path), "--cycle", cycle.label, "--json")
    db.dispose()
    code, out, _ = _cli(capsys, *base)
    before = json.loads(out)
    assert code == 0 and len(before["matches"]) == 2 and "ineligible" not in before
    _save(
        db,
        cycle,
        {
            MENTOR: [
                {"field": "Years in specialty", "op": "at_least", "value": 3,
                 "label": "years in the specialty"}
            ],
            MENTEE: [{"field": "Consent", "op": "is_yes", "label": "consent"}],
        },
    )  # fmt: skip
    db.dispose()
    code, out, _ = _cli(capsys, *base)
    doc = json.loads(out)
    assert code == 0
    assert [(m["mentor"], m["mentee"]) for m in doc["matches"]] == [("ana@res.org", "dee@med.org")]
    assert doc["ineligible"] == {
        "ben@res.org": ["fewer than 3 years in the specialty (2)"],
        "cam@res.org": ["fewer than 3 years in the specialty (no answer)"],
        "eli@med.org": ["consent is not yes (no)"],
    }
    assert "eli@med.org" not in doc["unmatched_mentees"]
    assert "ben@res.org" not in doc["unmatched_mentors"]
    assert (
        "2 not eligible left out of matching (Resident mentor); the roster's eligibility "
        "filter lists them." in doc["limits"]
    )
    code, out, _ = _cli(capsys, "match", "--db", str(db_path), "--cycle", cycle.label)
    assert code == 0 and "1 not eligible left out of matching (Medical student)" in out
