"""A mixed English/French intake: French answers are the same catalogue values as English.

Prints the share of pairs whose reasons cite a shared interest for French-form and
English-form mentors (the figure of issue #20); they must be alike.
"""

from __future__ import annotations

import csv
import json
import random
from pathlib import Path

from app.cli import main
from app.db.engine import Database
from app.db.models import Participant
from app.matching import criteria
from app.matching.loading import load_roster
from app.matching.reasons import render
from app.programs.service import CycleInfo
from app.roster.importer import import_roster

PAIRS = [
    ("Neonatology", "Néonatologie"),
    ("Cardiology", "Cardiologie"),
    ("Critical care", "Soins intensifs"),
    ("Emergency medicine", "Médecine d'urgence"),
    ("Adolescent medicine", "Médecine de l'adolescence"),
    ("Developmental pediatrics", "Pédiatrie du développement"),
    ("Community paediatrics", "Pédiatrie communautaire"),
    ("Global health", "Santé mondiale"),
    ("Research", "Recherche"),
    ("Advocacy", "Défense des intérêts"),
    ("Medical education", "Pédagogie médicale"),
    ("Infectious diseases", "Maladies infectieuses"),
    ("Oncology", "Oncologie"),
]


def _write(path: Path, rows: list[list[str]], encoding: str, delimiter: str) -> Path:
    with path.open("w", encoding=encoding, newline="") as f:
        csv.writer(f, delimiter=delimiter).writerows(rows)
    return path


def _intake(tmp_path: Path) -> tuple[Path, Path, Path]:
    rng = random.Random(20)
    choices = [rng.sample(range(len(PAIRS)), 3) for _ in range(60)]
    en_head = ["First name", "Last name", "Email", "Areas of interest", "Mentoring style"]
    fr_head = ["Prénom", "Nom de famille", "Adresse courriel", "Intérêts", "Style de mentorat"]
    en_mentors = [[f"En{i}", "Mentor", f"en{i}@x.ca", "; ".join(PAIRS[j][0] for j in c),
                   "Hands-on"] for i, c in enumerate(choices[:20])]  # fmt: skip
    fr_mentors = [[f"Fr{i}", "Mentor", f"fr{i}@x.ca", ", ".join(PAIRS[j][1] for j in c),
                   "Encadrement soutenu"] for i, c in enumerate(choices[:20])]  # fmt: skip
    mentees = [[f"Me{i}", "Mentee", f"me{i}@x.ca", "; ".join(PAIRS[j][0] for j in c),
                "Laid-back"] for i, c in enumerate(choices[40:])]  # fmt: skip
    return (
        _write(tmp_path / "en_mentors.csv", [en_head, *en_mentors], "utf-8", ","),
        _write(tmp_path / "fr_mentors.csv", [fr_head, *fr_mentors], "cp1252", ";"),
        _write(tmp_path / "mentees.csv", [en_head, *mentees], "utf-8", ","),
    )


def _import_all(db: Database, cycle: CycleInfo, tmp_path: Path) -> None:
    en, fr, mentees = _intake(tmp_path)
    mentor, mentee = cycle.role_ladder[0], cycle.role_ladder[1]
    with db.write() as session:
        import_roster(session, cycle.id, mentor, en)
        report = import_roster(session, cycle.id, mentor, fr)
        import_roster(session, cycle.id, mentee, mentees)
    assert report.encoding == "cp1252" and report.unmapped_answers == []


def test_french_and_english_forms_give_the_same_keys(
    db: Database, cycle: CycleInfo, tmp_path: Path
) -> None:
    _import_all(db, cycle, tmp_path)
    with db.read() as session:
        parts = {p.person.email: p for p in session.query(Participant)}
        en, fr = parts["en0@x.ca"], parts["fr0@x.ca"]  # the same three interests
        assert set(fr.interests) == set(en.interests) and len(en.interests) == 3
        assert all(k.islower() and " " not in k for k in en.interests)
        assert fr.preferences["style"] == en.preferences["style"] == "hands_on"


def test_shared_interest_share_is_alike_for_both_forms(
    db: Database, cycle: CycleInfo, tmp_path: Path
) -> None:
    _import_all(db, cycle, tmp_path)
    with db.read() as session:
        roster = load_roster(session, cycle.id)
    mentors = roster.by_role(cycle.role_ladder[0])
    mentees = roster.by_role(cycle.role_ladder[1])
    cited = {"en": [0, 0], "fr": [0, 0]}
    french_sentence = ""
    for mentor in mentors:
        form = "fr" if mentor.email.startswith("fr") else "en"
        for mentee in mentees:
            result = criteria.interests(mentor, mentee, roster.settings)
            cited[form][1] += 1
            if result.reason["key"] == "shared_interests":
                cited[form][0] += 1
                if form == "fr" and not french_sentence:
                    french_sentence = render(result.reason, "fr")
    share = {form: found / total for form, (found, total) in cited.items()}
    print(f"\nshared-interest pairs: French-form mentors {share['fr']:.1%}, "
          f"English-form mentors {share['en']:.1%}")  # fmt: skip
    assert share["fr"] > 0.3 and share["en"] > 0.3
    assert abs(share["fr"] - share["en"]) < 0.15
    names = {fr for _, fr in PAIRS}
    assert any(name in french_sentence for name in names), french_sentence


def test_unmapped_answers_are_kept_and_reported(
    db: Database, cycle: CycleInfo, tmp_path: Path, capsys: object
) -> None:
    path = _write(
        tmp_path / "odd.csv",
        [["First name", "Email", "Areas of interest"],
         ["Ada", "ada@x.ca", "Cardiolo; Basket weaving"],
         ["Bo", "bo@x.ca", "Basket weaving, Recherche"]],
        "utf-8", ",",
    )  # fmt: skip
    code = main(["import", "--db", str(db.path), "--cycle", cycle.label, "--role",
                 cycle.role_ladder[1], str(path), "--json"])  # fmt: skip
    out = json.loads(capsys.readouterr().out)  # type: ignore[attr-defined]
    assert code == 0
    found = {a["answer"]: a for a in out["unmapped_answers"]}
    assert found["Basket weaving"]["rows"] == [2, 3]
    assert found["Cardiolo"]["suggestions"][0] == "cardiology"
    with db.read() as session:
        parts = {p.person.email: p.interests for p in session.query(Participant)}
    assert parts["ada@x.ca"] == ["Cardiolo", "Basket weaving"]
    assert parts["bo@x.ca"] == ["Basket weaving", "research"]
