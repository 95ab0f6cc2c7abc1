"""Entry point: ``mentordesk`` with no arguments opens the GUI, otherwise the CLI."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else list(argv)
    from app.cli import main as cli_main
    from app.cli import run_as_program
    from app.logs import hold_logging, setup_logging

    if argv is None:  # the installed command: one command, then the process ends
        run_as_program()

    if not args:
        args = ["gui"]
    if args[0] == "gui":
        hold_logging()  # the window attaches the log file after its first paint
    else:
        setup_logging()
    return cli_main(args)


if __name__ == "__main__":
    sys.exit(main())
