"""Document files read directly: the real Word-exported PDF of the corpus, generated ``.docx`` and
PDF files, and a clear answer for every document that cannot be read.

The round trip of generated documents through every template runs in ``test_render_roundtrip``.
"""

from __future__ import annotations

import io
import json
import sys
import zipfile
from pathlib import Path
from typing import Any

import pytest

from govdisclosure import parse, schema_errors
from govdisclosure.cli import main
from govdisclosure.documents import kind_of, read_document
from govdisclosure.model.cellmap import cells_of
from govdisclosure.read.pipeline import ParseResult
from govdisclosure.serde.jsonio import report_to_dict
from govdisclosure.template.spec import Template
from scripts.corpus_accuracy import facts
from tests.conftest import corpus_dir, load_json
from tests.document_renderers import DOCUMENT_RENDERERS
from tests.renderers import Style, template_spec

pytest.importorskip("pdfplumber")
pytest.importorskip("docx")
pytest.importorskip("reportlab")

HONGZE = "054_hongze-qzf_2024"


@pytest.fixture(scope="module")
def hongze() -> tuple[ParseResult, dict[str, Any]]:
    corpus = corpus_dir() / "documents"
    return parse(corpus / "raw" / f"{HONGZE}.pdf"), load_json(corpus / "expected" / f"{HONGZE}.json")


def test_hongze_pdf_has_no_wrong_cell(hongze: tuple[ParseResult, dict[str, Any]]) -> None:
    result, expected = hongze
    report = result.report
    assert (report.rendering, report.template, report.metadata.year) == ("pdf", Template.V2021, 2024)
    assert report.metadata.issuer == expected["issuer"]
    got = facts(report)
    named = {cell for d in report.diagnostics for cell in d.cells}
    wrong = {
        k: (v, got[k])
        for k, v in expected["cells"].items()
        if got[k] != v and not (got[k] is None and k in named)
    }
    assert wrong == {}


def test_hongze_pdf_reads_all_200_cells(hongze: tuple[ParseResult, dict[str, Any]]) -> None:
    result, expected = hongze
    got = facts(result.report)
    assert {k: got[k] for k, v in expected["cells"].items() if got[k] != v} == {}


def test_hongze_pdf_text_keeps_page_numbers_out_and_joins_the_cut_table(
    hongze: tuple[ParseResult, dict[str, Any]],
) -> None:
    text = hongze[0].text
    assert "- 3 -" not in text
    assert "- 4 -" not in text
    # The vertical label and the header cells wrapped inside their cells, read whole.
    assert "三、本年度办理结果 | （一）予以公开 | 50 |" in text
    assert "商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 |" in text
    # Table 三 goes on at the top of page 4 without its header: no empty cell of the cut merged
    # label cells, and one table (the row after the break follows the row before it).
    assert "31 | 0 | 0 | 0 | 0 | 0 | 31 |\n2.没有现成信息需要另行制作 | 1 |" in text
    # Prose paragraphs are joined across the lines and pages they were printed on.
    assert "答复书模板，使各行政机关答复的方式" in text


def test_hongze_spans_carry_page_and_box(hongze: tuple[ParseResult, dict[str, Any]]) -> None:
    result, _ = hongze
    report = result.report
    for cell_id, cell in cells_of(report).items():
        if cell.value is None:
            continue
        span = cell.span
        assert span is not None, cell_id
        assert span.address is not None, cell_id
        assert result.source[span.offset : span.offset + span.length] == cell.raw
        address = span.address
        assert address.page in (2, 3, 4)
        assert address.box is not None
        assert address.box.x0 < address.box.x1
        assert address.box.top < address.box.bottom
        assert address.table is not None
        assert address.row is not None
        assert address.cell is not None
    total = report.applications.new_received.total.span
    assert total is not None
    assert total.address is not None
    assert (total.address.page, total.address.cell) == (3, 10)
    assert total.address.box is not None
    assert total.address.box.x0 > 480
    overview = report.sections.overview
    assert overview is not None
    assert overview.sentences
    first = overview.sentences[0].span
    assert first is not None
    assert first.address is not None
    assert first.address.page == 1
    assert first.address.box is not None
    assert first.address.table is None
    data = report_to_dict(report)
    assert schema_errors(data, "report") == []
    assert data["applications"]["new_received"]["total"]["span"]["address"]["page"] == 3


def test_a_document_is_known_by_its_content_not_its_name(tmp_path: Path) -> None:
    spec = template_spec(Template.V2021)
    values = dict.fromkeys(spec.cell_ids, 1)
    for kind, render in DOCUMENT_RENDERERS.items():
        path = tmp_path / f"report-{kind}.txt"
        path.write_bytes(render(spec, 2023, values, Style()))
        report = parse(path).report
        assert (report.rendering, report.template) == (kind, Template.V2021)
        assert all(c.value == 1 for c in cells_of(report).values())


def test_docx_spans_carry_table_row_and_cell() -> None:
    spec = template_spec(Template.V2019)
    values: dict[str, Any] = dict.fromkeys(spec.cell_ids, 7)
    result = parse(DOCUMENT_RENDERERS["docx"](spec, 2020, values, Style()))
    span = result.report.applications.new_received.total.span
    assert span is not None
    assert span.address is not None
    address = span.address
    assert (address.page, address.box, address.table, address.row, address.cell) == (None, None, 2, 4, 10)
    sections = result.report.sections
    assert sections.overview is not None
    assert sections.overview.span is not None
    heading = sections.overview.span.address
    assert heading is not None
    assert heading.paragraph == 2


def _rendered(kind: str) -> bytes:
    spec = template_spec(Template.V2021)
    return DOCUMENT_RENDERERS[kind](spec, 2023, dict.fromkeys(spec.cell_ids, 0), Style())


def _pdf(draw: Any) -> bytes:
    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    pdf = canvas.Canvas(out)
    draw(pdf)
    pdf.save()
    return out.getvalue()


def _codes(data: bytes) -> list[str]:
    return [d.code for d in parse(data).report.diagnostics]


def test_a_scanned_pdf_needs_ocr() -> None:
    from PIL import Image

    scan = _pdf(lambda pdf: pdf.drawInlineImage(Image.new("L", (60, 80), 200), 50, 50, 400, 600))
    result = parse(scan)
    assert result.report.template is Template.UNKNOWN
    first = result.report.diagnostics[0]
    assert first.code == "document_needs_ocr"
    assert "OCR" in first.message
    assert "ocrmypdf" in first.message_en


def test_encrypted_and_broken_pdfs_say_so() -> None:
    from reportlab.lib.pdfencrypt import StandardEncryption
    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    pdf = canvas.Canvas(out, encrypt=StandardEncryption("secret"))
    pdf.drawString(50, 700, "hello")
    pdf.save()
    assert _codes(out.getvalue())[0] == "document_encrypted"
    assert _codes(b"%PDF-1.7\n1 0 obj << >> endobj\n")[0] == "document_broken"
    whole = _rendered("pdf")
    assert _codes(whole[: len(whole) // 2])[0] == "document_broken"


def test_old_word_rtf_and_ofd_files_say_how_to_convert() -> None:
    ole2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600)
    first = parse(ole2).report.diagnostics[0]
    assert (first.code, kind_of(ole2)) == ("document_old_format", "ole2")
    assert "libreoffice --headless --convert-to docx" in first.message
    assert ".doc" in first.message_en
    assert _codes(b"{\\rtf1\\ansi hello}")[0] == "document_old_format"
    ofd = io.BytesIO()
    with zipfile.ZipFile(ofd, "w") as archive:
        archive.writestr("OFD.xml", "<ofd:OFD/>")
    assert _codes(ofd.getvalue())[0] == "document_ofd"


def test_a_broken_docx_says_so() -> None:
    data = io.BytesIO()
    with zipfile.ZipFile(data, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<w:document><unclosed>")
    first = parse(data.getvalue()).report.diagnostics[0]
    assert first.code == "document_broken"
    assert ".docx" in first.message


@pytest.mark.parametrize(
    ("module", "extra", "kind"), [("pdfplumber", "pdf", "pdf"), ("docx", "docx", "docx")]
)
def test_a_missing_extra_names_the_install_command(
    monkeypatch: pytest.MonkeyPatch, module: str, extra: str, kind: str
) -> None:
    data = _rendered(kind)
    monkeypatch.setitem(sys.modules, module, None)  # the import fails as when the extra is absent
    first = parse(data).report.diagnostics[0]
    assert first.code == "document_extra_missing"
    assert f"pip install 'govdisclosure[{extra}]'" in first.message
    assert f"pip install 'govdisclosure[{extra}]'" in first.message_en


def test_text_is_never_taken_for_a_document() -> None:
    assert read_document("%PDF-1.7 in a text") is None
    assert read_document(b"plain text, %PDF-x is no header") is None
    assert read_document(b"PK\x03\x04 not a zip") is None


def _run(*args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(args), out=out, err=err)
    return code, out.getvalue(), err.getvalue()


def test_cli_reads_a_folder_of_documents_and_goes_on_past_those_it_cannot(tmp_path: Path) -> None:
    spec = template_spec(Template.V2021)
    values = dict.fromkeys(spec.cell_ids, 0)
    (tmp_path / "a.pdf").write_bytes(DOCUMENT_RENDERERS["pdf"](spec, 2023, values, Style()))
    (tmp_path / "b.docx").write_bytes(DOCUMENT_RENDERERS["docx"](spec, 2023, values, Style()))
    (tmp_path / "c.doc").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600))
    (tmp_path / "d.pdf").write_bytes(_pdf(lambda pdf: pdf.rect(50, 50, 100, 100)))
    code, out, err = _run("facts", str(tmp_path))
    assert code == 2
    records = [json.loads(line) for line in out.splitlines()]
    assert [(Path(r["file"]).name, r["template"]) for r in records] == [
        ("a.pdf", "2021"),
        ("b.docx", "2021"),
        ("c.doc", "unknown"),
        ("d.pdf", "unknown"),
    ]
    assert all(schema_errors(r, "facts") == [] for r in records)
    assert records[0]["cells"]["t3.new_received.total"] == 0
    assert "c.doc: this is an old binary Office file" in err
    assert "libreoffice --headless --convert-to docx" in err
    assert "d.pdf: the PDF has no text" in err
    assert "OCR" in err
    assert "Traceback" not in err
    code, out, err = _run("check", str(tmp_path / "a.pdf"))
    assert (code, err) == (0, "")
    assert out.startswith(f"某某市某某局 2023年度 · 文件 {tmp_path / 'a.pdf'} · 2021年格式")


def test_docx_xml_quirks_read_as_word_shows_them() -> None:
    import docx as python_docx
    from docx.oxml import parse_xml

    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    document = python_docx.Document()
    body = document.element.body
    # A paragraph inside a content control, with a tracked deletion and a field code.
    body.insert(
        0,
        parse_xml(
            f"<w:sdt {w}><w:sdtContent><w:p><w:r><w:t>行政许可</w:t></w:r>"
            "<w:del><w:r><w:delText>999</w:delText></w:r></w:del>"
            "<w:r><w:instrText>PAGE</w:instrText></w:r><w:r><w:t>12</w:t></w:r></w:p></w:sdtContent></w:sdt>"
        ),
    )
    # A table whose second cell is merged into the first the old way (w:hMerge).
    body.insert(
        1,
        parse_xml(
            f"<w:tbl {w}><w:tr>"
            '<w:tc><w:tcPr><w:hMerge w:val="restart"/></w:tcPr><w:p><w:r><w:t>规章</w:t></w:r></w:p></w:tc>'
            "<w:tc><w:tcPr><w:hMerge/></w:tcPr><w:p/></w:tc>"
            "<w:tc><w:p><w:r><w:t>3</w:t></w:r></w:p></w:tc></w:tr></w:tbl>"
        ),
    )
    out = io.BytesIO()
    document.save(out)
    found = read_document(out.getvalue())
    assert found is not None
    assert found.text == "行政许可12\n规章 | 3 |\n"


def test_generated_pdf_text_leaves_running_heads_page_numbers_and_watermark_out() -> None:
    from tests.document_renderers import RUNNING_HEAD, WATERMARK

    spec = template_spec(Template.V2021)
    values = dict.fromkeys(spec.cell_ids, 5)
    data = DOCUMENT_RENDERERS["pdf"](spec, 2023, values, Style(break_at=6, repeat_header=True, turned=-1))
    result = parse(data)
    text = result.text
    assert RUNNING_HEAD not in text
    assert "- 1 -" not in text
    assert not any(word in text for word in WATERMARK.split())
    assert text.startswith("某某市某某局2023年政府信息公开工作年度报告\n")
    assert text.count("自然人 | 法人或其他组织 | 总计 |") == 1  # the repeated header is dropped
    assert all(c.value == 5 for c in cells_of(result.report).values())


def test_pdf_keeps_italics_and_leaves_a_slanted_watermark_out() -> None:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont

    if "STSong-Light" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))

    def draw(pdf: Any) -> None:
        italic = pdf.beginText(50, 700)
        italic.setFont("STSong-Light", 12)
        italic.setTextTransform(1, 0, 0.3, 1, 50, 700)  # slanted glyphs on a level baseline
        italic.textLine("受理申请123件")
        pdf.drawText(italic)
        pdf.saveState()
        pdf.translate(100, 400)
        pdf.rotate(30)
        pdf.setFont("STSong-Light", 30)
        pdf.drawString(0, 0, "水印2024")
        pdf.restoreState()

    found = read_document(_pdf(draw))
    assert found is not None
    assert found.text == "受理申请123件\n"
