"""``mentordesk gui`` reads its usual options without building a parser, exactly as the
parser reads them; anything else goes to the parser."""

from __future__ import annotations

import pytest

from app.cli import _gui_parser, plain_gui_args

READ_PLAINLY = [
    [],
    ["--db", "program.db"],
    ["--db=/data/program.db", "--quit-when-shown", "--no-crash-dialog"],
    ["--json", "--debug", "--db", "a.db", "--db", "b.db"],
    ["--no-crash-dialog", "--no-crash-dialog"],
    ["--db", "with space.db", "--debug"],
]


@pytest.mark.parametrize("argv", READ_PLAINLY)
def test_the_plain_reading_equals_the_parser_s(argv: list[str]) -> None:
    plain = plain_gui_args(argv)
    assert plain is not None
    assert vars(plain) == vars(_gui_parser().parse_args(argv))


@pytest.mark.parametrize(
    "argv",
    [
        ["-h"],
        ["--help"],
        ["--db"],
        ["--db", "-x.db"],
        ["--db="],
        ["--no-crash"],  # argparse's shortened options stay argparse's
        ["--db", "a.db", "extra"],
        ["--", "--db", "a.db"],
        ["--unknown"],
    ],
)
def test_anything_else_is_left_to_the_parser(argv: list[str]) -> None:
    assert plain_gui_args(argv) is None
