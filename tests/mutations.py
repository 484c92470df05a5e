"""Hostile inputs made from real and generated reports, for the fuzz tests and ``scripts/fuzz.py``.

A seed is a corpus file (or the bundled sample) or a report rendered by ``tests/renderers.py``
from random values. A mutation applies one to three operators to its text — truncations, lines
lost or repeated, huge numbers, values that are no counts, odd Unicode, HTML attacks — and then
encodes it: UTF-8 most often, else another encoding (with or without a BOM), a lying ``<meta
charset>``, flipped bytes, or the ``str`` itself (lone surrogates included). Everything is drawn
from one ``random.Random``: an integer names an input for good.
"""

from __future__ import annotations

import codecs
import json
import random
from collections.abc import Callable, Collection, Mapping
from functools import cache
from pathlib import Path

import regex
from attrs import frozen

from govdisclosure.model.cells import Value
from govdisclosure.template.spec import Template, TemplateSpec
from govdisclosure.template.sums import outcome_rows
from tests.conftest import CORPUS, SAMPLE
from tests.renderers import RENDERERS, Style, template_spec


@frozen
class Seed:
    """A report to mutate: where it came from, its text, and its values when it was generated."""

    name: str
    text: str
    values: Mapping[str, Value] | None = None


@frozen
class Mutated:
    """A hostile input: its seed, the operators applied (``+``-joined) and the data to parse."""

    seed: str
    operators: str
    data: str | bytes


@cache
def corpus_seeds() -> tuple[Seed, ...]:
    """The bundled sample and every corpus file beside the checkout."""
    paths = [SAMPLE]
    if (CORPUS / "raw").is_dir():
        paths.extend(sorted((CORPUS / "raw").iterdir()))
    return tuple(Seed(p.name, p.read_text(encoding="utf-8")) for p in paths)


def random_values(rng: random.Random, spec: TemplateSpec) -> dict[str, Value]:
    """Counts for every cell, table 三 and 四 sums holding (as reports print them when right)."""
    values: dict[str, int] = {
        cell.id: rng.choice([0, 0, 0, rng.randint(0, 9), rng.randint(0, 300)]) for cell in spec.cells
    }
    t3 = spec.table("t3")
    parts = [c.id for c in t3.rows[0].columns[:-1]]
    for column in parts:
        results = sum(values[f"t3.{r}.{column}"] for r in outcome_rows(spec))
        values[f"t3.results_total.{column}"] = results
        values[f"t3.carried_over.{column}"] = min(values[f"t3.carried_over.{column}"], results)
        values[f"t3.new_received.{column}"] = (
            results + values[f"t3.carried_forward.{column}"] - values[f"t3.carried_over.{column}"]
        )
    for row in t3.rows:
        values[f"t3.{row.id}.total"] = sum(values[f"t3.{row.id}.{c}"] for c in parts)
    for group in spec.table("t4").rows:
        ids = [f"t4.{group.id}.{c.id}" for c in group.columns]
        values[ids[-1]] = sum(values[i] for i in ids[:-1])
    return dict(values)


def generated_seed(rng: random.Random) -> Seed:
    """A report rendered one of the ways users meet them, from random values."""
    template = rng.choice([Template.V2019, Template.V2021])
    spec = template_spec(template)
    renderer = rng.choice(sorted(RENDERERS))
    year = rng.choice([2019, 2020]) if template is Template.V2019 else rng.randint(2021, 2025)
    style = Style(rng.random() < 0.5, rng.random() < 0.5, rng.random() < 0.5)
    values = random_values(rng, spec)
    return Seed(f"{renderer}-{template.value}", RENDERERS[renderer](spec, year, values, style), values)


def seed(rng: random.Random) -> Seed:
    """A corpus file or a generated report, one time in two each."""
    return rng.choice(corpus_seeds()) if rng.random() < 0.5 else generated_seed(rng)


# --- operators on text ----------------------------------------------------------------------

_DIGITS = regex.compile(r"\d+")
NOT_COUNTS = ("4.5", "4.0", "4元", "0.5万元", "-3", "１２", "1,234", "12件", "—", "/", "无", "", "7 7", "٣")
ODD = (
    "\u200b",  # zero-width space
    "\ufeff",  # a BOM inside the text
    "\u202e",  # right-to-left override
    "\u0301",  # a combining accent
    "\x00",
    "\ufffd",
    "\u2028",  # line separator
    "\u3000",  # ideographic space
    "\U0001f600",
    "\ud800",  # a lone surrogate (kept only when the input stays a str)
    "\r",
)
ATTACKS = ("<a", "<p ", "<script", "<script>", '\\"<td ', '<td \\"', "<div x='", "<!--", "<div>", "&#", "<")
LIES = ("base64", "zlib", "rot13", "hex", "quopri", "uu", "bz2", "undefined", "idna", "punycode", "utf-16")


def _at(rng: random.Random, text: str) -> int:
    return rng.randint(0, len(text))


def truncate(rng: random.Random, text: str, scale: int) -> str:
    return text[: _at(rng, text)]


def lose_lines(rng: random.Random, text: str, scale: int) -> str:
    lines = text.split("\n")
    for _ in range(rng.randint(1, max(1, len(lines) // 8))):
        del lines[rng.randrange(len(lines))]
    return "\n".join(lines)


def repeat_lines(rng: random.Random, text: str, scale: int) -> str:
    lines = text.split("\n")
    at = rng.randrange(len(lines))
    return "\n".join(lines[: at + 1] + lines[at : at + rng.randint(1, 5)] + lines[at + 1 :])


def shuffle_blocks(rng: random.Random, text: str, scale: int) -> str:
    lines = text.split("\n")
    blocks = [lines[i : i + 5] for i in range(0, len(lines), 5)]
    rng.shuffle(blocks)
    return "\n".join(line for block in blocks for line in block)


def _digit_run(rng: random.Random, text: str) -> regex.Match[str] | None:
    runs = list(_DIGITS.finditer(text))
    return rng.choice(runs) if runs else None


def huge_number(rng: random.Random, text: str, scale: int) -> str:
    run = _digit_run(rng, text)
    if run is None:
        return text
    digits = rng.choice([25, 4300, 4301, 5000, 40 * scale])
    return text[: run.start()] + "9" * digits + text[run.end() :]


def not_a_count(rng: random.Random, text: str, scale: int) -> str:
    run = _digit_run(rng, text)
    if run is None:
        return text
    return text[: run.start()] + rng.choice(NOT_COUNTS) + text[run.end() :]


def odd_unicode(rng: random.Random, text: str, scale: int) -> str:
    for _ in range(rng.randint(1, 20)):
        at = _at(rng, text)
        text = text[:at] + rng.choice(ODD) + text[at:]
    if rng.random() < 0.2:
        text = text.translate({ord(d): ord(d) + 0xFEE0 for d in "0123456789"})  # full-width digits
    return text


def html_attack(rng: random.Random, text: str, scale: int) -> str:
    unit = rng.choice(ATTACKS)
    count = int(scale ** rng.random())  # 1 to ``scale`` times, log-uniform
    at = len(text) if rng.random() < 0.5 else _at(rng, text)
    return text[:at] + unit * count + text[at:]


def nest(rng: random.Random, text: str, scale: int) -> str:
    depth = rng.randint(1, 10 * scale)
    return "<html><body>" + "<div>" * depth + text + ("</div>" * depth if rng.random() < 0.5 else "")


# The operators whose failures wait for the reader to keep values that are no counts as text.
VALUE_OPERATORS = frozenset({"huge_number", "not_a_count"})
TEXT_OPERATORS: dict[str, Callable[[random.Random, str, int], str]] = {
    f.__name__: f
    for f in (
        truncate,
        lose_lines,
        repeat_lines,
        shuffle_blocks,
        huge_number,
        not_a_count,
        odd_unicode,
        html_attack,
        nest,
    )
}

# --- encodings and damage to the bytes ------------------------------------------------------

_BOMS = {"utf-16-le": codecs.BOM_UTF16_LE, "utf-16-be": codecs.BOM_UTF16_BE, "utf-32-le": codecs.BOM_UTF32_LE}


def encode(rng: random.Random, text: str) -> tuple[str, str | bytes]:
    """The name of the encoding chosen and the input: bytes, or the ``str`` itself."""
    roll = rng.random()
    if roll < 0.15:
        return "str", text
    clean = text.encode("utf-8", "surrogatepass").decode("utf-8", "replace")  # no codec takes \ud800
    if roll < 0.6:
        return "utf-8", clean.encode("utf-8")
    if roll < 0.7:
        lie = rng.choice(LIES)
        return f"charset={lie}", f'<meta charset="{lie}">'.encode() + clean.encode("gb18030")
    encoding = rng.choice(["utf-8-sig", "gb18030", *_BOMS, "utf-32-be"])
    bom = _BOMS.get(encoding, b"") if rng.random() < 0.5 else b""
    return encoding + ("+bom" if bom else ""), bom + clean.encode(encoding)


def flip_bytes(rng: random.Random, data: bytes) -> bytes:
    damaged = bytearray(data)
    for _ in range(rng.randint(1, 40)):
        if damaged:
            damaged[rng.randrange(len(damaged))] = rng.randrange(256)
    return bytes(damaged)


def mutate(rng: random.Random, scale: int = 2000, operators: Collection[str] = TEXT_OPERATORS) -> Mutated:
    """A hostile input from text operators among ``operators``, then an encoding and damage.

    ``scale`` bounds the repetitions of an attack (and so the input's size).
    """
    start = seed(rng)
    text = start.text
    names = []
    for _ in range(rng.choice([1, 1, 2, 3])):
        name = rng.choice(sorted(operators))
        text = TEXT_OPERATORS[name](rng, text, scale)
        names.append(name)
    encoding, data = encode(rng, text)
    names.append(encoding)
    if isinstance(data, bytes) and rng.random() < 0.2:
        data = flip_bytes(rng, data)
        names.append("flip_bytes")
    return Mutated(start.name, "+".join(names), data)


def write_example(folder: Path, name: str, data: str | bytes) -> Path:
    """Keep an input as a file (a ``str`` with lone surrogates is kept as ``.str.json``)."""
    if isinstance(data, str):
        path = folder / f"{name}.str.json"
        path.write_text(json.dumps(data), encoding="ascii")
    else:
        path = folder / name
        path.write_bytes(data)
    return path
