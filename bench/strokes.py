"""Stroke paths for the common ways people write each digit (bench/drawn_digits.py draws them).

STYLES[label] maps a style name to its strokes, in the order a person writes them. A stroke
is a list of (x, y) control points in a unit box (0..1, y down), in the direction of the pen.
The generator runs a smooth curve (centripetal Catmull-Rom) through the points; a point
written twice in a row is a sharp corner (the curve is split there). Only the shape
matters: the generator scales each digit to its own height and keeps its width-to-height
ratio, so a "1" stays narrow.
"""

STYLES: dict[int, dict[str, list[list[tuple[float, float]]]]] = {
    0: {
        # counter-clockwise from the top, the usual way
        "oval": [[(0.55, 0.02), (0.32, 0.08), (0.18, 0.3), (0.16, 0.6), (0.26, 0.87), (0.48, 0.98),
                  (0.7, 0.9), (0.82, 0.64), (0.82, 0.34), (0.7, 0.1), (0.55, 0.02)]],
        "round": [[(0.55, 0.04), (0.25, 0.12), (0.06, 0.42), (0.12, 0.78), (0.42, 0.98), (0.76, 0.9),
                   (0.94, 0.58), (0.86, 0.22), (0.6, 0.04)]],
        "slanted": [[(0.72, 0.02), (0.48, 0.06), (0.28, 0.3), (0.16, 0.62), (0.2, 0.9), (0.38, 0.99),
                     (0.58, 0.88), (0.74, 0.6), (0.84, 0.28), (0.8, 0.06), (0.7, 0.02)]],
        # the end runs past the start and into the loop
        "overlap": [[(0.62, 0.05), (0.4, 0.04), (0.22, 0.25), (0.17, 0.58), (0.28, 0.88), (0.5, 0.98),
                     (0.72, 0.88), (0.82, 0.58), (0.78, 0.24), (0.6, 0.04), (0.42, 0.06), (0.32, 0.16)]],
        # clockwise, as some left-handers write it
        "clockwise": [[(0.45, 0.02), (0.7, 0.1), (0.82, 0.38), (0.8, 0.7), (0.64, 0.95), (0.42, 0.97),
                       (0.24, 0.78), (0.18, 0.45), (0.28, 0.14), (0.48, 0.02)]],
    },
    1: {
        "plain": [[(0.5, 0.0), (0.5, 1.0)]],
        "flag": [[(0.3, 0.22), (0.54, 0.0), (0.54, 0.0), (0.54, 1.0)]],
        "flag_and_base": [[(0.3, 0.2), (0.52, 0.0), (0.52, 0.0), (0.52, 1.0)], [(0.28, 1.0), (0.76, 1.0)]],
        "curved": [[(0.56, 0.0), (0.53, 0.35), (0.48, 0.7), (0.42, 1.0)]],
        "slanted": [[(0.62, 0.0), (0.38, 1.0)]],
    },
    2: {
        "curly": [[(0.2, 0.25), (0.3, 0.08), (0.5, 0.0), (0.7, 0.07), (0.78, 0.25), (0.7, 0.45),
                   (0.5, 0.65), (0.3, 0.83), (0.16, 0.98), (0.16, 0.98), (0.5, 0.97), (0.86, 0.99)]],
        "angular": [[(0.18, 0.18), (0.45, 0.0), (0.74, 0.1), (0.76, 0.3), (0.15, 0.98), (0.15, 0.98),
                     (0.85, 0.98)]],
        "loop": [[(0.2, 0.22), (0.32, 0.05), (0.52, 0.0), (0.72, 0.1), (0.76, 0.3), (0.62, 0.5),
                  (0.4, 0.68), (0.24, 0.82), (0.14, 0.94), (0.06, 0.88), (0.1, 0.77), (0.2, 0.78),
                  (0.28, 0.88), (0.4, 0.97), (0.62, 0.98), (0.88, 0.95)]],
        "round_loop": [[(0.12, 0.3), (0.18, 0.1), (0.42, 0.0), (0.68, 0.04), (0.8, 0.24), (0.72, 0.46),
                        (0.5, 0.64), (0.3, 0.8), (0.2, 0.94), (0.1, 0.92), (0.08, 0.8), (0.2, 0.76),
                        (0.3, 0.86), (0.42, 0.95), (0.64, 0.98), (0.8, 0.94), (0.9, 0.86)]],
    },
    3: {
        "round": [[(0.2, 0.12), (0.42, 0.0), (0.66, 0.04), (0.76, 0.22), (0.62, 0.4), (0.42, 0.46),
                   (0.42, 0.46), (0.66, 0.52), (0.8, 0.72), (0.7, 0.92), (0.45, 1.0), (0.18, 0.9)]],
        "flat_top": [[(0.18, 0.0), (0.8, 0.0), (0.8, 0.0), (0.45, 0.38), (0.45, 0.38), (0.7, 0.45),
                      (0.82, 0.68), (0.72, 0.9), (0.48, 1.0), (0.18, 0.9)]],
        "big_bowl": [[(0.28, 0.08), (0.46, 0.0), (0.64, 0.06), (0.66, 0.22), (0.5, 0.36), (0.5, 0.36),
                      (0.74, 0.48), (0.86, 0.72), (0.72, 0.94), (0.44, 1.0), (0.14, 0.86)]],
        "middle_loop": [[(0.22, 0.1), (0.46, 0.0), (0.7, 0.06), (0.76, 0.24), (0.62, 0.4), (0.44, 0.47),
                         (0.32, 0.44), (0.34, 0.36), (0.46, 0.38), (0.64, 0.47), (0.8, 0.64), (0.78, 0.86),
                         (0.56, 0.99), (0.3, 0.98), (0.16, 0.86)]],
    },
    4: {
        "open": [[(0.32, 0.0), (0.16, 0.62), (0.16, 0.62), (0.88, 0.62)], [(0.66, 0.22), (0.66, 1.0)]],
        "closed": [[(0.64, 0.0), (0.1, 0.66), (0.1, 0.66), (0.9, 0.66)], [(0.64, 0.0), (0.64, 1.0)]],
        # crossbar leftwards, up the diagonal, down the stem
        "closed_one_stroke": [[(0.88, 0.66), (0.1, 0.66), (0.1, 0.66), (0.62, 0.0), (0.62, 0.0), (0.62, 1.0)]],
        # down, across, up to the stem's top and down again (the stem traced twice)
        "open_one_stroke": [[(0.24, 0.0), (0.2, 0.42), (0.28, 0.58), (0.5, 0.6), (0.7, 0.56),
                             (0.7, 0.56), (0.7, 0.02), (0.7, 0.02), (0.7, 1.0)]],
    },
    5: {
        # stem and belly first, then the top bar
        "two_strokes": [[(0.3, 0.0), (0.26, 0.44), (0.26, 0.44), (0.46, 0.38), (0.7, 0.44), (0.82, 0.66),
                         (0.72, 0.9), (0.46, 1.0), (0.16, 0.9)], [(0.3, 0.0), (0.8, 0.0)]],
        "one_stroke": [[(0.8, 0.0), (0.3, 0.0), (0.3, 0.0), (0.26, 0.44), (0.26, 0.44), (0.48, 0.38),
                        (0.72, 0.46), (0.82, 0.68), (0.7, 0.9), (0.44, 1.0), (0.16, 0.9)]],
        "slanted_stem": [[(0.38, 0.02), (0.2, 0.46), (0.2, 0.46), (0.42, 0.36), (0.68, 0.4), (0.84, 0.62),
                          (0.76, 0.88), (0.5, 1.0), (0.2, 0.94)], [(0.36, 0.02), (0.86, 0.0)]],
        "round_belly": [[(0.76, 0.02), (0.32, 0.02), (0.32, 0.02), (0.28, 0.42), (0.46, 0.38), (0.7, 0.44),
                         (0.84, 0.62), (0.8, 0.84), (0.62, 0.98), (0.38, 0.98), (0.2, 0.86)]],
    },
    6: {
        "straight_stem": [[(0.66, 0.0), (0.22, 0.64), (0.24, 0.88), (0.46, 1.0), (0.72, 0.9), (0.76, 0.68),
                           (0.56, 0.54), (0.34, 0.58), (0.22, 0.7)]],
        "curved_stem": [[(0.74, 0.06), (0.52, 0.0), (0.3, 0.14), (0.18, 0.45), (0.2, 0.78), (0.42, 0.99),
                         (0.68, 0.92), (0.78, 0.7), (0.6, 0.52), (0.36, 0.56), (0.2, 0.72)]],
        "big_loop": [[(0.62, 0.0), (0.34, 0.18), (0.14, 0.5), (0.16, 0.8), (0.4, 1.0), (0.7, 0.94),
                      (0.84, 0.68), (0.7, 0.42), (0.44, 0.4), (0.22, 0.54)]],
        "small_loop": [[(0.58, 0.0), (0.4, 0.26), (0.3, 0.56), (0.3, 0.86), (0.46, 1.0), (0.64, 0.92),
                        (0.66, 0.76), (0.5, 0.68), (0.34, 0.76)]],
    },
    7: {
        "plain": [[(0.14, 0.02), (0.84, 0.0), (0.84, 0.0), (0.42, 1.0)]],
        "crossed": [[(0.14, 0.02), (0.84, 0.0), (0.84, 0.0), (0.42, 1.0)], [(0.36, 0.5), (0.8, 0.48)]],
        "hooked_top": [[(0.12, 0.2), (0.14, 0.02), (0.14, 0.02), (0.84, 0.02), (0.84, 0.02), (0.42, 1.0)]],
        "curved_stem": [[(0.16, 0.04), (0.86, 0.0), (0.86, 0.0), (0.66, 0.34), (0.52, 0.66), (0.46, 1.0)]],
    },
    8: {
        # one stroke: an S down from the top right, then back up to the start
        "figure_eight": [[(0.72, 0.12), (0.5, 0.0), (0.28, 0.1), (0.3, 0.3), (0.5, 0.46), (0.72, 0.62),
                          (0.76, 0.86), (0.5, 1.0), (0.24, 0.86), (0.28, 0.62), (0.5, 0.46), (0.7, 0.3),
                          (0.72, 0.12)]],
        "slim_eight": [[(0.64, 0.08), (0.48, 0.0), (0.34, 0.1), (0.38, 0.3), (0.54, 0.48), (0.66, 0.68),
                        (0.62, 0.9), (0.46, 1.0), (0.32, 0.88), (0.36, 0.66), (0.54, 0.48), (0.66, 0.26),
                        (0.62, 0.08)]],
        # from the crossing: the top loop clockwise, then the bottom loop counter-clockwise
        "two_loops": [[(0.5, 0.46), (0.7, 0.3), (0.68, 0.08), (0.5, 0.0), (0.3, 0.08), (0.3, 0.3),
                       (0.5, 0.46), (0.72, 0.64), (0.74, 0.88), (0.5, 1.0), (0.26, 0.88), (0.28, 0.64),
                       (0.5, 0.46)]],
        "stacked_circles": [[(0.5, 0.0), (0.32, 0.06), (0.28, 0.24), (0.4, 0.42), (0.6, 0.42), (0.72, 0.24),
                             (0.66, 0.06), (0.48, 0.0)],
                            [(0.5, 0.44), (0.28, 0.52), (0.22, 0.74), (0.34, 0.96), (0.6, 0.98), (0.78, 0.8),
                             (0.74, 0.54), (0.52, 0.44)]],
    },
    9: {
        # the loop counter-clockwise from its right side, then the stem
        "straight_stem": [[(0.74, 0.16), (0.56, 0.01), (0.32, 0.04), (0.22, 0.24), (0.34, 0.42),
                           (0.56, 0.42), (0.74, 0.28), (0.74, 0.06), (0.74, 0.06), (0.72, 1.0)]],
        "curved_stem": [[(0.72, 0.14), (0.52, 0.0), (0.28, 0.06), (0.22, 0.28), (0.4, 0.42), (0.64, 0.36),
                         (0.74, 0.12), (0.74, 0.12), (0.7, 0.6), (0.58, 0.88), (0.36, 1.0)]],
        "big_loop": [[(0.82, 0.2), (0.58, 0.0), (0.28, 0.04), (0.14, 0.3), (0.28, 0.54), (0.6, 0.56),
                      (0.8, 0.36), (0.82, 0.12), (0.82, 0.12), (0.78, 1.0)]],
        "small_loop": [[(0.66, 0.12), (0.52, 0.0), (0.36, 0.06), (0.34, 0.22), (0.5, 0.3), (0.66, 0.2),
                        (0.68, 0.06), (0.68, 0.06), (0.62, 0.5), (0.54, 1.0)]],
    },
}

# Where a loop should close: (stroke index, "start" or "end", gap scale) of each stroke end that
# ought to meet the line it came from (a 0's end reaching its start, a 6's end reaching the stem,
# a 9's start, where the loop begins, reaching the stem, the diagonal of a closed 4 reaching
# the stem's top). The generator makes these ends stop short or overshoot (DrawParams.closure);
# a gap is scaled by the gap scale (a 9 open at the top soon reads as a 4).
CLOSURES: dict[int, dict[str, list[tuple[int, str, float]]]] = {
    0: {name: [(0, "end", 1.0)] for name in STYLES[0]},
    4: {"closed": [(0, "start", 1.0)]},
    6: {name: [(0, "end", 1.0)] for name in STYLES[6]},
    8: {"figure_eight": [(0, "end", 1.0)], "slim_eight": [(0, "end", 1.0)], "two_loops": [(0, "end", 1.0)],
        "stacked_circles": [(0, "end", 1.0), (1, "end", 1.0)]},
    9: {name: [(0, "start", 0.5)] for name in STYLES[9]},
}


# Proportions people vary, one part of each digit grown or shrunk as a whole (DrawParams.proportion):
# the control points inside `box` (x0, y0, x1, y1, unit box) are scaled about `anchor` along
# the axes marked True in `axes` (x, y). Neighbouring points move together, so the part keeps
# its shape and only its size against the rest of the digit changes. `range`, if given, is the
# digit's own factor range (the generator's is mapped onto it), narrower where a part grown or
# shrunk too far makes another digit (a long flag turns a 1 into a 7, a 6's loop reaching the top
# makes a 0, a 9's huge loop an "a", a tiny loop under a thick brush a blob).
PARTS: dict[int, dict] = {
    0: dict(what="the top's width", box=(0.0, 0.0, 1.0, 0.5), anchor=(0.5, 0.5), axes=(True, False)),
    1: dict(what="the flag's length", box=(0.0, 0.0, 0.46, 0.3), anchor=(0.53, 0.0), axes=(True, True), range=(0.5, 0.9)),
    2: dict(what="the bottom's length", box=(0.35, 0.85, 1.0, 1.0), anchor=(0.15, 0.98), axes=(True, False)),
    3: dict(what="the top bowl's size", box=(0.0, 0.0, 1.0, 0.46), anchor=(0.45, 0.46), axes=(True, True), range=(0.75, 1.35)),
    4: dict(what="the stem's length below the bar", box=(0.0, 0.7, 1.0, 1.0), anchor=(0.5, 0.62), axes=(False, True)),
    5: dict(what="the top bar's length", box=(0.5, 0.0, 1.0, 0.05), anchor=(0.3, 0.0), axes=(True, False)),
    6: dict(what="the loop's size", box=(0.0, 0.4, 1.0, 1.0), anchor=(0.5, 1.0), axes=(True, True), range=(0.85, 1.15)),
    7: dict(what="the bar's length", box=(0.0, 0.0, 0.6, 0.25), anchor=(0.84, 0.0), axes=(True, False)),
    8: dict(what="the top loop's size", box=(0.0, 0.0, 1.0, 0.46), anchor=(0.5, 0.46), axes=(True, True), range=(0.75, 1.35)),
    9: dict(what="the loop's size", box=(0.0, 0.0, 1.0, 0.58), anchor=(0.76, 0.0), axes=(True, True), range=(0.85, 1.2)),
}
