"""``loosen`` tests a fragment before each spelling rule (start-up speed); it must give
exactly what applying every rule gives, for every spelling of the catalogue."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from app.catalogue import normalise as N
from app.catalogue.model import Catalogue


def every_rule(word: str) -> str:
    if len(word) > 3 and not word.isdigit():
        if word.endswith("ies"):
            word = word[:-3] + "y"
        elif word.endswith(("s", "x")) and not word.endswith(("ss", "us", "is")):
            word = word[:-1]
        for _fragment, pattern, replacement in N._SPELLINGS:
            word = pattern.sub(replacement, word)
    return word


def catalogue_spellings() -> set[str]:
    """Every spelling of every value of the built-in catalogue."""
    catalogue = Catalogue.build(None)
    return {
        spelling
        for field in catalogue._fields.values()
        for value in field.values.values()
        for spelling in value.spellings()
    }


def test_the_fragments_change_no_loosened_spelling() -> None:
    words = {word for spelling in catalogue_spellings() for word in N.normalise(spelling).split()}
    words |= {"paediatrics", "oesophagus", "behaviour", "centre", "organisation",
              "specialise", "travelling", "pediatrique", "cardiologie", "foetus"}  # fmt: skip
    assert len(words) > 300
    assert {w: N._loose_word(w) for w in words} == {w: every_rule(w) for w in words}
    assert N.loosen("Paediatric centres") == "pediatric center"


def test_plain_ascii_answers_normalise_as_the_unicode_steps_do() -> None:
    spellings = catalogue_spellings()
    spellings |= {"", "  ", "ER", "Pre-med / MD-PhD", "O'Brien,  Jr.", "\t tab\x1b", "A\x00B"}
    ascii_ones = {s for s in spellings if s.isascii()}
    assert len(ascii_ones) > 200
    for text in ascii_ones:
        assert N.normalise(text) == N._normalise_unicode(text), text


@given(st.text(alphabet=st.characters(max_codepoint=127), max_size=40))
def test_any_ascii_text_normalises_as_the_unicode_steps_do(text: str) -> None:
    assert N.normalise(text) == N._normalise_unicode(text)


def test_an_answer_spelled_as_a_label_is_labelled_without_loosening_the_field() -> None:
    catalogue = Catalogue.build(None)
    value = catalogue.values("interests")[0]
    entry = catalogue._fields["interests"]
    assert catalogue.label("interests", value.en, "fr") == value.fr
    assert entry.indexed and not entry.loose_indexed
    # An answer that is no exact spelling still needs (and builds) the loose index.
    assert catalogue.lookup("interests", "not an answer of this catalogue") is None
    assert entry.loose_indexed
