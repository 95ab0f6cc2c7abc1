"""Rendering plain LetterContent (no database): golden sentences, escaping, templates."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import pytest

from app.db.models import Topic
from app.letters import (
    LetterContent,
    Letterhead,
    PartnerDetails,
    load_template,
    render_letters,
)
from app.letters.files import safe_file_name
from app.letters.fonts import missing_glyphs
from app.letters.planning import suggest_topics
from app.letters.templates import fill
from tests.app.letters.conftest import letters_of, pdf_text

HEAD = Letterhead(
    program="Paediatrics Mentorship",
    organisation="O'Brien & <Co> Society",
    contact_name="Dr Ada Lovelace",
    contact_email="mentorship@example.org",
)
MENTOR = PartnerDetails(
    name="Siobhán Ní Bhriain",
    pronouns="she/her",
    email="siobhan@example.org",
    institution="McGill University",
    stage="PGY-3",
    city="Montréal",
    reasons=("Both interested in research", "<b>not bold</b> & friends"),
    topics=("Research in the specialty",),
)


def _letter(language: str, kind: str = "mentee", **fields: object) -> LetterContent:
    values: dict[str, object] = {
        "kind": kind,
        "language": language,
        "recipient_name": "Zoé Lefèbvre",
        "partners": (MENTOR,),
        "letterhead": HEAD,
        "cycle_label": "2025-2026",
        "date": dt.date(2026, 11, 22),
        "first_contact_days": 14,
        "cadence_days": 60,
        "cycle_starts": dt.date(2025, 10, 1),
        "cycle_ends": dt.date(2026, 6, 15),
        **fields,
    }
    return LetterContent(**values)  # type: ignore[arg-type]


def test_golden_english_mentee_letter(tmp_path: Path) -> None:
    out = tmp_path / "en.pdf"
    assert render_letters([_letter("en")], out) == 1
    text = pdf_text(out)
    for sentence in (
        "22 November 2026",
        "Your mentor for 2025-2026",
        "Dear Zoé Lefèbvre,",
        "Siobhán Ní Bhriain (she/her)",
        "Email siobhan@example.org",
        "Why you were matched",
        "• <b>not bold</b> & friends",
        "Please write to your mentor within 14 days of receiving this letter",
        "We ask that you stay in touch at least every 60 days",
        "This cycle runs from 1 October 2025 to 15 June 2026.",
        "Before your first meeting",
        "What do you hope to take away from this mentorship?",
        "O'Brien & <Co> Society",
        "please contact Dr Ada Lovelace (mentorship@example.org).",
    ):
        assert sentence in text, sentence


def test_golden_french_mentee_letter(tmp_path: Path) -> None:
    out = tmp_path / "fr.pdf"
    render_letters([_letter("fr")], out)
    text = pdf_text(out)
    for sentence in (
        "22 novembre 2026",
        "Votre mentor pour 2025-2026",
        "Bonjour Zoé Lefèbvre,",
        "Courriel siobhan@example.org",
        "Pourquoi ce jumelage",
        "Veuillez écrire à votre mentor dans les 14 jours suivant la réception de cette lettre",
        "au moins tous les 60 jours",
        "Ce cycle se déroule du 1er octobre 2025 au 15 juin 2026.",
        "Avant votre première rencontre",
        "Qu'espérez-vous retirer de ce mentorat ?",
    ):
        assert sentence in text, sentence
    assert "Dear" not in text and "Your mentor" not in text


def test_mentor_letter_lists_every_mentee_and_asks_to_follow_up() -> None:
    second = PartnerDetails(name="Alex Smith", email="alex@example.org")
    buffer = io.BytesIO()
    render_letters([_letter("en", kind="mentor", partners=(MENTOR, second))], buffer)
    text = _text_of(buffer)
    assert "Your mentees for 2025-2026" in text
    assert "Siobhán Ní Bhriain" in text and "Alex Smith" in text
    assert "We have asked each of your mentees to write to you within 14 days" in text
    assert "Before your first meeting" not in text  # the primer is for mentees


def test_each_letter_starts_a_new_page_and_pads_to_even(tmp_path: Path) -> None:
    out = tmp_path / "two.pdf"
    pages = render_letters([_letter("en"), _letter("fr")], out, pad_to_even=True)
    assert pages == 4  # each one-page letter gets a blank back
    assert len(letters_of(out)) == 2
    assert render_letters([_letter("en"), _letter("fr")], tmp_path / "plain.pdf") == 2


def test_cycle_without_dates_leaves_the_sentence_out(tmp_path: Path) -> None:
    out = tmp_path / "nodates.pdf"
    render_letters([_letter("en", cycle_starts=None, cycle_ends=None)], out)
    assert "This cycle" not in pdf_text(out)


def test_unknown_language_is_refused() -> None:
    with pytest.raises(ValueError):
        _letter("de")


def test_template_override_changes_words_and_version(tmp_path: Path) -> None:
    shipped = load_template("en")
    edited = load_template("en", {"text": {"greeting": "Hello {name} & welcome,"}})
    assert shipped.version == "default" and edited.version == "en-custom"
    assert load_template("en", {}, version="en-v4").version == "en-v4"
    out = tmp_path / "edited.pdf"
    render_letters([_letter("en")], out, templates={"en": edited})
    assert "Hello Zoé Lefèbvre & welcome," in pdf_text(out)


def test_fill_leaves_unknown_placeholders_and_lone_braces() -> None:
    assert fill("{a} {b} {", {"a": 1}) == "1 {b} {"


def test_safe_file_names() -> None:
    assert safe_file_name("2025-2026 - Lefèbvre, Zoé - mentee") == (
        "2025-2026 - Lefèbvre, Zoé - mentee.pdf"
    )
    assert safe_file_name('a/b\\c:d*e?f"g<h>i|j\x00k') == "abcdefghijk.pdf"
    assert safe_file_name(" .. ") == "letter.pdf"
    assert safe_file_name("CON") == "_CON.pdf"
    assert len(safe_file_name("x" * 400)) == 154


def test_missing_glyphs() -> None:
    assert missing_glyphs("Zoé Lefèbvre Siobhán Ωmega") == ""
    assert missing_glyphs("王伟 Smith") == "王伟"


def test_topics_follow_shared_interests() -> None:
    topics = [
        Topic(id=1, name="Mentor's path into the specialty", name_fr="Parcours du mentor"),
        Topic(id=2, name="Research in the specialty", name_fr="La recherche"),
        Topic(id=3, name="Advocacy and community outreach", name_fr="Défense des intérêts"),
        Topic(id=4, name="Finances and debt", name_fr="Finances"),
    ]
    no_shared = suggest_topics(["Research"], ["Researcher", "Advocacy"], topics, "en")
    assert no_shared == tuple(t.name for t in topics)  # nothing shared: the first few
    shared = suggest_topics(["Research", "Advocacy"], ["research"], topics, "en")
    assert shared == ("Research in the specialty",)
    assert suggest_topics(["Research"], ["research"], topics, "fr") == ("La recherche",)
    many = [Topic(id=i, name=f"Topic {i}", name_fr="") for i in range(10)]
    assert len(suggest_topics([], [], many, "fr")) == 4
    assert suggest_topics([], [], many, "fr")[0] == "Topic 0"  # no French name: English


def _text_of(buffer: io.BytesIO) -> str:
    import unicodedata

    from pypdf import PdfReader

    buffer.seek(0)
    text = " ".join(page.extract_text() or "" for page in PdfReader(buffer).pages)
    return " ".join(unicodedata.normalize("NFC", text).split())


def test_template_words_and_values_are_printed_literally(tmp_path: Path) -> None:
    edited = load_template(
        "en",
        {"text": {"greeting": "Hello <b>{name}</b> & <img src='x'> {organisation},"}},
        version="en-v2",
    )
    out = tmp_path / "markup.pdf"
    letter = _letter("en", recipient_name="{program} & <i>Zoé</i>")
    render_letters([letter], out, templates={"en": edited})
    text = pdf_text(out)
    # a value is filled once: the braces in a name are not a placeholder
    assert "Hello <b>{program} & <i>Zoé</i></b> & <img src='x'> O'Brien & <Co> Society," in text


def test_every_sentence_can_use_the_common_placeholders(tmp_path: Path) -> None:
    edited = load_template(
        "fr", {"text": {"closing": "L'équipe de {program} ({organisation}), {coordinator}."}}
    )
    out = tmp_path / "common.pdf"
    render_letters([_letter("fr")], out, templates={"fr": edited})
    assert (
        "L'équipe de Paediatrics Mentorship (O'Brien & <Co> Society), Dr Ada Lovelace."
        in pdf_text(out)
    )


def test_golden_french_mentor_letter(tmp_path: Path) -> None:
    second = PartnerDetails(name="Alex Smith", email="alex@example.org")
    out = tmp_path / "fr-mentor.pdf"
    render_letters([_letter("fr", kind="mentor", partners=(MENTOR, second))], out)
    text = pdf_text(out)
    for sentence in (
        "Vos mentorés pour 2025-2026",
        "Bonjour Zoé Lefèbvre,",
        "Siobhán Ní Bhriain (she/her)",
        "Alex Smith",
        "Courriel alex@example.org",
        "Nous avons demandé à chacun de vos mentorés de vous écrire dans les 14 jours",
    ):
        assert sentence in text, sentence


def test_long_letters_break_across_pages_at_any_length() -> None:
    """Paragraphs pushed whole to the next page (no orphans or widows) are laid out again."""
    for count in range(2, 10):
        partners = tuple(
            PartnerDetails(
                name=f"Partner {i}",
                email=f"p{i}@example.org",
                institution="University Hospital",
                reasons=("Both interested in research and in a long list of things " * 3,) * 2,
                topics=("Research in the specialty",),
            )
            for i in range(count)
        )
        buffer = io.BytesIO()
        render_letters([_letter("en", kind="mentor", partners=partners)], buffer)
        text = _text_of(buffer)
        assert all(f"Partner {i}" in text for i in range(count)), count
