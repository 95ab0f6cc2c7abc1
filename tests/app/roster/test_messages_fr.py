"""The roster's refusals and warnings, said in French by the window and unchanged in English.

Each refusal is raised by the real reader, importer or service on a file or database the test
makes; its English is compared word for word (the CLI, ``import --json`` and the hostile
corpus read it) and its French as a coordinator reads it.
"""

from __future__ import annotations

import string
from pathlib import Path

import pytest
from openpyxl import Workbook

from app.db.engine import Database
from app.errors import MentorDeskError, NotFoundError, UnusableInputError
from app.programs.service import CycleInfo
from app.roster.deletion import delete_person
from app.roster.import_history import undo_import
from app.roster.importer import import_roster, preview
from app.roster.messages import _TEMPLATES
from app.roster.presets import save_preset
from app.roster.reader import read_table
from app.roster.service import set_status
from app.roster.workbook import SeveralSheetsError
from app.sentences import NB, Sentence, render
from tests.factories import add_people, mentor


def said(error: pytest.ExceptionInfo[MentorDeskError]) -> tuple[str, str]:
    """(the English the CLI prints, the French the window shows) of a refusal."""
    message = error.value.message
    assert isinstance(message, Sentence)
    return str(message), render(message, "fr")


def write(tmp_path: Path, name: str, content: str | bytes) -> Path:
    path = tmp_path / name
    if isinstance(content, str):
        path.write_text(content, encoding="utf-8")
    else:
        path.write_bytes(content)
    return path


def two_sheet_workbook(path: Path) -> Path:
    workbook = Workbook()
    mentors = workbook.active
    assert mentors is not None
    mentors.title = "Mentors"
    for row in [["First name", "Email"], ["Ana", "ana@example.org"], ["Bo", "bo@example.org"]]:
        mentors.append(row)
    lists = workbook.create_sheet("Lists")
    lists.append(["Programs"])
    lists.append(["Paediatrics"])
    lists.sheet_state = "hidden"
    workbook.save(path)
    return path


def test_every_template_has_the_same_placeholders_in_both_languages() -> None:
    def names(text: str) -> set[str]:
        return {field for _, field, _, _ in string.Formatter().parse(text) if field}

    for key, (english, french) in _TEMPLATES.items():
        assert names(english) == names(french), key
        assert "“" not in french and "”" not in french, key  # French quotes are « »


def test_the_several_sheets_refusal_lists_the_sheets_in_french(tmp_path: Path) -> None:
    path = two_sheet_workbook(tmp_path / "signups.xlsx")
    with pytest.raises(SeveralSheetsError) as caught:
        read_table(path)
    english, french = said(caught)
    assert english == (
        "signups.xlsx has 2 sheets with data: “Mentors” (2 rows), “Lists” (1 row, hidden); "
        'say which one to import (on the command line, --sheet "Mentors").'
    )
    assert french == (
        f"signups.xlsx contient 2 feuilles avec des données{NB}: «{NB}Mentors{NB}» (2 lignes), "
        f"«{NB}Lists{NB}» (1 ligne, masquée); indiquez laquelle importer (en ligne de "
        'commande, --sheet "Mentors").'
    )


def test_a_missing_sheet_lists_the_sheets_there_are(tmp_path: Path) -> None:
    path = two_sheet_workbook(tmp_path / "signups.xlsx")
    with pytest.raises(UnusableInputError) as caught:
        read_table(path, "Mentees")
    english, french = said(caught)
    assert english == (
        "signups.xlsx has no sheet called “Mentees”; its sheets are “Mentors”, “Lists”."
    )
    assert french == (
        f"signups.xlsx n'a aucune feuille nommée «{NB}Mentees{NB}»; ses feuilles "
        f"sont{NB}: «{NB}Mentors{NB}», «{NB}Lists{NB}»."
    )


def test_the_unclosed_quote_refusal_names_row_and_column_in_french(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "unclosed.csv",
        "First name,Email,Role,Notes\nAna,ana@example.org,mentor,fine\n"
        'Bo,bo@example.org,mentor,"starts here\nCy,cy@example.org,mentor,more\n',
    )
    with pytest.raises(UnusableInputError) as caught:
        read_table(path)
    english, french = said(caught)
    assert english == (
        "unclosed.csv, row 3: a quotation mark opens in column D and is never closed, so the "
        "rows after it would be read as one cell; fix the quote and import again."
    )
    assert french == (
        f"unclosed.csv, ligne 3{NB}: un guillemet s'ouvre dans la colonne D et n'est jamais "
        "fermé; les lignes suivantes seraient donc lues comme une seule cellule; corrigez le "
        "guillemet et importez de nouveau."
    )


def test_the_last_rows_unclosed_quote_is_named_in_french(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "unclosed.csv",
        'First name,Email,Role,Notes\nAna,ana@example.org,mentor,fine\nBo,"bo@example.org,mentor\n',
    )
    with pytest.raises(UnusableInputError) as caught:
        read_table(path)
    english, french = said(caught)
    assert english.startswith("unclosed.csv, row 3: a quotation mark opens in column B")
    assert french == (
        f"unclosed.csv, ligne 3{NB}: un guillemet s'ouvre dans la colonne B et n'est jamais "
        "fermé; le reste de la ligne serait donc lu comme une seule cellule; corrigez le "
        "guillemet et importez de nouveau."
    )


def test_a_picture_is_named_for_what_it_is(tmp_path: Path) -> None:
    path = write(tmp_path, "photo.csv", b"\x89PNG\r\n\x1a\n" + b"\x00" * 64)
    with pytest.raises(UnusableInputError) as caught:
        read_table(path)
    assert said(caught) == (
        "photo.csv is a PNG image, not a spreadsheet (CSV, XLSX or ODS).",
        "photo.csv est une image PNG, pas un chiffrier (CSV, XLSX ou ODS).",
    )


def test_a_repeated_header_warns_in_french(tmp_path: Path) -> None:
    path = write(tmp_path, "people.csv", "First name,Email,Email\nAna,a@example.org,b@x.org\n")
    table = read_table(path)
    [warning] = table.warnings
    assert warning == (
        "The column header “Email” appears more than once; column C is read as “Email (2)”."
    )
    assert render(warning, "fr") == (
        f"L'en-tête de colonne «{NB}Email{NB}» apparaît plus d'une fois; la colonne C est "
        f"lue comme «{NB}Email (2){NB}»."
    )


def test_a_file_without_email_or_name_column_is_refused_in_french(
    tmp_path: Path, db: Database, cycle: CycleInfo
) -> None:
    path = write(tmp_path, "people.csv", "Role,City\nmentor,Ottawa\n")
    problems = preview(path).problems  # what the wizard shows before importing
    assert problems == [
        "The file has no email column.",
        "The file has no first name or name column.",
    ]
    assert [render(p, "fr") for p in problems] == [
        "Le fichier n'a pas de colonne de courriel.",
        "Le fichier n'a pas de colonne de prénom ni de nom.",
    ]
    with pytest.raises(UnusableInputError) as caught, db.write() as session:
        import_roster(session, cycle.id, cycle.role_ladder[0], path)
    assert said(caught) == (
        "people.csv has no email column and has no first name or name column.",
        "people.csv n'a pas de colonne de courriel et n'a pas de colonne de prénom ni de nom.",
    )


def test_importing_into_a_missing_cycle_is_refused_in_french(
    tmp_path: Path, db: Database, cycle: CycleInfo
) -> None:
    path = write(tmp_path, "people.csv", "First name,Email\nAna,ana@example.org\n")
    with pytest.raises(NotFoundError) as caught, db.write() as session:
        import_roster(session, cycle.id + 99, cycle.role_ladder[0], path)
    assert said(caught) == ("That cycle no longer exists.", "Ce cycle n'existe plus.")


def test_an_unknown_role_is_refused_in_french(
    tmp_path: Path, db: Database, cycle: CycleInfo
) -> None:
    path = write(tmp_path, "people.csv", "First name,Email\nAna,ana@example.org\n")
    with pytest.raises(UnusableInputError) as caught, db.write() as session:
        import_roster(session, cycle.id, "Dean", path)
    assert said(caught) == (
        "“Dean” is not a role of this program; use one of: Resident mentor, Medical student.",
        f"«{NB}Dean{NB}» n'est pas un rôle de ce programme; utilisez l'un de "
        f"ceux-ci{NB}: Resident mentor, Medical student.",
    )


def test_a_deletion_without_a_reason_is_refused_in_french(db: Database, cycle: CycleInfo) -> None:
    [pid] = add_people(db, cycle, 0, [mentor("ana@example.org", "Ana")])
    with pytest.raises(UnusableInputError) as caught:
        delete_person(db, pid, reason="  ")
    assert said(caught) == (
        "Say why this person is deleted (it goes to the audit trail).",
        "Indiquez pourquoi cette personne est supprimée (la raison est consignée au journal "
        "d'audit).",
    )


def test_participant_and_import_refusals_are_said_in_french(db: Database, cycle: CycleInfo) -> None:
    with pytest.raises(NotFoundError) as gone, db.write() as session:
        set_status(session, 12345, "withdrawn")
    assert said(gone) == ("That participant no longer exists.", "Ce participant n'existe plus.")
    with pytest.raises(UnusableInputError) as status, db.write() as session:
        set_status(session, 12345, "asleep")
    assert said(status) == (
        "Unknown participant status “asleep”.",
        f"Statut de participant inconnu{NB}: «{NB}asleep{NB}».",
    )
    with pytest.raises(NotFoundError) as no_import, db.write() as session:
        undo_import(session, 777)
    assert said(no_import) == ("That import no longer exists.", "Cette importation n'existe plus.")


def test_a_mapping_refusal_quotes_the_preset_name_in_each_language(db: Database) -> None:
    with pytest.raises(UnusableInputError) as caught, db.write() as session:
        save_preset(session, "Spring form", {"Courriel": "e-mail"})
    english, french = said(caught)
    assert english.startswith(
        "The column mapping in “Spring form” names an unknown field “e-mail”; use one of: "
    )
    assert french.startswith(
        f"La correspondance des colonnes dans «{NB}Spring form{NB}» nomme un champ inconnu "
        f"«{NB}e-mail{NB}»; utilisez l'un de ceux-ci{NB}: "
    )
