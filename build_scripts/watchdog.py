"""A time limit per source: one file whose text makes the converter slow is skipped with a message,
and the rest of the site builds (under `mkdocs serve`, the preview keeps answering).

The patterns are written to run in linear time (issue 16); this is the limit that holds when one
still does not. ON_RECORD_WATCHDOG sets it in seconds (default 5), or "off".
"""
from __future__ import annotations

import multiprocessing
import os
import signal
import threading
from pathlib import Path
from typing import Callable

from .convert import INTERNAL_ERROR, convert_source
from .model import Problem, Registry, Result

ENV = "ON_RECORD_WATCHDOG"
DEFAULT_SECONDS = 5.0
Convert = Callable[[Path, Path, Registry], Result]
OVERRAN = "took longer than"  # how the message begins: such a result is never cached (the machine may have been busy)


class Overran(BaseException):
    """Raised by the alarm inside a conversion; a BaseException so that the converter's own
    safety net (`except Exception`) does not swallow it."""


def limit() -> float | None:
    """Seconds a source may take, or None for no limit."""
    value = os.environ.get(ENV, "").strip().lower()
    if value in ("off", "none", "0"):
        return None
    try:
        seconds = float(value) if value else DEFAULT_SECONDS
    except ValueError:
        return DEFAULT_SECONDS
    return seconds if seconds > 0 else None


def overran_problem(name: str, seconds: float) -> Problem:
    return Problem(name, f"{OVERRAN} {seconds:g} s to convert, so it is skipped and the rest of the site is built. "
                         "Something in its text (a very long run of one mark, a huge paragraph) makes the converter "
                         "slow: shorten or split the file, and please report it with the file. "
                         f"{ENV}=SECONDS sets the limit ({ENV}=off for none)", transient=True)


def overran(result: Result) -> bool:
    """The result of a source skipped by the watchdog (not to be kept: next time may be quicker)."""
    return result[0] is None and any(p.message.startswith(OVERRAN) for p in result[1])


def _raise_overran(signum, frame) -> None:  # noqa: ARG001 - a signal handler's signature
    raise Overran()


def _with_alarm(convert: Convert, path: Path, sources_dir: Path, registry: Registry, seconds: float) -> Result:
    """In the main thread: SIGALRM interrupts the conversion, even inside a regular expression
    (the re engine checks for signals as it runs)."""
    previous = signal.signal(signal.SIGALRM, _raise_overran)
    try:
        signal.setitimer(signal.ITIMER_REAL, seconds)
        try:
            return convert(path, sources_dir, registry)
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
    except Overran:
        return None, [overran_problem(path.relative_to(sources_dir).as_posix(), seconds)]
    finally:
        signal.signal(signal.SIGALRM, previous)


def _in_child(convert: Convert, path: Path, sources_dir: Path, registry: Registry, seconds: float) -> Result:
    """Outside the main thread no signal can reach the conversion: it runs in a child process,
    killed when it overruns."""
    context = multiprocessing.get_context("fork")
    receive, send = context.Pipe(duplex=False)
    child = context.Process(target=lambda: send.send(convert(path, sources_dir, registry)), daemon=True)
    child.start()
    send.close()
    name = path.relative_to(sources_dir).as_posix()
    try:
        if receive.poll(seconds):
            return receive.recv()
    except EOFError:  # the child died without an answer
        return None, [Problem(name, f"{INTERNAL_ERROR} (the process converting it died); it is skipped. "
                                    "Please report this with the file")]
    finally:
        child.kill()
        child.join()
        receive.close()
    return None, [overran_problem(name, seconds)]


def convert_within_limit(path: Path, sources_dir: Path, registry: Registry, convert: Convert = convert_source) -> Result:
    """convert(path, …) (convert_source), stopped after the time limit."""
    seconds = limit()
    if seconds is None:
        return convert(path, sources_dir, registry)
    if threading.current_thread() is threading.main_thread():
        return _with_alarm(convert, path, sources_dir, registry, seconds)
    return _in_child(convert, path, sources_dir, registry, seconds)
