"""Run the command line, stopping itself (SIGSTOP) at a point the build reaches, so that a test can
kill it exactly there instead of after a guessed delay (which races the build: on a quiet machine the
build wins, on a busy one it has not begun).

    python tests/killpoint.py POINT N -- convert SOURCES OUT
    python tests/killpoint.py POINT 1 -- site --site-dir SITE ...

POINT is `page` (after the Nth file the writer has written into the output folder), `index`
(MkDocs has finished building into the staging folder, the search index not yet begun) or `swap`
(the finished site is about to replace the old one). The test waits for the stop with
os.waitpid(pid, WUNTRACED): if the build exits instead, the point was never reached.
"""
from __future__ import annotations

import os
import signal
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from build_scripts import cli, write  # noqa: E402


def stop_here() -> None:
    """Stop the whole process where it stands; only SIGKILL (or SIGCONT) moves it on."""
    os.kill(os.getpid(), signal.SIGSTOP)


def after_nth_page(count: int) -> None:
    real = write._write_atomically
    written = 0

    def counting(path: Path, content: str | bytes) -> None:
        nonlocal written
        real(path, content)
        written += 1
        if written == count:
            stop_here()
    write._write_atomically = counting


def before(module: object, name: str) -> None:
    real = getattr(module, name)

    def stopping(*args, **kwargs):
        stop_here()
        return real(*args, **kwargs)
    setattr(module, name, stopping)


def main(argv: list[str]) -> int:
    point, count, rest = argv[0], int(argv[1]), argv[argv.index("--") + 1:]
    if point == "page":
        after_nth_page(count)
    elif point == "index":
        before(cli, "index_site")
    elif point == "swap":
        before(cli, "swap_in")
    else:
        raise SystemExit(f"unknown kill point {point!r}")
    return cli.main(rest)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
