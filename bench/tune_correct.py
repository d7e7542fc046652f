"""Choose the "Correct me" fine-tune (core.personal.CORRECTION_*) on simulated tuning people, never the reported ones.

    python3 bench/tune_correct.py [--people 12] [--fresh 20] [--only NAME,NAME]

Each candidate corrects 20 drawings of every tuning person (100 and up) and is scored on their
fresh drawings after 20 corrections (mean and worst person), the drop on MNIST validation (the
last 10,000 training images, which the fine-tune then never mixes in) and the median seconds per
correction. People 0–2 and MNIST's test set are left for bench/handwriting.py's report.
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.handwriting import section_correct  # noqa: E402
from core.augment import AugmentSettings  # noqa: E402

MILD = AugmentSettings(rotation_degrees=4, slant_degrees=6, scale=(0.93, 1.05), aspect=(0.92, 1.06), shift_pixels=0.8, thickness=(-0.2, 0.3))
STRONG = AugmentSettings(rotation_degrees=12, slant_degrees=18, scale=(0.8, 1.15), aspect=(0.75, 1.2), shift_pixels=2, thickness=(-0.6, 0.9))

FIRST = dict(steps=10, learning_rate=0.05, mix=8, newest=100, warped_copies=4, warp=AugmentSettings())
CANDIDATES = {
    "app": {},  # core.personal's CORRECTION_* as they are; every other candidate changes the first settings:
    "first": {},  # 10 steps, lr 0.05, mix 8, newest 100, 4 copies warped with the training's (mild) ranges
    "20 steps": dict(steps=20),
    "lr 0.1": dict(learning_rate=0.1),
    "own ×3": dict(own_repeats=3),
    "8 copies": dict(warped_copies=8),
    "8 copies mild": dict(warped_copies=8, warp=MILD),
    "8 copies strong": dict(warped_copies=8, warp=STRONG),
    "mix 4": dict(mix=4),
    "mix 16": dict(mix=16),
    "newest 10": dict(newest=10),
    "20 steps early stop": dict(steps=20, stop_when_learnt=True),
    "5 steps": dict(steps=5),
    "lr 0.03": dict(learning_rate=0.03),
    "2 copies": dict(warped_copies=2),
    "4 copies strong": dict(warp=STRONG),
    "15 steps lr 0.03": dict(steps=15, learning_rate=0.03),
    "4 copies strong lr 0.03": dict(warp=STRONG, learning_rate=0.03),
    "8 copies strong lr 0.03": dict(warped_copies=8, warp=STRONG, learning_rate=0.03),
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--people", type=int, default=12)
    parser.add_argument("--first", type=int, default=100)
    parser.add_argument("--fresh", type=int, default=20, help="fresh drawings per digit per person")
    parser.add_argument("--only", default="", help="candidate names separated by ; (default: all)")
    parser.add_argument("--preset", default="robust")
    args = parser.parse_args()
    assert args.first >= 100, "people 0–99 are not for tuning"
    names = [name for name in CANDIDATES if not args.only or name in args.only.split(";")]
    print(f"people {args.first}–{args.first + args.people - 1}, {args.fresh} fresh drawings per digit, {args.preset} preset\n")
    print("| settings | fresh after 0 / 5 / 10 / 20 (mean) | worst after 20 | validation drop, worst | s per correction |")
    print("|---|---|---|---|---|")
    for name in names:
        started = time.perf_counter()
        result = section_correct(args.preset, people=args.people, fresh_per_digit=args.fresh, first_person=args.first,
                                 settings=CANDIDATES[name] if name == "app" else {**FIRST, **CANDIDATES[name]}, forgetting_split="validation", quiet=True)
        curves = result["curves"]
        print(f"| {name} | " + " / ".join(f"{100 * value:.1f}" for value in curves.mean(axis=0)) + f" % | {100 * curves[:, -1].min():.1f} % "
              f"| {result['drops'].max():.2f} | {np.median(result['seconds']):.2f} |  ({time.perf_counter() - started:.0f} s)", flush=True)


if __name__ == "__main__":
    main()
