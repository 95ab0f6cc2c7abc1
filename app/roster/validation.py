"""Checking the data rows of a sign-up export and splitting them into person and participant.

Only columns that are mapped and non-blank produce values, so an update never erases what
the coordinator already knows because a later form left a question out. A row with any
error is rejected whole, and each error names the spreadsheet row and column.

The work goes column by column rather than row by row: a form repeats a few answers
thousands of times (schools, years, provinces, languages), so each distinct answer of a
column is parsed once and the results are spread over the rows by ``map``. A ten-thousand
row export is checked in a few hundredths of a second.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from app.roster import background_answers, values
from app.roster import requirement_answers as wishes
from app.roster.answer_keys import AnswerKeys
from app.roster.columns import IGNORE
from app.roster.problems import problem
from app.roster.values import CellError

MAX_LENGTHS = {
    "first_name": 200,
    "last_name": 200,
    "preferred_name": 200,
    "pronouns": 50,
    "email": 320,
    "city": 120,
    "province": 120,
    "institution": 200,
    "stage": 100,
}
"""The column sizes of the schema: a longer value is a sign of a shifted column."""


class _Missing:
    """What a row gives for a field it leaves blank (or gets wrong): nothing to store."""

    __slots__ = ()

    def __bool__(self) -> bool:
        return False

    def __repr__(self) -> str:
        return "MISSING"


MISSING: Any = _Missing()
Values = list[Any]
"""One value per row of a table, MISSING where the row gives none."""


@dataclass(frozen=True)
class Column:
    index: int
    header: str
    target: str


@dataclass
class CleanRow:
    """What one row says, split by where it is stored."""

    row: int
    email: str = ""
    email_key: str = ""  # the email folded: how a returning person is recognised
    person: dict[str, Any] = field(default_factory=dict)
    participant: dict[str, Any] = field(default_factory=dict)
    preferences: dict[str, Any] = field(default_factory=dict)
    custom: dict[str, str] = field(default_factory=dict)


@dataclass
class CleanTable:
    """What the rows of a file say, field by field (one list per field, one value per row)."""

    rows: list[int]  # the spreadsheet row numbers
    email: Values
    email_key: Values
    person: dict[str, Values] = field(default_factory=dict)
    participant: dict[str, Values] = field(default_factory=dict)
    preferences: dict[str, Values] = field(default_factory=dict)
    custom: dict[str, Values] = field(default_factory=dict)  # header → answer

    def __len__(self) -> int:
        return len(self.rows)

    def row(self, index: int) -> CleanRow:
        """The row at ``index`` (a position in this table) on its own."""

        def pick(store: dict[str, Values]) -> dict[str, Any]:
            found = ((k, v[index]) for k, v in store.items())
            return {k: list(v) if type(v) is list else v for k, v in found if v is not MISSING}

        return CleanRow(
            self.rows[index],
            self.email[index],
            self.email_key[index],
            pick(self.person),
            pick(self.participant),
            pick(self.preferences),
            pick(self.custom),
        )

    def take(self, indices: Sequence[int]) -> CleanTable:
        """The rows at ``indices``, in that order."""
        if len(indices) == len(self.rows):
            return self  # callers pass ascending, distinct positions

        def get(values: Values) -> Values:
            return [values[i] for i in indices]

        def each(store: dict[str, Values]) -> dict[str, Values]:
            return {k: get(v) for k, v in store.items()}

        return CleanTable(
            get(self.rows),
            get(self.email),
            get(self.email_key),
            each(self.person),
            each(self.participant),
            each(self.preferences),
            each(self.custom),
        )

    def names(self) -> list[str]:
        """Each row's name as people read it: preferred (or first) name and last name."""
        size = len(self.rows)
        preferred = self.person.get("preferred_name") or [MISSING] * size
        first = self.person.get("first_name") or [MISSING] * size
        last = self.person.get("last_name") or [MISSING] * size
        if "preferred_name" not in self.person and _all_text(first) and _all_text(last):
            return list(map(" ".join, zip(first, last, strict=True)))  # all have both names
        return [
            f"{p or f or ''} {s or ''}".strip()
            for p, f, s in zip(preferred, first, last, strict=True)
        ]


def _all_text(values: Values) -> bool:
    """Whether every value is a non-empty text (no MISSING, no "")."""
    return MISSING not in values and "" not in values


Problem = tuple[int, str, str]
"""(spreadsheet row, column header, message)"""


class _Work:
    """The field lists being filled and the problems found, while columns are checked."""

    def __init__(self, size: int) -> None:
        self.size = size
        self.email: Values = [MISSING] * size
        self.stores: dict[str, dict[str, Values]] = {
            "person": {},
            "participant": {},
            "preferences": {},
            "custom": {},
        }
        self.problems: dict[int, list[tuple[str, str]]] = {}

    def fail(self, index: int, header: str, message: str) -> None:
        self.problems.setdefault(index, []).append((header, message))

    def put(self, store: str, key: str, new: Values, how: str = "last") -> None:
        """Store ``new`` under ``key``; a second column for the same field merges ``how``."""
        fields = self.stores[store]
        old = fields.get(key)
        if old is None:
            fields[key] = new
        elif how == "last":
            fields[key] = [o if n is MISSING else n for o, n in zip(old, new, strict=True)]
        elif how == "default":
            fields[key] = [n if o is MISSING else o for o, n in zip(old, new, strict=True)]
        else:
            fields[key] = [_combine(o, n) for o, n in zip(old, new, strict=True)]

    def parsed(
        self, header: str, cells: Sequence[str], parse_all: ColumnParser, repeats: bool = True
    ) -> Values:
        """Every cell parsed; failures become problems.

        When answers ``repeats`` (most questions), each distinct answer is parsed once;
        columns where every row differs (emails, phones) are parsed straight through.
        """
        if repeats or "" in cells:
            distinct = set(cells)
            distinct.discard("")  # the reader strips cells: a blank one is ""
            answers = list(distinct)
            results = dict(zip(answers, parse_all(answers), strict=True))
            results[""] = MISSING
            out = list(map(results.__getitem__, cells))
            failed = CellError in map(type, results.values())
        else:
            out = parse_all(list(cells))
            failed = CellError in map(type, out)
        if failed:
            for index, result in enumerate(out):
                if isinstance(result, CellError):
                    self.fail(index, header, result.message)
                    out[index] = MISSING
        return out


ColumnParser = Callable[[list[str]], list[Any]]
"""Parses distinct non-blank answers: one result (or CellError) per answer."""


def _each(parse: Callable[[str], Any]) -> ColumnParser:
    """A column parser calling ``parse`` on each answer."""

    def parse_all(answers: list[str]) -> list[Any]:
        results: list[Any] = []
        for answer in answers:
            try:
                results.append(parse(answer))
            except CellError as exc:
                results.append(exc)
        return results

    return parse_all


def _combine(found: Any, more: Any) -> Any:
    """Answers of several columns mapped to one list field, without repeats."""
    if more is MISSING:
        return found
    if not found:
        return more
    seen = {a.casefold() for a in found}
    return found + [a for a in more if a.casefold() not in seen]


def _texts(name: str) -> ColumnParser:
    """Free text with runs of spaces made one, refused beyond the schema's column size."""
    limit = MAX_LENGTHS.get(name)

    def parse_all(answers: list[str]) -> list[Any]:
        texts: list[Any] = list(map(" ".join, map(str.split, answers)))
        if limit is not None and texts and max(map(len, texts)) > limit:
            error = CellError(problem("too_long", limit=limit))
            texts = [error if len(t) > limit else t for t in texts]
        return texts

    return parse_all


def _provinces(answers: list[str]) -> list[Any]:
    return _texts("province")(list(map(values.normalise_province, answers)))


def _emails(answers: list[str]) -> list[Any]:
    limit = MAX_LENGTHS["email"]
    if answers and max(map(len, answers)) > limit:
        error = CellError(problem("too_long", limit=limit))
        return [error if len(a) > limit else values.clean_emails([a])[0] for a in answers]
    return values.clean_emails(answers)


_SIMPLE: dict[str, tuple[str, ColumnParser]] = {
    "first_name": ("person", _texts("first_name")),
    "last_name": ("person", _texts("last_name")),
    "preferred_name": ("person", _texts("preferred_name")),
    "pronouns": ("person", _texts("pronouns")),
    "city": ("person", _texts("city")),
    "province": ("person", _provinces),
    "phone": ("person", values.clean_phones),
    "share_phone": ("person", _each(values.parse_yes_no)),
    "institution": ("participant", _texts("institution")),
    "stage": ("participant", _texts("stage")),
    "capacity": ("participant", _each(values.parse_capacity)),
    "notes": ("person", list),
}
"""Fields whose value depends on the cell alone."""

_CHOICES: dict[str, tuple[ColumnParser, str, str]] = {
    "preferred_language": (_each(values.parse_preferred_language), "person", "preferred_language"),
    "location_preference": (_each(values.parse_location), "preferences", "location"),
    "mentoring_style": (_each(values.parse_style), "preferences", "style"),
    "gender_preference": (_each(values.parse_gender), "preferences", "gender"),
    "gender": (_each(values.parse_gender), "preferences", "own_gender"),
    "preferred_mentors": (
        _each(wishes.parse_preferred_mentors),
        "preferences",
        "preferred_mentors",
    ),
    "requires_french": (_each(wishes.required("fr")), "preferences", "required_language"),
    "requires_english": (_each(wishes.required("en")), "preferences", "required_language"),
    "requires_local": (_each(wishes.required("local")), "preferences", "required_location"),
    "background": (_each(background_answers.parse_background), "custom", "background"),
    "background_wish": (
        _each(background_answers.parse_background_wish),
        "preferences",
        "background_wish",
    ),
}
"""Answers from a known set: (parser, store, key). The parser returns None for an answer
it does not know (kept as a custom field) and "" for "no preference" (nothing stored)."""

_languages = _each(values.normalise_languages)
_interests = values.split_answers
_INTERESTS: tuple[str, ColumnParser] = ("participant", _interests)
_KEYED_CHOICES = frozenset({"location_preference", "mentoring_style"})
"""Single-choice fields with a catalogue: an answer it knows is stored as its key."""


def _keyed(answers: AnswerKeys, field: str, parse: ColumnParser) -> ColumnParser:
    """``parse`` with the catalogue asked first; the old phrase reading as a fallback."""

    def parse_all(cells: list[str]) -> list[Any]:
        keys = [answers.choice(field, cell) for cell in cells]
        rest = [cell for cell, key in zip(cells, keys, strict=True) if key is None]
        parsed = iter(parse(rest))
        return [next(parsed) if key is None else key for key in keys]

    return parse_all


def _note_unknown(answers: AnswerKeys, field: str, cells: Sequence[str], kept: Any) -> None:
    """Note the answers kept as custom fields because neither reading knew them."""
    if not kept:
        return
    for index, answer in enumerate(kept):
        if answer is not MISSING and answer:
            answers.note(field, cells[index], index)


_full_names = _each(lambda answer: values.split_full_name(" ".join(answer.split())))


class TableCleaner:
    """Checks the rows of one table; the column work is worked out once, not per row."""

    def __init__(
        self,
        columns: list[Column],
        form_language: str | None = None,
        answers: AnswerKeys | None = None,
    ) -> None:
        """``form_language`` ("en", "fr" or None): the language of the form the file is
        an export of, which decides the reading language of people who speak both.
        ``answers``: stores choice answers as catalogue keys (none given: as typed)."""
        self._form_language = form_language
        self._answers = answers
        self._numbers: list[int] = []
        # Split names only fill in what first/last name columns left blank.
        ordered = sorted(columns, key=lambda c: c.target == "full_name")
        self._columns = [c for c in ordered if c.target != IGNORE]
        headers = {c.target: c.header for c in columns}
        self._email_header = headers.get("email", "")
        self._first_email_header = next((c.header for c in columns if c.target == "email"), "")
        self._name_header = headers.get("first_name") or headers.get("full_name", "")
        self._beyond: dict[int, tuple[int, str]] = {}
        self._header_width = 0

    def flag_beyond_header(self, beyond: dict[int, tuple[int, str]], header_width: int) -> None:
        """Reject rows with a value in these columns (kept index → file position, header):
        they have more values than the header has columns."""
        self._beyond, self._header_width = beyond, header_width

    def __call__(
        self, rows: Sequence[tuple[int, Sequence[str]]], tick: Callable[[], None] | None = None
    ) -> tuple[CleanTable, list[Problem]]:
        """The accepted rows, and every problem of the rejected ones in row order.

        ``tick`` is called before each column (for progress and cancelling). The second row
        with an email already accepted from the file is rejected.
        """
        numbers_and_cells = list(zip(*rows, strict=True)) if rows else [(), ()]
        numbers = list(numbers_and_cells[0])
        self._numbers = numbers
        work = _Work(len(rows))
        cells = list(zip(*numbers_and_cells[1], strict=True))
        for column in self._columns:
            if tick is not None:
                tick()
            if cells:
                self._check_column(work, column, cells[column.index])
        self._check_required(work)
        if cells:
            self._check_beyond(work, cells)
        _infer_letter_language(work, self._form_language)
        keys = _email_keys(work.email)
        self._check_duplicates(work, numbers, keys)
        stores = work.stores
        table = CleanTable(
            numbers,
            work.email,
            keys,
            stores["person"],
            stores["participant"],
            stores["preferences"],
            stores["custom"],
        )
        if not work.problems:
            return table, []
        problems = [
            (numbers[index], header, message)
            for index in sorted(work.problems)
            for header, message in work.problems[index]
        ]
        accepted = [i for i in range(len(numbers)) if i not in work.problems]
        return table.take(accepted), problems

    def _check_column(self, work: _Work, column: Column, cells: Sequence[str]) -> None:
        target, header = column.target, column.header
        if target in _SIMPLE:
            store, parse = _SIMPLE[target]
            parsed = work.parsed(header, cells, parse, repeats=target != "phone")
            if self._answers is not None and target in ("stage", "province"):
                parsed = self._answers.one(target, parsed, MISSING)
            work.put(store, target, parsed)
        elif target == "email":
            emails = work.parsed(header, cells, _emails, repeats=False)
            work.email = [o if n is MISSING else n for o, n in zip(work.email, emails, strict=True)]
        elif target == "full_name":
            names = work.parsed(header, cells, _full_names)
            first = [MISSING if n is MISSING else n[0] for n in names]
            last = [n[1] if n is not MISSING and n[1] else MISSING for n in names]
            work.put("person", "first_name", first, "default")
            work.put("person", "last_name", last, "default")
        elif target in ("languages", "interests"):
            store, parse = ("person", _languages) if target == "languages" else _INTERESTS
            parsed = work.parsed(header, cells, parse)
            if self._answers is not None:
                parsed = self._answers.many(target, parsed, MISSING)
            work.put(store, target, parsed, "combine")
        elif target in _CHOICES:
            parse, store, key = _CHOICES[target]
            if self._answers is not None and target in _KEYED_CHOICES:
                parse = _keyed(self._answers, target, parse)
            _check_choice(work, header, cells, parse, store, key)
            if self._answers is not None and target in _KEYED_CHOICES:
                _note_unknown(self._answers, target, cells, work.stores["custom"].get(header))
        else:  # CUSTOM and timestamp columns are kept as typed
            work.put("custom", header, work.parsed(header, cells, list))

    def _check_beyond(self, work: _Work, cells: list[tuple[str, ...]]) -> None:
        if not self._beyond:
            return  # the usual file: no column past the header's last name
        for index in range(work.size):
            extra = [(p, h) for k, (p, h) in self._beyond.items() if cells[k][index]]
            if extra:
                message = problem(
                    "ragged_row", values=max(p for p, _ in extra) + 1, columns=self._header_width
                )
                work.fail(index, extra[0][1], message)

    def unmapped_answers(self) -> dict[tuple[str, str], list[int]]:
        """(field, answer) → the spreadsheet rows of answers kept as given (last call)."""
        if self._answers is None:
            return {}
        numbers = self._numbers
        return {k: [numbers[i] for i in v] for k, v in self._answers.unmapped.items()}

    def _check_required(self, work: _Work) -> None:
        first = work.stores["person"].get("first_name") or [MISSING] * work.size
        missing_email = (
            [] if _all_text(work.email) else [i for i, e in enumerate(work.email) if not e]
        )
        missing_name = [] if _all_text(first) else [i for i, f in enumerate(first) if not f]
        for index, header, message in (
            *((i, self._email_header, problem("email_required")) for i in missing_email),
            *((i, self._name_header, problem("first_name_required")) for i in missing_name),
        ):
            said = work.problems.get(index, ())
            if not any(h == header for h, _ in said):
                work.fail(index, header, message)

    def _check_duplicates(self, work: _Work, numbers: list[int], keys: Values) -> None:
        if len(set(keys)) == len(keys):
            return
        first_seen: dict[str, int] = {}
        for index, key in enumerate(keys):
            if index in work.problems:
                continue
            if key in first_seen:
                message = problem("duplicate_email", row=first_seen[key])
                work.fail(index, self._first_email_header, message)
            else:
                first_seen[key] = numbers[index]


def _check_choice(
    work: _Work,
    header: str,
    cells: Sequence[str],
    parse: ColumnParser,
    store: str,
    key: str,
) -> None:
    answers = work.parsed(header, cells, parse)
    known = [MISSING if a is None or a == "" else a for a in answers]
    unknown = [c if a is None else MISSING for c, a in zip(cells, answers, strict=True)]
    work.put(store, key, known)
    if any(u is not MISSING for u in unknown):
        work.put("custom", header, unknown)


def _email_keys(emails: Values) -> Values:
    """How a returning person is recognised: ``values.email_key`` of the address."""
    if MISSING not in emails:
        return values.email_keys(emails)
    return [MISSING if e is MISSING else values.email_key(e) for e in emails]


def _infer_letter_language(work: _Work, form_language: str | None) -> None:
    """Each row's reading language and how it was decided (``values.reading_language``).

    Rows with no answer, no language spoken and no form language get nothing: the person
    keeps what is stored (a new person: English, "unknown").
    """
    person = work.stores["person"]
    stated = person.get("preferred_language")
    spoken = person.get("languages")
    if stated is None and spoken is None and form_language is None:
        return
    stated = stated or [MISSING] * work.size
    spoken = spoken or [MISSING] * work.size
    # Rows with the same answers (the same parsed list of languages) share one decision.
    keys = list(zip(stated, map(id, spoken), strict=True))
    answers = dict(zip(keys, zip(stated, spoken, strict=True), strict=True))
    decided = {
        key: values.reading_language(said or None, speaks or None, form_language)
        or (MISSING, MISSING)
        for key, (said, speaks) in answers.items()
    }
    chosen = list(map(decided.__getitem__, keys))
    person["preferred_language"] = [language for language, _ in chosen]
    person["language_source"] = [source for _, source in chosen]
