"""Uploaded files to Markdown sections: every format from real files built here, and every error code."""

from __future__ import annotations

import io
import subprocess
import sys
import zipfile
from datetime import datetime

import pytest
from docx import Document
from fpdf import FPDF
from openpyxl import Workbook
from pptx import Presentation
from pptx.util import Inches
from pypdf import PdfReader, PdfWriter

from bastion.knowledge.convert import SUPPORTED, ConversionError, Converted, Section, convert

# ---------------------------------------------------------------- builders


def text_pdf(pages: list[str], title: str | None = None) -> bytes:
    pdf = FPDF()
    if title:
        pdf.set_title(title)
    pdf.set_font("helvetica", size=12)
    for text in pages:
        pdf.add_page()
        for line in text.split("\n"):
            pdf.cell(text=line, new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


def blank_pdf(pages: int, *, user_password: str | None = None, owner_password: str | None = None) -> bytes:
    writer = PdfWriter()
    for _ in range(pages):
        writer.add_blank_page(width=200, height=200)
    if user_password is not None:
        writer.encrypt(user_password=user_password, owner_password=owner_password, algorithm="AES-256")
    return _pdf_bytes(writer)


def _pdf_bytes(writer: PdfWriter) -> bytes:
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def docx_bytes(doc: object) -> bytes:
    out = io.BytesIO()
    doc.save(out)  # type: ignore[attr-defined]
    return out.getvalue()


def handbook_docx(title: str = "Employee Handbook") -> bytes:
    doc = Document()
    doc.core_properties.title = title
    doc.add_heading("Introduction", level=1)
    doc.add_paragraph("Welcome   to the    company.")
    doc.add_paragraph("First rule", style="List Bullet")
    doc.add_paragraph("Second rule", style="List Bullet")
    doc.add_heading("Leave policy", level=2)
    table = doc.add_table(rows=3, cols=2)
    for r, (a, b) in enumerate([("Type", "Days"), ("Annual | paid", "15"), ("Sick", "up to\n10")]):
        table.cell(r, 0).text = a
        table.cell(r, 1).text = b
    doc.add_paragraph("Ask HR for anything else.")
    doc.add_heading("Deep detail", level=3)
    return docx_bytes(doc)


def workbook_bytes(wb: Workbook) -> bytes:
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def deck_bytes() -> bytes:
    prs = Presentation()
    slide = prs.slides.add_slide(prs.slide_layouts[1])  # title and content
    slide.shapes.title.text = "Roadmap 2025"
    slide.placeholders[1].text_frame.text = "Ship the gateway"
    slide.placeholders[1].text_frame.add_paragraph().text = "Add knowledge bases"
    slide.notes_slide.notes_text_frame.text = "Mention the budget."
    slide = prs.slides.add_slide(prs.slide_layouts[5])  # title only
    slide.shapes.title.text = "Costs"
    table = slide.shapes.add_table(2, 2, Inches(1), Inches(2), Inches(4), Inches(1)).table
    for (r, c), value in {(0, 0): "Item", (0, 1): "EUR", (1, 0): "GPUs", (1, 1): "12,000"}.items():
        table.cell(r, c).text = value
    prs.slides.add_slide(prs.slide_layouts[6])  # blank: no text, so no section
    out = io.BytesIO()
    prs.save(out)
    return out.getvalue()


def error(data: bytes, filename: str, **kwargs: int) -> ConversionError:
    with pytest.raises(ConversionError) as info:
        convert(data, filename, **kwargs)
    return info.value


# ---------------------------------------------------------------- PDF


def test_pdf_one_section_per_page_with_metadata_title() -> None:
    result = convert(text_pdf(["Alpha page one\nSecond line", "Bravo page two"], title="Quarterly Report"), "q.pdf")
    assert result.format == "pdf"
    assert result.title == "Quarterly Report"
    assert [s.page for s in result.sections] == [1, 2]
    assert result.sections[0].text == "Alpha page one\nSecond line"
    assert result.sections[1] == Section(text="Bravo page two", page=2, label=None)


def test_pdf_without_title_is_named_after_the_file_and_blank_pages_are_dropped() -> None:
    reader = PdfReader(io.BytesIO(text_pdf(["Only text here"])))
    writer = PdfWriter()
    writer.add_blank_page(width=200, height=200)
    writer.add_page(reader.pages[0])
    result = convert(_pdf_bytes(writer), "dir/Annual Plan.PDF")
    assert result.title == "Annual Plan"
    assert result.sections == [Section(text="Only text here", page=2)]


def test_pdf_with_owner_password_only_is_read() -> None:
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(text_pdf(["Protected but readable"]))))
    writer.encrypt(user_password="", owner_password="owner-secret", algorithm="AES-256")
    result = convert(_pdf_bytes(writer), "locked.pdf")
    assert [(s.page, s.text) for s in result.sections] == [(1, "Protected but readable")]


def test_pdf_with_user_password_is_encrypted() -> None:
    exc = error(blank_pdf(1, user_password="s3cret"), "secret.pdf")
    assert exc.code == "encrypted"
    assert "remove the password" in str(exc).lower()
    assert "secret.pdf" in str(exc)


def test_scanned_pdf_without_text_is_no_text_and_mentions_ocr() -> None:
    exc = error(blank_pdf(3), "scan.pdf")
    assert exc.code == "no_text"
    assert "OCR" in str(exc)


def test_pdf_over_the_page_limit_is_too_large() -> None:
    exc = error(blank_pdf(3), "big.pdf", max_pages=2)
    assert exc.code == "too_large"
    assert "3 pages" in str(exc) and "2" in str(exc)


@pytest.mark.parametrize("data", [b"%PDF-1.7\n\x00\x01garbage that is not a pdf body", b"%PDF-1.4\n1 0 obj <<"])
def test_broken_pdf_is_corrupt(data: bytes) -> None:
    exc = error(data, "broken.pdf")
    assert exc.code == "corrupt"
    assert "broken.pdf" in str(exc)


def test_pdf_extension_without_pdf_signature_is_corrupt() -> None:
    exc = error(b"Hello, I am plain text", "fake.pdf")
    assert exc.code == "corrupt"
    assert "%PDF-" in str(exc)


# ---------------------------------------------------------------- DOCX


def test_docx_headings_lists_and_table_in_document_order() -> None:
    result = convert(handbook_docx(), "handbook.docx")
    assert result.format == "docx"
    assert result.title == "Employee Handbook"
    assert len(result.sections) == 1
    section = result.sections[0]
    assert section.page is None and section.label is None
    assert section.text == (
        "# Introduction\n\n"
        "Welcome to the company.\n\n"
        "- First rule\n"
        "- Second rule\n\n"
        "## Leave policy\n\n"
        "| Type | Days |\n"
        "| --- | --- |\n"
        "| Annual \\| paid | 15 |\n"
        "| Sick | up to 10 |\n\n"
        "Ask HR for anything else.\n\n"
        "### Deep detail"
    )


def test_docx_title_falls_back_to_first_top_level_heading() -> None:
    assert convert(handbook_docx(title=""), "x.docx").title == "Introduction"


def test_docx_title_style_is_a_top_heading() -> None:
    doc = Document()
    doc.add_heading("Big Title", level=0)  # the "Title" style
    doc.add_heading("Chapter", level=7)  # Heading 7 is capped at ######
    doc.add_paragraph("Body.")
    result = convert(docx_bytes(doc), "t.docx")
    assert result.sections[0].text == "# Big Title\n\n###### Chapter\n\nBody."
    assert result.title == "Big Title"


def test_docx_that_is_not_a_zip_is_corrupt() -> None:
    exc = error(b"This is just text pretending to be Word", "report.docx")
    assert exc.code == "corrupt"
    assert ".docx" in str(exc)


def test_truncated_docx_is_corrupt() -> None:
    data = handbook_docx()
    exc = error(data[: len(data) // 2], "cut.docx")
    assert exc.code == "corrupt"


def test_password_protected_office_file_is_encrypted() -> None:
    ole = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100 + "EncryptedPackage".encode("utf-16-le") + b"\x00" * 50
    exc = error(ole, "locked.xlsx")
    assert exc.code == "encrypted"


def test_legacy_doc_renamed_to_docx_says_so() -> None:
    exc = error(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 200, "old.docx")
    assert exc.code == "corrupt"
    assert ".doc file" in str(exc)


def test_wrong_office_type_is_corrupt_not_a_library_error() -> None:
    exc = error(workbook_bytes(Workbook()), "actually-a-workbook.docx")
    assert type(exc) is ConversionError
    assert exc.code == "corrupt"
    assert "not a Word file" in str(exc) and " at 0x" not in str(exc)  # the library's reason, minus object reprs


# ---------------------------------------------------------------- zip bombs


def _with_member(data: bytes, name: str, payload: bytes) -> bytes:
    out = io.BytesIO(data)
    with zipfile.ZipFile(out, "a", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(name, payload)
    return out.getvalue()


def test_zip_bomb_member_is_too_large() -> None:
    bomb = _with_member(handbook_docx(), "word/media/zeros.bin", b"\x00" * (8 * 1024 * 1024))
    assert len(bomb) < 100 * 1024  # 8 MiB of zeros squeezed into a few KiB
    exc = error(bomb, "bomb.docx")
    assert exc.code == "too_large"
    assert "zeros.bin" in str(exc)


def test_zip_over_the_unpacked_limit_is_too_large() -> None:
    exc = error(handbook_docx(), "h.docx", max_unpacked_bytes=10_000)
    assert exc.code == "too_large"
    assert "MiB" in str(exc)


def test_well_compressed_small_members_are_not_a_bomb() -> None:
    data = _with_member(handbook_docx(), "customXml/item9.xml", b"<a/>" * 50_000)  # 200 KB, ratio > 100
    assert convert(data, "ok.docx").sections[0].text.startswith("# Introduction")


# ---------------------------------------------------------------- PPTX


def test_pptx_one_section_per_slide_with_title_table_and_notes() -> None:
    result = convert(deck_bytes(), "deck.pptx")
    assert result.format == "pptx"
    assert result.title == "deck"  # no metadata title and no '# ' heading: the file name
    assert [(s.page, s.label) for s in result.sections] == [(1, "Slide 1"), (2, "Slide 2")]
    assert result.sections[0].text == (
        "## Roadmap 2025\n\nShip the gateway\nAdd knowledge bases\n\nNotes:\nMention the budget."
    )
    assert result.sections[1].text == "## Costs\n\n| Item | EUR |\n| --- | --- |\n| GPUs | 12,000 |"


def test_pptx_over_the_slide_limit_is_too_large() -> None:
    assert error(deck_bytes(), "deck.pptx", max_pages=2).code == "too_large"


# ---------------------------------------------------------------- XLSX


def test_xlsx_long_sheet_is_split_and_every_piece_repeats_the_header() -> None:
    wb = Workbook()
    sheet = wb.active
    sheet.title = "Sales"
    sheet.append(["id", "region", "amount"])
    for i in range(1, 450):  # 450 rows in all, header included
        sheet.append([i, "서울" if i % 2 else "Busan", i * 1.5])
    wb.create_sheet("Empty")
    small = wb.create_sheet("Meta")
    small.append(["key", "value", None])
    small.append([None, None, None])
    small.append(["created", datetime(2024, 5, 1), None])
    result = convert(workbook_bytes(wb), "sales.xlsx")
    assert result.format == "xlsx"
    assert result.title == "sales"
    assert [s.label for s in result.sections] == ["Sales", "Sales", "Sales", "Meta"]
    header = "## Sales\n\n| id | region | amount |\n| --- | --- | --- |\n"
    for section in result.sections[:3]:
        assert section.text.startswith(header)
        assert section.page is None
    bodies = [s.text[len(header) :].split("\n") for s in result.sections[:3]]
    assert [len(b) for b in bodies] == [200, 200, 49]
    assert bodies[0][0] == "| 1 | 서울 | 1.5 |"
    assert bodies[0][1] == "| 2 | Busan | 3 |"
    assert bodies[2][-1] == "| 449 | 서울 | 673.5 |"
    assert result.sections[3].text == "## Meta\n\n| key | value |\n| --- | --- |\n| created | 2024-05-01 |"


def test_xlsx_with_only_empty_sheets_has_no_text() -> None:
    assert error(workbook_bytes(Workbook()), "blank.xlsx").code == "no_text"


# ---------------------------------------------------------------- CSV


def test_csv_in_cp949_korean() -> None:
    data = "이름,부서,메모\n김철수,영업,\"쉼표, 포함\"\n이영희,개발,a|b\n".encode("cp949")
    result = convert(data, "직원.csv")
    assert result.format == "csv"
    assert result.title == "직원"
    assert result.sections == [
        Section(
            text="## 직원\n\n| 이름 | 부서 | 메모 |\n| --- | --- | --- |\n"
            "| 김철수 | 영업 | 쉼표, 포함 |\n| 이영희 | 개발 | a\\|b |",
            page=None,
        )
    ]


def test_csv_with_bom_and_semicolons_is_sniffed() -> None:
    data = "\ufeffname;score\nAnn;1\nBo;2\n".encode()
    assert convert(data, "s.CSV").sections[0].text == "## s\n\n| name | score |\n| --- | --- |\n| Ann | 1 |\n| Bo | 2 |"


def test_long_csv_is_split_like_a_sheet() -> None:
    data = ("n\n" + "".join(f"{i}\n" for i in range(401))).encode()
    sections = convert(data, "n.csv").sections
    assert len(sections) == 3
    assert all(s.text.startswith("## n\n\n| n |\n| --- |\n") for s in sections)
    assert sections[1].text.endswith("| 398 |\n| 399 |")
    assert sections[2].text == "## n\n\n| n |\n| --- |\n| 400 |"


# ---------------------------------------------------------------- HTML


def test_html_drops_chrome_and_keeps_headings_and_tables() -> None:
    html = """<!doctype html><html><head><title>Price  list</title><style>p{color:red}</style></head>
    <body><nav><a href="/">Home</a> | <a href="/about">About</a></nav>
    <script>alert("x")</script>
    <h1>Prices</h1><p>All prices in <b>EUR</b>.</p>
    <table><tr><th>Plan</th><th>Price</th></tr><tr><td>Basic</td><td>10</td></tr></table>
    <ul><li>snake_case stays</li><li>two</li></ul>
    <footer>Copyright 2025</footer></body></html>"""
    result = convert(html.encode(), "prices.html")
    assert result.format == "html"
    assert result.title == "Price list"
    assert result.sections == [
        Section(
            text="# Prices\n\nAll prices in **EUR**.\n\n| Plan | Price |\n| --- | --- |\n| Basic | 10 |\n\n"
            "- snake_case stays\n- two",
            page=None,
        )
    ]


def test_html_in_euc_kr_with_declared_charset() -> None:
    html = '<html><head><meta charset="euc-kr"></head><body><h2>공지사항</h2><p>똠방각하</p></body></html>'
    result = convert(html.encode("cp949"), "notice.htm")
    assert result.title == "notice"
    assert result.sections[0].text == "## 공지사항\n\n똠방각하"


# ---------------------------------------------------------------- Markdown and text


def test_markdown_utf8_korean_passes_through_normalised() -> None:
    text = (
        "# 사용 안내\n\n첫   문단입니다.\x00\n\n\n\n## 설치\n\n"
        "```\ncode   keeps   spaces\n\n\n```\n  - 들여쓴 항목\n"
    )
    result = convert(text.encode(), "guide.md")
    assert result.format == "markdown"
    assert result.title == "사용 안내"
    assert result.sections == [
        Section(
            text="# 사용 안내\n\n첫 문단입니다.\n\n## 설치\n\n```\ncode   keeps   spaces\n\n\n```\n  - 들여쓴 항목",
            page=None,
        )
    ]


def test_text_in_cp949_and_crlf() -> None:
    result = convert("회의록\r\n\r\n결정:  예산 승인\r\n".encode("cp949"), "minutes.TXT")
    assert result.format == "text"
    assert result.title == "minutes"
    assert result.sections == [Section(text="회의록\n\n결정: 예산 승인", page=None)]


def test_markdown_with_utf8_bom() -> None:
    result = convert("\ufeff# Title\nbody".encode(), "a.markdown")
    assert (result.title, result.sections[0].text) == ("Title", "# Title\nbody")


def test_undecodable_text_is_corrupt_with_an_encoding_hint() -> None:
    exc = error(b"caf\xe9 \x80\x81\xff" * 20, "weird.txt")
    assert exc.code == "corrupt"
    assert "UTF-8" in str(exc)


def test_binary_named_as_text_is_corrupt() -> None:
    assert error(text_pdf(["x"]), "notes.txt").code == "corrupt"
    assert error(bytes(range(32)) * 50, "data.csv").code == "corrupt"


def test_whitespace_only_text_is_no_text() -> None:
    exc = error(b" \n\t\n\x00  \n", "blank.txt")
    assert exc.code == "no_text"
    assert "blank.txt" in str(exc)


# ---------------------------------------------------------------- types and errors


@pytest.mark.parametrize(("filename", "modern"), [("old.doc", ".docx"), ("budget.XLS", ".xlsx"), ("talk.ppt", ".pptx")])
def test_legacy_office_is_unsupported_and_suggests_the_modern_format(filename: str, modern: str) -> None:
    exc = error(b"\xd0\xcf\x11\xe0 whatever", filename)
    assert exc.code == "unsupported_type"
    assert f"save it as {modern}" in str(exc)
    assert ".pdf, .docx, .pptx, .xlsx, .csv" in str(exc)


@pytest.mark.parametrize("filename", ["setup.exe", "README", "image.png"])
def test_other_types_are_unsupported(filename: str) -> None:
    exc = error(b"data", filename)
    assert exc.code == "unsupported_type"
    assert "Supported types" in str(exc)


@pytest.mark.parametrize("filename", ["empty.pdf", "empty.docx", "empty.txt", "empty.csv"])
def test_empty_file(filename: str) -> None:
    exc = error(b"", filename)
    assert exc.code == "empty_file"
    assert filename in str(exc)


def test_supported_extensions() -> None:
    assert set(SUPPORTED) == {".pdf", ".docx", ".pptx", ".xlsx", ".csv", ".html", ".htm", ".md", ".markdown", ".txt"}


def test_importing_the_module_loads_no_converter_library() -> None:
    heavy = "{'pypdf', 'docx', 'pptx', 'openpyxl', 'bs4', 'markdownify'}"
    code = f"import sys, bastion.knowledge.convert; print(sorted({heavy} & set(sys.modules)))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_results_are_frozen_values() -> None:
    result = convert(b"hello", "h.txt")
    assert result == Converted(title="h", format="text", sections=[Section(text="hello", page=None)])
    with pytest.raises(AttributeError):
        result.title = "x"  # type: ignore[misc]
