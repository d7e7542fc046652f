"""The stress protocol: is the README's test command green on any machine, quiet or busy?

    python3 tools/stress_tests.py                 # all three phases (about 30-40 min on 2 cores)
    python3 tools/stress_tests.py --phases gui --repeat 2
    python3 tools/stress_tests.py --phases busy,gui --files test_main_window.py

1. quiet: the README's test command (after ``<!-- test-command -->``) on a fresh clone of HEAD;
2. busy: the same, while two CPU-bound processes run beside it (``--hogs``);
3. gui: each GUI test file (one that uses ``qtbot``) alone, ``--repeat`` times, quiet.

Each run's time and pytest's summary line are printed as a table; every log is kept in the
clone's ``stress-logs/`` folder. The exit status is 1 if any run failed.
"""
from __future__ import annotations

import argparse
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
HOG = "while True: pass"


def readme_test_command(readme: Path) -> str:
    """The bash lines of the first ```bash block after ``<!-- test-command -->``, as .ci/run reads them."""
    text = readme.read_text(encoding="utf-8")
    after = text.split("<!-- test-command -->", 1)[1]
    block = re.search(r"```bash\n(.*?)\n```", after, re.S)
    if block is None:
        raise SystemExit(f"{readme}: no ```bash block after <!-- test-command -->")
    return block.group(1).strip()


def gui_test_files(tests: Path) -> list[Path]:
    return sorted(path for path in tests.glob("test_*.py") if "qtbot" in path.read_text(encoding="utf-8"))


def summary_line(log: str) -> str:
    """pytest's last line, e.g. '3 failed, 726 passed in 243.1s', without its '=' frame."""
    for line in reversed(log.strip().splitlines()):
        if re.search(r"\b(passed|failed|error|errors|no tests ran)\b", line):
            return line.strip("= ").strip()
    return "(no pytest summary: see the log)"


def run(command: str, cwd: Path, log: Path) -> tuple[bool, float, str]:
    started = time.perf_counter()
    with log.open("w", encoding="utf-8") as out:
        code = subprocess.call(["bash", "-euo", "pipefail", "-c", command], cwd=cwd, stdout=out, stderr=subprocess.STDOUT)
    seconds = time.perf_counter() - started
    return code == 0, seconds, summary_line(log.read_text(encoding="utf-8", errors="replace"))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--phases", default="quiet,busy,gui", help="comma-separated: quiet, busy, gui (default: all)")
    parser.add_argument("--repeat", type=int, default=5, help="runs of each GUI test file (default 5)")
    parser.add_argument("--hogs", type=int, default=2, help="CPU-bound processes beside the busy run (default 2)")
    parser.add_argument("--clone", type=Path, help="where to clone HEAD (default: a new temporary folder)")
    parser.add_argument("--files", nargs="+", metavar="FILE", help="the gui phase runs only these test files (names in tests/)")
    args = parser.parse_args(argv)
    phases = [phase.strip() for phase in args.phases.split(",") if phase.strip()]
    unknown = set(phases) - {"quiet", "busy", "gui"}
    if unknown:
        parser.error(f"unknown phase(s): {', '.join(sorted(unknown))}")

    clone = args.clone or Path(tempfile.mkdtemp(prefix="digitlab-stress-")) / "digitlab"
    subprocess.run(["git", "clone", "-q", str(REPO), str(clone)], check=True)
    logs = clone / "stress-logs"
    logs.mkdir()
    command = readme_test_command(clone / "README.md")
    print(f"fresh clone of {subprocess.check_output(['git', 'rev-parse', '--short', 'HEAD'], cwd=clone, text=True).strip()}"
          f" in {clone}\nthe README's test command: {command}\n", flush=True)

    results: list[tuple[str, bool, float, str]] = []

    def report(name: str, outcome: tuple[bool, float, str]) -> None:
        ok, seconds, summary = outcome
        results.append((name, ok, seconds, summary))
        print(f"{'ok  ' if ok else 'FAIL'} {seconds:7.1f} s  {name:<44} {summary}", flush=True)

    if "quiet" in phases:
        report("README command, quiet", run(command, clone, logs / "quiet.log"))
    if "busy" in phases:
        hogs = [subprocess.Popen([sys.executable, "-c", HOG]) for _ in range(args.hogs)]
        try:
            report(f"README command, {args.hogs} CPU-bound beside", run(command, clone, logs / "busy.log"))
        finally:
            for hog in hogs:
                hog.kill()
                hog.wait()
    if "gui" in phases:
        paths = [clone / "tests" / name for name in args.files] if args.files else gui_test_files(clone / "tests")
        for path in paths:
            for attempt in range(1, args.repeat + 1):
                name = f"{path.name} #{attempt}"
                log = logs / f"{path.stem}-{attempt}.log"
                report(name, run(f"{sys.executable} -m pytest -q -p no:cacheprovider tests/{path.name}", clone, log))

    failed = [name for name, ok, _, _ in results if not ok]
    total = sum(seconds for _, _, seconds, _ in results)
    print(f"\n{len(results) - len(failed)} of {len(results)} runs green in {total / 60:.1f} min; logs in {logs}")
    for name in failed:
        print(f"  failed: {name}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
