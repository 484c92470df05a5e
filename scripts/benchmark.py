"""Speed and memory of parse + check, measured on one core (see the README for the latest numbers).

Usage: python scripts/benchmark.py [--seconds N]

- throughput: reports parsed and checked per second, per rendering (pipe text, markdown, flat
  innerText, whole HTML pages, PDF and .docx files), over the bundled sample, the corpus beside the
  checkout and, with the dev dependencies, a generated PDF and .docx of the same report;
- documents: the CPU time of parsing the corpus's 5-page PDF (the design's budget is 0.5 s);
- memory: peak RSS growth over a long batch (it must stay flat however many files);
- hostile input: parse time for growing inputs of junk digits and labels (it must grow linearly).
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import platform
import resource
import sys
import time
from collections import defaultdict
from pathlib import Path

from govdisclosure import TEMPLATE_2021, check, parse
from govdisclosure.read.detect import detect_rendering
from govdisclosure.text.decode import decode_bytes

REPO = Path(__file__).resolve().parents[1]


CORPUS = Path(os.environ.get("GOVDISCLOSURE_SHARED", REPO.parent / "shared")) / "corpus"
Input = str | bytes


def inputs() -> list[tuple[str, Input]]:
    """(rendering detected, decoded text or document bytes) for every sample report."""
    files = [REPO / "examples" / "data" / "000_6403ac429d442b10.txt"]
    raw = CORPUS / "raw"
    if raw.is_dir():
        files.extend(sorted(raw.iterdir()))
    texts: list[tuple[str, Input]] = []
    for path in files:
        text = decode_bytes(path.read_bytes()).text
        texts.append((detect_rendering(text), text))
    return texts


def documents() -> list[tuple[str, Input]]:
    """The corpus's PDF files, and a generated PDF and .docx (when the dev dependencies are there)."""
    if not (importlib.util.find_spec("pdfplumber") and importlib.util.find_spec("docx")):
        return []
    found: list[tuple[str, Input]] = []
    folder = CORPUS / "documents" / "raw"
    if folder.is_dir():
        found.extend(("pdf", path.read_bytes()) for path in sorted(folder.glob("*.pdf")))
    if importlib.util.find_spec("reportlab"):
        sys.path.insert(0, str(REPO))
        from tests.document_renderers import DOCUMENT_RENDERERS
        from tests.renderers import Style

        spec = TEMPLATE_2021
        values = {cell_id: index % 7 for index, cell_id in enumerate(spec.cell_ids)}
        for kind, render in DOCUMENT_RENDERERS.items():
            found.append((kind, render(spec, 2023, values, Style())))
    return found


def pdf_seconds(runs: int = 5) -> tuple[float, float] | None:
    """CPU seconds to parse the corpus's 5-page PDF: the first time in this process, and the best."""
    path = CORPUS / "documents" / "raw" / "054_hongze-qzf_2024.pdf"
    if not (path.is_file() and importlib.util.find_spec("pdfplumber")):
        return None
    times = []
    for _ in range(runs):
        start = time.process_time()
        parse(path)
        times.append(time.process_time() - start)
    return times[0], min(times)


def throughput(texts: list[tuple[str, Input]], seconds: float) -> dict[str, tuple[int, float]]:
    """Reports per second for each group, running each group for about ``seconds``."""
    groups: dict[str, list[Input]] = defaultdict(list)
    for group, text in texts:
        groups[group].append(text)
    result = {}
    for group, items in groups.items():
        count, start = 0, time.perf_counter()
        while time.perf_counter() - start < seconds:
            for text in items:
                check(parse(text).report)
                count += 1
        result[group] = (count, count / (time.perf_counter() - start))
    return result


def rss_mib() -> float:
    """Peak resident set size of this process so far, in MiB."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def memory(texts: list[tuple[str, Input]], batch: int) -> tuple[float, float]:
    """Peak RSS after a tenth of the batch and after the whole batch."""
    first = 0.0
    for index in range(batch):
        check(parse(texts[index % len(texts)][1]).report)
        if index == batch // 10:
            first = rss_mib()
    return first, rss_mib()


def hostile(sizes: tuple[int, ...]) -> list[tuple[int, float]]:
    """Parse time for junk made of table labels and long digit runs, at growing sizes."""
    unit = "一、本年新收政府信息公开申请数量" + "1234567890" * 20 + "行政许可" + "9" * 50 + "|||"
    rows = []
    for size in sizes:
        text = unit * (size // len(unit))
        start = time.perf_counter()
        parse(text)
        rows.append((len(text), time.perf_counter() - start))
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=5.0, help="time per throughput group")
    parser.add_argument("--batch", type=int, default=5000, help="reports in the memory batch")
    args = parser.parse_args()
    texts = inputs()
    print(
        f"govdisclosure benchmark · {platform.python_implementation()} {platform.python_version()} · one core"
    )
    print(f"inputs: {len(texts)} text reports\n")
    print("| rendering | reports | parsed + checked | per second |")
    print("|---|---:|---:|---:|")
    _rows(texts, args.seconds)
    # The memory of text reports, before the document readers are imported.
    first, last = memory(texts, args.batch)
    print(
        f"\nmemory: peak RSS {first:.1f} MiB after {args.batch // 10} reports, {last:.1f} MiB after {args.batch}"
    )
    pdf = pdf_seconds()  # before any other PDF: its first run is this process's first
    if pdf is not None:
        print(f"\na 5-page PDF (054): {pdf[0]:.2f} CPU s the first time in a process, then {pdf[1]:.2f} s\n")
        print("| document | files | parsed + checked | per second |")
        print("|---|---:|---:|---:|")
        _rows(documents(), args.seconds)
    print("\n| hostile input (chars) | parse seconds |")
    print("|---:|---:|")
    for size, seconds in hostile((100_000, 200_000, 400_000, 800_000)):
        print(f"| {size:,} | {seconds:.3f} |")


def _rows(items: list[tuple[str, Input]], seconds: float) -> None:
    sizes = {g: sum(1 for h, _ in items if h == g) for g, _ in items}
    for group, (count, rate) in throughput(items, seconds).items():
        print(f"| {group} | {sizes[group]} | {count} | {rate:,.0f} |")


if __name__ == "__main__":
    main()
