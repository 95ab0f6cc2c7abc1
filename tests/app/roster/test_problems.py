"""Import row problems are English sentences that can also be said in French."""

from __future__ import annotations

import json
import pickle
import string

import pytest

from app.roster import problems
from app.roster.problems import problem, render_problem
from app.roster.values import CellError, clean_phone, parse_yes_no


def test_a_problem_is_its_english_sentence_everywhere() -> None:
    made = problem("duplicate_email", row=4)
    assert made == "same email as row 4"
    assert json.dumps({"error": made}) == '{"error": "same email as row 4"}'
    assert f"Email: {made}" == "Email: same email as row 4"
    assert render_problem(made, "en") == "same email as row 4"
    assert render_problem(made, "fr") == "même adresse courriel qu'à la ligne 4"


def test_a_problem_stays_one_when_copied_to_another_process() -> None:
    copied = pickle.loads(pickle.dumps(problem("too_long", limit=200)))
    assert render_problem(copied, "fr") == "plus de 200 caractères"


def test_other_text_is_shown_as_it_is() -> None:
    assert render_problem("Something said before problems had keys", "fr") == (
        "Something said before problems had keys"
    )
    with pytest.raises(KeyError):
        problem("no_such_problem")


def test_parsers_raise_problems_that_french_can_say() -> None:
    with pytest.raises(CellError) as yes_no:
        parse_yes_no("perhaps")
    assert yes_no.value.message == "expected yes or no"
    assert render_problem(yes_no.value.message, "fr") == "réponse attendue\u00a0: oui ou non"
    with pytest.raises(CellError) as phone:
        clean_phone("12")
    assert render_problem(phone.value.message, "fr").startswith("numéro de téléphone incomplet")


@pytest.mark.parametrize("key", sorted(problems._TEMPLATES))
def test_each_french_template_asks_for_no_parameter_the_english_one_lacks(key: str) -> None:
    english, french = problems._TEMPLATES[key]

    def names(template: str) -> set[str]:
        return {name for _, name, _, _ in string.Formatter().parse(template) if name}

    assert names(french) <= names(english)
    assert french and french != english


def test_row_numbers_are_said_in_each_language() -> None:
    many = problem("topic_read_as", rows=list(range(2, 15)), column="Topics", typed="x", topic="Y")
    assert (
        many
        == "rows 2, 3, 4, 5, 6, 7, 8, 9, 10, 11 and 3 more, Topics: “x” was read as the topic “Y”."
    )
    two = problem("topic_kept_in_notes", rows=[3, 4], column="Sujets", typed="x")
    assert render_problem(two, "fr").startswith("lignes 3 et 4, Sujets\u00a0: «\u00a0x\u00a0»")
