"""Why a pair scores as it does, in English or French.

A reason is kept as a key and its parameters (``{"key": "shared_interests", "params":
{"interests": ["Research"]}}``) so a letter can say it in its reader's language. Matches
saved before reasons were structured hold plain English sentences: they are shown as they
are, in every language.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

Reason = dict[str, Any]
LANGUAGES = ("en", "fr")

# key → (English, French). Parameters are formatted per language by ``_format``.
_TEMPLATES: dict[str, tuple[str, str]] = {
    "no_interests": (
        "The mentee listed no interests",
        "La personne mentorée n'a indiqué aucun intérêt",
    ),
    "no_shared_interests": ("No shared interests", "Aucun intérêt commun"),
    "shared_interests": ("Both interested in {interests}", "Intérêts communs\u00a0: {interests}"),
    "location_ignored": ("Location not considered", "Lieu non pris en compte"),
    "same_city": ("Both in {place}", "Les deux sont à {place}"),
    "same_city_local": (
        "Both in {place}, as the mentee asked for a local mentor",
        "Les deux sont à {place}, comme la personne mentorée souhaitait un mentor local",
    ),
    "local_same_province": (
        "The mentee asked for a local mentor; the mentor is in the same province ({place})",
        "La personne mentorée souhaitait un mentor local; le mentor est dans la même "
        "province ({place})",
    ),
    "local_elsewhere": (
        "The mentee asked for a local mentor; the mentor is in another city",
        "La personne mentorée souhaitait un mentor local; le mentor est dans une autre ville",
    ),
    "mentor_local_same_city": (
        "The mentor asked for a local mentee; both in {place}",
        "Le mentor souhaitait un mentoré local; les deux sont à {place}",
    ),
    "mentor_local_same_province": (
        "The mentor asked for a local mentee; the mentee is in the same province ({place})",
        "Le mentor souhaitait un mentoré local; le mentoré est dans la même province ({place})",
    ),
    "mentor_local_elsewhere": (
        "The mentor asked for a local mentee; the mentee is in another city",
        "Le mentor souhaitait un mentoré local; le mentoré est dans une autre ville",
    ),
    "anywhere": (
        "The mentee welcomes a mentor from anywhere in the country",
        "La personne mentorée accepte un mentor de partout au pays",
    ),
    "same_province": ("Both in {place}", "Les deux sont dans la même province ({place})"),
    "different_cities": ("In different cities", "Dans des villes différentes"),
    "preferred_language": (
        "Both speak {language}, the mentee's preferred language",
        "Les deux parlent {language}, la langue préférée de la personne mentorée",
    ),
    "mentor_preferred_language": (
        "Both speak {language}, the mentor's preferred language",
        "Les deux parlent {language}, la langue préférée du mentor",
    ),
    "preferred_languages_both": (
        "Both speak {languages}, the preferred language of each",
        "Les deux parlent {languages}, la langue préférée de chacun",
    ),
    "named_mentor": (
        "Named by the mentee as a preferred mentor",
        "Nommé par le mentoré comme mentor souhaité",
    ),
    # A requirement one side made a hard rule: said when the pair meets it, and as the
    # rule that keeps matching from proposing a pair that does not.
    "required_by_mentee_language": (
        "Required by the mentee: a mentor who speaks {language}",
        "Exigé par le mentoré\u00a0: un mentor qui parle {language}",
    ),
    "required_by_mentor_language": (
        "Required by the mentor: a mentee who speaks {language}",
        "Exigé par le mentor\u00a0: un mentoré qui parle {language}",
    ),
    "required_by_mentee_location": (
        "Required by the mentee: a mentor in {place}",
        "Exigé par le mentoré\u00a0: un mentor à {place}",
    ),
    "required_by_mentor_location": (
        "Required by the mentor: a mentee in {place}",
        "Exigé par le mentor\u00a0: un mentoré à {place}",
    ),
    "required_by_mentee_gender": (
        "Required by the mentee: a mentor of the gender they asked for",
        "Exigé par le mentoré\u00a0: un mentor du genre demandé",
    ),
    "required_by_mentor_gender": (
        "Required by the mentor: a mentee of the gender they asked for",
        "Exigé par le mentor\u00a0: un mentoré du genre demandé",
    ),
    "required_by_mentee_style": (
        "Required by the mentee: a mentor who prefers a {style} relationship",
        "Exigé par le mentoré\u00a0: un mentor qui préfère {style}",
    ),
    "required_by_mentor_style": (
        "Required by the mentor: a mentee who prefers a {style} relationship",
        "Exigé par le mentor\u00a0: un mentoré qui préfère {style}",
    ),
    "shared_languages": ("Both speak {languages}", "Les deux parlent {languages}"),
    "no_language": ("No language in common", "Aucune langue en commun"),
    "language_unknown": (
        "Languages spoken not known for both",
        "Langues parlées inconnues pour l'un ou l'autre",
    ),
    "institution_ignored": ("Institution not considered", "Établissement non pris en compte"),
    "institution_unknown": (
        "Institution not known for both",
        "Établissement inconnu pour l'un ou l'autre",
    ),
    "same_institution": ("Both at {institution}", "Du même établissement ({institution})"),
    "different_institution_unwanted": (
        "At different institutions",
        "D'établissements différents",
    ),
    "same_institution_unwanted": (
        "Both at {institution} (the program prefers different ones)",
        "Du même établissement ({institution}), alors que le programme préfère des "
        "établissements différents",
    ),
    "different_institutions": (
        "From different institutions, widening the mentee's network",
        "D'établissements différents, ce qui élargit le réseau de la personne mentorée",
    ),
    "style_unknown": (
        "Mentoring style not stated by both",
        "Style de mentorat non précisé de part et d'autre",
    ),
    "same_style": ("Both prefer a {style} relationship", "Les deux préfèrent {style}"),
    "different_style": (
        "The mentee prefers a {mentee_style} relationship, the mentor a {mentor_style} one",
        "La personne mentorée préfère {mentee_style}, le mentor {mentor_style}",
    ),
    "no_gender_preference": (
        "No gender preference stated",
        "Aucune préférence de genre indiquée",
    ),
    "gender_unknown": (
        "The mentor's gender is not recorded",
        "Le genre du mentor n'est pas indiqué",
    ),
    "gender_match": (
        "The mentor's gender is the one the mentee asked for",
        "Le mentor est du genre demandé par la personne mentorée",
    ),
    "gender_mismatch": (
        "The mentor's gender is not the one the mentee asked for",
        "Le mentor n'est pas du genre demandé par la personne mentorée",
    ),
    # Cultural background is sensitive: these sentences never name it, and letters leave
    # them out (``without_sensitive``).
    "background_no_preference": (
        "The family does not mind the mentor's background",
        "La famille n'a pas de préférence quant à l'origine du mentor",
    ),
    "background_unknown": (
        "Cultural background not known for both",
        "Origine culturelle inconnue pour l'un ou l'autre",
    ),
    "background_different": ("Different backgrounds", "Origines différentes"),
    "background_similar": ("Similar background", "Origine semblable"),
    "background_similar_wished": (
        "Similar background, as the family wished",
        "Origine semblable, comme la famille le souhaitait",
    ),
    "continuity_ignored": (
        "Earlier cycles not considered",
        "Cycles précédents non pris en compte",
    ),
    "matched_before": (
        "Matched together in an earlier cycle",
        "Déjà jumelés lors d'un cycle précédent",
    ),
    "not_matched_before": ("Not matched together before", "Jamais jumelés auparavant"),
    "matched_before_unwanted": (
        "Matched together in an earlier cycle (the program prefers new pairs)",
        "Déjà jumelés lors d'un cycle précédent (le programme préfère de nouveaux jumelages)",
    ),
    "new_pair": ("A new pairing", "Un nouveau jumelage"),
    # Why matching will not propose a pair (the hard rules and the minimum score).
    "rule_mentor_withdrawn": (
        "The mentor has withdrawn from this cycle",
        "Le mentor s'est retiré de ce cycle",
    ),
    "rule_mentee_withdrawn": (
        "The mentee has withdrawn from this cycle",
        "Le mentoré s'est retiré de ce cycle",
    ),
    "rule_same_person": (
        "A person cannot mentor themselves",
        "Une personne ne peut pas être son propre mentor",
    ),
    "rule_never_pair": ("On the never-pair list", "Sur la liste des jumelages interdits"),
    "rule_never_pair_because": (
        "On the never-pair list: {ban}",
        "Sur la liste des jumelages interdits\u00a0: {ban}",
    ),
    "rule_required_language": (
        "The mentee requires a mentor who speaks {language}",
        "Le mentoré exige un mentor qui parle {language}",
    ),
    "rule_mentee_matched": ("The mentee already has a match", "Le mentoré a déjà un jumelage"),
    "rule_capacity": ("The mentor has no places left", "Le mentor n'a plus de place"),
    "rule_min_score": (
        "Under the program's minimum score",
        "Sous le score minimum du programme",
    ),
    "rule_score_under_minimum": (
        "Score {score} is under the program's minimum of {minimum}",
        "Le score {score} est sous le minimum du programme ({minimum})",
    ),
    "rule_roles": (
        "The mentor's role is not the rung just above the mentee's",
        "Le rôle du mentor n'est pas l'échelon juste au-dessus de celui du mentoré",
    ),
    "served_first_unmatched": (
        "Served first: the mentee was left unmatched last cycle",
        "Servi en priorité\u00a0: le mentoré était sans jumelage au dernier cycle",
    ),
}

_LANGUAGE_NAMES_FR = {
    "en": "anglais",
    "fr": "français",
    "es": "espagnol",
    "ar": "arabe",
    "zh": "chinois",
    "yue": "cantonais",
    "pa": "pendjabi",
    "hi": "hindi",
    "ur": "ourdou",
    "tl": "tagalog",
    "pt": "portugais",
    "de": "allemand",
    "it": "italien",
    "fa": "persan",
    "ru": "russe",
    "uk": "ukrainien",
    "vi": "vietnamien",
    "ko": "coréen",
    "ja": "japonais",
}
_STYLES_FR = {"hands_on": "un accompagnement soutenu", "laid_back": "un accompagnement souple"}


def reason(key: str, **params: Any) -> Reason:
    """A structured reason; ``key`` must be one of the known sentences."""
    if key not in _TEMPLATES:
        raise KeyError(key)
    return {"key": key, "params": params}


def render(item: object, lang: str = "en") -> str:
    """One reason as a sentence in ``lang`` ("en" or "fr"; anything else is English)."""
    if isinstance(item, str):
        return item  # saved before reasons were structured: English only
    if not isinstance(item, Mapping) or item.get("key") not in _TEMPLATES:
        return ""
    english, french = _TEMPLATES[str(item["key"])]
    french_wanted = lang.casefold().startswith("fr")
    template = french if french_wanted else english
    params = dict(item.get("params") or {})
    labels = params.pop("labels", None)
    values = {name: _format(name, value, french_wanted) for name, value in params.items()}
    if "interests" in params and isinstance(params["interests"], list):
        names = [interest_label(str(k), labels, french_wanted) for k in params["interests"]]
        values["interests"] = join_words(names, "fr" if french_wanted else "en")
    try:
        return template.format(**values)
    except (KeyError, IndexError):
        return english.format_map(_Blank(values))


def render_reasons(stored: Iterable[object] | None, lang: str = "en") -> list[str]:
    """Stored reasons (structured or old plain sentences) as sentences in ``lang``."""
    sentences = (render(item, lang) for item in stored or ())
    return [s for s in sentences if s]


_OLD_PREFERENCE = ", the mentee's preferred language"


def without_invented_preference(stored: Iterable[object] | None) -> list[object]:
    """Stored reasons with "the mentee's preferred language" said as "Both speak …".

    For matches whose mentee never stated a preferred language: reasons saved before the
    way a language was decided was recorded called a default or a guess a preference.
    """
    fixed: list[object] = []
    for item in stored or ():
        if isinstance(item, dict) and item.get("key") == "preferred_language":
            language = (item.get("params") or {}).get("language", "")
            item = reason("shared_languages", languages=[language])
        elif isinstance(item, str) and item.endswith(_OLD_PREFERENCE):
            item = item.removesuffix(_OLD_PREFERENCE)
        fixed.append(item)
    return fixed


# Reasons that reveal a sensitive answer (cultural background, a gender asked for): shown
# to the coordinator, never printed in a letter.
SENSITIVE_REASONS = frozenset(
    {
        "background_no_preference",
        "background_unknown",
        "background_different",
        "background_similar",
        "background_similar_wished",
        "gender_match",
        "required_by_mentee_gender",
        "required_by_mentor_gender",
    }
)


def without_sensitive(stored: Iterable[object] | None) -> list[object]:
    """Stored reasons fit for a letter: those revealing a sensitive answer left out."""
    return [
        item
        for item in stored or ()
        if not (isinstance(item, Mapping) and item.get("key") in SENSITIVE_REASONS)
    ]


class _Blank(dict[str, str]):
    def __missing__(self, key: str) -> str:
        return ""


def join_words(words: Sequence[str], lang: str = "en") -> str:
    """["a"] → "a"; ["a", "b", "c"] → "a, b and c" (or "a, b et c")."""
    words = list(words)
    if len(words) <= 1:
        return "".join(words)
    conjunction = " et " if lang.startswith("fr") else " and "
    return ", ".join(words[:-1]) + conjunction + words[-1]


def language_label(code: str, french: bool = False) -> str:
    from app.matching.profile import language_name

    if french:
        return _LANGUAGE_NAMES_FR.get(code, language_name(code))
    return language_name(code)


def interest_label(key: str, labels: object = None, french: bool = False) -> str:
    """An interest's label: from the reason's own labels (the program's catalogue when the
    pair was scored), else the seed catalogue; an answer outside it as given."""
    if isinstance(labels, Mapping):
        pair = labels.get(key)
        if isinstance(pair, list | tuple) and len(pair) == 2 and all(pair):
            return str(pair[1] if french else pair[0])
    from app.catalogue import seed_catalogue

    return seed_catalogue().label("interests", key, "fr" if french else "en")


def style_label(key: str, french: bool = False) -> str:
    if french:
        return _STYLES_FR.get(key, f"un style «\u00a0{key.replace('_', ' ')}\u00a0»")
    return key.replace("_", "-")


def _format(name: str, value: Any, french: bool) -> str:
    lang = "fr" if french else "en"
    if name == "interests":
        return join_words([str(v) for v in value], lang)
    if name == "languages":
        return join_words([language_label(str(v), french) for v in value], lang)
    if name == "language":
        return language_label(str(value), french)
    if name in ("style", "mentee_style", "mentor_style"):
        return style_label(str(value), french)
    if name in ("score", "minimum") and isinstance(value, int | float):
        shown = f"{value:.2f}"
        return shown.replace(".", ",") if french else shown
    return str(value)
