"""Which participant field a spreadsheet column holds.

Sign-up exports come from Google Forms or Microsoft Forms, in English or French, with
headers that are whole questions ("How many mentees can you take?"). Headers are compared
after folding case, accents and punctuation, first against exact aliases, then against
ordered word-prefix rules, so a coordinator rarely has to map columns by hand.
"""

from __future__ import annotations

import functools
import re
import unicodedata

from app.errors import UnusableInputError
from app.roster.messages import sentence

FIELDS: dict[str, str] = {
    "first_name": "First name",
    "last_name": "Last name",
    "full_name": "Full name (split into first and last)",
    "preferred_name": "Preferred name",
    "pronouns": "Pronouns",
    "email": "Email",
    "phone": "Phone",
    "share_phone": "May share phone (yes/no)",
    "institution": "School / residency program",
    "stage": "Year of study / PGY",
    "city": "City",
    "province": "Province",
    "languages": "Languages spoken",
    "preferred_language": "Preferred language (English/French)",
    "interests": "Areas of interest",
    "location_preference": "Local or anywhere",
    "mentoring_style": "Mentoring style (hands-on/laid-back)",
    "gender_preference": "Gender preference for the match",
    "gender": "Own gender",
    "background": "Cultural background (sensitive)",
    "background_wish": "Mentor of a similar background wished (yes/no)",
    "capacity": "Capacity (mentees a mentor can take)",
    "preferred_mentors": "Preferred mentors (names or emails)",
    "requires_french": "Mentor must speak French (yes/no)",
    "requires_english": "Mentor must speak English (yes/no)",
    "requires_local": "Mentor must be local (yes/no)",
    "timestamp": "Timestamp (kept as a custom field)",
    "notes": "Notes",
}
"""Every field a column can map to, with the label the import wizard shows."""

MULTI_FIELDS = frozenset({"interests", "languages"})
"""Fields that several columns may feed: their answers are combined."""

CUSTOM = "custom"
"""Mapping target that keeps a column as a custom field even if it looks like a known one."""
IGNORE = "ignore"
"""Mapping target that drops a column entirely."""
TARGETS = frozenset(FIELDS) | {CUSTOM, IGNORE}

_EXACT: dict[str, str] = {
    "nom": "last_name",
    "name": "full_name",
    "nom complet": "full_name",
    "full name": "full_name",
    "nom et prenom": "full_name",
    "prenom et nom": "full_name",
    "your name": "full_name",
    "votre nom": "full_name",
    "horodateur": "timestamp",
    "horodatage": "timestamp",
    "start time": "timestamp",
    "completion time": "timestamp",
    "heure de debut": "timestamp",
    "heure de fin": "timestamp",
    "school": "institution",
    "ecole": "institution",
    "year": "stage",
    "annee": "stage",
    "niveau": "stage",
    "genre": "gender",
    "sexe": "gender",
    "background": "background",
    "origine": "background",
    "culture": "background",
    "import problem": IGNORE,  # added by "Export rejected rows", so a fixed file re-imports
}

# Ordered: the first rule with a matching pattern wins, so specific rules come first.
# A pattern is words joined by "+"; each word must start a word of the header.
# fmt: off
_RULES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("timestamp", ("timestamp", "horodat", "submitted at", "date de soumission")),
    # Free-text and "have you taken part before?" questions that mention words below.
    (CUSTOM, ("participat", "previous", "deja", "tell us", "parlez nous", "why", "pourquoi",
              "hope", "esper", "anything else", "autre chose")),
    ("preferred_mentors", ("like as your mentor", "like+as+mentor", "preferred mentor",
                           "aimeriez+comme mentor", "aimerais+comme mentor", "mentor souhaite",
                           "mentor prefere", "particular+mentor", "specific+mentor",
                           "mentor en particulier")),
    ("requires_french", ("must+french", "requir+french", "doit+francais", "exig+francais",
                         "obligatoire+francais")),
    ("requires_english", ("must+english", "requir+english", "doit+anglais", "exig+anglais",
                          "obligatoire+anglais")),
    ("requires_local", ("must+local", "requir+local", "need+local", "doit+local", "exig+local",
                        "must+same city", "doit+meme ville")),
    ("background_wish", ("similar+background", "same+background", "similar+cultur",
                         "background+matter", "background+important", "origine+semblable",
                         "origine+similaire", "meme+origine", "semblable+origine",
                         "similaire+origine", "origine+importan", "semblable+cultur")),
    ("share_phone", ("share+phone", "partag+telephone", "share+number", "partag+numero")),
    ("preferred_name", ("preferred name", "nom prefere", "prenom usuel", "nickname", "surnom")),
    ("preferred_language", ("preferred language", "langue prefere", "langue de corr",
                            "language of corr", "langue de comm", "language for")),
    ("gender_preference", ("gender+prefer", "genre+prefer", "gender+mentor", "genre+mentor",
                           "gender+match", "sexe+mentor")),
    ("gender", ("gender", "identite de genre", "sexe")),
    ("capacity", ("capacity", "capacite", "how many mentee", "how many student",
                  "number of mentee", "nombre de mentor", "nombre d etudiant", "combien",
                  "max mentee", "maximum number")),
    ("location_preference", ("local", "anywhere", "location pref", "partout", "n importe",
                             "proximite", "same city", "meme ville")),
    ("mentoring_style", ("mentoring style", "style", "hands on", "laid back",
                         "type d encadrement", "approche")),
    ("pronouns", ("pronoun", "pronom")),
    ("email", ("email", "e mail", "courriel", "mail", "adresse electronique")),
    ("phone", ("phone", "telephone", "cell", "mobile", "numero de tel")),
    ("first_name", ("first name", "given name", "prenom")),
    ("last_name", ("last name", "surname", "family name", "nom de famille")),
    ("full_name", ("full name", "nom complet", "name", "nom")),
    ("languages", ("language", "langue")),
    ("interests", ("interest", "interet", "domaine", "area", "specialt", "specialit")),
    ("institution", ("school", "university", "universite", "faculty", "faculte",
                     "residency program", "programme de residence", "training program",
                     "institution", "etablissement", "medical school", "ecole")),
    ("stage", ("year", "annee", "pgy", "stage", "level", "niveau")),
    ("city", ("city", "ville", "town", "municipalite")),
    ("province", ("province", "territor")),
    ("notes", ("note", "comment", "remarque")),
    # Late, so "Areas of interest (culture, arts)" stays an interest.
    ("background", ("cultural+background", "cultur", "ethnocultur", "origine+ethn",
                    "origine culturelle", "heritage")),
)
# fmt: on


def normalise_header(header: str) -> str:
    """Fold case, accents and punctuation: "Année d'études" → "annee d etudes"."""
    # Cell answers are folded too and repeat thousands of times; long text is rare and
    # would only fill the cache.
    return _fold(header) if len(header) <= 200 else _fold.__wrapped__(header)


_NOT_WORD = re.compile(r"[^0-9a-z]+")


@functools.lru_cache(maxsize=8192)
def _fold(header: str) -> str:
    if header.isascii():  # nothing to decompose: most cells, and every address
        plain = header.casefold()
    else:
        decomposed = unicodedata.normalize("NFKD", header)
        plain = "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
    return " ".join(_NOT_WORD.sub(" ", plain).split())


# Each rule's patterns as word prefixes (" word"), split once: the header search asks
# about every cell of the first rows, which are mostly not headers at all.
_RULE_WORDS = tuple(
    (field, tuple(tuple(f" {word}" for word in p.split("+")) for p in patterns))
    for field, patterns in _RULES
)
# A header can only match a rule if it holds at least one rule word: one search answers
# "none" for the typical data cell (a name, an address, "Montréal") without the rule loop.
_ANY_RULE_WORD = re.compile(
    "|".join(re.escape(word) for _, patterns in _RULE_WORDS for words in patterns for word in words)
)


@functools.lru_cache(maxsize=4096)  # the header search asks about the same cells often
def guess_field(header: str) -> str | None:
    """The field a header most likely holds, or None when it looks like nothing we know."""
    norm = normalise_header(header)
    if not norm:
        return None
    if norm in _EXACT:
        return _EXACT[norm]
    padded = f" {norm} "
    if _ANY_RULE_WORD.search(padded) is None:
        return None
    for field, patterns in _RULE_WORDS:
        for words in patterns:
            if all(word in padded for word in words):
                return None if field == CUSTOM else field
    return None


def auto_mapping(headers: list[str]) -> dict[str, str]:
    """Header → field for every recognised header; the first column claiming a field wins."""
    mapping: dict[str, str] = {}
    taken: set[str] = set()
    for header in headers:
        field = guess_field(header)
        if field is not None and field not in taken:
            mapping[header] = field
            taken.add(field)
    return _drop_full_name_if_split(mapping)


def _drop_full_name_if_split(mapping: dict[str, str]) -> dict[str, str]:
    """A "Name" column next to "First name" is not a full name to split: keep it as custom."""
    fields = set(mapping.values())
    if "full_name" in fields and "first_name" in fields:
        return {h: f for h, f in mapping.items() if f != "full_name"}
    return mapping


def check_mapping(mapping: dict[str, str], source: str) -> dict[str, str]:
    """A user mapping with every target checked, or UnusableInputError naming ``source``."""
    if not isinstance(mapping, dict):
        raise UnusableInputError(sentence("roster.mapping_not_object", source=source))
    checked: dict[str, str] = {}
    for header, field in mapping.items():
        if not isinstance(header, str) or not isinstance(field, str):
            raise UnusableInputError(sentence("roster.mapping_not_names", source=source))
        target = field.strip()
        if target not in TARGETS:
            known = ", ".join([*FIELDS, CUSTOM, IGNORE])
            raise UnusableInputError(
                sentence("roster.mapping_unknown_field", source=source, field=field, known=known)
            )
        checked[header] = target
    return checked


def resolve_mapping(headers: list[str], user: dict[str, str] | None) -> dict[str, str]:
    """Header → target for this file: the user's choices first, the automatic guess after.

    User keys match headers exactly or, failing that, after normalisation, so a mapping
    saved from last year's form still applies when only the capitalisation changed.
    """
    auto = auto_mapping(headers)
    if not user:
        return auto
    by_norm = {normalise_header(k): v for k, v in user.items()}
    chosen: dict[str, str] = {}
    for header in headers:
        if header in user:
            chosen[header] = user[header]
        elif normalise_header(header) in by_norm:
            chosen[header] = by_norm[normalise_header(header)]
    _refuse_double_fields(chosen)
    claimed = {f for f in chosen.values() if f in FIELDS}
    for header, field in auto.items():
        if header not in chosen and field not in claimed:
            chosen[header] = field
            claimed.add(field)
    return {h: chosen[h] for h in headers if h in chosen}


def _refuse_double_fields(chosen: dict[str, str]) -> None:
    """Two columns may feed a list (interests, languages); for anything else one would be lost."""
    seen: dict[str, str] = {}
    for header, field in chosen.items():
        if field in MULTI_FIELDS or field not in FIELDS:
            continue
        if field in seen:
            raise UnusableInputError(
                sentence(
                    "roster.mapping_double_field", first=seen[field], second=header, field=field
                )
            )
        seen[field] = header


# Words that tell a French form's questions from an English form's, folded like headers.
# Words both languages use ("province", "email", "notes") are in neither set.
# fmt: off
_FRENCH_WORDS = frozenset((
    "prenom", "nom", "courriel", "adresse", "electronique", "telephone", "cellulaire",
    "langue", "langues", "parlees", "parlez", "annee", "etudes", "ville", "ecole",
    "universite", "faculte", "programme", "residence", "domaine", "domaines", "interet",
    "interets", "capacite", "combien", "genre", "sexe", "pronom", "pronoms", "horodateur",
    "horodatage", "partager", "votre", "vos", "vous", "quel", "quelle", "quels", "quelles",
    "de", "du", "des", "le", "la", "les", "et", "ou", "avec", "pour", "preferee", "prefere",
    "encadrement", "approche", "niveau", "etablissement", "remarques", "commentaires",
    "souhaitez", "correspondance", "mentores", "accepter",
))
_ENGLISH_WORDS = frozenset((
    "first", "last", "name", "full", "given", "surname", "phone", "number", "language",
    "languages", "spoken", "speak", "year", "study", "city", "school", "university",
    "program", "residency", "area", "areas", "interest", "interests", "capacity", "many",
    "gender", "pronouns", "timestamp", "share", "your", "you", "what", "which", "the", "of",
    "and", "or", "with", "for", "preferred", "level", "institution", "comments", "how",
    "can", "take", "address", "mentees", "would", "like",
))
# fmt: on


def header_language(header: str) -> str | None:
    """ "fr" or "en" when a header's words are mostly of one language, else None."""
    words = normalise_header(header).split()
    french = sum(w in _FRENCH_WORDS for w in words)
    english = sum(w in _ENGLISH_WORDS for w in words)
    if french > english:
        return "fr"
    if english > french:
        return "en"
    return None


def form_language(headers: list[str]) -> str | None:
    """The language of the form a file was exported from: that of most of its headers.

    None when as many headers read as French as English (or none reads as either): a
    person's reading language is then not guessed from the form.
    """
    said = [header_language(h) for h in headers]
    french, english = said.count("fr"), said.count("en")
    if french > english:
        return "fr"
    if english > french:
        return "en"
    return None
