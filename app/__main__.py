"""Entry point: ``mentordesk`` with no arguments opens the GUI, otherwise the CLI."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else list(argv)
    from app.cli import main as cli_main
    from app.logs import setup_logging

    setup_logging()
    if not args:
        args = ["gui"]
    return cli_main(args)


if __name__ == "__main__":
    sys.exit(main())
