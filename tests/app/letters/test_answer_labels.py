"""Letters print answers stored as catalogue keys by their labels, in the letter's language."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from sqlalchemy import select

from app.catalogue import add_value, load_catalogue, rename_value, seed_catalogue
from app.db.engine import Database
from app.db.models import Topic
from app.letters import generate_letters
from app.letters.planning import _words, suggest_topics
from app.programs.service import CycleInfo
from tests.app.letters.conftest import add_match, letters_of
from tests.factories import add_people, mentee, mentor

HEALTH_TOPIC = ("Health equity and advocacy", "Équité en santé et défense des intérêts")
ABROAD_TOPIC = ("Global health electives abroad", "Stages en santé mondiale à l'étranger")


def _words_before_the_keys(
    interests_a: Sequence[str], interests_b: Sequence[str], topics: Sequence[Topic]
) -> tuple[str, ...]:
    """``suggest_topics`` as it was when interests were stored as typed (English letters)."""
    shared = {i.casefold().strip() for i in interests_a} & {
        i.casefold().strip() for i in interests_b
    }
    stems: set[str] = set()
    for interest in shared:
        stems |= _words(interest)
    chosen = [t for t in topics if stems & (_words(t.name) | _words(t.name_fr))][:5]
    return tuple(t.name for t in (chosen or list(topics[:4])))


def _topics(db: Database) -> list[Topic]:
    with db.write() as session:
        for name, name_fr in (HEALTH_TOPIC, ABROAD_TOPIC):
            session.add(Topic(name=name, name_fr=name_fr, category="Career path", active=True))
    with db.read() as session:
        found = list(session.scalars(select(Topic).where(Topic.active.is_(True))))
        session.expunge_all()
        return found


def test_a_pair_sharing_global_health_gets_the_topics_it_got_before_the_keys(
    db: Database,
) -> None:
    topics = _topics(db)
    before = _words_before_the_keys(["Global health"], ["global health"], topics)
    assert before == (HEALTH_TOPIC[0], ABROAD_TOPIC[0])
    # The key read as words would lose the topic that only says "health".
    assert _words_before_the_keys(["global_health"], ["global_health"], topics) != before

    assert suggest_topics(["global_health"], ["global_health"], topics, "en") == before
    # Whichever form each filled in, and answers stored before the catalogue: the same.
    for pair in (
        (["global_health"], ["Santé mondiale"]),
        (["Global health"], ["global_health"]),
        (["Santé mondiale"], ["santé mondiale"]),
    ):
        assert suggest_topics(*pair, topics, "en", seed_catalogue()) == before
    assert suggest_topics(["global_health"], ["Santé mondiale"], topics, "fr") == (
        HEALTH_TOPIC[1],
        ABROAD_TOPIC[1],
    )


def test_each_seed_interest_gets_the_same_topics_in_either_language(db: Database) -> None:
    topics = _topics(db)
    catalogue = seed_catalogue()
    for value in catalogue.values("interests"):
        keyed = suggest_topics([value.key], [value.key], topics, "en", catalogue)
        assert suggest_topics([value.en], [value.fr], topics, "en", catalogue) == keyed
        before = _words_before_the_keys([value.en], [value.en], topics)
        if before != tuple(t.name for t in topics[:4]):  # words matched some topics
            # Every topic of before; French names may add one ("jeunes" ~ "plus jeune").
            assert set(before) <= set(keyed), value.key


def test_french_english_mentions_match_words_in_their_own_language(db: Database) -> None:
    # "Conciliation travail-vie personnelle" must not suggest "Personal statements".
    topics = _topics(db)
    suggested = suggest_topics(["work_life_balance"], ["work_life_balance"], topics, "en")
    assert "Personal statements and interviews" not in suggested
    assert "Work–life balance and stress" in suggested


def test_a_french_letter_names_french_labels_and_topics(
    db: Database, cycle: CycleInfo, tmp_path: Path
) -> None:
    _topics(db)
    with db.write() as session:
        rename_value(
            session, cycle.program_id, "stage", "r3", "Third-year resident", "Résident de 3e année"
        )
        added = add_value(
            session, cycle.program_id, "interests", "Tropical medicine", "Médecine tropicale"
        )
    (marc,) = add_people(
        db,
        cycle,
        0,
        [
            mentor(
                "marc@example.org",
                "Marc",
                "Tremblay",
                city="Montréal",
                province="Quebec",
                stage="r3",
                interests=["global_health", added.key, "research"],
            )
        ],
    )
    zoe, jordan = add_people(
        db,
        cycle,
        1,
        [
            mentee(
                "zoe@example.org",
                "Zoé",
                "Lefèbvre",
                preferred_language="fr",
                stage="ms2",
                province="British Columbia",
                city="Vancouver",
                interests=["global_health", added.key],
            ),
            mentee("jordan@example.org", "Jordan", "Lee", interests=["Global health"]),
        ],
    )
    shared = {"key": "shared_interests", "params": {"interests": ["global_health"]}}
    add_match(db, cycle.id, marc, zoe, reasons=[shared])
    add_match(db, cycle.id, marc, jordan, reasons=[shared])
    out = tmp_path / "letters.pdf"
    with db.write() as session:
        generate_letters(session, cycle.id, out)

    letters = letters_of(out)
    (zoe_letter,) = [t for t in letters if "Zoé Lefèbvre" in t and "Dear" not in t]
    (marc_letter,) = [t for t in letters if "Dear Marc Tremblay" in t]
    assert "Santé mondiale" in zoe_letter  # the reason, in French
    assert "Résident de 3e année" in zoe_letter  # the program's own label of the stage
    assert "Montréal, Québec" in zoe_letter
    assert HEALTH_TOPIC[1] in zoe_letter and ABROAD_TOPIC[1] in zoe_letter
    for key in ("global_health", "r3", "tropical_medicine"):
        assert key not in zoe_letter
    # Marc reads English: his mentees' stage and province in English.
    assert "MS2 (medical school year 2)" in marc_letter
    assert "Vancouver, British Columbia" in marc_letter
    assert HEALTH_TOPIC[0] in marc_letter
    assert "ms2" not in marc_letter


def test_the_program_catalogue_is_the_one_letters_read(db: Database, cycle: CycleInfo) -> None:
    with db.write() as session:
        added = add_value(
            session, cycle.program_id, "interests", "Tropical medicine", "Médecine tropicale"
        )
        catalogue = load_catalogue(session, cycle.program_id)
    topics = [Topic(id=1, name="Tropical diseases", name_fr="Maladies tropicales")]
    assert suggest_topics([added.key], [added.key], topics, "fr", catalogue) == (
        "Maladies tropicales",
    )
