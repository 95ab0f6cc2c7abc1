"""Which columns of a file an import reads: the saved or guessed mapping, its problems, and
the preview the wizard shows before anything is checked."""

from __future__ import annotations

import json
from pathlib import Path

from sqlalchemy.orm import Session

from app.errors import NotFoundError, UnusableInputError
from app.roster.columns import CUSTOM, FIELDS, IGNORE, check_mapping, resolve_mapping
from app.roster.import_report import ImportPreview
from app.roster.messages import sentence
from app.roster.reader import Table, read_table
from app.roster.validation import Column
from app.sentences import Sentence


def load_mapping(path: Path) -> dict[str, str]:
    """A saved column mapping: a JSON object {"Spreadsheet header": "field"}."""
    path = Path(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8-sig"))
    except OSError as exc:
        raise UnusableInputError(
            sentence("roster.mapping_file_unopenable", name=path.name)
        ) from exc
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise UnusableInputError(sentence("roster.mapping_file_not_json", name=path.name)) from exc
    return check_mapping(data, path.name)


def mapping_argument(session: Session, value: Path) -> dict[str, str]:
    """The CLI's ``--mapping``: a JSON file if one exists there, else a saved preset's name."""
    from app.roster.presets import get_preset

    if Path(value).is_file():
        return load_mapping(Path(value))
    try:
        return get_preset(session, str(value)).mapping
    except NotFoundError as exc:
        raise UnusableInputError(sentence("roster.no_mapping_called", value=value)) from exc


def _targets(table: Table, mapping: dict[str, str] | None) -> dict[str, str]:
    user = check_mapping(mapping, sentence("roster.the_mapping")) if mapping is not None else None
    return resolve_mapping(table.headers, user)


def _problems(targets: dict[str, str]) -> list[str]:
    fields = set(targets.values())
    problems: list[str] = []
    if "email" not in fields:
        problems.append(sentence("roster.column.no_email"))
    if not fields & {"first_name", "full_name"}:
        problems.append(sentence("roster.column.no_name"))
    return problems


def _refusal(file: str, problems: list[str]) -> Sentence:
    """ "people.csv has no email column and has no first name or name column." """
    if len(problems) == 1:
        return sentence("roster.file_problem", file=file, problem=problems[0])
    first, second = problems
    return sentence("roster.file_problems", file=file, first=first, second=second)


def field_mapping(targets: dict[str, str]) -> dict[str, str]:
    return {h: f for h, f in targets.items() if f in FIELDS}


def unmapped_columns(table: Table, targets: dict[str, str]) -> list[str]:
    return [h for h in table.headers if targets.get(h, CUSTOM) == CUSTOM]


def preview(
    path: Path, mapping: dict[str, str] | None = None, rows: int = 20, sheet: str | None = None
) -> ImportPreview:
    """Read ``path`` (``sheet`` of a workbook) and show what an import would see, without
    touching the database."""
    table = read_table(Path(path), sheet)
    targets = _targets(table, mapping)
    shown = table.rows[: max(rows, 0)]
    return ImportPreview(
        file=table.file,
        format=table.format,
        encoding=table.encoding,
        delimiter=table.delimiter,
        header_row=table.header_row,
        headers=list(table.headers),
        mapping=field_mapping(targets),
        unmapped_columns=unmapped_columns(table, targets),
        rows=[list(cells) for _, cells in shown],
        row_numbers=[number for number, _ in shown],
        total_rows=len(table.rows),
        warnings=list(table.warnings),
        problems=[sentence("roster.the_file_problem", problem=p) for p in _problems(targets)],
        sheet=table.sheet,
    )


def columns_to_read(
    table: Table, mapping: dict[str, str] | None
) -> tuple[dict[str, str], list[Column]]:
    """The resolved mapping and the columns to read, or UnusableInputError."""
    targets = _targets(table, mapping)
    problems = _problems(targets)
    if problems:
        raise UnusableInputError(_refusal(table.file, problems))
    columns = [
        Column(i, h, targets.get(h, CUSTOM))
        for i, h in enumerate(table.headers)
        if targets.get(h) != IGNORE
    ]
    return targets, columns
