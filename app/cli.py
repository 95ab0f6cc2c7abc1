"""The command-line surface (shared/product/CLI.md), thin over the app services.

Human-readable output by default; ``--json`` prints one JSON document on stdout. Errors go
to stderr as one sentence; exit codes: 0 ok, 1 some input rejected, 2 unusable input,
3 refused for safety, 4 an internal error (a bug, logged).
"""

from __future__ import annotations

import argparse
import atexit
import contextlib
import gc
import logging
import os
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from app import __version__
from app.paths import default_db_path

if TYPE_CHECKING:
    import datetime as dt

    from app.db.engine import Database

log = logging.getLogger(__name__)
INTERNAL_ERROR = 4

Handler = Callable[[argparse.Namespace], int]


def _date(text: str) -> dt.date:
    import datetime as dt  # here: --version and --help need no dates

    try:
        return dt.date.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"“{text}” is not a date like 2026-09-01") from exc


def _common() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--db", type=Path, help="database file (default: the app's own)")
    common.add_argument("--json", action="store_true", help="print one JSON document")
    common.add_argument("--debug", action="store_true", help="show tracebacks")
    return common


def _cycle_args(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--cycle", required=True, help="cycle label, e.g. 2025-2026")
    parser.add_argument("--program", help="program name, when several share the cycle label")


_ONE_COMMAND = False
"""Whether this process runs one command and ends (``run_as_program``)."""


def run_as_program() -> None:
    """This process runs one command, then ends (the installed ``mentordesk``, ``python -m
    app``), not a test calling ``main`` again and again.

    What a command imports (SQLAlchemy, the models, the services) then lives until the end:
    the cycle collector is told to leave it out of its passes, the ones the rest of the
    command triggers and the last one, at exit, which walked it all again (a fifth of a
    ``match`` on a small roster). Objects made later are collected as usual, and nothing
    that holds unwritten data waits for a collection: outputs are closed and renamed, the
    database disposed and the log flushed by logging's own exit handler.
    """
    global _ONE_COMMAND
    if not _ONE_COMMAND:
        _ONE_COMMAND = True
        atexit.register(gc.freeze)  # runs before logging's exit handler, which still flushes


@contextlib.contextmanager
def _imports_kept() -> Iterator[None]:
    """In a one-command process, import without collecting, then freeze what came in."""
    if not _ONE_COMMAND:
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()
        gc.freeze()


class _LazyCommands:
    """Stands for ``app.cli_commands`` while the parser is built: ``cmd.match`` is a handler
    that imports the commands module (and, through it, SQLAlchemy and the models) only when
    that command runs, so ``--version`` and ``--help`` import nothing heavy."""

    def __getattr__(self, name: str) -> Handler:
        def handler(args: argparse.Namespace) -> int:
            with _imports_kept():
                from app import cli_commands

            run: Handler = getattr(cli_commands, name)
            return run(args)

        handler.__name__ = handler.__qualname__ = name
        return handler


# app.programs.presets.CLI_MODELS, spelled out so --help imports nothing heavy (a test checks).
PROGRAM_MODELS = ("one-to-one", "cascading", "small-groups", "assigned-groups", "faculty")


if TYPE_CHECKING:
    _Commands = argparse._SubParsersAction[argparse.ArgumentParser]
else:
    _Commands = argparse._SubParsersAction


class _Unused(argparse.ArgumentParser):
    """Takes the options of a command that is not on the command line, and keeps none."""

    def add_argument(self, *args: Any, **kwargs: Any) -> argparse.Action:
        return argparse.Action([], argparse.SUPPRESS)

    def set_defaults(self, **kwargs: Any) -> None:
        pass

    def add_subparsers(self, **kwargs: Any) -> Any:
        return self  # its verbs' ``add_parser`` then gives this parser again

    def add_parser(self, name: str, **kwargs: Any) -> argparse.ArgumentParser:
        return self


class _OnlyNamed(_Commands):
    """The commands, each listed with its help, but only those named on the command line
    given their options: argparse runs a command only when its name is one of the words,
    and building every command's options took ``--version`` and ``match`` 20 ms."""

    words: frozenset[str] | None = None  # None: every command in full (help, docs, tests)
    _unused: _Unused | None = None

    def add_parser(self, name: str, **kwargs: Any) -> argparse.ArgumentParser:
        if self.words is None or name in self.words:
            return super().add_parser(name, **kwargs)
        # Listed as in full (the choices and the help read the same), never parsed: one
        # parser that keeps nothing stands for all of them.
        listed = {key: kwargs[key] for key in ("help", "aliases") if key in kwargs}
        make, self._parser_class = self._parser_class, self._unused_parser  # type: ignore[assignment]
        try:
            return super().add_parser(name, **listed)
        finally:
            self._parser_class = make

    def _unused_parser(self, **_kwargs: Any) -> _Unused:
        if self._unused is None:
            self._unused = _Unused(add_help=False)
        return self._unused


def build_parser(argv: list[str] | None = None) -> argparse.ArgumentParser:
    """The command line's parser; given ``argv``, only the commands it names are built in
    full, which parses ``argv`` exactly as the whole parser does."""
    cmd = _LazyCommands()

    common = _common()
    parser = argparse.ArgumentParser(
        prog="mentordesk", description="MentorDesk: run a mentorship program from one laptop."
    )
    parser.add_argument("--version", action="version", version=f"MentorDesk {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", action=_OnlyNamed)
    sub = cast(_OnlyNamed, commands)
    sub.words = None if argv is None else frozenset(argv)

    _gui_arguments(sub.add_parser("gui", parents=[common], help="open the desktop app"))

    p = sub.add_parser("init", parents=[common], help="create a database, program and cycle")
    p.add_argument("--program", required=True)
    p.add_argument("--cycle", required=True)
    p.add_argument("--starts", type=_date)
    p.add_argument("--ends", type=_date)
    p.add_argument(
        "--model",
        choices=PROGRAM_MODELS,
        help="set up a new program as this program model (ladder, pairs or groups, criteria)",
    )
    p.add_argument(
        "--lang", choices=["en", "fr"], help="the language of the model's role names (default en)"
    )
    p.set_defaults(handler=cmd.init)

    p = sub.add_parser("demo", parents=[common], help="create a fictional demo program")
    p.set_defaults(handler=cmd.demo)

    p = sub.add_parser(
        "import",
        parents=[common],
        help="import a sign-up spreadsheet",
        description="Import a sign-up export. People already in the database (same email) are "
        "linked, not duplicated, and their changed details are updated from the file; use the "
        "import wizard to keep some people's stored details instead.",
    )
    _cycle_args(p)
    p.add_argument("--role", required=True, help="a role of the program's ladder")
    p.add_argument("--mapping", type=Path, help="JSON mapping file or saved mapping name")
    p.add_argument("--dry-run", action="store_true", help="report only, change nothing")
    p.add_argument("--sheet", metavar="NAME", help="the workbook sheet to import")
    p.add_argument("file", type=Path)
    p.set_defaults(handler=cmd.import_roster)

    p = sub.add_parser("export", parents=[common], help="export to CSV or XLSX")
    _cycle_args(p)
    p.add_argument("--what", required=True, choices=["participants", "matches", "meetings"])
    p.add_argument("--out", required=True, type=Path)
    p.add_argument(
        "--include-safety-notes",
        action="store_true",
        help="write each pair's safety and boundary note (matches only; left out by default)",
    )
    p.set_defaults(handler=cmd.export)

    p = sub.add_parser("match", parents=[common], help="assisted matching")
    _cycle_args(p)
    p.add_argument("--apply", action="store_true", help="save the proposal")
    p.add_argument("--confirm", action="store_true", help="with --apply: save as confirmed")
    p.add_argument("--candidates", type=int, default=0, metavar="N")
    p.add_argument(
        "--settings",
        type=Path,
        metavar="FILE",
        help="matching settings for this run (a JSON file exported from the settings "
        "dialog); the program's own are not changed, its never-pair list still applies",
    )
    p.set_defaults(handler=cmd.match)

    p = sub.add_parser("letters", parents=[common], help="PDF match letters")
    _cycle_args(p)
    p.add_argument("--out", required=True, type=Path)
    p.add_argument("--per-letter", type=Path, metavar="DIR")
    p.add_argument("--lang", choices=["en", "fr"])
    p.add_argument(
        "--groups",
        action="store_true",
        help="write the letters of the confirmed groups (one per member and mentor) instead",
    )
    p.set_defaults(handler=cmd.letters)

    p = sub.add_parser("import-meetings", parents=[common], help="import a check-in export")
    _cycle_args(p)
    p.add_argument("--dry-run", action="store_true", help="report only, change nothing")
    p.add_argument("--sheet", metavar="NAME", help="the workbook sheet to import")
    p.add_argument("file", type=Path)
    p.set_defaults(handler=cmd.import_meetings)

    p = sub.add_parser(
        "import-attendance", parents=[common], help="import an orientation attendance sheet"
    )
    _cycle_args(p)
    p.add_argument("--dry-run", action="store_true", help="report only, change nothing")
    p.add_argument("--sheet", metavar="NAME", help="the workbook sheet to import")
    p.add_argument("file", type=Path)
    p.set_defaults(handler=cmd.import_attendance)

    p = sub.add_parser("engagement", parents=[common], help="contact status of matches")
    _cycle_args(p)
    p.add_argument("--as-of", type=_date)
    p.set_defaults(handler=cmd.engagement)

    p = sub.add_parser("backup", parents=[common], help="verified backup")
    p.add_argument("--to", type=Path, metavar="DIR")
    p.add_argument("--passphrase-file", type=Path)
    p.set_defaults(handler=cmd.backup)

    p = sub.add_parser("restore", parents=[common], help="restore a verified backup")
    p.add_argument("backup", type=Path)
    p.add_argument("--passphrase-file", type=Path)
    p.set_defaults(handler=cmd.restore)

    from app.cli_cycles import add_cycle_parser

    add_cycle_parser(sub, common, _date)

    from app.cli_surveys import add_survey_parser

    add_survey_parser(sub, common)

    from app.cli_agreements import add_agreements_parser

    add_agreements_parser(sub, common)

    from app.cli_groups import add_groups_parser

    add_groups_parser(sub, common)

    from app.cli_reports import add_report_parser

    add_report_parser(sub, common)

    p = sub.add_parser("self-test", parents=[common], help="headless smoke test")
    p.set_defaults(handler=cmd.self_test)
    return parser


def emit(args: argparse.Namespace, document: dict[str, Any], text: str) -> None:
    """Print the JSON document with --json, else the human sentence(s)."""
    import json

    from app.terminal import escape_json_text, for_terminal

    # Names may hold terminal control or bidirectional characters: never print them raw.
    if args.json:
        document_text = json.dumps(document, ensure_ascii=False, indent=2, default=str)
        sys.stdout.write(escape_json_text(document_text) + "\n")
    else:
        sys.stdout.write(for_terminal(text.rstrip("\n")) + "\n")
    # Flush now, so a reader that stopped early (``| head``) is met here, inside main, and
    # not at interpreter shutdown where Python would print "Exception ignored".
    sys.stdout.flush()


def db_path(args: argparse.Namespace) -> Path:
    return Path(args.db) if args.db else default_db_path()


def gui(args: argparse.Namespace) -> int:
    """``mentordesk gui``: here, not in ``app.cli_commands``, so the window can paint its
    first roster page before SQLAlchemy and the models are imported."""
    import importlib

    # The GUI is loaded by name: the core never imports ui/ (import-linter contract), so
    # app/ stays usable and testable where Qt is not installed.
    run_gui = importlib.import_module("ui.app").run_gui
    return int(
        run_gui(
            db_path(args),
            crash_dialog=not args.no_crash_dialog,
            quit_when_shown=args.quit_when_shown,
        )
    )


@contextlib.contextmanager
def open_db(args: argparse.Namespace, *, must_exist: bool = True) -> Iterator[Database]:
    """Open the database for one command, holding the single-instance lock meanwhile."""
    from app.db.file_check import check_file_kind
    from app.db.migrate import open_database
    from app.lock import DatabaseLock

    path = db_path(args)
    # Only init and demo may create a database (in a missing or empty file); a folder or a
    # device is refused before a lock file is made beside it.
    check_file_kind(path, may_create=not must_exist)
    with DatabaseLock(path):
        database = open_database(path, may_create=not must_exist)
        try:
            yield database
        finally:
            database.dispose()


def _gui_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--no-crash-dialog", action="store_true", help="log crashes without a dialog")
    p.add_argument("--quit-when-shown", action="store_true", help=argparse.SUPPRESS)
    p.set_defaults(handler=gui)


def _gui_parser() -> argparse.ArgumentParser:
    """``mentordesk gui`` alone: building every command's parser would delay the window."""
    parser = argparse.ArgumentParser(prog="mentordesk gui", parents=[_common()])
    _gui_arguments(parser)
    return parser


_GUI_FLAGS = {"--json": "json", "--debug": "debug"} | {
    f"--{name.replace('_', '-')}": name for name in ("no_crash_dialog", "quit_when_shown")
}


def plain_gui_args(argv: list[str]) -> argparse.Namespace | None:
    """``mentordesk gui``'s usual options, read as ``_gui_parser`` reads them, without
    building a parser: argparse's help formatter and message lookups cost the window's
    start 8 ms. None for anything else (help, a short or shortened option, a value that
    starts with "-"), which the parser then reads and, if need be, refuses."""
    args = argparse.Namespace(db=None, json=False, debug=False)
    args.no_crash_dialog = args.quit_when_shown = False
    words = iter(argv)
    for word in words:
        if word in _GUI_FLAGS:
            setattr(args, _GUI_FLAGS[word], True)
            continue
        if word == "--db":
            value = next(words, "")
        elif word.startswith("--db="):
            value = word.removeprefix("--db=")
        else:
            return None
        if not value or value.startswith("-"):
            return None
        args.db = Path(value)
    args.handler = gui
    return args


def main(argv: list[str]) -> int:
    gui_only = argv[:1] == ["gui"]
    plain = plain_gui_args(argv[1:]) if gui_only else None
    if plain is not None:
        parser, args = None, plain
    else:
        parser = _gui_parser() if gui_only else build_parser(argv)
        args = parser.parse_args(argv[1:] if gui_only else argv)
    if not getattr(args, "handler", None):
        assert parser is not None  # the plain reading always names its handler
        parser.print_help()
        return 2
    handler: Handler = args.handler
    try:
        return handler(args)
    except KeyboardInterrupt:
        sys.stderr.write("mentordesk: interrupted; the current action was rolled back.\n")
        return 130
    except BrokenPipeError:
        # The reader closed the pipe (``mentordesk match --json | head``): a normal end.
        _silence_closed_stdout()
        return 0
    except Exception as exc:
        if args.debug:
            raise
        return _report_failure(args, exc)


def _silence_closed_stdout() -> None:
    """Point stdout at the null device, so the final flush at exit cannot fail again."""
    stdout = sys.__stdout__
    if stdout is None or sys.stdout is not stdout:
        return  # a caller's own stream (tests, an embedding program): leave it alone
    with contextlib.suppress(OSError, ValueError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, stdout.fileno())
        os.close(devnull)


def _report_failure(args: argparse.Namespace, exc: Exception) -> int:
    """One sentence on stderr: the user's error, the computer's fault, or else a bug (4)."""
    from app.environment import EnvironmentFault, user_error
    from app.logs import log_file, logging_to_file
    from app.terminal import for_terminal

    shown = user_error(exc, db_path(args) if hasattr(args, "db") else None)
    if shown is not None:
        if isinstance(shown, EnvironmentFault):
            log.warning("The %s command met an environment fault", args.command, exc_info=exc)
        sys.stderr.write(f"mentordesk: {for_terminal(shown.message)}\n")
        return shown.exit_code
    log.exception("Unexpected error in the %s command", args.command)
    details = f"Details are in {log_file()}." if logging_to_file() else "Run it with --debug."
    sys.stderr.write(
        "mentordesk: an unexpected error stopped the command; nothing was half-written. "
        f"{details}\n"
    )
    return INTERNAL_ERROR
