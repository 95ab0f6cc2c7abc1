"""What matching knows about a participant (Profile) and a program's matching settings.

Both are plain data, built from the database by ``loading`` or from plain dicts (the
benchmark and tests build thousands of profiles without a database). Free-text answers are
compared after folding (case, accents, spacing), so "Néonatologie" meets "neonatologie".
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from app.errors import UnusableInputError
from app.matching.background_answers import background_parts, background_wish
from app.matching.messages import sentence

CRITERIA = (
    "interests",
    "location",
    "language",
    "institution",
    "style",
    "gender",
    "background",
    "continuity",
)
# Criteria that count only for a relation naming them (``relations.relation_match_settings``):
# a program that never asked about cultural background scores exactly as before.
OPT_IN_CRITERIA = frozenset({"background"})
USUAL_CRITERIA = tuple(c for c in CRITERIA if c not in OPT_IN_CRITERIA)
BACKGROUND_WISHES = ("similar", "any")  # the family's wish; "" when it did not say
DEFAULT_WEIGHTS: dict[str, float] = {
    "interests": 3.0,
    "location": 2.0,
    "language": 2.0,
    "institution": 1.0,
    "style": 1.0,
    "gender": 2.0,
    "background": 2.0,
    "continuity": 1.0,
}
INSTITUTION_RULES = ("different", "same", "ignore")
CONTINUITY_RULES = ("keep", "avoid", "ignore")
LOCATION_RULES = ("mentee", "nearby", "ignore")
MODES = ("max_matches", "good_only")
MAX_CAPACITY = 20
# A mentor the mentee named outweighs the other criteria together (12 by default), so a
# named mentor who is allowed and has a place is preferred to any mentor not named.
DEFAULT_NAMED_WEIGHT = 20.0
# Criteria a form answer can make a hard rule for the person who gave it.
REQUIRABLE = ("language", "location", "gender", "style")
_REQUIREMENT_WORDS = {
    "language": ("language", "languages", "langue", "langues"),
    "location": ("location", "local", "city", "lieu", "ville", "locale", "proximite"),
    "gender": ("gender", "genre", "sexe"),
    "style": ("style", "mentoring style", "style de mentorat", "encadrement", "approche"),
}
_REQUIREMENT_BY_WORD = {w: key for key, words in _REQUIREMENT_WORDS.items() for w in words}

# Language code → English name, then other spellings seen in sign-up forms (folded).
_LANGUAGES = {
    "en": ("English", "eng", "anglais", "ingles"),
    "fr": ("French", "fra", "fre", "francais"),
    "es": ("Spanish", "spa", "espagnol", "espanol"),
    "ar": ("Arabic", "arabe"),
    "zh": ("Chinese", "chinois", "mandarin"),
    "yue": ("Cantonese", "cantonais"),
    "pa": ("Punjabi", "panjabi", "pendjabi"),
    "hi": ("Hindi",),
    "ur": ("Urdu", "ourdou"),
    "tl": ("Tagalog", "filipino"),
    "pt": ("Portuguese", "portugais"),
    "de": ("German", "allemand"),
    "it": ("Italian", "italien"),
    "fa": ("Persian", "farsi", "persan"),
    "ru": ("Russian", "russe"),
    "uk": ("Ukrainian", "ukrainien"),
    "vi": ("Vietnamese", "vietnamien"),
    "ko": ("Korean", "coreen"),
    "ja": ("Japanese", "japonais"),
}
LANGUAGE_NAMES = {code: names[0] for code, names in _LANGUAGES.items()}
_LANGUAGE_BY_NAME = {
    alias.casefold(): code for code, names in _LANGUAGES.items() for alias in (code, *names)
}

_GENDERS = {
    "woman": ("woman", "women", "female", "f", "w", "femme", "feminin"),
    "man": ("man", "men", "male", "m", "homme", "masculin"),
}
_GENDER_BY_NAME = {name: key for key, names in _GENDERS.items() for name in names}
_NO_PREFERENCE = frozenset(
    {
        "",
        "no preference",
        "none",
        "any",
        "either",
        "no",
        "not important",
        "aucune",
        "aucune preference",
        "sans preference",
        "peu importe",
        "n/a",
        "na",
    }
)
_SEPARATORS = re.compile(r"[\s_\-]+")


@functools.lru_cache(maxsize=8192)
def fold(text: str) -> str:
    """Case-, accent- and spacing-insensitive key of a free-text answer."""
    decomposed = unicodedata.normalize("NFKD", str(text))
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return _SEPARATORS.sub(" ", bare.casefold()).strip()


def language_code(name: str) -> str:
    """ "English", "anglais", "EN" → "en"; unknown languages keep their folded name."""
    key = fold(name)
    return _LANGUAGE_BY_NAME.get(key, key)


def language_name(code: str) -> str:
    return LANGUAGE_NAMES.get(code, code.title())


def gender_key(answer: str) -> str:
    """ "" when no preference was stated; "woman"/"man" for their common spellings."""
    key = fold(answer)
    if key in _NO_PREFERENCE:
        return ""
    return _GENDER_BY_NAME.get(key, key)


def style_key(answer: str) -> str:
    """ "Hands-on" → "hands_on", "laid back" → "laid_back"."""
    return fold(answer).replace(" ", "_")


def location_key(answer: str) -> str:
    key = fold(answer)
    if key in ("local", "same city", "nearby", "locale", "meme ville"):
        return "local"
    if key in ("anywhere", "anywhere in the country", "elsewhere", "any", "partout", "national"):
        return "anywhere"
    return ""


@dataclass(frozen=True)
class Profile:
    """One participant as matching sees it.

    ``capacity`` is the number of places a mentor still has open in the cycle (their
    capacity minus their live matches); ``matched`` says a mentee is already in a live match.
    ``past_partners`` holds the person ids this person was matched with in earlier cycles.
    Free-text fields are kept as entered (for sentences); matching compares folded keys.
    """

    id: int
    person_id: int
    email: str = ""
    name: str = ""
    interests: tuple[str, ...] = ()  # catalogue keys (an answer outside it: as given)
    city: str = ""
    province: str = ""
    languages: tuple[str, ...] = ()
    preferred_language: str = "en"
    institution: str = ""
    location: str = ""
    style: str = ""
    gender_wanted: str = ""
    own_gender: str = ""
    # Cultural background (folded parts, sensitive) and the family's wish about it.
    background: frozenset[str] = frozenset()
    background_wish: str = ""
    required_language: str = ""
    # Criteria this person made a hard rule ("language", "location", "gender", "style").
    requires: frozenset[str] = frozenset()
    # Person ids of the mentors a mentee named (recognised against the roster).
    named_mentors: frozenset[int] = frozenset()
    capacity: int = 1
    active: bool = True
    matched: bool = False
    past_partners: frozenset[int] = frozenset()
    # (key, English label, French label) of the interests the program's catalogue knows.
    interest_labels: tuple[tuple[str, str, str], ...] = ()

    @property
    def spoken(self) -> frozenset[str]:
        """Language codes the person speaks (their preferred language included)."""
        codes = {language_code(x) for x in self.languages if fold(x)}
        if fold(self.preferred_language):
            codes.add(language_code(self.preferred_language))
        return frozenset(codes)

    @property
    def interest_keys(self) -> dict[str, str]:
        """Folded interest → the spelling the person used (first one wins)."""
        keys: dict[str, str] = {}
        for interest in self.interests:
            key = fold(interest)
            if key and key not in keys:
                keys[key] = interest.strip()
        return keys

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Profile:
        """Build a profile from plain data shaped like the database rows.

        Keys: ``id``, ``person_id`` (defaults to ``id``), ``email``, ``name``, ``interests``,
        ``city``, ``province``, ``languages``, ``preferred_language``, ``institution``,
        ``preferences`` (``location``, ``style``, ``gender``, ``own_gender``,
        ``required_language``, ``required_location`` ("local"), ``requirements`` (criteria
        made hard rules: a list or "language; location"), ``background_wish`` (similar |
        any)), ``background`` (cultural background), ``named_mentors`` (person ids),
        ``capacity`` (places still open), ``status``
        (``withdrawn`` makes the profile inactive), ``matched``, ``past_partners``.
        """
        prefs: Mapping[str, Any] = data.get("preferences") or {}
        return cls(
            id=int(data["id"]),
            person_id=int(data.get("person_id", data["id"])),
            email=str(data.get("email", "")),
            name=str(data.get("name", "")),
            interests=interest_keys(_strings(data.get("interests"))),
            interest_labels=tuple(data.get("interest_labels") or ()),
            city=str(data.get("city") or ""),
            province=str(data.get("province") or ""),
            languages=_strings(data.get("languages")),
            preferred_language=str(data.get("preferred_language") or ""),
            institution=str(data.get("institution") or ""),
            location=location_key(str(prefs.get("location") or "")),
            style=style_key(str(prefs.get("style") or "")),
            gender_wanted=gender_key(str(prefs.get("gender") or "")),
            own_gender=gender_key(str(prefs.get("own_gender") or "")),
            background=background_parts(str(data.get("background") or "")),
            background_wish=background_wish(str(prefs.get("background_wish") or "")),
            required_language=language_code(str(prefs.get("required_language") or "")),
            requires=requirement_keys(prefs),
            named_mentors=frozenset(int(x) for x in data.get("named_mentors") or ()),
            capacity=max(0, int(data.get("capacity", 1))),
            active=str(data.get("status", "active")) != "withdrawn",
            matched=bool(data.get("matched", False)),
            past_partners=frozenset(int(x) for x in data.get("past_partners") or ()),
        )


def requirement_keys(prefs: Mapping[str, Any]) -> frozenset[str]:
    """The criteria a person's answers make hard rules for them."""
    found = {
        _REQUIREMENT_BY_WORD.get(fold(word), fold(word))
        for word in _strings(prefs.get("requirements"))
    }
    if fold(str(prefs.get("required_language") or "")):
        found.add("language")
    if location_key(str(prefs.get("required_location") or "")) == "local":
        found.add("location")
    return frozenset(found & set(REQUIRABLE))


def interest_keys(answers: Iterable[str]) -> tuple[str, ...]:
    """Interests as catalogue keys, so "Santé mondiale" and "Global health" are one.

    Imports store keys; answers stored before the catalogue existed are looked up here
    (in the seed catalogue; ``loading`` uses the program's own first).
    """
    from app.catalogue import seed_catalogue

    catalogue = seed_catalogue()
    return tuple(dict.fromkeys(catalogue.key_of("interests", a) for a in answers))


def _strings(value: object) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        value = [part for part in re.split(r"[;,]", value)]
    if not isinstance(value, Iterable):
        return ()
    return tuple(str(x).strip() for x in value if str(x).strip())


@dataclass(frozen=True)
class Ban:
    mentor_person: int
    mentee_person: int
    reason: str = ""


@dataclass(frozen=True)
class MatchSettings:
    """A program's matching settings (``Program.settings["matching"]``), validated.

    Keys, all optional: ``weights`` ({criterion: number ≥ 0}, merged over
    DEFAULT_WEIGHTS), ``institution_rule`` (different | same | ignore), ``continuity``
    (keep | avoid | ignore), ``location_rule`` (mentee: follow each mentee's stated
    preference; nearby: prefer a mentor close by when the mentee said nothing; ignore),
    ``min_score`` (0–1: weaker pairs are never proposed), ``mode`` (max_matches: match as
    many mentees as possible, then the best total score; good_only: the best total score
    alone), ``default_capacity`` (mentees per mentor when a sign-up does not say, 1–20),
    ``never_pair`` ([{mentor_person, mentee_person, reason}], person ids),
    ``named_mentor_weight`` (≥ 0: how much a mentor the mentee named counts; it is added
    to the other weights only for mentees who named a mentor the roster knows).
    """

    weights: Mapping[str, float] = field(default_factory=lambda: dict(DEFAULT_WEIGHTS))
    institution_rule: str = "different"
    continuity: str = "keep"
    location_rule: str = "mentee"
    min_score: float = 0.0
    mode: str = "max_matches"
    default_capacity: int = 1
    never_pair: tuple[Ban, ...] = ()
    named_weight: float = DEFAULT_NAMED_WEIGHT
    # The opt-in criteria a relation names (set by ``relation_match_settings``; not stored).
    opted_in: frozenset[str] = frozenset()

    def weight(self, criterion: str) -> float:
        """The weight that counts: 0 for a criterion the rules switch off."""
        if criterion in OPT_IN_CRITERIA and criterion not in self.opted_in:
            return 0.0
        if criterion == "institution" and self.institution_rule == "ignore":
            return 0.0
        if criterion == "continuity" and self.continuity == "ignore":
            return 0.0
        if criterion == "location" and self.location_rule == "ignore":
            return 0.0
        return float(self.weights.get(criterion, 0.0))

    def to_dict(self) -> dict[str, Any]:
        """The JSON stored in ``Program.settings["matching"]``."""
        return {
            "weights": {name: float(self.weights.get(name, 0.0)) for name in CRITERIA},
            "institution_rule": self.institution_rule,
            "continuity": self.continuity,
            "location_rule": self.location_rule,
            "min_score": self.min_score,
            "mode": self.mode,
            "default_capacity": self.default_capacity,
            "named_mentor_weight": self.named_weight,
            "never_pair": [
                {
                    "mentor_person": b.mentor_person,
                    "mentee_person": b.mentee_person,
                    "reason": b.reason,
                }
                for b in self.never_pair
            ],
        }

    @property
    def total_weight(self) -> float:
        return sum(self.weight(c) for c in CRITERIA)

    def ban_reason(self, mentor_person: int, mentee_person: int) -> str | None:
        for ban in self.never_pair:
            if (ban.mentor_person, ban.mentee_person) == (mentor_person, mentee_person):
                return ban.reason
        return None

    @classmethod
    def from_program(cls, settings: Mapping[str, Any] | None) -> MatchSettings:
        """Read ``settings["matching"]`` of a program (or the matching dict itself)."""
        raw: Mapping[str, Any] = dict(settings or {})
        if isinstance(raw.get("matching"), Mapping):
            raw = raw["matching"]
        weights = dict(DEFAULT_WEIGHTS)
        for name, value in dict(raw.get("weights") or {}).items():
            if name not in DEFAULT_WEIGHTS:
                continue  # seniority and future criteria: stored, not scored yet
            weights[name] = _weight(name, value)
        return cls(
            weights=weights,
            institution_rule=_choice(raw, "institution_rule", INSTITUTION_RULES),
            continuity=_choice(raw, "continuity", CONTINUITY_RULES),
            location_rule=_choice(raw, "location_rule", LOCATION_RULES),
            min_score=_min_score(raw.get("min_score", 0.0)),
            mode=_choice(raw, "mode", MODES),
            default_capacity=_capacity(raw.get("default_capacity", 1)),
            never_pair=tuple(_ban(item) for item in raw.get("never_pair") or ()),
            named_weight=_weight(
                "named mentor", raw.get("named_mentor_weight", DEFAULT_NAMED_WEIGHT)
            ),
        )


def _weight(name: str, value: object) -> float:
    try:
        weight = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        weight = -1.0
    if not weight >= 0:
        raise UnusableInputError(sentence("matching.bad_weight", name=name))
    return weight


def _choice(raw: Mapping[str, Any], key: str, allowed: tuple[str, ...]) -> str:
    value = str(raw.get(key) or allowed[0])
    if value not in allowed:
        raise UnusableInputError(
            sentence("matching.bad_choice", setting=key, choices=", ".join(allowed))
        )
    return value


def _min_score(value: object) -> float:
    try:
        score = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        score = -1.0
    if not 0.0 <= score <= 1.0:
        raise UnusableInputError(sentence("matching.bad_min_score"))
    return score


def _capacity(value: object) -> int:
    try:
        capacity = int(value)  # type: ignore[call-overload]
    except (TypeError, ValueError):
        capacity = 0
    if not 1 <= capacity <= MAX_CAPACITY:
        raise UnusableInputError(sentence("matching.bad_capacity", most=MAX_CAPACITY))
    return capacity


def _ban(item: object) -> Ban:
    if not isinstance(item, Mapping):
        raise UnusableInputError(sentence("matching.bad_ban"))
    try:
        return Ban(
            int(item["mentor_person"]), int(item["mentee_person"]), str(item.get("reason", ""))
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise UnusableInputError(sentence("matching.bad_ban")) from exc
