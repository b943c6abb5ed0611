"""How fast the converter reads sources: .txt and .html separately. A benchmark, not a test.

    python tests/benchmarks/bench_convert.py [N]

Copies the dev corpus's sources of each kind into a scratch folder until it holds about N
(default 500), converts it with the CLI three times (no cache; one process, then all cores), and prints the median sources per second
(process start included).
"""
from __future__ import annotations

import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "tests" / "fixtures" / "corpus" / "dev" / "sources"


def corpus(folder: Path, suffix: str, wanted: int) -> int:
    folder.mkdir()
    for name in ("topics.yml", "speakers.yml"):
        shutil.copy(CORPUS / name, folder)
    sources = sorted(CORPUS.glob(f"*{suffix}"))
    copies = -(-wanted // len(sources))
    for i in range(copies):
        for source in sources:
            shutil.copy(source, folder / f"{source.stem}_{i}{suffix}")
    return copies * len(sources)


def main() -> None:
    wanted = int(sys.argv[1]) if len(sys.argv) > 1 else 500
    with tempfile.TemporaryDirectory() as scratch:
        for suffix, extra, label in ((".txt", ["--workers", "1"], "1 process"), (".txt", [], "all cores"),
                                     (".html", ["--workers", "1"], "1 process"), (".html", [], "all cores")):
            sources = Path(scratch) / suffix.strip(".")
            count = corpus(sources, suffix, wanted) if not sources.exists() else count
            times = []
            for run in range(3):
                out = Path(scratch) / f"out{suffix}{label}{run}"
                start = time.perf_counter()
                subprocess.run([sys.executable, "-m", "build_scripts", "convert", str(sources), str(out), "--no-cache",
                                *extra],
                               cwd=ROOT, check=True, capture_output=True)
                times.append(time.perf_counter() - start)
            median = statistics.median(times)
            print(f"{suffix:5s} {label:9s} {count:5d} sources  median {median:6.2f} s  {count / median:7.1f} sources/s")


if __name__ == "__main__":
    main()
