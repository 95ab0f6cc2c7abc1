"""Group and program-wide meetings with attendance, group engagement and safety notes."""

from __future__ import annotations

import csv
import datetime as dt
import json
from pathlib import Path

import pytest
from sqlalchemy import insert, select

from app.cli import main
from app.db.engine import Database
from app.db.models import Agreement, AuditEvent, Group, Match, MeetingAttendance, Participant
from app.errors import NotFoundError, UnusableInputError
from app.meetings.engagement import engagement
from app.meetings.group_engagement import MISSED, RECENT, group_engagement
from app.meetings.group_meetings import (
    delete_group_meeting,
    edit_group_meeting,
    list_group_meetings,
    log_group_meeting,
    log_program_meeting,
    meeting_attendees,
)
from app.meetings.group_safety import set_safety_note
from app.roster.export import export
from tests.app.meetings.conftest import MADE_ON, Pairs

AS_OF = dt.date(2026, 3, 1)


def _participants(db: Database, cycle_id: int) -> dict[str, int]:
    from app.db.models import Person

    with db.read() as session:
        rows = session.execute(
            select(Person.first_name, Participant.id)
            .join(Participant, Participant.person_id == Person.id)
            .where(Participant.cycle_id == cycle_id)
        )
        return {name: pid for name, pid in rows}


def _group(
    db: Database, pairs: Pairs, name: str, people: dict[int, bool], status: str = "confirmed"
) -> int:
    from app.db.models import group_member

    with db.write() as session:
        group = Group(
            cycle_id=pairs.cycle.id, name=name, relation=pairs.cycle.role_ladder[1], status=status,
            created_at=dt.datetime.combine(MADE_ON, dt.time(9)),
        )  # fmt: skip
        session.add(group)
        session.flush()
        if people:
            session.execute(
                insert(group_member),
                [
                    {"group_id": group.id, "participant_id": p, "is_mentor": m}
                    for p, m in people.items()
                ],
            )
        return group.id


@pytest.fixture
def circle(db: Database, pairs: Pairs) -> tuple[int, dict[str, int]]:
    ids = _participants(db, pairs.cycle.id)
    group_id = _group(
        db, pairs, "Circle A", {ids["Ana"]: True, ids["Zoé"]: False, ids["Liam"]: False}
    )
    return group_id, ids


def test_group_meeting_records_everyone_present_unless_absent(
    db: Database, pairs: Pairs, circle: tuple[int, dict[str, int]]
) -> None:
    group_id, ids = circle
    with db.write() as session:
        meeting_id = log_group_meeting(
            session, group_id, dt.date(2026, 1, 10), "in_person", absent=[ids["Liam"]],
            attendance_notes={ids["Liam"]: "Sick"}, today=AS_OF,
        )  # fmt: skip
    with db.read() as session:
        rows = {
            a.participant_id: (a.present, a.note)
            for a in session.scalars(
                select(MeetingAttendance).where(MeetingAttendance.meeting_id == meeting_id)
            )
        }
        assert rows == {
            ids["Ana"]: (True, ""),
            ids["Zoé"]: (True, ""),
            ids["Liam"]: (False, "Sick"),
        }
        assert session.get(Group, group_id).status == "active"  # its first meeting
        listed = list_group_meetings(session, pairs.cycle.id)
        assert [(r.group_name, r.present, r.absent) for r in listed] == [("Circle A", 2, 1)]
        attendees = meeting_attendees(session, meeting_id)
        assert attendees[0].is_mentor and attendees[0].name.startswith("Ana")
        # The audit trail keeps counts, never who was absent or why.
        event = session.scalars(select(AuditEvent).where(AuditEvent.entity == "meeting")).one()
        assert event.details == {"group_id": group_id, "present": 2, "absent": 1}


def test_edit_and_delete_a_group_meeting(
    db: Database, pairs: Pairs, circle: tuple[int, dict[str, int]]
) -> None:
    group_id, ids = circle
    with db.write() as session:
        meeting_id = log_group_meeting(
            session, group_id, dt.date(2026, 1, 10), "video", today=AS_OF
        )
    with db.write() as session:
        edit_group_meeting(
            session, meeting_id, dt.date(2026, 1, 11), "phone", absent=[ids["Zoé"], ids["Ana"]],
            today=AS_OF,
        )  # fmt: skip
    with db.read() as session:
        (row,) = list_group_meetings(session, pairs.cycle.id)
        assert (row.held_on, row.mode, row.present, row.absent) == (
            dt.date(2026, 1, 11),
            "phone",
            1,
            2,
        )
    with db.write() as session:
        delete_group_meeting(session, meeting_id)
    with db.read() as session:
        assert list_group_meetings(session, pairs.cycle.id) == []
        assert session.scalars(select(MeetingAttendance)).all() == []


def test_program_wide_meeting_lists_every_active_participant(db: Database, pairs: Pairs) -> None:
    ids = _participants(db, pairs.cycle.id)
    with db.write() as session:
        meeting_id = log_program_meeting(
            session, pairs.cycle.id, dt.date(2026, 2, 1), "video", absent=[ids["Mei"]], today=AS_OF
        )
    with db.read() as session:
        people = meeting_attendees(session, meeting_id)
        assert {p.participant_id for p in people} == set(ids.values())
        assert [p.present for p in people if p.participant_id == ids["Mei"]] == [False]
        (row,) = list_group_meetings(session, pairs.cycle.id)
        assert (row.group_id, row.group_name, row.present, row.absent) == (None, "", 4, 1)


def test_meetings_export_lists_group_and_program_meetings(
    db: Database, pairs: Pairs, circle: tuple[int, dict[str, int]], tmp_path: Path
) -> None:
    group_id, _ = circle
    with db.write() as session:
        log_group_meeting(session, group_id, dt.date(2026, 1, 5), "video", today=AS_OF)
        log_program_meeting(session, pairs.cycle.id, dt.date(2026, 1, 9), "in_person", today=AS_OF)
    out = tmp_path / "meetings.csv"
    with db.read() as session:
        assert export(session, pairs.cycle.id, "meetings", out) == 2
    rows = list(csv.DictReader(out.open(encoding="utf-8-sig")))
    assert [(r["Date"], r["Group"]) for r in rows] == [
        ("2026-01-05", "Circle A"),
        ("2026-01-09", "Program meeting"),
    ]


def test_hostile_group_meetings_are_refused_with_sentences(
    db: Database, pairs: Pairs, circle: tuple[int, dict[str, int]]
) -> None:
    group_id, ids = circle
    proposed = _group(db, pairs, "Circle B", {ids["Bo"]: True}, status="proposed")
    empty = _group(db, pairs, "Circle C", {})
    with db.write() as session:
        with pytest.raises(UnusableInputError) as err:
            log_group_meeting(session, proposed, dt.date(2026, 1, 1), "video", today=AS_OF)
        assert str(err.value) == (
            "The group “Circle B” is not confirmed or has ended; its meetings cannot be logged."
        )
        with pytest.raises(UnusableInputError, match="has nobody in it"):
            log_group_meeting(session, empty, dt.date(2026, 1, 1), "video", today=AS_OF)
        with pytest.raises(UnusableInputError, match="not expected at this meeting"):
            log_group_meeting(
                session, group_id, dt.date(2026, 1, 1), "video", absent=[ids["Mei"]], today=AS_OF
            )
        with pytest.raises(UnusableInputError, match="future"):
            log_group_meeting(session, group_id, AS_OF + dt.timedelta(days=1), "video", today=AS_OF)
        with pytest.raises(UnusableInputError, match="Unknown contact mode"):
            log_group_meeting(session, group_id, AS_OF, "carrier pigeon", today=AS_OF)
        with pytest.raises(NotFoundError, match=r"That group no longer exists\."):
            log_group_meeting(session, 9999, AS_OF, "video", today=AS_OF)
        with pytest.raises(UnusableInputError, match="pair's contact"):
            from app.meetings.service import log_meeting

            pair_meeting = log_meeting(session, pairs.ids[0], AS_OF, "video", today=AS_OF)
            delete_group_meeting(session, pair_meeting)


def test_a_closed_cycles_meetings_stay_as_they_were(
    db: Database, pairs: Pairs, circle: tuple[int, dict[str, int]]
) -> None:
    from app.cycles.guard import ClosedCycleError
    from app.db.models import Cycle

    group_id, ids = circle
    with db.write() as session:
        group_meeting = log_group_meeting(
            session, group_id, dt.date(2026, 1, 5), "video", today=AS_OF
        )
        program_meeting = log_program_meeting(
            session, pairs.cycle.id, dt.date(2026, 1, 6), "video", today=AS_OF
        )
        session.get(Cycle, pairs.cycle.id).status = "closed"
    closed = f"Cycle {pairs.cycle.label} is closed; reopen it to change it."
    with db.write() as session:
        for attempt in (
            lambda: log_group_meeting(session, group_id, AS_OF, "video", today=AS_OF),
            lambda: log_program_meeting(session, pairs.cycle.id, AS_OF, "video", today=AS_OF),
            lambda: edit_group_meeting(
                session,
                group_meeting,
                dt.date(2026, 1, 5),
                "video",
                absent=[ids["Zoé"]],
                today=AS_OF,
            ),
            lambda: delete_group_meeting(session, program_meeting),
        ):
            with pytest.raises(ClosedCycleError) as err:
                attempt()
            assert str(err.value) == closed
    with db.read() as session:
        assert [(r.present, r.absent) for r in list_group_meetings(session, pairs.cycle.id)] == [
            (5, 0),
            (3, 0),
        ]


def test_group_status_uses_agreement_then_relation_then_program(
    db: Database, pairs: Pairs, circle: tuple[int, dict[str, int]]
) -> None:
    group_id, _ = circle
    with db.read() as session:
        (never,) = group_engagement(session, pairs.cycle.id, AS_OF)
    assert (never.status, never.cadence_days, never.last_contact) == ("never_met", 60, None)
    assert never.days_since_contact == (AS_OF - MADE_ON).days
    with db.write() as session:
        log_group_meeting(session, group_id, AS_OF - dt.timedelta(days=50), "video", today=AS_OF)
    with db.read() as session:
        (row,) = group_engagement(session, pairs.cycle.id, AS_OF)
    assert (row.status, row.days_since_contact, row.meetings) == ("due_soon", 50, 1)  # 50 ≥ 45
    with db.write() as session:
        session.add(Agreement(cycle_id=pairs.cycle.id, group_id=group_id, meeting_every_days=30))
    with db.read() as session:
        (row,) = group_engagement(session, pairs.cycle.id, AS_OF)
    assert (row.status, row.cadence_days) == ("overdue", 30)
    assert row.due_on == AS_OF - dt.timedelta(days=20)


def test_members_who_keep_missing_meetings(
    db: Database, pairs: Pairs, circle: tuple[int, dict[str, int]]
) -> None:
    group_id, ids = circle
    assert (MISSED, RECENT) == (2, 3)
    days = [dt.date(2026, 1, d) for d in (5, 12, 19, 26)]
    with db.write() as session:
        log_group_meeting(session, group_id, days[0], "video", absent=[ids["Zoé"]], today=AS_OF)
        log_group_meeting(session, group_id, days[1], "video", absent=[ids["Liam"]], today=AS_OF)
        log_program_meeting(
            session, pairs.cycle.id, days[2], "video", absent=[ids["Liam"]], today=AS_OF
        )
        log_group_meeting(session, group_id, days[3], "video", today=AS_OF)
    with db.read() as session:
        (row,) = group_engagement(session, pairs.cycle.id, AS_OF)
        # Liam missed 2 of his last 3 (one a program-wide meeting); Zoé 1 of her last 3.
        assert [(m.name, m.missed, m.recorded) for m in row.missing] == [("Liam Roy", 2, 3)]
        assert row.missing[0].email == "liam@med.example.org"
        # Seen as of mid-January, nobody has missed two yet.
        (early,) = group_engagement(session, pairs.cycle.id, dt.date(2026, 1, 13))
        assert early.missing == []


def test_engagement_json_has_groups_through_the_cli(
    db: Database, db_path: Path, pairs: Pairs, circle: tuple[int, dict[str, int]],
    capsys: pytest.CaptureFixture[str],
) -> None:  # fmt: skip
    group_id, ids = circle
    with db.write() as session:
        log_group_meeting(
            session, group_id, dt.date(2026, 2, 20), "video", absent=[ids["Zoé"]], today=AS_OF
        )
        log_group_meeting(
            session, group_id, dt.date(2026, 2, 25), "video", absent=[ids["Zoé"]], today=AS_OF
        )
    args = ["engagement", "--db", str(db_path), "--cycle", pairs.cycle.label]
    args += ["--as-of", "2026-03-01"]
    assert main([*args, "--json"]) == 0
    document = json.loads(capsys.readouterr().out)
    assert set(document) >= {"cycle", "as_of", "cadence_days", "counts", "matches", "groups"}
    assert len(document["matches"]) == 3  # pairs unchanged
    (group,) = document["groups"]
    assert group["name"] == "Circle A"
    assert group["status"] == "on_track"
    assert group["last_contact"] == "2026-02-25"
    assert group["days_since_contact"] == 4
    assert group["members"][0] == "ana@res.example.org"  # mentors first
    assert sorted(group["members"]) == [
        "ana@res.example.org",
        "liam@med.example.org",
        "zoe@med.example.org",
    ]
    assert group["missing_members"] == ["zoe@med.example.org"]
    assert main(args) == 0
    text = capsys.readouterr().out
    assert "Circle A  missing: Zoé Tremblay" in text
    assert "listed as missing when absent from at least 2 of their last 3 meetings" in text


def test_engagement_report_still_works_without_groups(db: Database, pairs: Pairs) -> None:
    with db.read() as session:
        report = engagement(session, pairs.cycle.id, AS_OF)
    assert report.groups == [] and report.to_json()["groups"] == []


def test_safety_notes_stay_out_of_exports_unless_asked(
    db: Database, db_path: Path, pairs: Pairs, circle: tuple[int, dict[str, int]], tmp_path: Path
) -> None:
    group_id, _ = circle
    secret = "Meet only in public places; no rides"
    with db.write() as session:
        set_safety_note(session, secret, match_id=pairs.ids[0])
        set_safety_note(session, "Group note: no home visits", group_id=group_id)
    with db.read() as session:
        assert session.get(Match, pairs.ids[0]).safety_note == secret
        events = session.scalars(select(AuditEvent).where(AuditEvent.action == "safety_note")).all()
        assert all(secret not in json.dumps(e.details) for e in events)
        for what in ("matches", "meetings", "participants"):
            out = tmp_path / f"{what}.csv"
            export(session, pairs.cycle.id, what, out)
            text = out.read_text(encoding="utf-8-sig")
            assert "public places" not in text and "home visits" not in text
            assert "Safety note" not in text
        opted = tmp_path / "with_notes.csv"
        export(session, pairs.cycle.id, "matches", opted, include_safety_notes=True)
    rows = list(csv.DictReader(opted.open(encoding="utf-8-sig")))
    assert sorted(r["Safety note"] for r in rows) == ["", "", secret]
    # The same through the CLI: absent by default, present with the flag.
    base = ["export", "--db", str(db_path), "--cycle", pairs.cycle.label, "--what", "matches"]
    assert main([*base, "--out", str(tmp_path / "cli.csv")]) == 0
    assert "public places" not in (tmp_path / "cli.csv").read_text(encoding="utf-8-sig")
    assert main([*base, "--out", str(tmp_path / "cli2.csv"), "--include-safety-notes"]) == 0
    assert secret in (tmp_path / "cli2.csv").read_text(encoding="utf-8-sig")


def test_safety_note_refusals(db: Database, pairs: Pairs) -> None:
    with db.write() as session:
        with pytest.raises(UnusableInputError, match=r"at most 4000 characters"):
            set_safety_note(session, "x" * 4001, match_id=pairs.ids[0])
        with pytest.raises(NotFoundError, match=r"That group no longer exists\."):
            set_safety_note(session, "note", group_id=9999)
