"""Pathological sources (issue 16, class A): seconds to convert one, per shape and size. A benchmark,
not a test: it prints figures so that growth is seen, and asserts nothing.

    python tests/benchmarks/bench_hostile.py [--sizes 1000,10000,100000,1000000] [--limit 60] [--shape NAME]

Each shape is repeated up to each size and written as the only source of a folder beside the dev
corpus's registries, then converted (read → extract → render, no cache, one process) with the
per-source watchdog off, so a super-linear pattern shows as growth instead of a skipped source. Each
measurement runs in a child process killed after --limit seconds ("> limit"); the larger sizes of a
shape that overran are not tried.
"""
from __future__ import annotations

import argparse
import multiprocessing
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import Callable

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
CORPUS = ROOT / "tests" / "fixtures" / "corpus" / "dev" / "sources"
os.environ["ON_RECORD_WATCHDOG"] = "off"  # growth must show, not a skipped source
from build_scripts.pipeline import convert_folder  # noqa: E402 - imported once, before each measurement forks

HEAD = "China calls for peace\n\nUNITED NATIONS, May 7, 2024 (Xinhua) -- Zhang Jun spoke.\n\n"


def repeat(unit: str, prefix: str = "", suffix: str = "") -> Callable[[int], str]:
    def make(size: int) -> str:
        return HEAD + prefix + unit * max(1, (size - len(HEAD) - len(prefix) - len(suffix)) // len(unit)) + suffix
    return make


def people(size: int) -> str:
    """Many differently named people, one per line."""
    lines, i = [], 0
    while sum(map(len, lines)) < size:
        name = "".join(chr(ord("a") + int(d)) for d in str(i)).capitalize()
        lines.append(f"Ambassador {name} Qorvath said \"we must keep talking about this.\"\n")
        i += 1
    return HEAD + "".join(lines)


def said_paragraphs(size: int) -> str:
    """Ordinary news text: `X said y.` paragraphs, a few speakers taking turns."""
    names = ["Zhang Jun", "Geng Shuang", "Dai Bing", "Fu Cong"]
    out, i = [], 0
    while sum(map(len, out)) < size:
        out.append(f"{names[i % 4]} said the Council must act on the humanitarian situation in Gaza now.\n\n")
        i += 1
    return HEAD + "".join(out)


SHAPES: dict[str, Callable[[int], str]] = {
    "topic keyword / hyphen run": repeat("-", "The humanitarian "),
    "emphasis *a": repeat("*a "),
    "emphasis _a": repeat("_a "),
    "emphasis *a*a (in a word)": repeat("*a", "", " x"),
    "link [a": repeat("[a "),
    "image ![a": repeat("![a "),
    "quote ending !!!": repeat("!", '"We call on all parties to stop ', ' x," he said, "and talk now for peace."'),
    "quote ending . . .": repeat(". ", '"We call on all parties to stop ', 'x," he said, "and talk now for peace."'),
    "quotation spans": repeat('"We call for a ceasefire now in Gaza," '),
    "one quotation per line": repeat('Zhang Jun said: "We call for a ceasefire now in Gaza."\n'),
    "topic name without full stop": repeat("humanitarian aid and relief for Gaza and Ukraine "),
    "adverb Badly Badly": repeat("Badly ", "", '"We call for a ceasefire now," he said.'),
    "many named people": people,
    "X said y. paragraphs": said_paragraphs,
}


def convert_once(text: str, folder: str) -> None:
    sources = Path(folder)
    (sources / "hostile.txt").write_text(text, encoding="utf-8")
    convert_folder(sources, cache_dir=None, workers=1)


def measure(text: str, folder: Path, limit: float) -> float | None:
    """Seconds for one conversion in a child process; None when it ran past the limit."""
    child = multiprocessing.get_context("fork").Process(target=convert_once, args=(text, str(folder)))
    start = time.perf_counter()
    child.start()
    child.join(limit)
    if child.is_alive():
        child.kill()
        child.join()
        return None
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,10000,100000,1000000")
    parser.add_argument("--limit", type=float, default=60.0, help="seconds before a measurement is given up")
    parser.add_argument("--shape", action="append", help="only this shape (repeatable)")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    labels = [f"{s // 1000} KB" if s < 1_000_000 else f"{s // 1_000_000} MB" for s in sizes]
    print(f"{'shape':32s}" + "".join(f"{label:>10s}" for label in labels))
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        for name in ("topics.yml", "speakers.yml"):
            shutil.copy(CORPUS / name, folder)
        for shape, make in SHAPES.items():
            if args.shape and shape not in args.shape:
                continue
            row, over = [], False
            for size in sizes:
                seconds = None if over else measure(make(size), folder, args.limit)
                over = seconds is None
                row.append(f"{seconds:9.2f}s" if seconds is not None else f"{'> ' + str(int(args.limit)):>9s}s")
            print(f"{shape:32s}" + "".join(f"{cell:>10s}" for cell in row), flush=True)


if __name__ == "__main__":
    main()
