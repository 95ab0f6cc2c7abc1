"""The language each person reads: from the form's answers, the languages spoken, the form's
own language, or the coordinator; letters follow it and reasons never invent a preference.

The mixed intake is what a Canadian program receives: an English student form (CSV), a
French resident form saved by Excel in a French locale (Windows-1252, ";"), and an English
resident workbook. It goes through the real import service, the real matching and letter
commands, and the letters are read back from the PDFs.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from app.cli import main
from app.db.engine import Database
from app.db.models import Match, Participant, Person
from app.errors import UnusableInputError
from app.programs.service import CycleInfo
from app.roster.columns import form_language
from app.roster.importer import import_roster
from app.roster.service import add_participant, update_participant
from app.roster.values import language_change, reading_language

STUDENTS = (
    "First name,Last name,Email,Medical school,Year,City,Province,Languages spoken,"
    "Areas of interest\n"
    "Maya,Singh,maya.singh@example.com,University of Toronto,MS2,Toronto,ON,English,"
    "Research\n"
    'Liam,Brown,liam.brown@example.com,McGill University,MS1,Montreal,QC,"English, French",'
    "Neonatology\n"
    "Noah,Wilson,noah.wilson@example.com,Dalhousie University,MS3,Halifax,NS,,Global health\n"
    "Chloé,Roy,chloe.roy@example.com,Université Laval,MS2,Québec,QC,French,Neonatology\n"
    "Ava,Martin,ava.martin@example.com,University of Ottawa,MS4,Ottawa,ON,English,Advocacy\n"
    "Emma,Gagnon,emma.gagnon@example.com,McGill University,MS1,Montreal,QC,English,Research\n"
    "Jack,Lee,jack.lee@example.com,UBC,MS2,Vancouver,BC,English,Cardiology\n"
)
# Excel in a French locale: Windows-1252 and ";". Who fills it and what they read:
FRENCH_RESIDENTS = (
    "Horodateur;Prénom;Nom de famille;Adresse courriel;Faculté de médecine;Année d'études;"
    "Ville;Province;Langues parlées;Langue de correspondance;Intérêts;"
    "Combien de mentorés pouvez-vous accueillir?\n"
    # French only: French.
    "2025-09-02 09:14;Amélie;Tremblay;amelie.tremblay@example.com;Université Laval;R2;"
    "Québec;QC;Français;;Santé mondiale;1\n"
    # A bilingual francophone: the French form decides.
    "2025-09-02 10:02;Zoé;Lefèbvre;zoe.lefebvre@example.com;Université de Montréal;R3;"
    "Montréal;Québec;Français, English;;Néonatologie, Recherche;1\n"
    # Bilingual, English listed first, on the French form: still French.
    "2025-09-03 14:30;François;Bélanger-Côté;francois.belanger@example.com;"
    "Université de Sherbrooke;R1;Sherbrooke;Qc;anglais et français;;Pédiatrie;1\n"
    # Languages left blank: the French form decides.
    "2025-09-04 08:00;Hélène;Côté;helene.cote@example.com;Université Laval;R4;Québec;QC;;;"
    "Recherche;1\n"
    # Bilingual, asked for English letters: the answer wins.
    "2025-09-04 09:30;Marc;Dubois;marc.dubois@example.com;Université de Montréal;R2;"
    "Montréal;QC;Français, anglais;Anglais;Cardiologie;1\n"
)
ENGLISH_RESIDENTS = [
    ["First name", "Last name", "Email", "Residency program", "PGY", "City", "Province",
     "Languages spoken", "Areas of interest", "How many mentees can you take?"],
    ["Olivia", "Smith", "olivia.smith@example.com", "Paediatrics, Toronto", "PGY-3", "Toronto",
     "ON", "English", "Research", "1"],
    ["Ethan", "Clark", "ethan.clark@example.com", "Paediatrics, McGill", "PGY-2", "Montreal",
     "QC", "English, French", "Neonatology", "1"],
]  # fmt: skip

# What each resident's letter must be in, and how it was decided.
EXPECTED = {
    "amelie.tremblay@example.com": ("fr", "spoken"),
    "zoe.lefebvre@example.com": ("fr", "form"),
    "francois.belanger@example.com": ("fr", "form"),
    "helene.cote@example.com": ("fr", "form"),
    "marc.dubois@example.com": ("en", "stated"),
    "olivia.smith@example.com": ("en", "spoken"),
    "ethan.clark@example.com": ("en", "form"),
    "maya.singh@example.com": ("en", "spoken"),
    "liam.brown@example.com": ("en", "form"),
    "noah.wilson@example.com": ("en", "form"),
    "chloe.roy@example.com": ("fr", "spoken"),
}
FRENCH_PHRASE = "Merci de votre engagement comme mentor"  # resources/letters/fr.json
ENGLISH_PHRASE = "Thank you for mentoring"  # resources/letters/en.json


@dataclass
class Intake:
    cycle: CycleInfo
    french_csv: Path
    student_csv: Path
    resident_xlsx: Path


def write_intake(folder: Path, cycle: CycleInfo) -> Intake:
    from openpyxl import Workbook

    students = folder / "students.csv"
    students.write_text(STUDENTS, encoding="utf-8")
    french = folder / "résidents.csv"
    french.write_bytes(FRENCH_RESIDENTS.replace("\n", "\r\n").encode("cp1252"))
    book = Workbook()
    for row in ENGLISH_RESIDENTS:
        book.active.append(row)
    residents = folder / "residents.xlsx"
    book.save(residents)
    return Intake(cycle, french, students, residents)


def import_intake(db: Database, intake: Intake) -> dict[str, Any]:
    mentor, mentee = intake.cycle.role_ladder[0], intake.cycle.role_ladder[1]
    reports = {}
    for path, role in (
        (intake.student_csv, mentee),
        (intake.french_csv, mentor),
        (intake.resident_xlsx, mentor),
    ):
        with db.write() as session:
            report = import_roster(session, intake.cycle.id, role, path)
        assert not report.rejected, report.rejected
        reports[path.name] = report
    return reports


def people(db: Database) -> dict[str, tuple[str, str]]:
    with db.read() as session:
        rows = session.execute(
            select(Person.email_key, Person.preferred_language, Person.language_source)
        )
        return {key: (language, source) for key, language, source in rows}


def letters_from_pdfs(folder: Path) -> dict[str, str]:
    """Each per-letter PDF's text, by file name."""
    from pypdf import PdfReader

    return {
        path.name: " ".join(" ".join(page.extract_text().split()) for page in PdfReader(path).pages)
        for path in sorted(folder.glob("*.pdf"))
    }


def test_the_form_headers_tell_the_form_language() -> None:
    french = FRENCH_RESIDENTS.splitlines()[0].split(";")
    assert form_language(french) == "fr"
    assert form_language(STUDENTS.splitlines()[0].split(",")) == "en"
    assert form_language(ENGLISH_RESIDENTS[0]) == "en"
    assert form_language(["Email", "Province"]) is None  # nothing to tell by


@pytest.mark.parametrize(
    ("stated", "spoken", "form", "expected"),
    [
        ("fr", ["English"], "en", ("fr", "stated")),
        (None, ["French"], "en", ("fr", "spoken")),
        (None, ["English", "Spanish"], "fr", ("en", "spoken")),
        (None, ["French", "English"], "en", ("en", "form")),
        (None, ["English", "French"], "fr", ("fr", "form")),
        (None, ["French", "English"], None, ("fr", "spoken")),  # the order listed
        (None, None, "fr", ("fr", "form")),
        (None, ["Spanish"], None, None),
        (None, None, None, None),
    ],
)
def test_reading_language_rule(
    stated: str | None,
    spoken: list[str] | None,
    form: str | None,
    expected: tuple[str, str] | None,
) -> None:
    assert reading_language(stated, spoken, form) == expected


def test_a_later_form_never_overrides_a_better_known_language() -> None:
    stored = {"preferred_language": "fr", "language_source": "stated"}
    assert language_change({"preferred_language": "en", "language_source": "form"}, stored) == {}
    assert language_change({"preferred_language": "en", "language_source": "stated"}, stored) == {
        "preferred_language": "en",
        "language_source": "stated",
    }
    chosen = {"preferred_language": "fr", "language_source": "coordinator"}
    assert language_change({"preferred_language": "en", "language_source": "stated"}, chosen) == {}
    guessed = {"preferred_language": "en", "language_source": "unknown"}
    assert language_change({"preferred_language": "fr", "language_source": "form"}, guessed) == {
        "preferred_language": "fr",
        "language_source": "form",
    }


def test_mixed_intake_french_form_residents_get_french_letters(
    db: Database, cycle: CycleInfo, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    intake = write_intake(tmp_path, cycle)
    reports = import_intake(db, intake)
    assert reports["résidents.csv"].encoding == "cp1252"
    assert reports["résidents.csv"].form_language == "fr"
    assert reports["residents.xlsx"].form_language == "en"
    assert reports["résidents.csv"].to_json()["form_language"] == "fr"
    found = people(db)
    assert {k: found[k] for k in EXPECTED} == EXPECTED
    db_arg = ["--db", str(db.path), "--cycle", cycle.label]
    db.dispose()  # the commands open the database themselves

    assert main(["match", *db_arg, "--apply", "--confirm", "--json"]) == 0
    capsys.readouterr()
    out = tmp_path / "letters"
    assert main(["letters", *db_arg, "--out", str(tmp_path / "all.pdf"), "--per-letter",
                 str(out), "--json"]) == 0  # fmt: skip
    document = json.loads(capsys.readouterr().out)
    texts = letters_from_pdfs(out)

    french_form = [k for k in EXPECTED if k.endswith("@example.com") and k in FRENCH_RESIDENTS]
    speak_french = [k for k in french_form if EXPECTED[k] != ("en", "stated")]
    in_french = [
        k for k in speak_french if FRENCH_PHRASE in _mentor_letter(texts, k, ENGLISH_PHRASE)
    ]
    assert in_french == speak_french  # all four, the bilingual francophones included
    marc = _mentor_letter(texts, "marc.dubois@example.com", FRENCH_PHRASE)
    assert ENGLISH_PHRASE in marc  # he asked for English
    for english in ("olivia.smith@example.com", "ethan.clark@example.com"):
        assert ENGLISH_PHRASE in _mentor_letter(texts, english, FRENCH_PHRASE)
    assert document["letters"] == 14  # seven pairs, one letter each way
    assert document["languages"] == dict(Counter(language for language, _ in found.values()))
    assert document["languages"] == {"fr": 5, "en": 9}  # 4 residents and Chloé read French
    # A preferred language is named only where someone stated one: Marc, the one resident
    # who answered the question, and only in his pair's letters.
    naming = [t for t in texts.values() if "preferred language" in t or "langue préférée" in t]
    assert all("Dubois" in text for text in naming)


def _mentor_letter(texts: dict[str, str], email: str, absent: str) -> str:
    """The mentor letter addressed to ``email``'s person (found by their last name)."""
    first = email.split(".")[0]
    wanted = {
        "amelie": "Tremblay",
        "zoe": "Lefèbvre",
        "francois": "Bélanger-Côté",
        "helene": "Côté",
        "marc": "Dubois",
        "olivia": "Smith",
        "ethan": "Clark",
    }[first]
    found = [t for n, t in texts.items() if n.endswith("mentor.pdf") and f" {wanted}," in n]
    assert len(found) == 1, (email, sorted(texts))
    assert absent not in found[0]
    return found[0]


def test_reasons_say_only_what_is_known(db: Database, cycle: CycleInfo, tmp_path: Path) -> None:
    import_intake(db, write_intake(tmp_path, cycle))
    from app.matching import service as matching

    with db.read() as session:
        proposal = matching.propose_matches(session, cycle.id)
    with db.write() as session:
        matching.apply_proposal(session, cycle.id, proposal, confirm=True)
    with db.read() as session:
        stored = session.scalars(select(Match)).all()
        keys = [r["key"] for m in stored for r in m.reasons if isinstance(r, dict)]
    assert stored and "preferred_language" not in keys  # nobody here stated one...
    assert "shared_languages" in keys  # ...but who speaks what is known


def test_the_coordinator_choice_is_recorded_and_kept(db: Database, cycle: CycleInfo) -> None:
    with db.write() as session:
        pid = add_participant(
            session, cycle.id, cycle.role_ladder[0], "ana@example.org", first_name="Ana",
            languages=["French", "English"], preferred_language="fr", language_source="form",
        )  # fmt: skip
    with db.write() as session:
        assert update_participant(session, pid, preferred_language="en") == ["preferred_language"]
    with db.read() as session:
        person = session.get(Participant, pid).person  # type: ignore[union-attr]
        assert (person.preferred_language, person.language_source) == ("en", "coordinator")


def test_a_new_form_keeps_the_coordinator_choice(
    db: Database, cycle: CycleInfo, tmp_path: Path
) -> None:
    intake = write_intake(tmp_path, cycle)
    mentor = cycle.role_ladder[0]
    with db.write() as session:
        import_roster(session, cycle.id, mentor, intake.french_csv)
    with db.read() as session:
        key = Person.email_key == "zoe.lefebvre@example.com"
        zoe = session.scalar(select(Participant.id).join(Person).where(key))
    with db.write() as session:
        update_participant(session, zoe, preferred_language="en")
    with db.write() as session:
        report = import_roster(session, cycle.id, mentor, intake.french_csv)
    assert report.updated == 0 and report.unchanged == 5
    assert people(db)["zoe.lefebvre@example.com"] == ("en", "coordinator")


def test_bulk_edit_sets_the_letter_language_as_the_coordinator_choice(
    db: Database, cycle: CycleInfo, tmp_path: Path
) -> None:
    from app.roster.service import bulk_update, list_participants

    import_intake(db, write_intake(tmp_path, cycle))
    with db.read() as session:
        rows = {r.email: r for r in list_participants(session, cycle.id)}
    assert (rows["zoe.lefebvre@example.com"].preferred_language, rows["zoe.lefebvre@example.com"]
            .language_source) == ("fr", "form")  # fmt: skip
    chosen = [rows["zoe.lefebvre@example.com"].id, rows["maya.singh@example.com"].id]
    with db.write() as session:
        assert bulk_update(session, chosen, preferred_language="fr") == 1  # Maya only
    found = people(db)
    assert found["maya.singh@example.com"] == ("fr", "coordinator")
    assert found["zoe.lefebvre@example.com"] == ("fr", "form")  # unchanged, so not touched
    with db.write() as session, pytest.raises(UnusableInputError, match="Letter language"):
        bulk_update(session, chosen, preferred_language="de")
