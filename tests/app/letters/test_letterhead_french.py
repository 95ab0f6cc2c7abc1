"""The letterhead in English and French, saved with the program, printed in the reader's
language."""

from __future__ import annotations

import datetime as dt
import email
import io
from email.message import EmailMessage
from email.policy import default
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from app.db.engine import Database
from app.db.models import AuditEvent, Program
from app.errors import UnusableInputError
from app.letters import generate_letters
from app.letters.content import LetterContent, Letterhead, LetterheadText, PartnerDetails
from app.letters.drafts import write_email_drafts
from app.letters.letterhead import (
    LetterheadSettings,
    french_letterhead_warning,
    load_letterhead,
    save_letterhead,
)
from app.letters.match_letter import render_letters
from app.letters.placeholders import PRIMER, SECTIONS
from app.letters.templates import load_template
from app.letters.versions import field_values, save_template_version
from app.programs.service import CycleInfo
from tests.app.letters.conftest import Pairs, page_texts, pdf_text

FRENCH = LetterheadText(
    program="Programme de mentorat en pédiatrie",
    organisation="Société canadienne de pédiatrie",
    contact_name="Dre Ada Lovelace",
    contact_title="Coordonnatrice du programme",
)


def _settings(french: LetterheadText = FRENCH, **fields: str) -> LetterheadSettings:
    values = {
        "program": "ignored",
        "organisation": "Canadian Paediatric Society",
        "contact_name": "Dr Ada Lovelace",
        "contact_title": "Program coordinator",
        "contact_email": "mentorship@example.org",
        **fields,
    }
    return LetterheadSettings(**values, french=french)


def _name_program(db: Database, cycle: CycleInfo, name: str) -> None:
    with db.write() as session:
        program = session.get(Program, cycle.program_id)
        assert program is not None
        program.name = name


def test_french_words_are_saved_with_the_letterhead_and_read_back(
    db: Database, cycle: CycleInfo
) -> None:
    padded = LetterheadText(
        program="  Programme de mentorat\nen pédiatrie ",
        organisation=FRENCH.organisation,
        contact_name="",
        contact_title=FRENCH.contact_title,
    )
    with db.write() as session:
        save_letterhead(session, cycle.program_id, _settings(padded))
    with db.read() as session:
        program = session.get(Program, cycle.program_id)
        assert program is not None
        assert program.settings["letterhead"]["fr"] == {
            "program": "Programme de mentorat en pédiatrie",
            "organisation": FRENCH.organisation,
            "contact_title": FRENCH.contact_title,
        }
        loaded = load_letterhead(session, cycle.program_id)
        query = select(AuditEvent.details).where(AuditEvent.action == "save_letterhead")
        events = list(session.scalars(query))
    assert loaded.french == LetterheadText(
        program="Programme de mentorat en pédiatrie",
        organisation=FRENCH.organisation,
        contact_title=FRENCH.contact_title,
    )
    assert loaded.organisation == "Canadian Paediatric Society"
    assert [e["french"] for e in events] == [["contact_title", "organisation", "program"]]
    french = loaded.letterhead().in_language("fr")
    assert french.program == "Programme de mentorat en pédiatrie"
    assert french.contact_name == "Dr Ada Lovelace"  # empty in French: the English name
    assert loaded.letterhead().in_language("en").contact_title == "Program coordinator"


def test_settings_older_than_french_read_as_same_as_english(db: Database, cycle: CycleInfo) -> None:
    with db.write() as session:
        program = session.get(Program, cycle.program_id)
        assert program is not None
        program.organisation = "Canadian Paediatric Society"
        program.contact_title = "Program coordinator"
        program.settings = {**program.settings, "letterhead": {}}
    with db.read() as session:
        loaded = load_letterhead(session, cycle.program_id)
    assert loaded.french == LetterheadText()
    head = loaded.letterhead()
    assert head.in_language("fr") == head
    assert head.french_missing() == ("program", "organisation", "contact_title")


def test_damaged_french_settings_read_as_same_as_english(db: Database, cycle: CycleInfo) -> None:
    with db.write() as session:
        program = session.get(Program, cycle.program_id)
        assert program is not None
        program.settings = {
            **program.settings,
            "letterhead": {"fr": {"program": 12, "organisation": " Organisme "}},
        }
    with db.read() as session:
        assert load_letterhead(session, cycle.program_id).french == LetterheadText(
            organisation="Organisme"
        )
    with db.write() as session:
        program = session.get(Program, cycle.program_id)
        assert program is not None
        program.settings = {**program.settings, "letterhead": {"fr": "Programme"}}
    with db.read() as session:
        assert load_letterhead(session, cycle.program_id).french == LetterheadText()


def test_emptying_the_french_words_removes_them_and_keeps_the_logo(
    db: Database, cycle: CycleInfo
) -> None:
    with db.write() as session:
        save_letterhead(session, cycle.program_id, _settings())
        program = session.get(Program, cycle.program_id)
        assert program is not None
        program.settings = {
            **program.settings,
            "letterhead": {**program.settings["letterhead"], "logo": "bG9nbw=="},
        }
    with db.write() as session:
        save_letterhead(session, cycle.program_id, _settings(LetterheadText()))
    with db.read() as session:
        program = session.get(Program, cycle.program_id)
        assert program is not None
        assert program.settings["letterhead"] == {"logo": "bG9nbw=="}


def test_a_french_field_too_long_for_the_letterhead_is_refused(
    db: Database, cycle: CycleInfo
) -> None:
    with db.write() as session:
        save_letterhead(session, cycle.program_id, _settings())
    too_long = LetterheadText(program="Programme " * 25, contact_title="Coordonnatrice")
    with pytest.raises(UnusableInputError) as refused, db.write() as session:
        save_letterhead(session, cycle.program_id, _settings(too_long, organisation="New"))
    assert str(refused.value) == (
        "The French program name is 249 characters long; shorten it to 200 characters at "
        "most so it fits on the letterhead."
    )
    with db.read() as session:
        loaded = load_letterhead(session, cycle.program_id)
    assert loaded.french == FRENCH and loaded.organisation == "Canadian Paediatric Society"


def _letter(language: str, head: Letterhead) -> LetterContent:
    partner = PartnerDetails(name="Siobhán O'Brien", email="siobhan@example.org")
    return LetterContent(
        kind="mentee",
        language=language,
        recipient_name="Zoé Lefèbvre",
        partners=(partner,),
        letterhead=head,
        cycle_label="2025-2026",
        date=dt.date(2025, 10, 1),
    )


def test_a_french_letter_prints_the_french_letterhead_and_an_english_one_the_english(
    tmp_path: Path,
) -> None:
    head = _settings(program="Paediatrics Mentorship").letterhead()
    render_letters([_letter("fr", head)], tmp_path / "fr.pdf")
    render_letters([_letter("en", head)], tmp_path / "en.pdf")
    french, english = pdf_text(tmp_path / "fr.pdf"), pdf_text(tmp_path / "en.pdf")
    for words in (
        "Programme de mentorat en pédiatrie",
        "Coordonnatrice du programme",
        "Société canadienne de pédiatrie",
        "Dre Ada Lovelace",
    ):
        assert words in french and words not in english
    for words in ("Paediatrics Mentorship", "Program coordinator", "Canadian Paediatric Society"):
        assert words in english and words not in french
    assert "dans le cadre de Programme de mentorat en pédiatrie" in french  # the {program}


def test_an_empty_french_field_prints_the_english_words(tmp_path: Path) -> None:
    partial = LetterheadText(program="Programme de mentorat")
    head = _settings(partial, program="Paediatrics Mentorship").letterhead()
    render_letters([_letter("fr", head)], tmp_path / "fr.pdf")
    text = pdf_text(tmp_path / "fr.pdf")
    assert "Programme de mentorat" in text and "Paediatrics Mentorship" not in text
    assert "Program coordinator" in text and "Canadian Paediatric Society" in text
    assert french_letterhead_warning([_letter("fr", head)]) == (
        "The French letterhead is not filled in (organisation and coordinator's title): "
        "French letters print it in English. Add the French words on the Letters page, "
        "under Edit templates and letterhead → Letterhead."
    )
    assert french_letterhead_warning([_letter("en", head)]) is None


def test_batch_letters_follow_each_readers_language_and_warn_once(
    db: Database, cycle: CycleInfo, pairs: Pairs, tmp_path: Path
) -> None:
    _name_program(db, cycle, "Paediatrics Mentorship")
    with db.write() as session:
        batch = generate_letters(session, cycle.id, tmp_path / "before.pdf")
    sentences = [w for w in batch.warnings if "French letterhead" in w]
    assert (
        len(sentences) == 1
        and "program name, organisation and coordinator's title" in (sentences[0])
    )

    with db.write() as session:
        save_letterhead(session, cycle.program_id, _settings())
    folder = tmp_path / "each"
    with db.write() as session:
        batch = generate_letters(session, cycle.id, None, per_letter_dir=folder)
    assert not any("French letterhead" in w for w in batch.warnings)
    zoe = pdf_text(folder / "2025-2026 - Lefèbvre, Zoé - mentee.pdf")
    alex = pdf_text(folder / "2025-2026 - Smith, Alex - mentee.pdf")
    assert "Programme de mentorat en pédiatrie" in zoe and "Coordonnatrice du programme" in zoe
    assert "Paediatrics Mentorship" not in zoe and "Program coordinator" not in zoe
    assert "Paediatrics Mentorship" in alex and "Program coordinator" in alex
    assert "Programme de mentorat" not in alex


def _read(path: Path) -> EmailMessage:
    message = email.message_from_bytes(path.read_bytes(), policy=default)
    assert isinstance(message, EmailMessage)
    return message


def test_email_drafts_sign_each_language_with_its_letterhead(
    db: Database, cycle: CycleInfo, pairs: Pairs, tmp_path: Path
) -> None:
    _name_program(db, cycle, "Paediatrics Mentorship")
    with db.write() as session:
        save_letterhead(session, cycle.program_id, _settings())
    folder = tmp_path / "drafts"
    with db.write() as session:
        write_email_drafts(session, cycle.id, folder)
    by_to = {_read(p)["To"].addresses[0].addr_spec: _read(p) for p in folder.iterdir()}
    zoe = by_to["zoe@example.org"]
    assert zoe["From"] == "Dre Ada Lovelace <mentorship@example.org>"
    body = zoe.get_body(preferencelist=("plain",))
    assert body is not None
    french, english = body.get_content().split("—" * 20)
    assert "Programme de mentorat en pédiatrie" in french and "Dre Ada Lovelace" in french
    assert "Paediatrics Mentorship" in english and "Dr Ada Lovelace" in english
    pdf = next(iter(zoe.iter_attachments())).get_content()
    assert "Coordonnatrice du programme" in " ".join(page_texts(PdfReader(io.BytesIO(pdf))))
    assert by_to["alex@example.org"]["From"] == "Dr Ada Lovelace <mentorship@example.org>"


def test_every_template_sentence_is_editable_in_both_languages() -> None:
    editable = {f.key for section in SECTIONS for f in section.fields}
    english, french = load_template("en"), load_template("fr")
    assert set(english.text) == set(french.text) and set(english.text) <= editable
    for template in (english, french):
        values = field_values(template)
        assert set(values) == editable and all(v.strip() for v in values.values())


def test_a_french_template_version_reaches_french_readers_only(
    db: Database, cycle: CycleInfo, pairs: Pairs, tmp_path: Path
) -> None:
    values = field_values(load_template("fr"))
    values[PRIMER] = "Quelle est votre plus grande question cette année ?"
    values["email_body"] = "Bonjour {name}, voici votre lettre de {program}."
    with db.write() as session:
        save_letterhead(session, cycle.program_id, _settings())
        save_template_version(session, cycle.program_id, "fr", values, "Questions")
    with db.write() as session:
        batch = generate_letters(session, cycle.id, None, per_letter_dir=tmp_path / "each")
    with db.write() as session:
        write_email_drafts(session, cycle.id, tmp_path / "drafts")
    assert batch.template_versions == {"en": "default", "fr": "fr-v1"}
    zoe = pdf_text(tmp_path / "each" / "2025-2026 - Lefèbvre, Zoé - mentee.pdf")
    alex = pdf_text(tmp_path / "each" / "2025-2026 - Smith, Alex - mentee.pdf")
    assert "Quelle est votre plus grande question cette année ?" in zoe
    assert "plus grande question" not in alex
    draft = _read(tmp_path / "drafts" / "2025-2026 - Lefèbvre, Zoé - mentee.eml")
    body = draft.get_body(preferencelist=("plain",))
    assert body is not None
    assert body.get_content().startswith(
        "Bonjour Zoé Lefèbvre, voici votre lettre de Programme de mentorat en pédiatrie."
    )


def test_long_french_letterhead_words_stay_above_the_rule_and_on_the_page() -> None:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from app.letters import fonts
    from app.letters.layout import (
        LETTERHEAD_HEIGHT,
        _heading_height,
        fit_footer,
        fit_heading,
    )

    fonts.register_fonts()
    name = "Programme de mentorat des résidents et étudiants en pédiatrie de l'Est du Québec"
    organisation = "Société canadienne de pédiatrie — Section de l'éducation médicale"
    size, lines, org = fit_heading(name, organisation, 200)
    assert _heading_height(size, len(lines), len(org)) <= LETTERHEAD_HEIGHT
    assert all(stringWidth(line, fonts.BOLD, size) <= 200 for line in lines)
    assert " ".join(lines).startswith("Programme de mentorat des résidents")
    assert fit_heading("Paediatrics Mentorship", "Canadian Paediatric Society", 250)[0] == 15
    footer = fit_footer([name, organisation, "mentorship@example.org"], 300)
    assert footer.startswith("Programme de mentorat") and "Société" not in footer
    assert stringWidth(footer, fonts.REGULAR, 7.5) <= 300 and footer.endswith("…")
