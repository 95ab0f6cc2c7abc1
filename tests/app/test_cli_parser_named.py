"""The command line builds in full only the commands it names (``build_parser(argv)``),
and reads every command line exactly as the whole parser does: the same values, the same
help, the same refusals."""

from __future__ import annotations

import argparse
import contextlib
import io
from typing import Any

import pytest

from app.cli import build_parser

COMMAND_LINES = [
    [],
    ["--version"],
    ["--help"],
    ["-h", "match"],
    ["--version", "match", "--bogus"],
    ["match", "--help"],
    ["match", "--db", "x.db", "--cycle", "2026-2027", "--candidates", "5", "--json"],
    ["match"],
    ["match", "--cycle", "c", "--bogus"],
    ["--json", "match", "--cycle", "c"],
    ["--", "match", "--cycle", "c"],
    ["-1", "match"],
    ["no-such-command"],
    ["init", "--program", "P", "--cycle", "c", "--model", "cascading", "--starts", "2026-09-01"],
    ["init", "--program", "P", "--cycle", "c", "--starts", "someday"],
    ["import", "--cycle", "c", "--role", "Mentee", "signups.csv", "--dry-run"],
    ["cycle", "new", "--program", "P", "--label", "2027-2028", "--from", "2026-2027"],
    ["cycle", "--help"],
    ["cycle"],
    ["survey", "results", "--cycle", "c", "--survey", "Year end"],
    ["survey", "import", "--help"],
    ["groups", "--help"],
    ["report", "--help"],
    ["agreements", "--help"],
    ["letters", "--cycle", "c", "--out", "l.pdf", "--groups"],
    ["backup", "--db", "x.db", "--to", "backups"],
    ["self-test"],
    ["gui", "--no-crash-dialog"],
]


def outcome(parser: argparse.ArgumentParser, argv: list[str]) -> tuple[Any, ...]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            values = vars(parser.parse_args(argv))
            code = None
        except SystemExit as exc:
            values, code = {}, exc.code
    handler = values.pop("handler", None)
    return code, out.getvalue(), err.getvalue(), values, getattr(handler, "__name__", None)


@pytest.mark.parametrize("argv", COMMAND_LINES)
def test_a_parser_built_for_a_command_line_reads_it_as_the_whole_parser(
    argv: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COLUMNS", "100")
    assert outcome(build_parser(argv), argv) == outcome(build_parser(), argv)


def test_only_the_named_command_is_built_in_full() -> None:
    commands = next(
        a for a in build_parser(["match"])._actions if isinstance(a, argparse._SubParsersAction)
    )
    built = {name for name, p in commands.choices.items() if p._actions}
    assert built == {"match"}
    whole = next(a for a in build_parser()._actions if isinstance(a, argparse._SubParsersAction))
    assert list(commands.choices) == list(whole.choices)
