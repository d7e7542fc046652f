"""Benchmark: the tutorial's per-sample training loop vs core.sequential.train_one_at_a_time.

Run from the repository root:  python bench/bench_sequential_kernel.py [--plain N] [--fast N]

Data are random MNIST-like vectors (mostly 0.01, ~20 % bright pixels), 784-200-10,
tutorial weight initialisation.  Prints microseconds per sample and the speed-up.
"""
import argparse
import os
import sys
import time

import numpy

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from core.sequential import DEFAULT_BLOCK_SIZE, train_one_at_a_time  # noqa: E402

N_IN, N_HID, N_OUT = 784, 200, 10
LR = 0.1


def make_data(n, seed=0):
    rng = numpy.random.default_rng(seed)
    pixels = rng.random((n, N_IN)) * (rng.random((n, N_IN)) < 0.2)
    inputs = pixels * 0.99 + 0.01
    targets = numpy.full((n, N_OUT), 0.01)
    targets[numpy.arange(n), rng.integers(0, N_OUT, n)] = 0.99
    return inputs, targets


def make_weights(seed=1):
    rng = numpy.random.default_rng(seed)
    return (rng.normal(0.0, N_IN ** -0.5, (N_HID, N_IN)),
            rng.normal(0.0, N_HID ** -0.5, (N_OUT, N_HID)))


def plain_loop(wih, who, inputs_rows, targets_rows, lr):
    """The tutorial's train(), per sample, column vectors, float64."""
    activation_function = lambda x: 1.0 / (1.0 + numpy.exp(-x))  # noqa: E731
    for inputs_list, targets_list in zip(inputs_rows, targets_rows):
        inputs = numpy.array(inputs_list, ndmin=2).T
        targets = numpy.array(targets_list, ndmin=2).T
        hidden_inputs = numpy.dot(wih, inputs)
        hidden_outputs = activation_function(hidden_inputs)
        final_inputs = numpy.dot(who, hidden_outputs)
        final_outputs = activation_function(final_inputs)
        output_errors = targets - final_outputs
        hidden_errors = numpy.dot(who.T, output_errors)
        who += lr * numpy.dot((output_errors * final_outputs * (1.0 - final_outputs)),
                              numpy.transpose(hidden_outputs))
        wih += lr * numpy.dot((hidden_errors * hidden_outputs * (1.0 - hidden_outputs)),
                              numpy.transpose(inputs))


def best_of(repeats, fn):
    best = float("inf")
    for _ in range(repeats):
        t0 = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t0)
    return best


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--plain", type=int, default=2000, help="samples for the plain loop")
    ap.add_argument("--fast", type=int, default=20000, help="samples for the blocked kernel")
    ap.add_argument("--chunk", type=int, default=2048, help="samples per train_one_at_a_time call")
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--blocks", type=str, default="16,32,48,64,96,128,192,256")
    args = ap.parse_args()

    inputs, targets = make_data(max(args.plain, args.fast))
    wih0, who0 = make_weights()

    def run_plain():
        wih, who = wih0.copy(), who0.copy()
        plain_loop(wih, who, inputs[:args.plain], targets[:args.plain], LR)

    t_plain = best_of(args.repeats, run_plain) / args.plain * 1e6
    print(f"plain tutorial loop (float64, {args.plain} samples): {t_plain:8.2f} us/sample")

    for dtype in (numpy.float32, numpy.float64):
        x = numpy.ascontiguousarray(inputs[:args.fast], dtype=dtype)
        t = targets[:args.fast].astype(dtype)
        blocks = [int(b) for b in args.blocks.split(",")]
        if DEFAULT_BLOCK_SIZE not in blocks:
            blocks.append(DEFAULT_BLOCK_SIZE)
        for block in sorted(blocks):
            def run_fast():
                wih, who = wih0.astype(dtype), who0.astype(dtype)
                for a in range(0, args.fast, args.chunk):
                    train_one_at_a_time(wih, who, x[a:a + args.chunk], t[a:a + args.chunk], LR,
                                        block_size=block)
            t_fast = best_of(args.repeats, run_fast) / args.fast * 1e6
            mark = " (default)" if block == DEFAULT_BLOCK_SIZE else ""
            print(f"train_one_at_a_time {numpy.dtype(dtype).name:7s} block {block:4d}: "
                  f"{t_fast:7.2f} us/sample   speed-up x{t_plain / t_fast:5.1f}{mark}")


if __name__ == "__main__":
    main()
