"""Reading a well-formed CSV's records with pandas' C parser, when pandas is already loaded.

pandas' parser splits cells the way the lenient ``csv`` reader does (same quoting, same line
ends) at about three times its speed, but it does not say where a quote went wrong. The
strict reader (``csv_checks.parse_records``) only gives something other than the lenient
records when some cell holds a line break (a quote that may have swallowed rows) or a cell
is larger than its limit. So pandas' records are used only when there is one record per
physical line (no cell holds a line break), the text is shorter than the cell limit, and
the records fit the widest sheet; anything else returns None and the strict reader reads
the file, saying what is wrong with its row and column as before.

Loading pandas (about 0.25 s) takes longer than it saves on any file read whole (larger ones
are streamed, ``batches``), so it is used only when something else already loaded it: a
report made earlier in the same window, or a caller that loads it ahead of the import.
"""

from __future__ import annotations

import io
import logging
import sys

from app.roster.csv_checks import MAX_CELL_CHARS
from app.roster.sheet_grid import MAX_SHEET_COLUMNS

log = logging.getLogger(__name__)


def physical_lines(text: str) -> int:
    """The lines the ``csv`` module reads from ``text``: ends are \\r\\n, \\r or \\n."""
    ends = text.count("\n")
    if "\r" in text:  # Windows (\r\n) or old Mac (\r) line ends
        ends += text.count("\r") - text.count("\r\n")
    return ends if text.endswith(("\n", "\r")) else ends + 1


def fast_records(text: str, delimiter: str) -> list[list[str]] | None:
    """Every record of ``text``, each padded with "" to the widest and its cells stripped of
    surrounding whitespace, split exactly as the lenient ``csv`` reader splits them; None
    when the strict reader must read the text."""
    pandas = sys.modules.get("pandas")
    if pandas is None or getattr(pandas.__spec__, "_initializing", False):
        return None  # not loaded, or still loading in another thread (a report's worker)
    if len(text) > MAX_CELL_CHARS or text.startswith("\ufeff"):
        return None  # pandas would drop a byte-order mark the csv reader keeps in the cell
    try:
        frame = pandas.read_csv(
            io.StringIO(text),
            sep=delimiter,
            header=None,
            dtype=object,  # the parser's own str cells, not converted to a string array
            keep_default_na=False,
            na_filter=False,
            skip_blank_lines=False,
            engine="c",
            quotechar='"',
            doublequote=True,
        )
    except ValueError:  # ParserError, EmptyDataError: a row wider than the first, an open quote…
        return None
    if frame.shape[1] > MAX_SHEET_COLUMNS or len(frame) != physical_lines(text):
        return None  # a cell holds a line break: the strict reader looks at it
    # Stripped a column at a time (far fewer calls than a row at a time), as read_table would.
    columns = [list(map(str.strip, frame[c].tolist())) for c in frame.columns]
    return list(map(list, zip(*columns, strict=True)))
