"""The tutorial's equations as Qt rich text, in its own names, with their shapes; small number tables.

The formulas are the same in every language (the tutorial's program names its arrays in English);
the words around them are translated by the view that shows them (``gui.areas.tutorial_math.step_view``).
Every function returns an HTML fragment for a QLabel with rich text. Superscripts are Unicode characters
(ᵀ, ², ⁻ˣ), not <sup>: a QLabel cut the top off a <sup> on its first line.
"""
from __future__ import annotations

import numpy as np

SHAPE_COLOUR = "#808080"


def _name(text: str) -> str:
    """An array's name from the tutorial's program, in italics."""
    return f"<i>{text}</i>"


def _shape(text: str) -> str:
    return f"&nbsp;&nbsp;<span style='color:{SHAPE_COLOUR}'>{text}</span>"


W_IH = "W<sub>ih</sub>"
W_HO = "W<sub>ho</sub>"


def equations(hidden: int, inputs: int = 784, outputs: int = 10) -> dict[str, str]:
    """Each step of ``train`` by key, as rich text: the equation, then its shapes (h = ``hidden``)."""
    h, i, o = str(hidden), str(inputs), str(outputs)
    return {
        "inputs": f"{_name('inputs')}{_shape(f'({i})')}",
        "hidden_inputs": f"{_name('hidden_inputs')} = {W_IH} · {_name('inputs')}{_shape(f'({h}) = ({h} × {i}) · ({i})')}",
        "hidden_outputs": f"{_name('hidden_outputs')} = σ({_name('hidden_inputs')}), &nbsp;σ(x) = 1 / (1 + e⁻ˣ){_shape(f'({h})')}",
        "final_inputs": f"{_name('final_inputs')} = {W_HO} · {_name('hidden_outputs')}{_shape(f'({o}) = ({o} × {h}) · ({h})')}",
        "final_outputs": f"{_name('final_outputs')} = σ({_name('final_inputs')}){_shape(f'({o})')}",
        "loss_before": f"E = ½ Σ<sub>k</sub> ({_name('targets')}<sub>k</sub> − {_name('final_outputs')}<sub>k</sub>)²{_shape('(1)')}",
        "output_errors": f"{_name('output_errors')} = {_name('targets')} − {_name('final_outputs')}{_shape(f'({o})')}",
        "hidden_errors": f"{_name('hidden_errors')} = {W_HO}ᵀ · {_name('output_errors')}{_shape(f'({h}) = ({h} × {o}) · ({o})')}",
        "delta_w_ho": (
            f"Δ{W_HO} = α · ({_name('output_errors')} ∗ {_name('final_outputs')} ∗ (1 − {_name('final_outputs')})) · "
            f"{_name('hidden_outputs')}ᵀ{_shape(f'({o} × {h}) = ({o} × 1) · (1 × {h})')}"
        ),
        "delta_w_ih": (
            f"Δ{W_IH} = α · ({_name('hidden_errors')} ∗ {_name('hidden_outputs')} ∗ (1 − {_name('hidden_outputs')})) · "
            f"{_name('inputs')}ᵀ{_shape(f'({h} × {i}) = ({h} × 1) · (1 × {i})')}"
        ),
        "loss_after": f"{W_HO} ← {W_HO} + Δ{W_HO}, &nbsp;{W_IH} ← {W_IH} + Δ{W_IH}, &nbsp;E′ = ½ Σ<sub>k</sub> ({_name('targets')}<sub>k</sub> − {_name('final_outputs')}′<sub>k</sub>)²{_shape('(1)')}",
    }


# the keys of ``equations`` in the tutorial's order: forward pass, the loss, the errors, the updates
ORDER = ("inputs", "hidden_inputs", "hidden_outputs", "final_inputs", "final_outputs", "loss_before",
         "output_errors", "hidden_errors", "delta_w_ho", "delta_w_ih", "loss_after")


def number(value: float, signed: bool = False, digits: int = 2) -> str:
    """A value for a table: a real minus sign, a plus when ``signed``, and no "−0.00"."""
    text = f"{value:+.{digits}f}" if signed else f"{value:.{digits}f}"
    if float(text) == 0.0:
        text = f"{0.0:.{digits}f}"
    return text.replace("-", "−")


def number_table(rows: list[tuple[str, np.ndarray, bool]], highlight: int | None = None) -> str:
    """A table with a header 0 … n−1 and one row per (name, values (n,), signed); column ``highlight`` in bold.

    A single row goes without its name (the equation above names it), so ten signed numbers fit 480 px.
    """
    count = len(rows[0][1]) if rows else 0
    named = len(rows) > 1
    cell = "style='padding:0 3px' align='right'"
    header = "".join(
        f"<td {cell}><span style='color:{SHAPE_COLOUR}'>{'<b>%d</b>' % k if k == highlight else k}</span></td>" for k in range(count)
    )
    lines = [f"<tr>{'<td></td>' if named else ''}{header}</tr>"]
    for name, values, signed in rows:
        cells = "".join(
            f"<td {cell}>{'<b>%s</b>' % number(v, signed) if k == highlight else number(v, signed)}</td>"
            for k, v in enumerate(np.asarray(values, dtype=np.float64))
        )
        label = f"<td style='padding-right:4px'><i>{name}</i></td>" if named else ""
        lines.append(f"<tr>{label}{cells}</tr>")
    return "<table cellspacing='0'>" + "".join(lines) + "</table>"


def value_range(values: np.ndarray) -> str:
    """ "min … max" of a vector, for the caption under its strip."""
    values = np.asarray(values, dtype=np.float64)
    return f"{number(float(values.min()), digits=3)} … {number(float(values.max()), digits=3)}"
