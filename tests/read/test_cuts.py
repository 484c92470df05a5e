"""Cutting glued digits, against a brute force that lists every cut of a few short tokens."""

from __future__ import annotations

import itertools
import random

import pytest

from govdisclosure.read.digits import candidates
from govdisclosure.read.pieces import Token
from govdisclosure.template.national import T3_COLUMNS
from govdisclosure.template.spec import ColumnSpec


def _ok(piece: str) -> bool:
    return piece == "0" or (piece[0] != "0" and len(piece) <= 7)


def _brute(tokens: list[Token], width: int, total_last: bool) -> list[tuple[tuple[str, int, int, bool], ...]]:
    """Every cut into ``width`` plain-digit pieces, in the order of their ends."""
    per_token = []
    for token in tokens:
        ways = []
        inner = range(1, len(token.text))
        for count in range(len(token.text)):
            for cuts in itertools.combinations(inner, count):
                bounds = (0, *cuts, len(token.text))
                pieces = [token.text[a:b] for a, b in itertools.pairwise(bounds)]
                if all(_ok(p) for p in pieces):
                    split = len(pieces) > 1
                    ways.append(
                        tuple(
                            (p, token.offset + a, int(p), split) for p, a in zip(pieces, bounds, strict=False)
                        )
                    )
        per_token.append(ways)
    found = []
    for combo in itertools.product(*per_token):
        cut = tuple(piece for way in combo for piece in way)
        if len(cut) != width:
            continue
        if total_last and sum(p[2] for p in cut[:-1]) != cut[-1][2]:
            continue
        found.append(cut)
    return sorted(found, key=lambda cut: [p[1] + len(p[0]) for p in cut])


def _listed(
    tokens: list[Token], columns: tuple[ColumnSpec, ...], total_last: bool
) -> list[tuple[tuple[str, int, int, bool], ...]]:
    options = candidates(tokens, columns, total_last=total_last)
    assert options is not None
    return [tuple((p.text, p.offset, p.value, p.split) for p in option) for option in options]


@pytest.mark.parametrize("seed", range(6))
def test_every_cut_and_only_those_in_order(seed: int) -> None:
    rng = random.Random(seed)
    for _ in range(150):
        width = rng.randint(2, 7)
        columns = T3_COLUMNS[: width - 1] + T3_COLUMNS[-1:]
        tokens, offset = [], 0
        for _ in range(rng.randint(1, 3)):
            text = "".join(rng.choice("0011234567899") for _ in range(rng.randint(1, 5)))
            tokens.append(Token(text, offset))
            offset += len(text) + 1
        for total_last in (False, True):
            listed = _listed(tokens, columns, total_last)
            assert listed == _brute(tokens, width, total_last), ([t.text for t in tokens], width, total_last)
