"""Per-format readers for :mod:`bastion.knowledge.convert`.

Each reader takes ``(data, name, max_pages)`` and returns ``(metadata title or None, raw sections)``; the
caller normalises whitespace, drops empty sections, picks the title and turns unexpected exceptions into
``corrupt``. Converter libraries are imported inside the readers, so importing this module is cheap.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
from collections.abc import Iterable, Iterator, Sequence
from datetime import datetime, time
from typing import Any

from bastion.knowledge.convert import ConversionError, Read, Section

ROWS_PER_SECTION = 200  # a sheet or CSV longer than this is split; every piece repeats the header row
_HEADING_STYLE = re.compile(r"^heading\s*([1-9])$", re.IGNORECASE)
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.IGNORECASE)
_KOREAN_ALIASES = frozenset({"euc-kr", "euckr", "euc_kr", "ks_c_5601-1987", "ksc5601", "korean"})
_HTML_DROP = ("script", "style", "nav", "footer", "noscript", "template", "head", "iframe", "svg")


# ---------------------------------------------------------------- PDF


def read_pdf(data: bytes, name: str, max_pages: int) -> Read:
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(data))
    if reader.is_encrypted and not reader.decrypt(""):  # the empty password opens owner-only protection
        raise ConversionError(
            f"'{name}' is password-protected. Remove the password (open it with the password and save or print "
            "an unprotected copy as PDF) and upload it again.",
            code="encrypted",
        )
    count = len(reader.pages)
    if count > max_pages:
        raise _too_many(name, count, max_pages, "pages")
    sections = [Section(text=page.extract_text() or "", page=n) for n, page in enumerate(reader.pages, 1)]
    return _pdf_title(reader), sections


def _pdf_title(reader: Any) -> str | None:
    try:
        title = reader.metadata.title if reader.metadata is not None else None
    except Exception:  # damaged metadata should not cost the document
        return None
    return title if isinstance(title, str) else None


def _too_many(name: str, count: int, limit: int, unit: str) -> ConversionError:
    return ConversionError(
        f"'{name}' has {count} {unit}, more than the limit of {limit}. Split it into smaller files and upload "
        "them separately.",
        code="too_large",
    )


# ---------------------------------------------------------------- DOCX


def read_docx(data: bytes, name: str, max_pages: int) -> Read:
    from docx import Document

    doc = Document(io.BytesIO(data))
    text = join_blocks(list(_docx_blocks(doc.element.body, doc)))
    return doc.core_properties.title or None, [Section(text=text, page=None)]


def _docx_blocks(container: Any, parent: Any) -> Iterator[str]:
    """The body's paragraphs and tables in document order (content controls are looked into)."""
    from docx.oxml.ns import qn
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    for child in container.iterchildren():
        if child.tag == qn("w:p"):
            yield _docx_paragraph(Paragraph(child, parent))
        elif child.tag == qn("w:tbl"):
            table = Table(child, parent)
            yield pipe_table([[cell.text for cell in row.cells] for row in table.rows])
        elif child.tag == qn("w:sdt"):
            content = child.find(qn("w:sdtContent"))
            if content is not None:
                yield from _docx_blocks(content, parent)


def _docx_paragraph(paragraph: Any) -> str:
    text = paragraph.text.strip()
    if not text:
        return ""
    style = paragraph.style.name if paragraph.style is not None else ""
    style = style or ""
    heading = _HEADING_STYLE.match(style)
    if heading or style.lower() == "title":
        level = min(int(heading.group(1)), 6) if heading else 1
        return "#" * level + " " + " ".join(text.split())
    ppr = paragraph._p.pPr
    numbering = ppr.numPr if ppr is not None else None
    if numbering is not None or style.lower().startswith("list"):
        depth = numbering.ilvl.val if numbering is not None and numbering.ilvl is not None else 0
        return "  " * min(int(depth), 8) + "- " + " ".join(text.split())
    return text


def join_blocks(blocks: Sequence[str]) -> str:
    """Blocks separated by a blank line, except consecutive list items, which stay one list."""
    out: list[str] = []
    for block in blocks:
        if not block.strip():
            continue
        if out and _is_item(out[-1]) and _is_item(block):
            out.append("\n")
        elif out:
            out.append("\n\n")
        out.append(block)
    return "".join(out)


def _is_item(block: str) -> bool:
    return block.lstrip(" ").startswith("- ")


# ---------------------------------------------------------------- PPTX


def read_pptx(data: bytes, name: str, max_pages: int) -> Read:
    from pptx import Presentation

    presentation = Presentation(io.BytesIO(data))
    slides = list(presentation.slides)
    if len(slides) > max_pages:
        raise _too_many(name, len(slides), max_pages, "slides")
    sections = [Section(text=_slide_text(slide), page=n, label=f"Slide {n}") for n, slide in enumerate(slides, 1)]
    return presentation.core_properties.title or None, sections


def _slide_text(slide: Any) -> str:
    blocks: list[str] = []
    title = slide.shapes.title
    title_id = None
    if title is not None and title.has_text_frame:
        title_id = title.shape_id
        heading = " ".join(title.text_frame.text.split())
        if heading:
            blocks.append("## " + heading)
    blocks.extend(_shape_blocks(slide.shapes, title_id))
    if slide.has_notes_slide:
        frame = slide.notes_slide.notes_text_frame
        notes = frame.text.strip() if frame is not None else ""
        if notes:
            blocks.append("Notes:\n" + notes)
    return "\n\n".join(b for b in blocks if b.strip())


def _shape_blocks(shapes: Any, skip_id: int | None) -> Iterator[str]:
    from pptx.shapes.group import GroupShape

    for shape in shapes:
        if isinstance(shape, GroupShape):
            yield from _shape_blocks(shape.shapes, skip_id)
        elif shape.shape_id == skip_id:
            continue
        elif shape.has_table:
            yield pipe_table([[cell.text for cell in row.cells] for row in shape.table.rows])
        elif shape.has_text_frame:
            yield "\n".join(p.text.strip() for p in shape.text_frame.paragraphs if p.text.strip())


# ---------------------------------------------------------------- XLSX and CSV


def read_xlsx(data: bytes, name: str, max_pages: int) -> Read:
    from openpyxl import load_workbook

    workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    try:
        sections: list[Section] = []
        for sheet in workbook.worksheets:
            sheet.reset_dimensions()  # a stale <dimension> would otherwise cut rows off
            rows = ([_cell_text(v) for v in row] for row in sheet.iter_rows(values_only=True))
            sections.extend(table_sections(rows, heading=sheet.title, label=sheet.title))
        return None, sections
    finally:
        workbook.close()


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == time() else value.isoformat(sep=" ")
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    return str(value)


def read_csv(data: bytes, name: str, max_pages: int) -> Read:
    text = decode_text(data, name)
    sample = text[: 64 * 1024]
    if len(text) > len(sample) and "\n" in sample:
        sample = sample[: sample.rindex("\n")]
    try:
        dialect: type[csv.Dialect] | csv.Dialect = csv.Sniffer().sniff(sample, delimiters=",;\t|")
    except csv.Error:
        dialect = csv.excel
    rows = csv.reader(io.StringIO(text, newline=""), dialect)
    stem = name.rsplit(".", 1)[0]
    return None, table_sections(rows, heading=stem, label=None)


def table_sections(rows: Iterable[Sequence[str]], *, heading: str, label: str | None) -> list[Section]:
    """A table as ``## heading`` plus a pipe table; the first non-empty row is the header. Tables longer than
    :data:`ROWS_PER_SECTION` rows are split into several sections, each repeating the heading and header row."""
    table = _clean_rows(rows)
    if not table:
        return []
    width = max(len(r) for r in table)
    header, body = table[0], table[1:]
    sections = []
    for start in range(0, max(len(body), 1), ROWS_PER_SECTION):
        text = f"## {heading}\n\n" + pipe_table([header, *body[start : start + ROWS_PER_SECTION]], width=width)
        sections.append(Section(text=text, page=None, label=label))
    return sections


def _clean_rows(rows: Iterable[Sequence[str]]) -> list[list[str]]:
    """Cells as one-line strings; trailing empty cells and empty rows dropped."""
    out = []
    for row in rows:
        cells = [" ".join(str(c).split()) for c in row]
        while cells and not cells[-1]:
            cells.pop()
        if cells:
            out.append(cells)
    return out


def pipe_table(rows: Sequence[Sequence[str]], *, width: int | None = None) -> str:
    """A GitHub pipe table whose first row is the header; '' when no cell has text."""
    table = _clean_rows(rows)
    if not table:
        return ""
    width = max(width or 0, *(len(r) for r in table))
    lines = [_pipe_row(table[0], width), "|" + " --- |" * width]
    lines.extend(_pipe_row(row, width) for row in table[1:])
    return "\n".join(lines)


def _pipe_row(cells: Sequence[str], width: int) -> str:
    padded = [c.replace("|", "\\|") for c in cells] + [""] * (width - len(cells))
    return "| " + " | ".join(padded) + " |"


# ---------------------------------------------------------------- HTML, Markdown, text


def read_html(data: bytes, name: str, max_pages: int) -> Read:
    from bs4 import BeautifulSoup
    from markdownify import MarkdownConverter

    soup = BeautifulSoup(_decode_html(data, name), "html.parser")
    title_tag = soup.find("title")
    title = " ".join(title_tag.get_text(" ").split()) if title_tag is not None else ""
    for tag in soup.find_all(_HTML_DROP):
        if not tag.decomposed:
            tag.decompose()
    converter = MarkdownConverter(
        heading_style="ATX", bullets="-", strip=["img"], table_infer_header=True,
        escape_asterisks=False, escape_underscores=False,
    )
    return title or None, [Section(text=converter.convert_soup(soup), page=None)]


def _decode_html(data: bytes, name: str) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    declared = _META_CHARSET.search(data[:4096])
    if declared is not None:
        encoding = declared.group(1).decode("ascii").lower()
        encoding = "cp949" if encoding in _KOREAN_ALIASES else encoding  # Korean pages say euc-kr, mean cp949
        try:
            return data.decode(encoding, errors="replace")
        except LookupError:
            pass
    return decode_text(data, name)


def read_markdown(data: bytes, name: str, max_pages: int) -> Read:
    return None, [Section(text=decode_text(data, name), page=None)]


def read_text(data: bytes, name: str, max_pages: int) -> Read:
    return None, [Section(text=decode_text(data, name), page=None)]


def decode_text(data: bytes, name: str) -> str:
    """UTF-8 (with or without BOM), UTF-16 with a BOM, else CP949 (Korean Windows); anything else is refused."""
    candidates = ["utf-16"] if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) else []
    for encoding in [*candidates, "utf-8-sig", "cp949"]:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if not _looks_binary(text):
            return text
    raise ConversionError(
        f"'{name}' is not readable text: it is neither UTF-8 nor Korean (CP949/EUC-KR) encoded, or it is a binary "
        "file. Open it in a text editor, save it with UTF-8 encoding, and upload it again.",
        code="corrupt",
    )


def _looks_binary(text: str) -> bool:
    sample = text[:8192]
    controls = sum(1 for c in sample if c < " " and c not in "\t\n\r\x0b\x0c")
    return controls >= 4 and controls * 10 > len(sample)  # a stray NUL or two is stripped, not refused
