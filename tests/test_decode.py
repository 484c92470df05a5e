"""Decoding hostile bytes and strings: every text encoding a report comes in, lies and damage included."""

from __future__ import annotations

import codecs
import json
import os
import threading
import tracemalloc
from pathlib import Path

import pytest

from govdisclosure import InputError, parse, parse_text, report_to_dict, validate
from govdisclosure.model.cellmap import cells_of
from govdisclosure.template.spec import Template
from govdisclosure.text.decode import decode_bytes, decode_str, read_source, text_codec
from tests.conftest import SAMPLE, corpus_dir
from tests.renderers import Style, html, template_spec

SPEC_2021 = template_spec(Template.V2021)
VALUES_2021 = {cell.id: n % 50 for n, cell in enumerate(SPEC_2021.cells)}
HOSTILE = Path(__file__).parent / "hostile"


def _values(data: bytes | str | Path) -> dict[str, object]:
    return {k: c.value for k, c in cells_of(parse(data).report).items()}


def _codes(data: bytes | str) -> list[str]:
    return [d.code for d in parse(data).report.diagnostics]


WIDE = ["utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"]


@pytest.mark.parametrize("encoding", WIDE)
@pytest.mark.parametrize("bom", [True, False], ids=["bom", "no-bom"])
def test_utf16_and_utf32_with_or_without_bom(encoding: str, bom: bool) -> None:
    text = SAMPLE.read_text(encoding="utf-8")
    mark = {"utf-16-le": codecs.BOM_UTF16_LE, "utf-16-be": codecs.BOM_UTF16_BE}.get(encoding)
    mark = mark or {"utf-32-le": codecs.BOM_UTF32_LE, "utf-32-be": codecs.BOM_UTF32_BE}[encoding]
    data = (mark if bom else b"") + text.encode(encoding)
    decoded = decode_bytes(data)
    assert decoded.text == text
    assert decoded.diagnostics == ()
    assert _values(data) == _values(text)


@pytest.mark.parametrize("encoding", WIDE)
def test_every_corpus_file_in_utf16_and_utf32(encoding: str) -> None:
    for path in sorted((corpus_dir() / "raw").iterdir()):
        text = path.read_text(encoding="utf-8")
        assert decode_bytes(text.encode(encoding)).text == text, path.name


def test_a_cut_utf16_file_is_still_utf16() -> None:
    data = SAMPLE.read_text(encoding="utf-8").encode("utf-16-le")[:-1]
    decoded = decode_bytes(data)
    assert decoded.encoding == "utf-16-le"
    assert [d.code for d in decoded.diagnostics] == ["undecodable_bytes"]


@pytest.mark.parametrize(
    ("name", "damage"),
    [
        ("stray byte", lambda b: b[: len(b) // 2] + b"\xff" + b[len(b) // 2 :]),
        ("stray continuation byte", lambda b: b[: len(b) // 3] + b"\x80" + b[len(b) // 3 :]),
        ("cut mid-character", lambda b: b[: b.rindex("。".encode()) + 2]),
    ],
)
def test_utf8_with_a_stray_byte_or_cut_stays_utf8(name: str, damage) -> None:
    text = SAMPLE.read_text(encoding="utf-8")
    data = damage(text.encode("utf-8"))
    decoded = decode_bytes(data)
    assert decoded.encoding == "utf-8"
    assert decoded.text.count("\ufffd") == 1
    [diagnostic] = decoded.diagnostics
    assert diagnostic.code == "undecodable_bytes"
    assert diagnostic.message_en == "bytes that could not be decoded as utf-8, replaced by “\ufffd”: 1"
    report = parse(data).report
    assert report.template is Template.V2019
    assert "undecodable_bytes" in [d.code for d in report.diagnostics]


def test_every_corpus_file_with_a_stray_byte_stays_utf8() -> None:
    for path in sorted((corpus_dir() / "raw").iterdir()):
        data = path.read_bytes()
        middle = len(data) // 2
        decoded = decode_bytes(data[:middle] + b"\xfe" + data[middle:])
        assert decoded.encoding == "utf-8", path.name


def test_gb18030_is_not_taken_for_damaged_utf8() -> None:
    text = SAMPLE.read_text(encoding="utf-8")
    for data in (text.encode("gb18030"), text.encode("gbk")[:-1]):
        decoded = decode_bytes(data)
        assert decoded.encoding == "gb18030"
        assert decoded.text.startswith(text[:1000])


NOT_TEXT = ["base64", "zlib", "rot13", "hex", "quopri", "uu", "bz2", "undefined", "idna", "punycode"]
NOT_ASCII = ["utf-16", "utf-32", "utf-7", "cp037", "hz", "no-such-codec"]


@pytest.mark.parametrize("charset", NOT_TEXT + NOT_ASCII)
def test_a_charset_that_is_no_text_encoding_is_ignored(charset: str) -> None:
    assert text_codec(charset) is None
    page = html(SPEC_2021, 2023, VALUES_2021, Style()).replace('charset="UTF-8"', f'charset="{charset}"')
    for encoding in ("gb18030", "utf-8"):
        data = page.encode(encoding)
        assert decode_bytes(data).text == page
        assert _values(data) == VALUES_2021


@pytest.mark.parametrize(
    ("charset", "codec"),
    [("gbk", "gb18030"), ("GB2312", "gb18030"), ("x-gbk", "gb18030"), ("big5", "big5"), ("utf-8", "utf-8")],
)
def test_a_declared_text_encoding_is_used(charset: str, codec: str) -> None:
    assert text_codec(charset) == codec


def test_a_declared_charset_is_used_when_it_reads_the_page() -> None:
    page = html(SPEC_2021, 2023, VALUES_2021, Style()).replace('charset="UTF-8"', 'charset="big5"')
    page = page.replace("某某市某某局", "臺北市政府")  # a title Big5 can write
    data = page.encode("big5", errors="replace")
    decoded = decode_bytes(data)
    assert decoded.encoding == "big5"
    assert "臺北市政府" in decoded.text


def test_lone_surrogates_in_a_string_become_u_fffd_with_a_note() -> None:
    page = html(SPEC_2021, 2023, VALUES_2021, Style())
    at = page.index("行政许可")
    hostile = page[:at] + "\ud800" + page[at:] + "\udcff\udfff"
    decoded = decode_str(hostile)
    assert len(decoded.text) == len(hostile)  # offsets into the given string stay true
    assert decoded.text.count("\ufffd") == 3
    [diagnostic] = decoded.diagnostics
    assert (diagnostic.code, "3" in diagnostic.message) == ("lone_surrogates", True)
    result = parse(hostile)
    data = report_to_dict(result.report)
    validate(data, "report")
    json.dumps(data, ensure_ascii=False).encode("utf-8")
    result.source.encode("utf-8")
    result.text.encode("utf-8")
    assert [d.code for d in result.report.diagnostics].count("lone_surrogates") == 1
    assert {k: c.value for k, c in cells_of(result.report).items()} == VALUES_2021
    text_result = parse_text(hostile)
    assert report_to_dict(text_result.report) == data
    json.dumps(report_to_dict(text_result.report), ensure_ascii=False).encode("utf-8")


def test_a_file_above_the_limit_is_refused_before_it_is_read(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    with big.open("wb") as file:
        file.truncate(2**30)  # one sparse gigabyte
    tracemalloc.start()
    with pytest.raises(InputError, match=r"too large \(1 GB, more than the limit of 100 MB\)"):
        parse(big)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert peak < 2**20
    with pytest.raises(InputError, match="limit of 1 KB"):
        read_source(SAMPLE, max_size=1024)
    assert read_source(SAMPLE, max_size=None)[0].text == SAMPLE.read_text(encoding="utf-8")


def test_a_fifo_is_read_as_asked_and_a_folder_is_refused(tmp_path: Path) -> None:
    fifo = tmp_path / "report.txt"
    os.mkfifo(fifo)
    writer = threading.Thread(target=fifo.write_bytes, args=(SAMPLE.read_bytes(),))
    writer.start()
    try:
        assert read_source(fifo)[0].text == SAMPLE.read_text(encoding="utf-8")
    finally:
        writer.join()
    assert parse(Path(os.devnull)).report.template is Template.UNKNOWN
    with pytest.raises(InputError, match="a folder"):
        parse(tmp_path)
    with pytest.raises(InputError, match="cannot read: File name too long"):
        parse(tmp_path / ("x" * 5000))


def test_hostile_files_decode_as_their_readme_says() -> None:
    expected = json.loads((HOSTILE / "decoding.json").read_text(encoding="utf-8"))
    for name, (encoding, codes) in expected.items():
        decoded = decode_bytes((HOSTILE / name).read_bytes())
        assert (decoded.encoding, [d.code for d in decoded.diagnostics]) == (encoding, codes), name
