"""Speed and memory of parse + check, measured on one core (see the README for the latest numbers).

Usage: python scripts/benchmark.py [--seconds N]

- throughput: reports parsed and checked per second, per rendering (pipe text, markdown, flat
  innerText, whole HTML pages), over the bundled sample and the corpus beside the checkout;
- memory: peak RSS growth over a long batch (it must stay flat however many files);
- hostile input: parse time for growing inputs of junk digits and labels (it must grow linearly).
"""

from __future__ import annotations

import argparse
import os
import platform
import resource
import sys
import time
from collections import defaultdict
from pathlib import Path

from govdisclosure import check, parse
from govdisclosure.read.detect import detect_rendering
from govdisclosure.text.decode import decode_bytes

REPO = Path(__file__).resolve().parents[1]


def inputs() -> list[tuple[str, str]]:
    """(rendering detected, decoded text) for every sample report."""
    files = [REPO / "examples" / "data" / "000_6403ac429d442b10.txt"]
    raw = Path(os.environ.get("GOVDISCLOSURE_SHARED", REPO.parent / "shared")) / "corpus" / "raw"
    if raw.is_dir():
        files.extend(sorted(raw.iterdir()))
    texts = []
    for path in files:
        text = decode_bytes(path.read_bytes()).text
        texts.append((detect_rendering(text), text))
    return texts


def throughput(texts: list[tuple[str, str]], seconds: float) -> dict[str, tuple[int, float]]:
    """Reports per second for each group, running each group for about ``seconds``."""
    groups: dict[str, list[str]] = defaultdict(list)
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


def memory(texts: list[tuple[str, str]], batch: int) -> tuple[float, float]:
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
    print(f"inputs: {len(texts)} reports\n")
    print("| rendering | reports | parsed + checked | per second |")
    print("|---|---:|---:|---:|")
    sizes = {g: sum(1 for h, _ in texts if h == g) for g, _ in texts}
    for group, (count, rate) in throughput(texts, args.seconds).items():
        print(f"| {group} | {sizes[group]} | {count} | {rate:,.0f} |")
    first, last = memory(texts, args.batch)
    print(
        f"\nmemory: peak RSS {first:.1f} MiB after {args.batch // 10} reports, {last:.1f} MiB after {args.batch}"
    )
    print("\n| hostile input (chars) | parse seconds |")
    print("|---:|---:|")
    for size, seconds in hostile((100_000, 200_000, 400_000, 800_000)):
        print(f"| {size:,} | {seconds:.3f} |")


if __name__ == "__main__":
    main()
