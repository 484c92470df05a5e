"""Long fuzz runs: thousands of hostile inputs made from real and generated reports.

Usage: python scripts/fuzz.py [--count 10000] [--start 0] [--scale 2000] [--examples DIR]
       python scripts/fuzz.py --replay N [--family robustness|numbers]

Two families of inputs, each named by an integer (``--replay N`` shows one again):

- robustness: a corpus file or a generated report mutated by ``tests/mutations.py`` (truncations,
  lines lost or repeated, huge numbers, values that are no counts, odd Unicode, HTML attacks,
  encodings and lying charsets, flipped bytes, lone surrogates). ``tests/oracle.problems`` must
  find nothing: no exception, schema-valid UTF-8 JSON, the same report twice; and no input may
  take more than ``--slow`` seconds.
- numbers: one value of a table edited (``tests/oracle.value_edit``): every number printed inside
  a table must end in a cell or a diagnostic, and on a generated report no cell may hold a value
  that was not printed there.

The report (markdown, also written to ``--report``) counts the failures by kind and gives the
smallest input of each, cut down further while it fails the same way when it is a robustness
failure; ``--examples DIR`` keeps those inputs as files. A sample of the inputs is parsed again
in a child process with another hash seed: the same input must give the same report there too.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

import regex  # noqa: E402

from govdisclosure import parse, report_to_dict  # noqa: E402
from tests import mutations, oracle  # noqa: E402

Data = str | bytes


def robustness(number: int, scale: int) -> tuple[str, Data, list[oracle.Problem]]:
    """Input ``number`` of the robustness family: its description, data and problems."""
    mutated = mutations.mutate(random.Random(number), scale)
    return f"{mutated.seed} {mutated.operators}", mutated.data, oracle.problems(mutated.data)


def numbers(number: int, scale: int) -> tuple[str, Data, list[oracle.Problem]]:
    """Input ``number`` of the numbers family: one value of a clean reading edited."""
    rng = random.Random(number)
    seed = mutations.seed(rng)
    edit = oracle.value_edit(rng, seed.text, oracle.table_numbers(parse(seed.text).report))
    if edit is None:
        return f"{seed.name} (no number)", seed.text, []
    what = f"{seed.name} {edit.operator} {edit.cell}" + (
        f" → {edit.replaced[:12]!r}" if edit.replaced else ""
    )
    try:
        result = parse(edit.text)
    except Exception as error:
        return what, edit.text, [oracle.Problem(f"parse raised {type(error).__name__}", str(error)[:200])]
    found = oracle.lost_numbers(edit, result)
    if seed.values is not None:
        found += oracle.wrong_cells(edit, seed.values, result.report)
    return what, edit.text, found


FAMILIES: dict[str, Callable[[int, int], tuple[str, Data, list[oracle.Problem]]]] = {
    "robustness": robustness,
    "numbers": numbers,
}


def _size(data: Data) -> int:
    return len(data.encode("utf-8", "surrogatepass") if isinstance(data, str) else data)


def reduce(data: Data, kind: str, seconds: float) -> Data:
    """A smaller input that still fails with ``kind``: stretches cut out while it does (ddmin)."""
    deadline = time.monotonic() + seconds

    def fails(candidate: Data) -> bool:
        return any(p.kind == kind for p in oracle.problems(candidate))

    chunks = 2
    while len(data) > 1 and time.monotonic() < deadline:
        size = max(1, len(data) // chunks)
        for start in range(0, len(data), size):
            candidate = data[:start] + data[start + size :]
            if candidate and fails(candidate):
                data, chunks = candidate, max(chunks - 1, 2)
                break
            if time.monotonic() > deadline:
                break
        else:
            if size == 1:
                break
            chunks = min(len(data), chunks * 2)
    return data


def _digest(data: Data) -> str:
    """A digest of the report an input gives (or of the exception it raises)."""
    try:
        document = json.dumps(report_to_dict(parse(data).report), sort_keys=True, ensure_ascii=False)
    except Exception as error:
        document = f"raised {type(error).__name__}"
    return hashlib.sha256(document.encode("utf-8", "surrogatepass")).hexdigest()


def across_processes(inputs: list[Data]) -> int:
    """How many inputs give another report in a child process with another hash seed."""
    with tempfile.TemporaryDirectory() as folder:
        paths = [mutations.write_example(Path(folder), f"{n:05d}", data) for n, data in enumerate(inputs)]
        child = subprocess.run(
            [sys.executable, __file__, "--digests", *map(str, paths)],
            capture_output=True,
            text=True,
            env={**os.environ, "PYTHONHASHSEED": "12345"},
            check=True,
        )
    theirs = child.stdout.split()
    return sum(1 for data, digest in zip(inputs, theirs, strict=True) if _digest(data) != digest)


def _load(path: Path) -> Data:
    if path.name.endswith(".str.json"):
        text: str = json.loads(path.read_text(encoding="ascii"))
        return text
    return path.read_bytes()


def run(args: argparse.Namespace) -> str:
    """Run both families and return the markdown report."""
    lines = [f"# Fuzz run: {args.count} inputs a family from {args.start}, scale {args.scale}", ""]
    sample: list[Data] = []
    for family, make in FAMILIES.items():
        kinds: Counter[str] = Counter()
        smallest: dict[str, tuple[int, int, str, Data, str]] = {}
        started = time.monotonic()
        for number in range(args.start, args.start + args.count):
            began = time.monotonic()
            what, data, found = make(number, args.scale)
            took = time.monotonic() - began
            if took > args.slow:
                found.append(oracle.Problem(f"slow (over {args.slow:g} s)", f"{took:.1f} s"))
            if number % max(1, args.count // 200) == 0 and family == "robustness":
                sample.append(data)
            for problem in found:
                kinds[problem.kind] += 1
                size = _size(data)
                if problem.kind not in smallest or size < smallest[problem.kind][0]:
                    smallest[problem.kind] = (size, number, what, data, problem.detail)
        elapsed = time.monotonic() - started
        failed = sum(kinds.values())
        lines += [f"## {family}: {args.count} inputs in {elapsed:.0f} s, {failed} failure(s)", ""]
        if kinds:
            lines += [
                "| failures | kind | smallest input (number: what) | bytes | cut down to |",
                "|---|---|---|---|---|",
            ]
        for kind, count in kinds.most_common():
            size, number, what, data, detail = smallest[kind]
            cut = ""
            if family == "robustness" and not kind.startswith("slow"):
                reduced = reduce(data, kind, args.reduce_seconds)
                cut = str(_size(reduced))
                if args.examples:
                    Path(args.examples).mkdir(parents=True, exist_ok=True)
                    slug = "-".join(regex.findall(r"[a-z0-9]+", kind.lower()))[:60]
                    path = mutations.write_example(Path(args.examples), f"{number}-{slug}", reduced)
                    cut += f" ({path.name})"
            lines.append(f"| {count} | {kind} | {number}: {what} — {detail[:120]} | {size} | {cut} |")
        lines.append("")
    changed = across_processes(sample)
    lines.append(f"Determinism across processes (PYTHONHASHSEED=12345): {changed} of {len(sample)} differ.")
    return "\n".join(lines) + "\n"


def replay(args: argparse.Namespace) -> str:
    what, data, found = FAMILIES[args.family](args.replay, args.scale)
    shown = [f"{args.family} {args.replay}: {what} ({_size(data)} bytes)"]
    shown += [f"- {p.kind}: {p.detail}" for p in found] or ["- no problem"]
    if args.examples:
        Path(args.examples).mkdir(parents=True, exist_ok=True)
        shown.append(str(mutations.write_example(Path(args.examples), f"{args.family}-{args.replay}", data)))
    return "\n".join(shown) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=10_000, help="inputs in each family")
    parser.add_argument("--start", type=int, default=0, help="number of the first input")
    parser.add_argument("--scale", type=int, default=2000, help="repetitions of an HTML attack, at most")
    parser.add_argument("--slow", type=float, default=5.0, help="seconds an input may take")
    parser.add_argument("--reduce-seconds", type=float, default=60.0, help="time to cut down each example")
    parser.add_argument("--examples", metavar="DIR", help="write the smallest input of each failure here")
    parser.add_argument("--report", metavar="FILE", help="write the markdown report here too")
    parser.add_argument("--replay", type=int, metavar="N", help="show input N again")
    parser.add_argument("--family", choices=sorted(FAMILIES), default="robustness")
    parser.add_argument("--digests", nargs="*", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.digests is not None:
        print("\n".join(_digest(_load(Path(p))) for p in args.digests))
        return
    text = replay(args) if args.replay is not None else run(args)
    print(text, end="")
    if args.report:
        Path(args.report).write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
