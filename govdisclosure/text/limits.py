"""The size limit of an input, and sizes written for people (light: the command line's options use them)."""

from __future__ import annotations

DEFAULT_MAX_SIZE = 100 * 2**20
"""The largest file ``read_source`` reads (bytes); a larger one is refused before it is read."""


def human_size(size: int) -> str:
    """``1.5 GB``, ``100 MB``, ``512 bytes`` (units of 1024)."""
    for unit, scale in (("GB", 2**30), ("MB", 2**20), ("KB", 2**10)):
        if size >= scale:
            return f"{size / scale:.1f}".removesuffix(".0") + f" {unit}"
    return f"{size} bytes"
