"""Every registered sentence can be said in English and in French with the same parameters,
and stays one sentence when it is copied to another process."""

from __future__ import annotations

import importlib
import pickle
import pkgutil
import string
from pathlib import Path

import pytest

import app
from app.errors import BackupVerificationError
from app.sentences import NB, Sentence, render, sentence, templates


def _import_every_messages_module() -> None:
    for info in pkgutil.walk_packages(app.__path__, "app."):
        if info.name.rsplit(".", 1)[-1] in {"messages", "problems"}:
            importlib.import_module(info.name)


_import_every_messages_module()
ALL = templates()
OURS = sorted(k for k in ALL if k.split(".", 1)[0] in {"backup", "db", "files", "env", "lock"})


# Templates of other packages whose French, when this test was written, used other
# placeholders than their English (a French-formatted number such as ``size_fr``, or a detail
# left out); their owners decide. Any other template must use exactly the same ones.
# Sentences whose two languages take different parameters by design, with exactly which:
# (English only, French only). Any other sentence must use the same ones in both.
_OWN_PARAMETERS: dict[str, tuple[set[str], set[str]]] = {
    # The email library explains in English; the French says the address is not valid.
    "email_invalid": ({"detail"}, set()),
    # Sizes are written the French way (« 1,5 Mo ») by the caller.
    "letters.logo_too_large": ({"size"}, {"size_fr"}),
    # Text already said in each language by another mechanism (match reasons, lists).
    "letters.text": ({"en"}, {"fr"}),
    "matching.text": ({"en"}, {"fr"}),
    # Counts and roles agree in number and gender in French; the caller gives each form.
    "matching.limit_language": ({"verb", "people", "language"}, {"language_fr", "people_fr"}),
    "matching.limit_needed_elsewhere": ({"verb", "people"}, {"people_fr"}),
    "matching.limit_no_mentors": ({"verb", "people", "mentors"}, {"mentor_role", "people_fr"}),
    "matching.limit_places_taken": ({"verb", "people"}, {"people_fr"}),
    "matching.limit_ruled_out": ({"verb", "people"}, {"people_fr"}),
    "matching.limit_no_capacity": ({"verb", "people"}, {"people_fr"}),
    "matching.limit_priority_left": ({"verb", "people"}, {"people_fr"}),
}


def _parsed(text: str) -> list[tuple[str, str]]:
    return [(name, spec or "") for _l, name, spec, _c in string.Formatter().parse(text) if name]


def _fields(text: str) -> set[str]:
    return {name for name, _spec in _parsed(text)}


def _dummy(english: str, french: str) -> dict[str, object]:
    """A value for each placeholder: numbers where a format asks for one (``{n:,}``)."""
    values: dict[str, object] = {}
    for name, spec in _parsed(english) + _parsed(french):
        if name == "rows":
            values[name] = [3, 4]
        elif spec or isinstance(values.get(name), int):
            values[name] = 1234
        else:
            values.setdefault(name, f"<{name}>")
    return values


def test_the_packages_of_this_part_registered_their_sentences() -> None:
    for prefix in ("backup.", "db.", "files.", "env.", "lock."):
        assert any(key.startswith(prefix) for key in ALL), prefix


@pytest.mark.parametrize("key", sorted(ALL))
def test_french_uses_the_same_placeholders_as_english(key: str) -> None:
    english, french = ALL[key]
    english_only = _fields(english) - _fields(french)
    french_only = _fields(french) - _fields(english)
    assert (english_only, french_only) == _OWN_PARAMETERS.get(key, (set(), set()))


@pytest.mark.parametrize("key", sorted(ALL))
def test_every_sentence_renders_in_both_languages(key: str) -> None:
    made = sentence(key, **_dummy(*ALL[key]))
    assert render(made, "en") == str.__str__(made)
    french = render(made, "fr")
    assert french and "{" not in french.replace("{{", "")
    assert pickle.loads(pickle.dumps(made)).key == key


@pytest.mark.parametrize("key", OURS)
def test_french_typography(key: str) -> None:
    """« » and a colon take a no-break space in French; English quotes stay out."""
    french = ALL[key][1]
    assert "« " not in french and " »" not in french and " :" not in french
    assert "“" not in french and "”" not in french
    assert french.count("«") == french.count(f"«{NB}")


def test_a_refusal_pickled_with_its_error_keeps_its_key_and_parts() -> None:
    inner = sentence("backup.cut_short", label="x.db")
    error = BackupVerificationError(sentence("backup.no_backup_made", reason_clause=inner))
    copy = pickle.loads(pickle.dumps(error))
    assert isinstance(copy.message, Sentence) and copy.message.key == "backup.no_backup_made"
    assert (
        copy.message == "x.db is incomplete or damaged (the file is cut short); no backup was made."
    )
    assert render(copy.message, "fr") == (
        "x.db est incomplet ou endommagé (le fichier est tronqué); aucune sauvegarde n'a été faite."
    )


def test_a_refused_destination_is_said_wholly_in_french(tmp_path: Path) -> None:
    from app.errors import MentorDeskError
    from app.safe_files import check_folder

    blocker = tmp_path / "notes.txt"
    blocker.write_text("not a folder", encoding="utf-8")
    with pytest.raises(MentorDeskError) as caught:
        check_folder(blocker, "the backup")
    message = caught.value.message
    assert message == f"“{blocker}” is a file, not a folder; choose a folder for the backup."
    assert render(message, "fr") == (
        f"«{NB}{blocker}{NB}» est un fichier, pas un dossier; "
        "choisissez un dossier pour la sauvegarde."
    )


def test_a_changed_schema_is_said_in_french_down_to_its_detail() -> None:
    detail = sentence("db.schema.extra_trigger", name="wipe")
    message = sentence(
        "db.changed", name="m.db", problem=detail, refusal=sentence("db.refusal_open")
    )
    assert message == (
        "m.db was changed outside MentorDesk (it has a trigger named “wipe” that MentorDesk "
        "never creates), so MentorDesk did not open it and left it unchanged."
    )
    assert render(message, "fr") == (
        f"m.db a été modifié en dehors de MentorDesk (il a un déclencheur nommé «{NB}wipe{NB}» "
        "que MentorDesk ne crée jamais); MentorDesk ne l'a donc pas ouvert et l'a laissé tel quel."
    )
