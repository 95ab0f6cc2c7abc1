"""Builders of hostile spreadsheets, written by hand so each test makes its own in tmp_path.

A workbook here is the few zip parts a spreadsheet library needs and nothing else, so a
test can put exactly the cell references, dimensions and repeats it means to try.
"""

from __future__ import annotations

import io
import struct
import zipfile
from html import escape
from pathlib import Path

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
RELATIONS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PACKAGE = "http://schemas.openxmlformats.org/package/2006/relationships"
HEADER = ["First name", "Last name", "Email Address", "City"]


def cell_ref(column: int, row: int) -> str:
    """(0, 1) → "A1"."""
    letters = ""
    column += 1
    while column:
        column, rest = divmod(column - 1, 26)
        letters = chr(65 + rest) + letters
    return f"{letters}{row}"


def sheet_data(rows: list[list[str]], first_row: int = 1) -> str:
    """``<sheetData>`` of text cells, each with its reference, as Excel writes them."""
    out = []
    for r, row in enumerate(rows, first_row):
        cells = "".join(
            f'<c r="{cell_ref(c, r)}" t="inlineStr"><is><t>{escape(v)}</t></is></c>'
            for c, v in enumerate(row)
            if v
        )
        out.append(f'<row r="{r}">{cells}</row>')
    return "<sheetData>" + "".join(out) + "</sheetData>"


def people(count: int, start: int = 0) -> list[list[str]]:
    return [
        [f"Person{i}", "Tremblay", f"person{i}@example.org", "Ottawa"]
        for i in range(start, start + count)
    ]


def worksheet(body: str, dimension: str | None = None) -> str:
    dim = f'<dimension ref="{dimension}"/>' if dimension else ""
    return (
        f'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="{MAIN}">{dim}{body}</worksheet>'
    )


def xlsx(sheets: dict[str, str | None], hidden: tuple[str, ...] = ()) -> bytes:
    """A minimal valid workbook: sheet name → the worksheet part's XML (see ``worksheet``);
    None leaves the part out, for the caller to stream in."""
    names = list(sheets)
    overrides = "".join(
        f'<Override PartName="/xl/worksheets/sheet{i}.xml" ContentType="application/'
        'vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
        for i in range(1, len(names) + 1)
    )
    types = (
        '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/'
        'package/2006/content-types"><Default Extension="rels" ContentType="application/'
        'vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" '
        'ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType='
        '"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
        f"{overrides}</Types>"
    )
    root_rels = (
        f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{PACKAGE}"><Relationship '
        f'Id="rId1" Type="{RELATIONS}/officeDocument" Target="xl/workbook.xml"/></Relationships>'
    )
    entries = "".join(
        f'<sheet name="{escape(n)}" sheetId="{i}" r:id="rId{i}"'
        + (' state="hidden"' if n in hidden else "")
        + "/>"
        for i, n in enumerate(names, 1)
    )
    book = (
        f'<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="{MAIN}" xmlns:r="{RELATIONS}">'
        f"<sheets>{entries}</sheets></workbook>"
    )
    targets = "".join(
        f'<Relationship Id="rId{i}" Type="{RELATIONS}/worksheet" Target="worksheets/sheet{i}.xml"/>'
        for i in range(1, len(names) + 1)
    )
    book_rels = (
        f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{PACKAGE}">{targets}'
        "</Relationships>"
    )
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", types)
        archive.writestr("_rels/.rels", root_rels)
        archive.writestr("xl/workbook.xml", book)
        archive.writestr("xl/_rels/workbook.xml.rels", book_rels)
        for i, part in enumerate(sheets.values(), 1):
            if part is not None:
                archive.writestr(f"xl/worksheets/sheet{i}.xml", part)
    return out.getvalue()


def signup_xlsx(rows: int = 3) -> bytes:
    return xlsx({"Responses": worksheet(sheet_data([HEADER, *people(rows)]))})


def dimension_bomb() -> bytes:
    """1.6 KB: three real rows, and a declared dimension covering the whole sheet."""
    body = sheet_data([HEADER, *people(2)])
    return xlsx({"Sheet1": worksheet(body, "A1:XFD1048576")})


def sparse_bomb(far: str = "XFD1048576") -> bytes:
    """Real rows, then one cell in the far corner: the grid up to it would be allocated."""
    rows = sheet_data([HEADER, *people(2)]).removesuffix("</sheetData>")
    far_row = far.lstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
    body = f'{rows}<row r="{far_row}"><c r="{far}"><v>1</v></c></row></sheetData>'
    return xlsx({"Sheet1": worksheet(body, "A1:D3")})


def counted_cells_bomb(empty_cells: int = 1_200) -> bytes:
    """Cells without references sit one after the other: the last is far to the right."""
    rows = sheet_data([HEADER, *people(2)]).removesuffix("</sheetData>")
    far = "<row>" + "<c/>" * empty_cells + "<c><v>1</v></c></row>"
    return xlsx({"Sheet1": worksheet(rows + far + "</sheetData>")})


def prefixed_bomb() -> bytes:
    """Tags with a namespace prefix, which the library reads like plain ones."""
    body = (
        '<x:worksheet xmlns:x="' + MAIN + '"><x:sheetData><x:row r="1"><x:c r="A1" '
        't="inlineStr"><x:is><x:t>Email</x:t></x:is></x:c></x:row><x:row r="1048576">'
        '<x:c r="XFD1048576"><x:v>1</x:v></x:c></x:row></x:sheetData></x:worksheet>'
    )
    return xlsx({"Sheet1": '<?xml version="1.0" encoding="UTF-8"?>' + body})


def inflation_bomb(path: Path, inflated: int = 1 << 30) -> Path:
    """A sheet of ``inflated`` bytes of repeated rows, streamed into the zip (never held in
    memory): about 7 MB on disk, a gibibyte once unzipped."""
    row = b'<row r="9"><c r="A9" t="inlineStr"><is><t>x</t></is></c></row>'
    block = row * (1024 * 1024 // len(row))
    head = f'<worksheet xmlns="{MAIN}"><sheetData>'.encode()
    return _streamed_sheet(path, head, block, inflated, b"</sheetData></worksheet>", level=1)


def whitespace_bomb(path: Path, inflated: int = 600 << 20, claimed: int = 1 << 20) -> Path:
    """Blank space between tags, compressed a thousand to one, whose zip headers claim it
    unzips to ``claimed`` bytes: only inflating it shows what it is."""
    block = b"<b/>" + b" " * (1024 * 1024 - 4)
    head = f'<worksheet xmlns="{MAIN}">'.encode()
    _streamed_sheet(path, head, block, inflated, b"</worksheet>", level=6)
    forge_inflated_size(path, "xl/worksheets/sheet1.xml", claimed)
    return path


def _streamed_sheet(
    path: Path, head: bytes, block: bytes, size: int, tail: bytes, level: int
) -> Path:
    path.write_bytes(xlsx({"Sheet1": None}))
    with (
        zipfile.ZipFile(path, "a", zipfile.ZIP_DEFLATED, compresslevel=level) as archive,
        archive.open("xl/worksheets/sheet1.xml", "w") as part,
    ):
        part.write(head)
        written = 0
        while written < size:
            part.write(block)
            written += len(block)
        part.write(tail)
    return path


def forge_inflated_size(path: Path, member: str, claimed: int) -> None:
    """Rewrite the uncompressed size that both zip headers of ``member`` give."""
    data = bytearray(path.read_bytes())
    local = zipfile.ZipFile(path).getinfo(member).header_offset
    struct.pack_into("<I", data, local + 22, claimed)
    struct.pack_into("<I", data, _central_entry(data, member) + 24, claimed)
    path.write_bytes(bytes(data))


def _central_entry(data: bytearray, member: str) -> int:
    encoded = member.encode()
    position = data.find(b"PK\x01\x02")
    while position != -1:
        name_length = struct.unpack_from("<H", data, position + 28)[0]
        if bytes(data[position + 46 : position + 46 + name_length]) == encoded:
            return position
        position = data.find(b"PK\x01\x02", position + 4)
    raise AssertionError(f"{member} is not in the zip")


def ods(tables: dict[str, str]) -> bytes:
    """A minimal OpenDocument spreadsheet: table name → its rows' XML."""
    body = "".join(
        f'<table:table table:name="{escape(name)}">{rows}</table:table>'
        for name, rows in tables.items()
    )
    content = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"'
        ' xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"'
        ' xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">'
        f"<office:body><office:spreadsheet>{body}</office:spreadsheet></office:body>"
        "</office:document-content>"
    )
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"'
        ' manifest:version="1.2"><manifest:file-entry manifest:full-path="/" '
        'manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
        '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
        "</manifest:manifest>"
    )
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(
            zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.spreadsheet"
        )
        archive.writestr("META-INF/manifest.xml", manifest)
        archive.writestr("content.xml", content)
    return out.getvalue()


def ods_rows(rows: list[list[str]]) -> str:
    return "".join(
        "<table:table-row>"
        + "".join(
            '<table:table-cell office:value-type="string">'
            f"<text:p>{escape(v)}</text:p></table:table-cell>"
            for v in row
        )
        + "</table:table-row>"
        for row in rows
    )


def ods_repeat_bomb() -> bytes:
    """A non-empty cell repeated across 16,384 columns of 1,048,576 rows: 2 KB on disk."""
    bomb = (
        '<table:table-row table:number-rows-repeated="1048574"><table:table-cell '
        'table:number-columns-repeated="16384" office:value-type="string"><text:p>x</text:p>'
        "</table:table-cell></table:table-row>"
    )
    return ods({"Sheet1": ods_rows([HEADER, *people(1)]) + bomb})


def ods_trailing_blank() -> bytes:
    """What LibreOffice writes: the sheet's unused rows and columns as empty repeats."""
    blank = (
        '<table:table-row table:number-rows-repeated="1048573"><table:table-cell '
        'table:number-columns-repeated="16384"/></table:table-row>'
    )
    rows = "".join(
        "<table:table-row>"
        + "".join(
            '<table:table-cell office:value-type="string">'
            f"<text:p>{escape(v)}</text:p></table:table-cell>"
            for v in row
        )
        + '<table:table-cell table:number-columns-repeated="16380"/></table:table-row>'
        for row in [HEADER, *people(2)]
    )
    return ods({"Sheet1": rows + blank})
