"""Turn an uploaded file into Markdown sections for a knowledge base.

:func:`convert` is pure and synchronous (callers run it in a worker thread): it reads only the bytes it is
given, keeps no state, and imports the converter libraries lazily. Every failure is a
:class:`ConversionError` whose message tells the user what is wrong with the file and how to fix it, and
whose ``code`` is machine-readable; an unexpected exception from a converter library becomes ``corrupt``,
so one bad file cannot break a batch. The per-format readers live in :mod:`bastion.knowledge.formats`.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from types import MappingProxyType


@dataclass(frozen=True, slots=True)
class Section:
    text: str  # Markdown: '#' headings, GitHub pipe tables, paragraphs separated by blank lines
    page: int | None  # 1-based PDF page or PPTX slide number; None where the format has no pages
    label: str | None = None  # sheet name for XLSX, "Slide 3" for PPTX; None otherwise


@dataclass(frozen=True, slots=True)
class Converted:
    title: str  # metadata title, first '# ' heading, HTML <title>, else the file name without extension
    format: str  # "pdf" | "docx" | "pptx" | "xlsx" | "csv" | "html" | "markdown" | "text"
    sections: list[Section]


class ConversionError(Exception):
    """A file that cannot be ingested; ``str(e)`` is a user-facing message that says what is wrong and how to
    fix it."""

    code: str  # "unsupported_type" | "empty_file" | "no_text" | "encrypted" | "corrupt" | "too_large"

    def __init__(self, message: str, *, code: str) -> None:
        super().__init__(message)
        self.code = code


Read = tuple[str | None, list[Section]]  # a format reader's result: (metadata title or None, raw sections)

FORMATS = MappingProxyType({
    ".pdf": "pdf",
    ".docx": "docx",
    ".pptx": "pptx",
    ".xlsx": "xlsx",
    ".csv": "csv",
    ".html": "html",
    ".htm": "html",
    ".md": "markdown",
    ".markdown": "markdown",
    ".txt": "text",
})
SUPPORTED: tuple[str, ...] = tuple(FORMATS)

_LEGACY = MappingProxyType({".doc": ".docx", ".xls": ".xlsx", ".ppt": ".pptx", ".rtf": ".docx", ".odt": ".docx",
                            ".ods": ".xlsx", ".odp": ".pptx"})
_ZIP_FORMATS = frozenset({"docx", "pptx", "xlsx"})
_TEXT_FORMATS = frozenset({"csv", "html", "markdown", "text"})
_ZIP_MAGIC = b"PK\x03\x04"
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # legacy Office files, and password-protected OOXML
_MAX_RATIO = 100  # a zip member expanding more than this is treated as a zip bomb ...
_RATIO_FLOOR = 1024 * 1024  # ... once it unpacks to more than this (small XML parts legitimately compress well)
_MIB = 1024 * 1024

_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_CONTROLS = re.compile(r"[\x00-\x08\x0e-\x1f\x7f\ufeff\u200b]")
_BREAKS = re.compile(r"\r\n?|[\x0b\x0c\u2028\u2029]")
_OBJECT_REPR = re.compile(r"'?<[^<>]* at 0x[0-9a-fA-F]+>'? ?")  # library messages that name our BytesIO
_FENCE = re.compile(r"^\s{0,3}(```|~~~)")


def convert(
    data: bytes, filename: str, *, max_pages: int = 2000, max_unpacked_bytes: int = 200 * 1024 * 1024
) -> Converted:
    """Convert one uploaded file to Markdown sections; raises :class:`ConversionError` for anything unusable."""
    name = filename.replace("\\", "/").rsplit("/", 1)[-1]
    stem, ext = _split_name(name)
    fmt = FORMATS.get(ext)
    if fmt is None:
        raise ConversionError(_unsupported_message(name, ext), code="unsupported_type")
    if not data:
        raise ConversionError(f"'{name}' is empty (0 bytes). Check the file and upload it again.", code="empty_file")
    _check_magic(data, name, fmt)
    if fmt in _ZIP_FORMATS:
        _check_zip(data, name, max_unpacked_bytes)
    meta_title, raw = _read(fmt, data, name, max_pages)
    sections = [s for s in (_clean_section(s) for s in raw) if s.text]
    if not sections:
        raise ConversionError(_no_text_message(name, fmt), code="no_text")
    return Converted(title=_title(meta_title, sections, stem), format=fmt, sections=sections)


def _read(fmt: str, data: bytes, name: str, max_pages: int) -> Read:
    from bastion.knowledge import formats  # lazy: pulls in the converter libraries

    readers: dict[str, Callable[[bytes, str, int], Read]] = {
        "pdf": formats.read_pdf,
        "docx": formats.read_docx,
        "pptx": formats.read_pptx,
        "xlsx": formats.read_xlsx,
        "csv": formats.read_csv,
        "html": formats.read_html,
        "markdown": formats.read_markdown,
        "text": formats.read_text,
    }
    try:
        return readers[fmt](data, name, max_pages)
    except ConversionError:
        raise
    except Exception as exc:  # any library failure on a bad file is the file's fault, reported per file
        raise corrupt(name, fmt, exc) from exc


def corrupt(name: str, fmt: str, exc: BaseException | None = None) -> ConversionError:
    """The ``corrupt`` error for ``name``, with a short reason from ``exc`` where there is one."""
    kind = {"markdown": "a Markdown file", "text": "a text file", "html": "an HTML file"}.get(fmt, f"a {fmt.upper()}")
    detail = ""
    if exc is not None:
        reason = _OBJECT_REPR.sub("", " ".join(str(exc).split()))[:200] or type(exc).__name__
        detail = f" ({reason})"
    return ConversionError(
        f"'{name}' could not be read as {kind}{detail}. The file may be damaged, truncated or mislabelled; "
        "open it in the application that made it, save or export it again, and upload the new copy.",
        code="corrupt",
    )


def _split_name(name: str) -> tuple[str, str]:
    dot = name.rfind(".")
    if dot <= 0:
        return name, ""
    return name[:dot], name[dot:].lower()


def _unsupported_message(name: str, ext: str) -> str:
    supported = ", ".join(SUPPORTED)
    modern = _LEGACY.get(ext)
    if modern is not None:
        hint = f"Open it and save it as {modern} (File > Save As), then upload the {modern} file."
    elif ext:
        hint = "Convert it to one of these formats (for example, save or print it as PDF) and upload it again."
    else:
        hint = "The file name has no extension; rename it with the right one (for example, report.pdf)."
    kind = f"'{ext}' files are" if ext else "files without an extension are"
    return f"'{name}' cannot be added: {kind} not supported. Supported types: {supported}. {hint}"


def _no_text_message(name: str, fmt: str) -> str:
    if fmt == "pdf":
        return (
            f"'{name}' has no text layer, so there is nothing to index. If it is a scanned PDF (pages stored as "
            "images), run OCR on it first (for example with ocrmypdf, or your scanner's 'searchable PDF' option) "
            "and upload the result."
        )
    return f"'{name}' contains no text to index. Check that it is the right file, add its content, and upload it again."


def _check_magic(data: bytes, name: str, fmt: str) -> None:
    """The extension says what the file should be; the first bytes must agree where the format has a signature."""
    if fmt == "pdf" and b"%PDF-" not in data[:1024]:
        raise ConversionError(
            f"'{name}' is not a PDF: it does not start with the PDF signature (%PDF-). It may be damaged, or another "
            "kind of file renamed to .pdf; export it as PDF again from the original application and upload that.",
            code="corrupt",
        )
    if fmt in _ZIP_FORMATS and not data.startswith(_ZIP_MAGIC):
        _not_ooxml(data, name, fmt)
    if fmt in _TEXT_FORMATS and (data.startswith((_ZIP_MAGIC, _OLE_MAGIC)) or data[:1024].lstrip()[:5] == b"%PDF-"):
        raise ConversionError(
            f"'{name}' is named like a {fmt} file but contains a binary document (PDF or Office). Rename it with "
            "its real extension (.pdf, .docx, .xlsx, ...) and upload it again.",
            code="corrupt",
        )


def _not_ooxml(data: bytes, name: str, fmt: str) -> None:
    if data.startswith(_OLE_MAGIC) and "EncryptedPackage".encode("utf-16-le") in data:
        raise ConversionError(
            f"'{name}' is password-protected. Open it, remove the password (File > Info > Protect), save it and "
            "upload it again.",
            code="encrypted",
        )
    legacy = {"docx": ".doc", "pptx": ".ppt", "xlsx": ".xls"}[fmt]
    hint = (
        f"It looks like an older {legacy} file renamed to .{fmt}; open it and save it as .{fmt}"
        if data.startswith(_OLE_MAGIC)
        else f"A .{fmt} file is a zip archive and this one is not; it may be damaged or renamed. Save it as .{fmt}"
    )
    raise ConversionError(f"'{name}' is not a valid .{fmt} file. {hint}, then upload it again.", code="corrupt")


def _check_zip(data: bytes, name: str, max_unpacked_bytes: int) -> None:
    """Zip-bomb defence: refuse archives that unpack to too much, or with members that expand suspiciously."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, OSError, EOFError) as exc:
        raise ConversionError(
            f"'{name}' is not a readable zip archive ({exc}); Office files (.docx, .pptx, .xlsx) are zip archives, so "
            "this one is damaged or truncated. Save it again from the original application and upload the new copy.",
            code="corrupt",
        ) from exc
    total = sum(m.file_size for m in members)
    if total > max_unpacked_bytes:
        raise ConversionError(
            f"'{name}' unpacks to {total / _MIB:.0f} MiB, more than the {max_unpacked_bytes / _MIB:.0f} MiB limit. "
            "Remove large embedded media or split the document into smaller files, then upload them.",
            code="too_large",
        )
    for member in members:
        if member.file_size > _RATIO_FLOOR and member.file_size > _MAX_RATIO * max(member.compress_size, 1):
            raise ConversionError(
                f"'{name}' contains a part ({member.filename}) that expands more than {_MAX_RATIO}x when unpacked, "
                "which is how zip bombs look, so it was refused. If the file is genuine, open it and save it again "
                "(or export it as PDF) and upload that.",
                code="too_large",
            )


def _clean_section(section: Section) -> Section:
    label = " ".join(section.label.split()) if section.label else None
    return Section(text=normalise(section.text), page=section.page, label=label or None)


def normalise(text: str) -> str:
    """Unify line breaks, drop control characters, collapse runs of spaces inside lines (leading indentation and
    fenced code blocks are kept), strip trailing spaces, and leave at most one blank line between blocks."""
    text = _CONTROLS.sub("", _BREAKS.sub("\n", text))
    out: list[str] = []
    in_fence = False
    for line in text.split("\n"):
        if _FENCE.match(line):
            in_fence = not in_fence
        elif not in_fence:
            body = line.lstrip(" \t")
            line = line[: len(line) - len(body)] + _SPACES.sub(" ", body)
        line = line.rstrip()
        if line or (out and out[-1]) or in_fence:
            out.append(line)
    return "\n".join(out).strip("\n")


def _title(meta_title: str | None, sections: list[Section], stem: str) -> str:
    title = " ".join((meta_title or "").split())
    if title and title.lower() not in {"untitled", "powerpoint presentation", "presentation", "document"}:
        return title
    for section in sections:
        for line in section.text.split("\n"):
            if line.startswith("# ") and line[2:].strip():
                return line[2:].strip().rstrip("#").strip() or stem
    return stem
