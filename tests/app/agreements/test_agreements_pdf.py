"""Printed agreements read back with pypdf, through the service and the real CLI."""

from __future__ import annotations

import datetime as dt
import json
import unicodedata
from pathlib import Path

import pytest
from pypdf import PdfReader

from app.agreements import service
from app.agreements.printing import write_agreement_file, write_agreement_files
from app.agreements.service import AgreementDraft, GoalDraft
from app.cli import main
from app.db.engine import Database
from app.db.models import Participant
from app.errors import SafetyError, UnusableInputError
from tests.app.agreements.conftest import People

SENSITIVE = "Answer-Only-For-The-Coordinator"


def _text(path: Path) -> str:
    pages = PdfReader(path).pages
    text = "\n".join(page.extract_text() or "" for page in pages)
    return unicodedata.normalize("NFC", " ".join(text.split()))


def _agree(db: Database, people: People) -> dict[str, int]:
    """Agreements for the French pair, the mixed pair and the group; a sensitive answer."""
    with db.write() as session:
        for participant in session.query(Participant):
            participant.custom_fields = {"gender": SENSITIVE}
        french = service.create_agreement(
            session,
            AgreementDraft(
                support=("clinical_skills", "research"),
                meeting_every_days=21,
                notes="Private coordinator note",
                signed_on=dt.date(2025, 10, 15),
                goals=(
                    GoalDraft("Présenter une affiche au congrès", dt.date(2026, 3, 1)),
                    GoalDraft("Réviser <b>deux</b> articles & un résumé"),
                ),
            ),
            match_id=people.french_pair,
        )
        mixed = service.create_agreement(
            session,
            AgreementDraft(
                support=("career_planning",),
                ending="We end it by email to the coordinator.",
                goals=(GoalDraft("Choose electives", dt.date(2026, 2, 1)),),
            ),
            match_id=people.mixed_pair,
        )
        group = service.create_agreement(session, AgreementDraft(), group_id=people.group)
    return {"french": french, "mixed": mixed, "group": group}


def test_a_french_pair_gets_its_agreement_in_french(
    db: Database, people: People, tmp_path: Path
) -> None:
    ids = _agree(db, people)
    with db.read() as session:
        out = write_agreement_file(
            session, people.cycle.id, ids["french"], tmp_path / "a.pdf", today=dt.date(2025, 10, 2)
        )
    text = _text(out)
    for words in (
        "Entente de mentorat, 2025-2026",
        "Amélie Gagné",
        "Zoé Tremblay",
        "Compétences cliniques et rétroaction",
        "Au moins tous les 21 jours",
        "Résultats d'apprentissage visés",
        "Présenter une affiche au congrès",
        "1er mars 2026",
        "Réviser <b>deux</b> articles & un résumé",  # printed as written, never as markup
        "Confidentialité",
        "Ce dont nous discutons",  # the default wording, in French
        "Fin de la relation",
        "Signatures",
        "Nom Signature Date",
        "Mentor Amélie Gagné",
        "Mentoré Zoé Tremblay",
        "Coordination du programme Dr Hélène Morin",
        "Signée le 15 octobre 2025.",
        "2 octobre 2025",
    ):
        assert words in text, words
    for absent in ("Mentoring agreement", "Private coordinator note", SENSITIVE):
        assert absent not in text


def test_a_mixed_pair_gets_both_versions_and_one_signature_block(
    db: Database, people: People, tmp_path: Path
) -> None:
    ids = _agree(db, people)
    with db.read() as session:
        out = write_agreement_file(session, people.cycle.id, ids["mixed"], tmp_path / "m.pdf")
    text = _text(out)
    french = text.index("Entente de mentorat, 2025-2026")
    english = text.index("Mentoring agreement, 2025-2026")
    assert french < english  # the mentee reads French: her version first
    assert "Les versions française et anglaise de cette entente ont la même valeur." in text
    assert text.count("We end it by email to the coordinator.") == 2  # own words, both versions
    assert text.count("Signatures") == 1
    assert "Mentor Bo Chen" in text and "Mentoré / Mentee Léa Roy" in text  # French first
    assert "Coordination du programme / Program coordinator" in text


def test_a_forced_language_and_a_group_with_goals_to_write_by_hand(
    db: Database, people: People, tmp_path: Path
) -> None:
    ids = _agree(db, people)
    with db.read() as session:
        files = write_agreement_files(session, people.cycle.id, tmp_path / "out", lang="en")
    assert sorted(f.name for f in files) == [
        "Mentoring agreement - Amélie Gagné and Zoé Tremblay.pdf",
        "Mentoring agreement - Bo Chen and Léa Roy.pdf",
        "Mentoring agreement - Tuesday circle.pdf",
    ]
    text = _text(tmp_path / "out" / "Mentoring agreement - Tuesday circle.pdf")
    assert "Group Tuesday circle" in text
    assert "Mentees Liam Park, Mei Wong" in text
    assert "At least every 60 days, as the program suggests" in text
    assert "Goals are to be written together at the first meeting:" in text
    assert "Entente" not in text
    assert ids


def test_a_pdf_onto_the_database_is_refused_and_nothing_is_written(
    db: Database, db_path: Path, people: People
) -> None:
    ids = _agree(db, people)
    before = db_path.read_bytes()
    with pytest.raises(SafetyError) as caught, db.read() as session:
        write_agreement_file(session, people.cycle.id, ids["french"], db_path)
    assert str(db_path) in caught.value.message
    assert db_path.read_bytes() == before
    assert sorted(p.name for p in db_path.parent.iterdir() if p.suffix == ".pdf") == []


def test_the_cli_lists_agreements_and_writes_one_pdf_each(
    db: Database, db_path: Path, people: People, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _agree(db, people)
    db.dispose()
    folder = tmp_path / "agreements"
    argv = ["agreements", "--db", str(db_path), "--cycle", "2025-2026", "--json"]
    assert main([*argv, "--pdf", str(folder)]) == 0
    document = json.loads(capsys.readouterr().out)
    assert document["goal_counts"] == {
        "met": 0,
        "in_progress": 3,
        "dropped": 0,
        "agreements": 3,
        "pairs_without": 0,
    }
    assert len(document["files"]) == 3 and all(Path(f).is_file() for f in document["files"])
    french = next(a for a in document["agreements"] if a["mentees"] == ["zoe@med.example.org"])
    assert french["state"] == "signed" and french["meeting_every_days"] == 21
    assert next(g["text"] for g in french["goals"]) == "Présenter une affiche au congrès"
    assert sorted(p.name for p in folder.iterdir()) == sorted(
        Path(f).name for f in document["files"]
    )


@pytest.mark.parametrize("target", ["database", "wal", "under_a_file"])
def test_the_cli_refuses_hostile_pdf_folders(
    db: Database,
    db_path: Path,
    people: People,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    target: str,
) -> None:
    _agree(db, people)
    db.dispose()
    (tmp_path / "notes.txt").write_text("mine")
    given = {
        "database": db_path,
        "wal": Path(f"{db_path}-wal"),
        "under_a_file": tmp_path / "notes.txt" / "agreements",
    }[target]
    before = {p.name: p.read_bytes() for p in tmp_path.iterdir() if p.is_file()}
    capsys.readouterr()
    code = main(["agreements", "--db", str(db_path), "--cycle", "2025-2026", "--pdf", str(given)])
    err = capsys.readouterr().err
    assert err.startswith("mentordesk: ") and err.count("\n") == 1 and "Traceback" not in err
    after = {p.name: p.read_bytes() for p in tmp_path.iterdir() if p.is_file()}
    assert after == before  # nothing written, nothing replaced
    if target == "under_a_file":
        assert code == 2 and "notes.txt" in err
    else:
        assert code == 3 and "not a folder; choose a folder for the agreements." in err


def test_an_unknown_language_is_refused(db: Database, people: People, tmp_path: Path) -> None:
    with pytest.raises(UnusableInputError) as caught, db.read() as session:
        write_agreement_files(session, people.cycle.id, tmp_path / "x", lang="de")
    assert caught.value.message == "Agreements are printed in en, fr or both, not “de”."
    assert not (tmp_path / "x").exists()


def test_a_cycle_without_agreements_says_so(db: Database, people: People, tmp_path: Path) -> None:
    with pytest.raises(UnusableInputError) as caught, db.read() as session:
        write_agreement_files(session, people.cycle.id, tmp_path / "x")
    assert "There is no agreement to print in this cycle" in caught.value.message
    assert not (tmp_path / "x").exists()  # the folder made for them is removed again


def test_a_long_group_name_is_cut_short_on_the_running_line(
    db: Database, people: People, tmp_path: Path
) -> None:
    from app.db.models import Group

    with db.write() as session:
        group = session.get(Group, people.group)
        assert group is not None
        group.name = "Tuesday evening circle of palliative care in the community " * 2
        goals = tuple(GoalDraft(f"Goal {n}: " + "prepare and give a talk " * 6) for n in range(12))
        agreement = service.create_agreement(
            session, AgreementDraft(goals=goals), group_id=people.group
        )
    with db.read() as session:
        out = write_agreement_file(session, people.cycle.id, agreement, tmp_path / "g.pdf")
    pages = PdfReader(out).pages
    assert len(pages) >= 2
    running = (pages[1].extract_text() or "").splitlines()
    assert running[0].startswith("Mentoring agreement of Tuesday evening circle")
    assert running[0].endswith("…, page 2") and running[1] == "Paediatrics Mentorship"
