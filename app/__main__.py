"""Entry point: ``mentordesk`` with no arguments opens the GUI, otherwise the CLI."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else list(argv)
    if not args:
        args = ["gui"]
    window = args[0] == "gui"
    if window:
        from app.collector import collect_less

        collect_less()  # until the window has loaded its services (app/collector.py)
    try:
        return _run(args, one_command=argv is None)
    finally:
        if window:
            from app.collector import collect_as_usual

            collect_as_usual()


def _run(args: list[str], *, one_command: bool) -> int:
    from app.cli import main as cli_main
    from app.cli import run_as_program
    from app.logs import hold_logging, setup_logging

    if one_command:  # the installed command: one command, then the process ends
        run_as_program()
    if args[0] == "gui":
        hold_logging()  # the window attaches the log file after its first paint
    else:
        setup_logging()
    return cli_main(args)


if __name__ == "__main__":
    sys.exit(main())
