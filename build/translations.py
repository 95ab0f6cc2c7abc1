"""Keep the interface translations current and build what the app loads.

``--update``   extract the strings of each area of ``ui/`` into its ``.ts`` file
               (French: every message; English: plural forms only, so "%n row(s)" reads
               "1 row" / "2 rows" in English too);
``--release``  compile the ``.ts`` files into one ``.qm`` per language in
               ``resources/i18n/`` (git-ignored), next to a copy of Qt's own ``qtbase_fr.qm``
               (standard buttons: OK, Annuler, Oui, Non);
``--fill F``   put the French translations of JSON file ``F`` (``{"Context": {"source":
               "traduction" or ["singulier", "pluriel"]}}``) into the ``.ts`` files after
               extracting every area, and list the French messages still unfinished;
``--check``    exit 1 when ``--update`` would change a ``.ts`` file (a string added, changed
               or removed in the code and not extracted yet). Line numbers of
               ``<location>`` entries are ignored: moving code around needs no update.

The ``.ts`` files are the sources translators edit; the ``.qm`` files are never committed.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
UI = ROOT / "ui"
I18N = ROOT / "resources" / "i18n"
LANGUAGES = ("fr",)
"""Languages with a full translation; English is the source language."""
PLURAL_ONLY = "en"
"""The source language gets its plural forms only."""
QT_CATALOGUES = ("qtbase",)


def _area_sources() -> dict[str, list[Path]]:
    """Each area's .py files; each area has one .ts file per language."""
    dialogs = UI / "dialogs"
    return {
        "main": sorted(
            [*UI.glob("*.py")]
            + [p for sub in ("widgets", "models", "commands") for p in (UI / sub).rglob("*.py")]
        ),
        "pages": sorted((UI / "pages").rglob("*.py")),
        "dialogs_a": sorted(
            [*dialogs.glob("[a-l]*.py"), *(dialogs / "import_wizard").rglob("*.py")]
        ),
        "dialogs_b": sorted(dialogs.glob("[m-z]*.py")),
    }


def ts_files(language: str) -> dict[str, Path]:
    return {area: I18N / f"mentordesk_{area}_{language}.ts" for area in _area_sources()}


def qm_file(language: str) -> Path:
    return I18N / f"mentordesk_{language}.qm"


def _tool(name: str) -> str:
    found = shutil.which(name, path=str(Path(sys.executable).parent)) or shutil.which(name)
    if found is None:
        raise SystemExit(f"translations: {name} not found (install PySide6)")
    return found


def _lupdate(sources: Iterable[Path], ts: Path, *, plural_only: bool) -> None:
    command = [_tool("pyside6-lupdate"), "-silent", "-no-obsolete"]
    if plural_only:
        command.append("-pluralonly")
    relative = [str(p.relative_to(ROOT)) for p in sources]
    subprocess.run([*command, *relative, "-ts", str(ts)], check=True, cwd=ROOT)


def _jobs(areas: Iterable[str] | None = None) -> list[tuple[list[Path], Path, bool]]:
    """(sources, .ts file, plural forms only) for every language of ``areas`` (default all)."""
    sources = _area_sources()
    wanted = set(areas or sources)
    jobs = []
    for language in (*LANGUAGES, PLURAL_ONLY):
        for area, ts in ts_files(language).items():
            if area in wanted:
                jobs.append((sources[area], ts, language == PLURAL_ONLY))
    return jobs


def update(areas: Iterable[str] | None = None) -> None:
    I18N.mkdir(parents=True, exist_ok=True)
    for sources, ts, plural_only in _jobs(areas):
        _lupdate(sources, ts, plural_only=plural_only)
        if plural_only and fill_english_plurals(ts):
            _lupdate(sources, ts, plural_only=True)  # back to lupdate's own layout


_MARKER = re.compile(r"(\w+)\((\w+)\)")
_IRREGULAR = {("person", "s"): "people"}


def english_forms(source: str) -> tuple[str, str]:
    """``"%n row(s)"`` → ``("%n row", "%n rows")``; ``person(s)`` → person / people."""

    def one(found: re.Match[str]) -> str:
        return found.group(1)

    def many(found: re.Match[str]) -> str:
        word, ending = found.group(1), found.group(2)
        return _IRREGULAR.get((word, ending), word + ending)

    return _MARKER.sub(one, source), _MARKER.sub(many, source)


def fill_english_plurals(ts: Path) -> bool:
    """Give each unfinished English plural its two forms from the "(s)" in its source.

    A form written by hand (an irregular plural lupdate cannot guess) is kept. Returns
    whether anything was filled."""
    tree = ET.parse(ts)
    changed = False
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        if translation is None or translation.get("type") != "unfinished":
            continue
        forms = translation.findall("numerusform")
        if len(forms) == 2 and all(f.text for f in forms):
            del translation.attrib["type"]  # both forms written (by hand or a fill)
            changed = True
            continue
        if len(forms) != 2 or any(f.text for f in forms):
            continue
        for form, text in zip(forms, english_forms(message.findtext("source", "")), strict=True):
            form.text = text
        del translation.attrib["type"]
        changed = True
    if changed:
        _write_ts(tree, ts)
    return changed


def _write_ts(tree: ET.ElementTree, ts: Path) -> None:
    """Write in lupdate's layout (its DOCTYPE line), so the next lupdate run is a no-op."""
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
    )


def messages(ts: Path) -> set[tuple[str, str, str, bool]]:
    """What lupdate decides in a .ts file: (context, source, comment, plural) of every
    message, without translations or locations."""
    if not ts.is_file():
        return set()
    found = set()
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            found.add(
                (
                    name,
                    message.findtext("source", ""),
                    message.findtext("comment", ""),
                    message.get("numerus") == "yes",
                )
            )
    return found


def stale() -> list[str]:
    """The .ts files --update would change, each with what differs."""
    problems = []
    with tempfile.TemporaryDirectory() as temp:
        for sources, ts, plural_only in _jobs():
            copy = Path(temp) / ts.name
            if ts.is_file():
                shutil.copyfile(ts, copy)
            _lupdate(sources, copy, plural_only=plural_only)
            current, wanted = messages(ts), messages(copy)
            if not ts.is_file():
                problems.append(f"{ts.relative_to(ROOT)} is missing")
            elif current != wanted:
                added = sorted(s for _c, s, _m, _n in wanted - current)
                gone = sorted(s for _c, s, _m, _n in current - wanted)
                problems.append(
                    f"{ts.relative_to(ROOT)}: {len(added)} new and {len(gone)} removed "
                    f"strings (first: {(added or gone)[0]!r})"
                )
    return problems


def release() -> list[Path]:
    """Compile each language's .ts files into one .qm, and copy Qt's own catalogues.

    Each file is written aside and renamed over the old one, never rewritten in place: a
    running MentorDesk (or test) maps the .qm it loaded, and a file cut short under it
    would crash it."""
    from PySide6.QtCore import QLibraryInfo

    I18N.mkdir(parents=True, exist_ok=True)
    built = []
    with tempfile.TemporaryDirectory(dir=I18N) as temp:
        for language in (*LANGUAGES, PLURAL_ONLY):
            sources = sorted(I18N.glob(f"mentordesk_*_{language}.ts"))
            if not sources:
                continue
            target = qm_file(language)
            fresh = Path(temp) / target.name
            subprocess.run(
                [_tool("pyside6-lrelease"), "-silent", *map(str, sources), "-qm", str(fresh)],
                check=True,
                cwd=ROOT,
            )
            _replace(fresh, target)
            built.append(target)
        qt_folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
        for language in LANGUAGES:
            for catalogue in QT_CATALOGUES:
                qt_file = qt_folder / f"{catalogue}_{language}.qm"
                if qt_file.is_file():
                    fresh = Path(temp) / qt_file.name
                    shutil.copyfile(qt_file, fresh)
                    _replace(fresh, I18N / qt_file.name)
                    built.append(I18N / qt_file.name)
    return built


def fill(translations: dict[str, dict[str, str | list[str]]]) -> list[str]:
    """Extract every area, then set the given French translations; return what is unfinished.

    Runs under an exclusive lock on ``resources/i18n`` so that two people updating the
    catalogues at once cannot overwrite each other's work."""
    import fcntl

    I18N.mkdir(parents=True, exist_ok=True)
    with open(I18N / ".lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        update()
        unfinished = []
        for ts in ts_files(LANGUAGES[0]).values():
            tree = ET.parse(ts)
            changed = False
            for context in tree.getroot().iter("context"):
                wanted = translations.get(context.findtext("name", ""), {})
                for message in context.iter("message"):
                    translation = message.find("translation")
                    if translation is None:
                        continue
                    source = message.findtext("source", "")
                    text = wanted.get(source)
                    if text is not None:
                        changed |= _set_translation(translation, text)
                    if translation.get("type") == "unfinished":
                        unfinished.append(f"{ts.name}: {context.findtext('name')}: {source!r}")
            if changed:
                _write_ts(tree, ts)
        update()  # back to lupdate's own layout
    return unfinished


def _set_translation(translation: ET.Element, text: str | list[str]) -> bool:
    forms = translation.findall("numerusform")
    if forms:
        texts = [text] * len(forms) if isinstance(text, str) else list(text)
        if len(texts) != len(forms):
            raise SystemExit(f"translations: {len(forms)} plural forms expected for {texts!r}")
        for form, value in zip(forms, texts, strict=True):
            form.text = value
    else:
        translation.text = text if isinstance(text, str) else text[0]
    translation.attrib.pop("type", None)
    return True


def _replace(fresh: Path, target: Path) -> None:
    """Put ``fresh`` in place of ``target`` unless they are the same bytes."""
    if target.is_file() and target.read_bytes() == fresh.read_bytes():
        return
    os.replace(fresh, target)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    group = parser.add_mutually_exclusive_group(required=True)
    group.add_argument("--update", action="store_true", help="extract strings into the .ts files")
    group.add_argument("--release", action="store_true", help="build the .qm files")
    group.add_argument("--check", action="store_true", help="fail if the .ts files are stale")
    group.add_argument("--fill", type=Path, metavar="JSON", help="set French translations")
    parser.add_argument(
        "--area",
        action="append",
        choices=sorted(_area_sources()),
        help="with --update: only this area's .ts files (repeatable; default every area)",
    )
    args = parser.parse_args(argv)
    if args.update:
        update(args.area)
    elif args.fill:
        import json

        left = fill(json.loads(args.fill.read_text(encoding="utf-8")))
        for line in left:
            print(f"unfinished: {line}")
    elif args.release:
        for path in release():
            print(f"built {path.relative_to(ROOT)}")
    else:
        problems = stale()
        for problem in problems:
            print(f"translations: {problem}", file=sys.stderr)
        if problems:
            print("translations: run `python build/translations.py --update`", file=sys.stderr)
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
