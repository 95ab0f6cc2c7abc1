"""docs/cli.md documents every command and flag the parser knows (a new flag fails here
until it is described), and the README points only to documents that exist."""

from __future__ import annotations

import argparse
import re
from collections.abc import Iterator
from pathlib import Path

from app.cli import build_parser

ROOT = Path(__file__).resolve().parents[2]
CLI_DOC = ROOT / "docs" / "cli.md"


def _commands(
    parser: argparse.ArgumentParser, prefix: tuple[str, ...] = ()
) -> Iterator[tuple[str, argparse.ArgumentParser]]:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                yield " ".join((*prefix, name)), sub
                yield from _commands(sub, (*prefix, name))


def _section(text: str, command: str) -> str:
    """The part of the page under ``### `mentordesk <command>` `` up to the next heading."""
    found = re.search(rf"^### `mentordesk {re.escape(command)}`\n(.*?)(?=^#)", text, re.M | re.S)
    assert found is not None, f"docs/cli.md has no section for `mentordesk {command}`"
    return found.group(1)


def test_every_command_and_flag_is_in_the_cli_reference() -> None:
    text = CLI_DOC.read_text(encoding="utf-8") + "\n#"
    commands = dict(_commands(build_parser()))
    assert {"import", "match", "letters", "backup", "restore", "cycle new"} <= set(commands)
    for command, parser in commands.items():
        section = _section(text, command)
        for action in parser._actions:
            if action.help == argparse.SUPPRESS or isinstance(action, argparse._HelpAction):
                continue
            for flag in action.option_strings:
                if flag in ("--db", "--json", "--debug"):
                    assert f"`{flag}" in text  # the flags every command takes
                else:
                    assert f"`{flag}" in section, f"`mentordesk {command}` lacks {flag}"


def test_the_reference_names_no_command_that_does_not_exist() -> None:
    text = CLI_DOC.read_text(encoding="utf-8")
    documented = set(re.findall(r"^### `mentordesk ([a-z -]+)`", text, re.M))
    assert documented == set(dict(_commands(build_parser())))


def test_the_readme_links_only_to_documents_that_exist() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    links = re.findall(r"\]\(([^)#:]+)\)", readme)
    assert "docs/cli.md" in links and "docs/user-guide.md" in links
    for link in links:
        assert (ROOT / link).exists(), link
    assert "shared/" not in readme  # the team's notes are not part of the repository
    for path in re.findall(r"`([\w./-]+\.md)`", readme):
        assert (ROOT / path).exists(), path
