"""Turning one cell of a sign-up form into a clean value, or a reason it cannot be used.

Forms are filled in by people, in English or French, so the parsers accept the spellings
people actually type ("Ont.", "Colombie-Britannique", "Oui", "2 mentees") and refuse only
what would be wrong to guess (an email or a phone number that cannot be reached).
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from app.roster.columns import normalise_header as fold
from app.roster.problems import problem

_CACHED_CHARS = 500
"""Answers up to this length are parsed once per distinct value (they repeat a lot)."""


class CellError(ValueError):
    """A cell that cannot be used; the message is shown to the coordinator."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


PROVINCES = {
    "Alberta": ("ab", "alta", "alb", "alberta"),
    "British Columbia": ("bc", "b c", "c b", "cb", "british columbia", "colombie britannique"),
    "Manitoba": ("mb", "man", "manitoba"),
    "New Brunswick": ("nb", "n b", "new brunswick", "nouveau brunswick"),
    "Newfoundland and Labrador": (
        "nl", "nfld", "n l", "t n l", "tnl", "newfoundland", "newfoundland and labrador",
        "newfoundland labrador", "terre neuve", "terre neuve et labrador",
    ),
    "Nova Scotia": ("ns", "n s", "n e", "nova scotia", "nouvelle ecosse"),
    "Ontario": ("on", "ont", "ontario"),
    "Prince Edward Island": (
        "pe", "pei", "p e i", "i p e", "ipe", "prince edward island",
        "ile du prince edouard",
    ),
    "Quebec": ("qc", "que", "pq", "p q", "quebec"),
    "Saskatchewan": ("sk", "sask", "saskatchewan"),
    "Northwest Territories": (
        "nt", "nwt", "n w t", "t n o", "tno", "northwest territories",
        "territoires du nord ouest",
    ),
    "Nunavut": ("nu", "nvt", "nunavut"),
    "Yukon": ("yt", "yk", "yn", "yukon"),
}  # fmt: skip
_PROVINCE_BY_KEY = {key: name for name, keys in PROVINCES.items() for key in keys}

LANGUAGES = {
    "English": ("english", "anglais", "en", "eng"),
    "French": ("french", "francais", "fr", "fra"),
    "Spanish": ("spanish", "espagnol", "espanol", "es"),
    "Arabic": ("arabic", "arabe"),
    "Mandarin": ("mandarin",),
    "Cantonese": ("cantonese", "cantonais"),
    "Chinese": ("chinese", "chinois"),
    "Punjabi": ("punjabi", "panjabi", "pendjabi"),
    "Hindi": ("hindi",),
    "Urdu": ("urdu", "ourdou"),
    "Tagalog": ("tagalog", "filipino"),
    "Vietnamese": ("vietnamese", "vietnamien"),
    "Portuguese": ("portuguese", "portugais"),
    "Italian": ("italian", "italien"),
    "German": ("german", "allemand"),
    "Persian": ("persian", "farsi", "persan"),
    "Korean": ("korean", "coreen"),
    "Japanese": ("japanese", "japonais"),
    "Russian": ("russian", "russe"),
    "Ukrainian": ("ukrainian", "ukrainien"),
    "Polish": ("polish", "polonais"),
    "Greek": ("greek", "grec"),
    "Tamil": ("tamil", "tamoul"),
    "Haitian Creole": ("haitian creole", "creole haitien", "creole", "kreyol"),
    "Hebrew": ("hebrew", "hebreu"),
    "Turkish": ("turkish", "turc"),
    "Somali": ("somali", "somalien"),
    "ASL": ("asl", "american sign language"),
    "LSQ": ("lsq", "langue des signes quebecoise"),
}
_LANGUAGE_BY_KEY = {key: name for name, keys in LANGUAGES.items() for key in keys}

_YES = ("yes", "y", "oui", "o", "true", "vrai", "1", "x", "ok", "sure", "d accord")
_NO = ("no", "n", "non", "false", "faux", "0", "nope")
_NUMBER_WORDS = {
    "zero": 0, "none": 0, "aucun": 0, "aucune": 0, "one": 1, "un": 1, "une": 1, "two": 2,
    "deux": 2, "three": 3, "trois": 3, "four": 4, "quatre": 4, "five": 5, "cinq": 5,
    "six": 6,
}  # fmt: skip
_NAME_PARTICLES = {"van", "von", "de", "da", "del", "della", "der", "di", "du", "des", "la",
                   "le", "st", "bin", "ibn", "al", "el"}  # fmt: skip
_ANYWHERE = ("anywhere", "partout", "n importe", "elsewhere", "ailleurs", "no preference",
             "aucune preference", "either", "peu importe", "across", "national", "country",
             "pays", "both", "les deux")  # fmt: skip
_LOCAL = ("local", "same city", "meme ville", "my city", "ma ville", "in person",
          "en personne", "nearby", "proche", "same school", "meme ecole", "near")  # fmt: skip
_HANDS_ON = ("hands on", "regular", "structured", "frequent", "encadre", "regulier",
             "structure", "engage", "actif", "active")  # fmt: skip
_LAID_BACK = ("laid back", "as questions arise", "relaxed", "flexible", "au besoin",
              "decontracte", "detendu", "informal", "informel", "as needed", "casual")  # fmt: skip
_NO_PREFERENCE = ("no preference", "aucune", "peu importe", "either", "any", "n a", "none",
                  "prefer not", "pas de preference", "indifferent", "no")  # fmt: skip
_GENDERS = {
    "woman": {"woman", "women", "female", "femme", "femmes", "f", "feminin", "girl", "fille"},
    "man": {"man", "men", "male", "homme", "hommes", "m", "masculin", "boy", "garcon"},
    "non_binary": {"nonbinary", "non binary", "non binaire", "nb", "enby", "genderqueer"},
}


def _has_phrase(folded: str, phrases: tuple[str, ...]) -> bool:
    padded = f" {folded} "
    return any(f" {phrase}" in padded for phrase in phrases)


def clean_email(value: str) -> str:
    """The normalised address; syntax and a real-looking domain, no network look-up.

    Plain ASCII local parts are checked here and the domain once per domain (a sign-up
    file has thousands of addresses at a handful of schools); anything else goes through
    the full validator, which puts the local part in NFC and the domain in lower-case
    Unicode (IDNA 2008: "XN--EXMPLE-CUA.ORG" becomes "exämple.org"). The address keeps
    the case it was typed in; ``email_key`` makes the key two addresses are compared by.
    """
    local, at, domain = value.strip().rpartition("@")
    if at and len(local) <= 64 and len(value) <= 254 and _PLAIN_LOCAL.fullmatch(local):
        return f"{local}@{_clean_domain(domain)}"
    return _validate(value)


def email_key(address: str) -> str:
    """The key that says two addresses are one person: stored as ``Person.email_key``.

    Every comparison of addresses goes through this function (sign-up import, contact
    import, the participant form, look-ups by email), so "Ana@Res.org" is "ana@res.org"
    everywhere. Letters are lowered one for one, never case-folded: folding turns "ß" into
    "ss" (and "ς" into "σ", "ﬁ" into "fi"), which would make STRASSE@ and straße@, two
    mailboxes, one person. A letter whose lower case is longer (only "İ") is kept as it
    is. NFC first, so an "é" typed as "e" plus an accent is the "é" of another form. The
    domain is already lower-case Unicode when the address went through ``clean_email``.
    For ASCII addresses (nearly all) this is ``str.lower``, the key stored so far.
    """
    text = address.strip()
    if text.isascii():
        return text.lower()
    return "".join(map(_lower_letter, unicodedata.normalize("NFC", text)))


def email_keys(addresses: Sequence[str]) -> list[str]:
    """``email_key`` of each address; a column of ASCII addresses is lowered in one go."""
    joined = "\n".join(addresses)
    if joined.isascii() and joined.count("\n") == len(addresses) - 1 and addresses:
        return [a.strip() for a in joined.lower().split("\n")]
    return list(map(email_key, addresses))


def _lower_letter(letter: str) -> str:
    lower = letter.lower()
    return lower if len(lower) == 1 else letter


_PLAIN_LOCAL = re.compile(r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*")
# The same test as clean_email's on a whole address: local part (≤ 64) "@" domain, ≤ 254.
_PLAIN_ADDRESS = re.compile(
    rf"(?=[^@]{{1,64}}@)(?=.{{1,254}}\Z)(?P<local>{_PLAIN_LOCAL.pattern})@(?P<domain>[^@]+)",
    re.S,
)


_PLAIN_LINE = rf"(?=[^@\n]{{1,64}}@){_PLAIN_LOCAL.pattern.replace('(', '(?:')}@[^@\n]+"
_PLAIN_COLUMN = re.compile(rf"(?:{_PLAIN_LINE}\n)*{_PLAIN_LINE}")
"""Addresses joined by line breaks, every one plain (as clean_email's first test)."""


def clean_emails(texts: Sequence[str]) -> list[str | CellError]:
    """``clean_email`` of each stripped address, or the CellError it would raise.

    The whole column is matched in one pass and each domain is checked once, so the
    thousands of distinct addresses of a sign-up file cost little more than reading them.
    """
    plain = _plain_column(texts)
    if plain is not None:
        return plain
    found = list(map(_PLAIN_ADDRESS.fullmatch, texts))
    domains = {m["domain"]: _checked(_clean_domain, m["domain"]) for m in found if m}
    cleaned: list[str | CellError] = []
    for text, match in zip(texts, found, strict=True):
        if match is None:
            cleaned.append(_checked(clean_email, text))
            continue
        domain = domains[match["domain"]]
        cleaned.append(domain if isinstance(domain, CellError) else f"{match['local']}@{domain}")
    return cleaned


def _plain_column(texts: Sequence[str]) -> list[str | CellError] | None:
    """The addresses as they are when every one is plain ASCII at an already-clean domain."""
    joined = "\n".join(texts)
    if not texts or joined.count("\n") != len(texts) - 1 or max(map(len, texts)) > 254:
        return None
    if not _PLAIN_COLUMN.fullmatch(joined):
        return None
    domains = set(re.findall(r"@([^\n]*)", joined))
    for domain in domains:
        if _checked(_clean_domain, domain) != domain:
            return None
    return list(texts)


def _checked(parse: Callable[[str], str], text: str) -> str | CellError:
    try:
        return parse(text)
    except CellError as exc:
        return exc


@functools.lru_cache(maxsize=4096)
def _clean_domain(domain: str) -> str:
    return _validate(f"x@{domain}").partition("@")[2]


def _validate(address: str) -> str:
    from email_validator import EmailNotValidError, validate_email

    try:
        return str(validate_email(address, check_deliverability=False).normalized)
    except EmailNotValidError as exc:
        raise CellError(problem("email_invalid", detail=str(exc))) from exc


# The spellings of a North American number that forms collect most often. They are
# formatted here exactly as phonenumbers would (a test compares both) because parsing every
# cell with the full library is the slowest part of a large import.
_NANP = re.compile(r"(?:\+?1[-. ]?)?(?:\(([2-9]\d\d)\)|([2-9]\d\d))[-. ]?(\d{3})[-. ]?(\d{4})")
_NANP_LINES = re.compile(rf"(?m)^{_NANP.pattern}$")
"""The same spellings, each a whole line of a column joined by line breaks."""


def clean_phone(value: str) -> str:
    """One spelling per number: "(416) 555-0123" in North America, "+33 1 23 45 67 89" else.

    The national form keeps exports free of a leading "+" (which Excel reads as a formula).
    """
    plain = _NANP.fullmatch(value.strip())
    return _clean_phone_fully(value) if plain is None else _national(plain)


def clean_phones(texts: Sequence[str]) -> list[str | CellError]:
    """``clean_phone`` of each stripped value, or the CellError it would raise."""
    joined = "\n".join(texts)
    if joined.count("\n") == len(texts) - 1:
        # The common case, every number in a North American spelling, in one pass: each
        # line matched whole is one number (the pattern holds no line break).
        numbers = _NANP_LINES.findall(joined)
        if len(numbers) == len(texts):
            return [f"({a or b}) {c}-{d}" for a, b, c, d in numbers]
    found = list(map(_NANP.fullmatch, texts))
    return [
        _checked(_clean_phone_fully, text) if plain is None else _national(plain)
        for text, plain in zip(texts, found, strict=True)
    ]


def _national(plain: re.Match[str]) -> str:
    area, area2, exchange, line = plain.groups()
    return f"({area or area2}) {exchange}-{line}"


def _clean_phone_fully(value: str) -> str:
    import phonenumbers

    try:
        number = phonenumbers.parse(value, "CA")
    except phonenumbers.NumberParseException as exc:
        raise CellError(problem("phone_invalid")) from exc
    if not phonenumbers.is_possible_number(number):
        raise CellError(problem("phone_incomplete"))
    style = phonenumbers.PhoneNumberFormat
    form = style.NATIONAL if number.country_code == 1 else style.INTERNATIONAL
    return str(phonenumbers.format_number(number, form))


def parse_capacity(value: str) -> int:
    """A whole number ≥ 0: "2", "2.0", "two", "2 mentees", "up to 3"."""
    folded = fold(value)
    if folded in _NUMBER_WORDS:
        return _NUMBER_WORDS[folded]
    if re.fullmatch(r"\d+(\.0+)?", value.strip()):
        return int(float(value))
    numbers = re.findall(r"-?\d+(?:[.,]\d+)?", value)
    if len(numbers) == 1 and re.fullmatch(r"\d+", numbers[0]):
        return int(numbers[0])
    raise CellError(problem("capacity_invalid"))


def parse_yes_no(value: str) -> bool:
    folded = fold(value)
    if folded in _YES or folded.startswith(("yes ", "oui ")):
        return True
    if folded in _NO or folded.startswith(("no ", "non ")):
        return False
    raise CellError(problem("yes_no"))


def split_multi(value: str, *, split_words: bool) -> list[str]:
    """The answers of a multi-choice cell, in order, without repeats.

    Google Forms joins checkbox answers with ", ", Microsoft Forms with ";". Languages are
    single words, so "English and French" and "English/French" split too; interests such as
    "Advocacy and outreach" must not, so ``split_words`` is off for them.
    """
    split = _split_multi if len(value) <= _CACHED_CHARS else _split_multi.__wrapped__
    return list(split(value, split_words))


_ANSWER_BREAKS = re.compile(r"[;\n\r]+")
_WORD_BREAKS = re.compile(r"/|&|\s+(?:and|et|or|ou)\s+|,")


@functools.lru_cache(maxsize=8192)
def _split_multi(value: str, split_words: bool) -> tuple[str, ...]:
    parts = _ANSWER_BREAKS.split(value)
    if len(parts) == 1:
        parts = value.split(",")
    if split_words:
        parts = [piece for part in parts for piece in _WORD_BREAKS.split(part)]
    answers = [" ".join(piece.split()).strip(" .-") for piece in parts]
    folded = list(map(str.casefold, answers))
    if "" not in answers and len(set(folded)) == len(folded):
        return tuple(answers)  # the usual case: distinct answers, none blank
    kept: dict[str, str] = {}
    for answer, key in zip(answers, folded, strict=True):
        if answer and key not in kept:
            kept[key] = answer
    return tuple(kept.values())


def split_answers(cells: Sequence[str]) -> list[list[str]]:
    """``split_multi(cell, split_words=False)`` of every cell of a column.

    Checkbox answers repeat across cells ("Research; Global health", "Research"), so each
    distinct piece is cleaned once for the whole column (``_Pieces``), and a cell whose
    pieces are distinct and none blank (nearly all) costs two look-ups a piece.
    """
    pieces = _Pieces()
    answer_of, folded_of = pieces.answer_of.__getitem__, pieces.__getitem__
    results: list[list[str]] = []
    for cell in cells:
        if "\n" in cell or "\r" in cell:
            parts = _ANSWER_BREAKS.split(cell)
        else:
            parts = cell.split(";") if ";" in cell else cell.split(",")
        keys = set(map(folded_of, parts))
        if len(keys) == len(parts) and "" not in keys:
            results.append(list(map(answer_of, parts)))
        else:  # blanks or repeats: keep each answer's first spelling
            first: dict[str, str] = {}
            for part in parts:
                answer, key = answer_of(part), folded_of(part)
                if answer and key not in first:
                    first[key] = answer
            results.append(list(first.values()))
    return results


class _Pieces(dict[str, str]):
    """Raw piece of a cell → its answer case-folded, cleaned the first time it is asked
    for; ``answer_of`` holds the answer itself."""

    def __init__(self) -> None:
        super().__init__()
        self.answer_of: dict[str, str] = {}

    def __missing__(self, part: str) -> str:
        answer = " ".join(part.split()).strip(" .-")
        self.answer_of[part] = answer
        self[part] = folded = answer.casefold()
        return folded


def normalise_languages(value: str) -> list[str]:
    """Canonical English names for the languages people type in either official language."""
    parse = _languages if len(value) <= _CACHED_CHARS else _languages.__wrapped__
    return list(parse(value))


@functools.lru_cache(maxsize=4096)
def _languages(value: str) -> tuple[str, ...]:
    # A sign-up file repeats a few dozen answers thousands of times: parse each once.
    names: list[str] = []
    for answer in split_multi(value, split_words=True):
        name = _LANGUAGE_BY_KEY.get(fold(answer), answer)
        if name not in names:
            names.append(name)
    return tuple(names)


def parse_preferred_language(value: str) -> str | None:
    """The letter language, en or fr; None when the answer is both or unclear."""
    languages = normalise_languages(value)
    if languages == ["French"]:
        return "fr"
    if languages == ["English"]:
        return "en"
    return None


_OFFICIAL_CODES = {"English": "en", "French": "fr"}
# How strongly each source of a reading language is known (app.db.models.LANGUAGE_SOURCES):
# an import replaces a stored language only with one known at least as well, and never
# one the coordinator chose.
_SOURCE_RANK = {"unknown": 0, "form": 1, "spoken": 2, "stated": 3, "coordinator": 4}


def reading_language(
    stated: str | None, spoken: Sequence[str] | None, form: str | None
) -> tuple[str, str] | None:
    """(language, how it was decided) for someone's letters and messages, or None.

    An explicit answer ("stated") wins; then the languages spoken when they name only one of
    English and French ("spoken"); for someone who speaks both or neither, the language of
    the form they filled ("form"), then the first of the two they listed ("spoken").
    ``spoken`` holds canonical names (``normalise_languages``); ``form`` is "en", "fr" or None.
    """
    if stated in ("en", "fr"):
        return stated, "stated"
    official: list[str] = []
    for name in spoken or ():
        code = _OFFICIAL_CODES.get(name)
        if code is not None and code not in official:
            official.append(code)
    if len(official) == 1:
        return official[0], "spoken"
    if form in ("en", "fr"):
        return form, "form"
    if official:
        return official[0], "spoken"
    return None


def language_change(new: Mapping[str, Any], stored: Mapping[str, Any]) -> dict[str, str]:
    """What an import may change of a known person's reading language (maybe nothing).

    ``new`` and ``stored`` hold ``preferred_language`` and ``language_source``. A language
    the file knows less well than the database (a guess from the form against a stated
    answer), or one the coordinator set, is left alone; the same language is not a change.
    """
    language = new.get("preferred_language")
    source = str(new.get("language_source") or "stated")
    if language is None or language == stored.get("preferred_language"):
        return {}
    if _SOURCE_RANK.get(source, 0) < _SOURCE_RANK.get(stored.get("language_source", ""), 0):
        return {}
    if stored.get("language_source") == "coordinator":
        return {}
    return {"preferred_language": str(language), "language_source": source}


def normalise_province(value: str) -> str:
    """The canonical English name of a province or territory; anything else as typed."""
    return _PROVINCE_BY_KEY.get(fold(value), value)


def parse_location(value: str) -> str | None:
    folded = fold(value)
    if _has_phrase(folded, _ANYWHERE):
        return "anywhere"
    if _has_phrase(folded, _LOCAL):
        return "local"
    return None


def parse_style(value: str) -> str | None:
    folded = fold(value)
    if _has_phrase(folded, _HANDS_ON):
        return "hands_on"
    if _has_phrase(folded, _LAID_BACK):
        return "laid_back"
    return None


def parse_gender(value: str) -> str:
    """One of woman, man, non_binary; the answer as typed; or "" for no preference."""
    folded = fold(value)
    if not folded or folded in _NO_PREFERENCE or folded.startswith(_NO_PREFERENCE[:6]):
        return ""
    for gender, words in _GENDERS.items():
        if folded in words or (set(folded.split()) & words and " " in folded):
            return gender
    return " ".join(value.split())


def split_full_name(value: str) -> tuple[str, str]:
    """(first, last): "Lefèbvre, Zoé", "Ludwig van Beethoven", a single name or one word."""
    if "," in value:
        last, _, first = value.partition(",")
        return " ".join(first.split()), " ".join(last.split())
    words = value.split()
    if len(words) < 2:
        return value.strip(), ""
    start = len(words) - 1
    while start > 1 and words[start - 1].casefold() in _NAME_PARTICLES:
        start -= 1
    return " ".join(words[:start]), " ".join(words[start:])
