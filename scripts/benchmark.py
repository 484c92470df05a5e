"""Speed and memory of govdisclosure, measured in one run in CPU time (the README shows its latest tables).

Usage: python scripts/benchmark.py [--quick] [--reports N] [--seconds S]

- throughput: generated reports (``tests.mutations.generated_seed``) parsed, and parsed and checked,
  per CPU-second for each rendering, in this process and through ``govdisclosure check --format
  jsonl`` on the batch written to files (the child processes' CPU time, start-up included);
- the ratio to the physical limit: the CPU time of the same work divided by that of a bare regex
  tokenisation of the same texts (``\\d+|[^\\W\\d_]+|\\S``), measured in the same run;
- the floor of a reader in Python: the CPU time of building a report's objects alone (every
  frozen attrs instance of the parsed report made again from its field values, nothing read);
- start-up: the CPU time of ``govdisclosure --version`` and of checking the bundled sample;
- memory: the peak RSS that one 10 MB input (flat text, an HTML page) adds, as a multiple of its
  size, and the peak RSS of ``govdisclosure check`` over a tenth, one and three times the batch
  (it holds at most ``cli.checked.KEEP`` reports, so it must stop growing past that);
- documents: the corpus's 5-page PDF, and a generated PDF and .docx (with the dev dependencies);
- hostile input: parse time for growing inputs of junk digits and labels (it must grow linearly).

Each rate is the best of several passes (in-process) or runs (the CLI): on a shared machine the
neighbours only ever slow a pass down. Child processes run with bytecode caching on, as an
installed package does.
``--quick`` (100 reports, short timings, 1 MB inputs) only shows that the script runs.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import platform
import random
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TypeVar

import attrs
import regex

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from govdisclosure import TEMPLATE_2021, check, parse  # noqa: E402
from tests.mutations import generated_seed  # noqa: E402
from tests.renderers import RENDERERS, Style  # noqa: E402

CORPUS = Path(os.environ.get("GOVDISCLOSURE_SHARED", REPO.parent / "shared")) / "corpus"
SAMPLE = REPO / "examples" / "data" / "000_6403ac429d442b10.txt"
TOKEN = regex.compile(r"\d+|[^\W\d_]+|\S")
SUFFIX = {"html": ".html", "markdown": ".md"}
GROUPS = ("pipe", "markdown", "flat_spaced", "flat_glued", "html")
TEXT_GROUPS = GROUPS[:-1]
TARGETS = {"text": 1000, "html": 300, "ratio": 10, "start-up": 0.1, "memory": 20}

# The peak RSS of a child process (KiB on Linux). On Linux it is the address space's own (VmHWM):
# ru_maxrss keeps, across exec, the peak of the forked copy of the parent, the benchmark itself.
PEAK = """
import resource, sys

def peak():
    try:
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
"""

# A child process that parses and checks its inputs and prints its peak RSS.
CHILD = (
    PEAK
    + """
from pathlib import Path
from govdisclosure import check, parse

for path in sys.argv[1:]:
    check(parse(Path(path)).report)
print(peak())
"""
)

# The command line in a child process, its output dropped; prints its peak RSS.
CLI_CHILD = (
    PEAK
    + """
import os
from govdisclosure.cli import main

with open(os.devnull, "w", encoding="utf-8") as out:
    main(sys.argv[1:], out=out, err=out)
print(peak())
"""
)

Batch = dict[str, list[tuple[str, str]]]  # rendering: (file name, text)
T = TypeVar("T")


# --- the machine and the inputs ------------------------------------------------------------------


def machine() -> str:
    """The platform, the CPU model and the Python that ran the benchmark."""
    model = platform.processor() or platform.machine()
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.is_file():
        names = [
            line.split(":", 1)[1].strip() for line in cpuinfo.read_text().splitlines() if "model name" in line
        ]
        model = names[0] if names else model
    python = f"{platform.python_implementation()} {platform.python_version()}"
    return f"{platform.platform()} · {model} · {os.cpu_count()} CPUs · {python}"


def generated(count: int) -> Batch:
    """``count`` generated reports, by rendering (as tests/golden_outputs.py writes them)."""
    batch: Batch = {group: [] for group in GROUPS}
    for number in range(count):
        seed = generated_seed(random.Random(number))
        group = seed.name.split("-")[0]
        batch[group].append((f"gen{number:04d}-{seed.name}{SUFFIX.get(group, '.txt')}", seed.text))
    return {group: items for group, items in batch.items() if items}


def write_batch(batch: Batch, folder: Path) -> dict[str, list[str]]:
    """The batch written into ``folder`` as UTF-8 files; their paths, by rendering."""
    paths: dict[str, list[str]] = {}
    for group, items in batch.items():
        for name, text in items:
            (folder / name).write_text(text, encoding="utf-8")
        paths[group] = [str(folder / name) for name, _ in items]
    return paths


# --- CPU time --------------------------------------------------------------------------------------


def per_cpu_second(items: Sequence[T], work: Callable[[T], object], seconds: float) -> float:
    """Items done per CPU-second by ``work`` in its fastest pass over ``items``, passing over them
    for at least ``seconds`` (at least twice): the machine's neighbours only ever slow a pass down."""
    best, passes, start = 0.0, 0, time.process_time()
    while passes < 2 or time.process_time() - start < seconds:
        begun = time.process_time()
        for item in items:
            work(item)
        best = max(best, len(items) / max(time.process_time() - begun, 1e-9))
        passes += 1
    return best


def tokenise(text: str) -> int:
    """The bare regex scan the reader is compared with: every number, word and sign of the text."""
    return sum(1 for _ in TOKEN.finditer(text))


def child_env() -> dict[str, str]:
    """The environment of the child processes: this checkout first, bytecode cached."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO), env.get("PYTHONPATH")]))
    return env


def child_cpu(args: Sequence[str], cwd: Path | None = None) -> float:
    """The CPU seconds (user + system) of a child process running ``args``."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run(args, cwd=cwd, env=child_env(), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def best_cpu(args: Sequence[str], runs: int) -> float:
    """The least CPU time of ``runs`` runs of a child (after one run that fills the bytecode cache)."""
    child_cpu(args)
    return min(child_cpu(args) for _ in range(runs))


# --- the measures ----------------------------------------------------------------------------------


def in_process(batch: Batch, seconds: float) -> dict[str, tuple[float, float, float]]:
    """For each rendering: reports parsed, and parsed and checked, per CPU-second; regex scans per CPU-second."""
    rates = {}
    for group, items in batch.items():
        texts = [text for _, text in items]
        parsed = per_cpu_second(texts, parse, seconds)
        checked = per_cpu_second(texts, lambda text: check(parse(text).report), seconds)
        scanned = per_cpu_second(texts, tokenise, seconds / 4)
        rates[group] = (parsed, checked, scanned)
    return rates


def _plan(value: object, into: list[tuple[type, tuple[object, ...]]]) -> None:
    """Every attrs instance inside ``value`` as (class, its init arguments), children first."""
    if attrs.has(kind := type(value)):
        fields = [f for f in attrs.fields(kind) if f.init]
        arguments = tuple(getattr(value, f.name) for f in fields)
        for argument in arguments:
            _plan(argument, into)
        into.append((kind, arguments))
    elif isinstance(value, (tuple, list)):
        for item in value:
            _plan(item, into)
    elif isinstance(value, dict):
        for item in value.values():
            _plan(item, into)


def model_floor(batch: Batch, seconds: float) -> dict[str, tuple[float, float]]:
    """For each rendering: the objects of a parsed report, and reports per CPU-second of building
    those objects alone (the ceiling of any reader that returns this model)."""
    floors = {}
    for group, items in batch.items():
        plans: list[list[tuple[type, tuple[object, ...]]]] = []
        for _, text in items:
            plans.append([])
            _plan(parse(text).report, plans[-1])

        def build(plan: list[tuple[type, tuple[object, ...]]]) -> None:
            for kind, arguments in plan:
                kind(*arguments)

        objects = sum(map(len, plans)) / len(plans)
        floors[group] = (objects, per_cpu_second(plans, build, seconds / 2))
    return floors


def through_cli(paths: dict[str, list[str]], folder: Path, runs: int) -> dict[str, float]:
    """Reports checked per CPU-second by ``govdisclosure check --format jsonl`` (the best of ``runs``
    runs), on each rendering and on every text rendering together."""
    runs_of = dict(paths)
    text = [path for group in TEXT_GROUPS for path in paths.get(group, [])]
    if text:
        runs_of["text"] = text
    command = [sys.executable, "-m", "govdisclosure", "check", "--format", "jsonl", "--quiet"]
    child_cpu([*command, SAMPLE.name], cwd=SAMPLE.parent)  # fills the bytecode cache
    return {
        name: len(files) / min(child_cpu([*command, *files], cwd=folder) for _ in range(runs))
        for name, files in runs_of.items()
    }


def start_up(runs: int) -> dict[str, float]:
    """The CPU seconds of a bare Python, ``import govdisclosure``, ``--version`` and checking the sample."""
    python = sys.executable
    return {
        "python -c pass": best_cpu([python, "-c", "pass"], runs),
        "python -c 'import govdisclosure'": best_cpu([python, "-c", "import govdisclosure"], runs),
        "govdisclosure --version": best_cpu([python, "-m", "govdisclosure", "--version"], runs),
        f"govdisclosure check {SAMPLE.relative_to(REPO)}": best_cpu(
            [python, "-m", "govdisclosure", "check", str(SAMPLE)], runs
        ),
    }


def peak_rss(child: str, args: Sequence[str]) -> int:
    """Peak RSS (bytes) of a child running ``child`` (``CHILD``, ``CLI_CHILD``) with ``args``."""
    command = [sys.executable, "-c", child, *args]
    printed = subprocess.run(command, env=child_env(), capture_output=True, text=True, check=True).stdout
    return int(printed) * (1 if sys.platform == "darwin" else 1024)


def large_inputs(size: int, folder: Path) -> dict[str, Path]:
    """A flat text and an HTML page of about ``size`` bytes, each made of copies of one generated report."""
    made = {}
    values = {cell_id: index % 7 for index, cell_id in enumerate(TEMPLATE_2021.cell_ids)}
    flat = RENDERERS["flat_spaced"](TEMPLATE_2021, 2023, values, Style()) + "\n"
    page = RENDERERS["html"](TEMPLATE_2021, 2023, values, Style())
    body = page[page.index("<body>") + len("<body>") : page.rindex("</body>")]
    for name, head, unit, tail in (
        ("flat text", "", flat, ""),
        ("HTML page", "<html><body>", body, "</body></html>"),
    ):
        copies = size // len(unit.encode("utf-8")) + 1
        path = folder / f"large-{name.replace(' ', '-')}.{'html' if 'HTML' in name else 'txt'}"
        path.write_text(head + unit * copies + tail, encoding="utf-8")
        made[name] = path
    return made


def memory(size: int, folder: Path) -> list[tuple[str, int, int]]:
    """(input, size, peak RSS it adds): each large input against the bundled sample in the same child."""
    baseline = peak_rss(CHILD, [str(SAMPLE)])
    rows = []
    for name, path in large_inputs(size, folder).items():
        rows.append((name, path.stat().st_size, peak_rss(CHILD, [str(path)]) - baseline))
    return rows


def batch_memory(count: int, folder: Path) -> list[tuple[int, int]]:
    """The peak RSS of ``govdisclosure check`` (one child) over batches of generated reports, from a
    tenth of ``count`` to three times it: (reports, peak RSS in bytes)."""
    paths = write_batch(generated(3 * count), folder)
    files = sorted(path for group in paths.values() for path in group)
    command = ["check", "--format", "jsonl", "--quiet"]
    return [
        (size, peak_rss(CLI_CHILD, [*command, *files[:size]])) for size in (count // 10, count, 3 * count)
    ]


# --- documents and hostile input (kept from the earlier benchmark) ---------------------------------


def documents() -> list[tuple[str, bytes]]:
    """The corpus's PDF files, and a generated PDF and .docx (when the dev dependencies are there)."""
    if not (importlib.util.find_spec("pdfplumber") and importlib.util.find_spec("docx")):
        return []
    found: list[tuple[str, bytes]] = []
    folder = CORPUS / "documents" / "raw"
    if folder.is_dir():
        found.extend(("pdf (corpus)", path.read_bytes()) for path in sorted(folder.glob("*.pdf")))
    if importlib.util.find_spec("reportlab"):
        from tests.document_renderers import DOCUMENT_RENDERERS

        spec = TEMPLATE_2021
        values = {cell_id: index % 7 for index, cell_id in enumerate(spec.cell_ids)}
        for kind, render in DOCUMENT_RENDERERS.items():
            found.append((f"{kind} (generated)", render(spec, 2023, values, Style())))
    return found


def pdf_seconds(runs: int) -> tuple[float, float] | None:
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


def hostile(sizes: Sequence[int]) -> list[tuple[int, float]]:
    """Parse CPU time for junk made of table labels and long digit runs, at growing sizes."""
    unit = "一、本年新收政府信息公开申请数量" + "1234567890" * 20 + "行政许可" + "9" * 50 + "|||"
    rows = []
    for size in sizes:
        text = unit * (size // len(unit))
        start = time.process_time()
        parse(text)
        rows.append((len(text), time.process_time() - start))
    return rows


# --- the tables ------------------------------------------------------------------------------------


def table(header: Sequence[str], rows: Sequence[Sequence[object]]) -> str:
    """A markdown table; the first column left-aligned, the others right-aligned."""
    lines = ["| " + " | ".join(header) + " |", "|---|" + "---:|" * (len(header) - 1)]
    lines += ["| " + " | ".join(str(cell) for cell in row) + " |" for row in rows]
    return "\n".join(lines)


def throughput_table(
    batch: Batch, rates: dict[str, tuple[float, float, float]], cli: dict[str, float]
) -> str:
    """Per rendering: size, parse and parse + check per CPU-second, the CLI's rate, the ratios."""
    rows = []
    for group in (*batch, "text"):
        members = [g for g in TEXT_GROUPS if g in batch] if group == "text" else [group]
        count = sum(len(batch[g]) for g in members)
        if not count:
            continue
        size = sum(len(text.encode("utf-8")) for g in members for _, text in batch[g]) / count / 1024
        parsed, checked, scanned = (
            count / sum(len(batch[g]) / rates[g][i] for g in members) for i in range(3)
        )
        rows.append(
            (
                group if group != "text" else "**all text**",
                count,
                f"{size:.1f}",
                f"{parsed:,.0f}",
                f"{checked:,.0f}",
                f"{cli[group]:,.0f}",
                f"{scanned / checked:.0f}×",
                f"{scanned / cli[group]:.0f}×",
            )
        )
    header = ("rendering", "reports", "KB each", "parse /CPU-s", "parse + check /CPU-s", "CLI check /CPU-s")
    return table((*header, "× regex scan", "CLI × regex scan"), rows)


def floor_table(floors: dict[str, tuple[float, float]], rates: dict[str, tuple[float, float, float]]) -> str:
    """Per rendering: a report's objects and the rate of building them alone, against parsing."""
    rows = [
        (
            group,
            f"{objects:,.0f}",
            f"{built:,.0f}",
            f"{rates[group][0]:,.0f}",
            f"{rates[group][2] / built:.1f}×",
        )
        for group, (objects, built) in floors.items()
    ]
    header = ("rendering", "objects a report", "building them alone /CPU-s", "parse /CPU-s")
    return table((*header, "building alone × regex scan"), rows)


def summary_table(
    rates: dict[str, tuple[float, float, float]],
    cli: dict[str, float],
    startup: dict[str, float],
    large: list[tuple[str, int, int]],
) -> str:
    """The issue's targets against what was measured."""
    worst_ratio = max(rates[g][2] / cli[g] for g in rates)
    worst_memory = max(added / size for _, size, added in large)
    rows = [
        ("text reports /CPU-s (CLI)", f"{cli['text']:,.0f}", f"≥ {TARGETS['text']:,}"),
        ("HTML pages /CPU-s (CLI)", f"{cli.get('html', 0):,.0f}", f"≥ {TARGETS['html']}"),
        ("CPU × regex scan (CLI, worst rendering)", f"{worst_ratio:.0f}×", f"≤ {TARGETS['ratio']}×"),
        (
            "start-up (`--version`), CPU-s",
            f"{startup['govdisclosure --version']:.3f}",
            f"≤ {TARGETS['start-up']}",
        ),
        ("peak memory of one input (worst)", f"{worst_memory:.1f}× its size", f"≤ {TARGETS['memory']}×"),
    ]
    return table(("measure", "measured", "target"), rows)


def mib(size: float) -> str:
    """A size in MiB, one decimal."""
    return f"{size / 2**20:.1f} MiB"


def startup_table(startup: dict[str, float]) -> str:
    """The start-up CPU times."""
    return table(("start-up", "CPU s"), [(f"`{command}`", f"{cpu:.3f}") for command, cpu in startup.items()])


def memory_table(large: list[tuple[str, int, int]], batches: list[tuple[int, int]]) -> str:
    """The peak RSS each large input adds, and that of ``govdisclosure check`` on growing batches."""
    rows: list[tuple[str, ...]] = [
        (name, mib(size), f"+{mib(added)}", f"{added / size:.1f}×") for name, size, added in large
    ]
    rows += [(f"`govdisclosure check`, {reports:,} reports", "", mib(peak), "") for reports, peak in batches]
    return table(("input", "size", "peak RSS (+ added by the input)", "× input"), rows)


def hostile_table(sizes: Sequence[int]) -> str:
    """Parse CPU time of hostile inputs at growing sizes."""
    rows = [(f"{size:,}", f"{cpu:.3f}") for size, cpu in hostile(sizes)]
    return table(("hostile input (chars)", "parse CPU s"), rows)


# --- the run ---------------------------------------------------------------------------------------


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="a short run: 100 reports, short timings")
    parser.add_argument("--reports", type=int, help="generated reports (default 1000; 100 with --quick)")
    parser.add_argument("--seconds", type=float, help="CPU seconds per rendering and measure (default 3)")
    args = parser.parse_args()
    count = args.reports or (100 if args.quick else 1000)
    seconds = args.seconds if args.seconds is not None else (0.05 if args.quick else 3.0)
    runs = 2 if args.quick else 5
    print(f"govdisclosure benchmark · {machine()} · CPU time, one core\n")
    batch = generated(count)
    with tempfile.TemporaryDirectory(prefix="govdisclosure-benchmark-") as name:
        folder = Path(name)
        paths = write_batch(batch, folder)
        rates, cli = in_process(batch, seconds), through_cli(paths, folder, 1 if args.quick else 3)
        print(f"{count} generated reports (the CLI's rates include its start-up):\n")
        print(throughput_table(batch, rates, cli))
        print("\nThe model's objects built alone, from the values a parse gave them (nothing read):\n")
        print(floor_table(model_floor(batch, seconds), rates))
        startup = start_up(runs)
        print("\n" + startup_table(startup))
        large = memory(2**20 if args.quick else 10 * 2**20, folder)
        batches = folder / "batches"
        batches.mkdir()
        print("\n" + memory_table(large, batch_memory(count, batches)))
    print("\n" + summary_table(rates, cli, startup, large))
    _documents(runs, seconds)
    print("\n" + hostile_table((20_000, 40_000) if args.quick else (100_000, 200_000, 400_000, 800_000)))


def _documents(runs: int, seconds: float) -> None:
    """The PDF timing and the documents' throughput, when the document readers are installed."""
    pdf = pdf_seconds(runs)  # before any other PDF: its first run is this process's first
    if pdf is None:
        return
    print(f"\na 5-page PDF (054): {pdf[0]:.2f} CPU s the first time in a process, then {pdf[1]:.2f} s\n")
    rows = []
    for kind, data in documents():
        rate = per_cpu_second([data], lambda item: check(parse(item).report), seconds)
        rows.append((kind, f"{len(data) / 1024:.0f} KB", f"{rate:,.1f}"))
    print(table(("document", "size", "parsed + checked /CPU-s"), rows))


if __name__ == "__main__":
    main()
