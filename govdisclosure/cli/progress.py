"""Progress of a batch on stderr (count, rate, time left) and the summary line at its end.

On a terminal the progress line is redrawn in place; asked for elsewhere (``--progress`` into a
log), it is a line every few seconds.
"""

from __future__ import annotations

import shutil
import time
from collections.abc import Callable
from typing import TextIO

REDRAW_SECONDS = 0.1  # on a terminal
LOG_SECONDS = 5.0  # elsewhere


def duration(seconds: float) -> str:
    """``0:07``, ``12:40``, ``3:05:00``."""
    whole = round(seconds)
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


class Progress:
    """Progress of ``total`` inputs. ``live``: show progress; ``summary``: end with a summary line."""

    def __init__(
        self,
        stream: TextIO,
        total: int,
        *,
        live: bool,
        summary: bool,
        doing: str = "",
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.stream, self.total, self.live, self.summary = stream, total, live, summary
        self.doing = doing  # what is done to the inputs, when not reading them (``checking``)
        self.clock = clock
        self.terminal = stream.isatty()
        self.started = clock()
        self.done = 0
        self._drawn_at: float | None = None
        self._shown = False  # a progress line is on the terminal

    def line(self, name: str = "", width: int | None = None) -> str:
        """``[12/240] 5.0 files/s, 0:46 left  path``, at most ``width`` characters.

        A path too long for the width loses its beginning, so that the file name stays in view.
        """
        elapsed = max(self.clock() - self.started, 1e-9)
        rate = self.done / elapsed
        left = f", {duration((self.total - self.done) / rate)} left" if self.done and rate else ""
        text = f"{self.doing + ' ' if self.doing else ''}[{self.done}/{self.total}] {rate:.1f} files/s{left}"
        if not name:
            return text[:width]
        room = len(name) if width is None else width - len(text) - 2
        if room < len(name):
            name = "…" + name[len(name) - room + 1 :] if room > 1 else ""
        return f"{text}  {name}"[:width]

    def advance(self, name: str) -> None:
        """One more input done."""
        self.done += 1
        if not self.live:
            return
        now = self.clock()
        every = REDRAW_SECONDS if self.terminal else LOG_SECONDS
        if self._drawn_at is not None and now - self._drawn_at < every and self.done < self.total:
            return
        self._drawn_at = now
        if self.terminal:
            width = shutil.get_terminal_size().columns - 1
            self.stream.write("\r" + self.line(name, width) + "\x1b[K")
            self._shown = True
        else:
            self.stream.write(f"govdisclosure: {self.line()}\n")
        self.stream.flush()

    def clear(self) -> None:
        """Take the progress line off the terminal (before something else is written there)."""
        if self._shown:
            self.stream.write("\r\x1b[K")
            self.stream.flush()
            self._shown = False

    def finish(self, failed: int) -> None:
        """Clear the progress line and, for a batch, print the summary line."""
        self.clear()
        if not self.summary:
            return
        elapsed = self.clock() - self.started
        rate = self.done / elapsed if elapsed > 0 else 0.0
        read = self.done - failed
        print(
            f"govdisclosure: {self.done} files in {elapsed:.1f} s ({rate:.1f} files/s): "
            f"{read} read, {failed} failed",
            file=self.stream,
        )
