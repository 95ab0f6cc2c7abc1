"""Cultural background as a matching criterion: scoring, import, matching and letters."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from pypdf import PdfReader

from app.cli import main
from app.matching.criteria import background, score_pair
from app.matching.matrix import score_matrix
from app.matching.profile import MatchSettings, Profile
from app.programs.relations import RelationSettings, relation_match_settings

YOUTH = RelationSettings(
    "Student mentor", "Youth", criteria=("language", "background", "gender"), stored=True
)


def _person(pid: int, background: str = "", wish: str = "", **extra: object) -> Profile:
    prefs = {"background_wish": wish, **extra}
    return Profile.from_dict({"id": pid, "background": background, "preferences": prefs})


def test_similar_background_as_the_family_wished() -> None:
    mentor = _person(1, "Haitian; Québécois")
    youth = _person(2, "quebecois", wish="Yes, please")
    result = background(mentor, youth, MatchSettings())
    assert (result.score, result.notable) == (1.0, True)
    assert result.sentence == "Similar background, as the family wished"
    assert result.in_language("fr") == "Origine semblable, comme la famille le souhaitait"
    assert "quebec" not in result.sentence.casefold()


def test_a_similar_background_counts_when_the_family_did_not_say() -> None:
    result = background(_person(1, "Somali"), _person(2, "Somali Canadian"), MatchSettings())
    assert (result.score, result.sentence) == (1.0, "Similar background")


def test_different_backgrounds_score_nothing() -> None:
    result = background(_person(1, "Vietnamese"), _person(2, "Somali", "oui"), MatchSettings())
    assert (result.score, result.notable) == (0.0, False)


def test_unknown_background_is_neutral() -> None:
    for mentor, youth in (
        (_person(1), _person(2, "Somali", "yes")),
        (_person(1, "Somali"), _person(2, "Prefer not to say", "yes")),
    ):
        result = background(mentor, youth, MatchSettings())
        assert (result.score, result.notable) == (0.5, False)
        assert result.reason["key"] == "background_unknown"


def test_a_family_that_does_not_mind_scores_every_mentor_alike() -> None:
    youth = _person(2, "Somali", wish="Peu importe")
    assert youth.background_wish == "any"
    scores = {background(_person(1, b), youth, MatchSettings()).score for b in ("Somali", "Cree")}
    assert scores == {1.0}


def test_background_counts_only_for_a_relation_that_names_it() -> None:
    mentors = [_person(1, "Somali"), _person(3, "Cree")]
    youth = [_person(2, "Somali", "yes")]
    plain = MatchSettings()
    assert (
        score_pair(mentors[0], youth[0], plain).score
        == score_pair(mentors[1], youth[0], plain).score
    )  # a program that never asked: unchanged
    own = relation_match_settings(plain, YOUTH)
    good, other = (score_pair(m, youth[0], own) for m in mentors)
    assert good.score > other.score
    assert "Similar background, as the family wished" in good.reasons
    scores, _ = score_matrix(mentors, youth, own)  # the vectorised twin agrees
    assert list(scores[0]) == [good.score, other.score]


# -- through the command line: init, import, match, letters ----------------------------


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def _csv(path: Path, rows: list[list[str]]) -> Path:
    with path.open("w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows(rows)
    return path


@pytest.fixture
def cascading(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> Path:
    db = tmp_path / "kids.db"
    args = ("--db", str(db), "--program", "Kids", "--cycle", "2026", "--model", "cascading")
    assert run(capsys, "init", *args)[0] == 0
    students = _csv(
        tmp_path / "students.csv",
        [
            ["First name", "Last name", "Email", "Languages", "Cultural background"],
            ["Ana", "Lopez", "ana@x.org", "English", "Colombian"],
            ["Sam", "Noor", "sam@x.org", "English", "Somali"],
        ],
    )
    youth = _csv(
        tmp_path / "youth.csv",
        [
            ["Prénom", "Nom", "Courriel", "Langues", "Origine culturelle",
             "Souhaitez-vous un mentor d'une origine semblable?"],
            ["Ayan", "Ali", "ayan@x.org", "English", "Somalienne; Somali", "Oui"],
            ["Luz", "Diaz", "luz@x.org", "English", "Colombian", "Peu importe"],
        ],
    )  # fmt: skip
    for role, path in (("Student mentor", students), ("Youth", youth)):
        code, out, err = run(
            capsys, "import", "--db", str(db), "--cycle", "2026", "--role", role, str(path),
            "--json",
        )  # fmt: skip
        assert (code, err) == (0, ""), out
        assert json.loads(out)["rejected"] == []
    return db


def test_cascading_youth_are_matched_on_background(
    capsys: pytest.CaptureFixture[str], cascading: Path
) -> None:
    code, out, err = run(capsys, "match", "--db", str(cascading), "--cycle", "2026", "--json")
    assert (code, err) == (0, "")
    pairs = {m["mentee"]: m for m in json.loads(out)["matches"]}
    assert pairs["ayan@x.org"]["mentor"] == "sam@x.org"
    assert "Similar background, as the family wished" in pairs["ayan@x.org"]["reasons"]
    assert pairs["luz@x.org"]["mentor"] == "ana@x.org"
    assert not any("background" in r.casefold() for r in pairs["luz@x.org"]["reasons"])
    assert "Somali" not in out and "Colombian" not in out


def test_letters_never_print_the_background(
    capsys: pytest.CaptureFixture[str], cascading: Path, tmp_path: Path
) -> None:
    db = str(cascading)
    code, _, err = run(capsys, "match", "--db", db, "--cycle", "2026", "--apply", "--confirm")
    assert (code, err) == (0, "")
    pdf = tmp_path / "letters.pdf"
    for lang in ("en", "fr"):
        code, _, err = run(
            capsys, "letters", "--db", db, "--cycle", "2026", "--out", str(pdf), "--lang", lang
        )
        assert (code, err) == (0, "")
        text = " ".join(page.extract_text() for page in PdfReader(pdf).pages)
        assert "Ayan" in text and "Sam" in text  # the pair's letters are there
        folded = " ".join(text.split()).casefold()
        for word in ("somali", "colombian", "background", "origine semblable", "origine"):
            assert word not in folded, (lang, word)


@pytest.mark.parametrize(
    ("header", "field"),
    [
        ("Cultural background", "background"),
        ("Origine culturelle", "background"),
        ("Would you like a mentor of a similar background?", "background_wish"),
        ("Souhaitez-vous un mentor d'une origine semblable?", "background_wish"),
        ("Areas of interest (culture, arts)", "interests"),
    ],
)
def test_sign_up_columns_are_recognised(header: str, field: str) -> None:
    from app.roster.columns import guess_field

    assert guess_field(header) == field


def test_the_import_stores_the_background_and_the_wish(cascading: Path) -> None:
    import sqlite3

    with sqlite3.connect(cascading) as connection:
        rows = connection.execute(
            "SELECT p.email, t.custom_fields, t.preferences FROM participant t "
            "JOIN person p ON p.id = t.person_id WHERE t.role = 'Youth' ORDER BY p.email"
        ).fetchall()
    stored = {email: (json.loads(c or "{}"), json.loads(p or "{}")) for email, c, p in rows}
    assert stored["ayan@x.org"][0]["background"] == "Somalienne; Somali"
    assert stored["ayan@x.org"][1]["background_wish"] == "similar"
    assert stored["luz@x.org"][1]["background_wish"] == "any"
