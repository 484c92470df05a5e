"""Long batches: ``--jobs`` (same output, input order), progress only on a terminal, a summary line."""

from __future__ import annotations

import io
import os
import pty
import re
import subprocess
import sys

import pytest

from govdisclosure.cli import main
from govdisclosure.cli.progress import Progress, duration
from tests.conftest import REPO, SAMPLE, corpus_dir


class Terminal(io.StringIO):
    """A stream that says it is a terminal."""

    def isatty(self) -> bool:
        return True


def run(*args: str, err: io.StringIO | None = None) -> tuple[int, str, str]:
    out, err = io.StringIO(), err or io.StringIO()
    code = main(list(args), out=out, err=err)
    return code, out.getvalue(), err.getvalue()


def corpus_files() -> list[str]:
    return sorted(str(p) for p in (corpus_dir() / "raw").iterdir())


@pytest.mark.parametrize(
    "command",
    [
        ["facts"],
        ["facts", "--format", "csv"],
        ["facts", "--format", "csv", "--excel"],
        ["check", "--format", "jsonl"],
    ],
)
def test_jobs_2_gives_the_output_of_jobs_1(tmp_path, command):
    missing = str(tmp_path / "missing.txt")
    files = [*corpus_files(), missing, str(SAMPLE)]
    one = run(*command, *files, "--jobs", "1")
    two = run(*command, *files, "--jobs", "2")
    assert one[1] == two[1]
    assert one[0] == two[0]
    assert one[1].count("\n") > len(files) - 2
    strip = re.compile(r"in [0-9.]+ s \([0-9.]+ files/s\)")
    assert strip.sub("", one[2]) == strip.sub("", two[2])


def test_jobs_keeps_input_order_and_reports_bad_inputs_in_place(tmp_path):
    junk = tmp_path / "junk.txt"
    junk.write_bytes(bytes(range(256)) * 10)
    files = [*corpus_files()[:5], str(junk), *corpus_files()[5:9]]
    code, out, err = run("facts", *files, "--jobs", "2")
    assert code == 2
    lines = out.splitlines()
    assert [line.split('"file": "')[1].split('"')[0] for line in lines] == files
    assert "junk.txt: no 政府信息公开工作年度报告 found" in err


def test_jobs_0_means_one_per_cpu_and_a_bad_value_is_refused():
    assert run("facts", str(SAMPLE), "--jobs", "0")[0] == 0
    with pytest.raises(SystemExit):
        main(["facts", str(SAMPLE), "--jobs", "-1"], out=io.StringIO(), err=io.StringIO())


def test_no_progress_when_stderr_is_no_terminal():
    code, _, err = run("facts", *corpus_files()[:3])
    assert code == 0
    assert "\r" not in err
    assert re.fullmatch(r"govdisclosure: 3 files in [0-9.]+ s \([0-9.]+ files/s\): 3 read, 0 failed\n", err)


def test_progress_on_a_terminal_then_the_summary():
    terminal = Terminal()
    code, out, err = run("facts", *corpus_files()[:3], err=terminal)
    assert code == 0
    assert out.count("\n") == 3
    assert re.search(r"\r\[1/3\] [0-9.]+ files/s, [0-9:]+ left  \S+001_shuyang_2025.txt\x1b\[K", err)
    assert "[3/3]" in err
    assert err.endswith("\r\x1b[Kgovdisclosure: 3 files in " + err.rsplit(" files in ", 1)[1])
    assert err.endswith(": 3 read, 0 failed\n")


def test_quiet_and_progress_override_the_terminal(tmp_path):
    code, _, err = run("facts", *corpus_files()[:3], "--quiet", err=Terminal())
    assert (code, err) == (0, "")
    code, _, err = run("facts", *corpus_files()[:3], "--progress")
    assert code == 0
    lines = err.splitlines()
    assert lines[0].startswith("govdisclosure: [1/3] ")
    assert lines[-2].startswith("govdisclosure: [3/3] ")
    assert lines[-1].startswith("govdisclosure: 3 files in ")


def test_one_file_has_no_progress_and_no_summary():
    assert run("facts", str(SAMPLE), err=Terminal())[2] == ""


def test_a_bad_input_clears_the_progress_line_first(tmp_path):
    terminal = Terminal()
    files = [*corpus_files()[:2], str(tmp_path / "gone.txt")]
    (tmp_path / "gone.txt").write_bytes(b"\xff\xfe nothing")
    run("facts", *files, err=terminal)
    err = terminal.getvalue()
    assert "\r\x1b[Kgovdisclosure: " in err
    assert "1 failed" in err


def test_progress_counts_rate_and_time_left():
    now = [100.0]
    stream = Terminal()
    progress = Progress(stream, 10, live=True, summary=True, clock=lambda: now[0])
    now[0] = 102.0
    progress.advance("a.txt")
    assert stream.getvalue() == "\r[1/10] 0.5 files/s, 0:18 left  a.txt\x1b[K"
    now[0] = 102.05  # too soon to redraw on a terminal
    progress.advance("b.txt")
    assert "b.txt" not in stream.getvalue()
    now[0] = 110.0
    progress.finish(failed=1)
    assert stream.getvalue().endswith(
        "\r\x1b[Kgovdisclosure: 2 files in 10.0 s (0.2 files/s): 1 read, 1 failed\n"
    )


def test_a_long_path_loses_its_beginning_not_the_file_name():
    progress = Progress(Terminal(), 10, live=True, summary=True, clock=lambda: 100.0)
    name = "/a/very/long/folder/of/reports/" * 4 + "001_shuyang_2025.txt"
    line = progress.line(name, width=60)
    assert len(line) == 60
    assert line.startswith("[0/10] 0.0 files/s  …")
    assert line.endswith("/001_shuyang_2025.txt")
    assert progress.line(name, width=10) == "[0/10] 0.0"
    assert progress.line("a.txt", width=60) == "[0/10] 0.0 files/s  a.txt"


def test_durations():
    assert [duration(s) for s in (7, 760, 11100)] == ["0:07", "12:40", "3:05:00"]


@pytest.mark.skipif(sys.platform == "win32", reason="pseudo-terminals are POSIX")
def test_progress_on_a_real_pseudo_terminal(tmp_path):
    leader, follower = pty.openpty()
    target = tmp_path / "facts.jsonl"
    done = subprocess.run(
        [sys.executable, "-m", "govdisclosure", "facts", *corpus_files()[:3], "--output", str(target)],
        stderr=follower,
        stdout=subprocess.DEVNULL,
        cwd=REPO,
        check=False,
        timeout=120,
    )
    os.close(follower)
    shown = b""
    while True:
        try:
            chunk = os.read(leader, 4096)
        except OSError:
            break
        if not chunk:
            break
        shown += chunk
    os.close(leader)
    assert done.returncode == 0
    assert b"\r[3/3] " in shown
    assert b"3 files in " in shown
    assert len(target.read_text(encoding="utf-8").splitlines()) == 3


def test_a_run_starts_its_worker_processes_once(tmp_path, monkeypatch):
    """check --jobs identifies every input, then checks them: both with the same pool."""
    import concurrent.futures

    started = []
    real = concurrent.futures.ProcessPoolExecutor

    def counted(*args, **kwargs):
        started.append(args)
        return real(*args, **kwargs)

    monkeypatch.setattr(concurrent.futures, "ProcessPoolExecutor", counted)
    files = corpus_files()[:20]
    assert (
        run("check", "--format", "jsonl", *files, "--jobs", "2")[1]
        == run("check", "--format", "jsonl", *files)[1]
    )
    assert len(started) == 1


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_check_shows_the_progress_of_checking_too(jobs):
    terminal = Terminal()
    _, out, err = run("check", "--format", "jsonl", *corpus_files()[:3], "--jobs", jobs, err=terminal)
    assert out.count("\n") == 3
    assert re.search(r"\r\[3/3\] [0-9.]+ files/s", err)  # reading (identifying, with --jobs)
    assert re.search(r"\rchecking \[3/3\] [0-9.]+ files/s, [0-9:]+ left  \S*004_pingtan_2019.txt\x1b\[K", err)
    assert err.count("govdisclosure: 3 files in ") == 1  # one summary line
    logged = run("check", "--format", "jsonl", *corpus_files()[:3], "--jobs", jobs, "--progress")[2]
    assert re.search(r"^govdisclosure: checking \[3/3\] [0-9.]+ files/s, 0:00 left$", logged, re.M)
