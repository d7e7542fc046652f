"""The derivation, live: one weight's ∂E/∂w by the chain rule, with the last step's numbers, checked by nudging.

Part of the One step tab (``gui.areas.tutorial_math.step_view``): after a step, the learner picks a weight — a cell of the
ΔW_ho heat map (hidden node j → output node k), a pixel of a most-changed node's ΔW_ih image (input
pixel i → hidden node j), or by number here — and reads, for the weights *before* that step
(``core.derivation``)::

    ∂E/∂w = ∂E/∂o · ∂o/∂x · ∂x/∂w = −2(t − o) · o(1 − o) · o_j      (E = Σ (t − o)², the tutorial's)

its product, the 2 the tutorial drops, the Δw that ``train`` applied (the two agree to float
precision), the slope measured by nudging the weight, and a plot of E along that one weight with the
tangent and where one step of α lands; the α slider shows a step overshooting.
"""
from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QSlider,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from core import derivation
from core.network import NeuralNetwork

CURVE_COLOUR = "#1f5fbf"
TANGENT_COLOUR = "#d95f02"
STEP_COLOUR = "#1b7a30"
ALPHA_STEPS_PER_DECADE = 20  # the α slider: 10^(value / 20), from 0.01 to 1,000
ALPHA_MIN_EXPONENT, ALPHA_MAX_EXPONENT = -2, 3
CURVE_POINTS = 241


def slider_to_alpha(value: int) -> float:
    return 10.0 ** (value / ALPHA_STEPS_PER_DECADE)


def alpha_to_slider(alpha: float) -> int:
    return round(math.log10(alpha) * ALPHA_STEPS_PER_DECADE)


def fmt(value: float) -> str:
    """A number in the chain: four significant digits, a real minus sign."""
    if value == 0:
        return "0"
    text = f"{value:.4g}" if 1e-4 <= abs(value) < 1e5 else f"{value:.3e}"
    return text.replace("-", "−")


def plot_range(weight: float, step: float) -> tuple[float, float]:
    """Where to draw E along the weight: around it, wide enough for the step to land inside (and at least ±0.5)."""
    half = max(0.5, 1.6 * abs(step))
    return weight - half, weight + half


class WeightDerivationView(QFrame):
    """One weight's derivation for the last step; ``set_step`` feeds it, ``pick`` chooses the weight."""

    weightPicked = Signal(str, int, int)  # layer ("ho" or "ih"), to_node, from_node

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("weightDerivation")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.before: NeuralNetwork | None = None  # the network before the last step (float64)
        self.after: NeuralNetwork | None = None  # and after it
        self.inputs = self.targets = None  # (784,), (10,) the step's sample
        self.layer, self.to_node, self.from_node = "ho", 0, 0
        self.chain: derivation.WeightChain | None = None
        self.nudged: float | None = None
        self.check: derivation.GradientCheck | None = None
        self.alpha = 0.1

        self.title = QLabel(objectName="derivationTitle", wordWrap=True)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.intro = QLabel(objectName="derivationIntro", wordWrap=True, textFormat=Qt.TextFormat.RichText)
        self.hint = QLabel(objectName="derivationHint", wordWrap=True)

        self.layer_ho = QRadioButton(objectName="derivationLayerHo", checked=True)
        self.layer_ih = QRadioButton(objectName="derivationLayerIh")
        self.layer_group = QButtonGroup(self)
        for button in (self.layer_ho, self.layer_ih):
            self.layer_group.addButton(button)
        self.to_spin = QSpinBox(objectName="derivationToNode")
        self.from_spin = QSpinBox(objectName="derivationFromNode")
        for spin in (self.to_spin, self.from_spin):
            spin.setKeyboardTracking(False)
        self.to_caption = QLabel(objectName="derivationToCaption")
        self.from_caption = QLabel(objectName="derivationFromCaption")
        self.random_button = QPushButton(objectName="derivationRandomButton")
        self.rng = np.random.default_rng()

        self.chain_label = QLabel(objectName="derivationChain", wordWrap=True, textFormat=Qt.TextFormat.RichText)
        self.chain_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.nudge_label = QLabel(objectName="derivationNudge", wordWrap=True, textFormat=Qt.TextFormat.RichText)
        self.check_button = QPushButton(objectName="derivationCheckButton")
        self.check_label = QLabel(objectName="derivationCheckResult", wordWrap=True, textFormat=Qt.TextFormat.RichText)

        self.plot_caption = QLabel(objectName="derivationPlotCaption", wordWrap=True, textFormat=Qt.TextFormat.RichText)
        self.plot_widget = pg.PlotWidget(background="w")
        self.plot_widget.setObjectName("derivationPlot")
        self.plot_widget.setMinimumHeight(200)
        self.plot_widget.setMaximumHeight(260)
        plot = self.plot_widget.getPlotItem()
        plot.setMenuEnabled(False)
        plot.setMouseEnabled(x=False, y=False)
        plot.hideButtons()
        plot.showGrid(x=True, y=True, alpha=0.25)
        plot.getAxis("bottom").enableAutoSIPrefix(False)
        plot.getAxis("left").setWidth(56)  # room for the values from the first draw
        # E's change, not E: a weight moves E by as little as 1e-9, which no tick label of E itself would show
        plot.setLabel("left", "E − E(w)")  # the axis adds its scale, e.g. (×1e-09)
        self.curve = plot.plot([], [], pen=pg.mkPen(CURVE_COLOUR, width=2), antialias=True)
        self.tangent = plot.plot([], [], pen=pg.mkPen(TANGENT_COLOUR, width=1.5, style=Qt.PenStyle.DashLine), antialias=True)
        self.here = plot.plot([], [], pen=None, symbol="o", symbolSize=9, symbolBrush=CURVE_COLOUR, symbolPen="w")
        self.landing = plot.plot([], [], pen=pg.mkPen(STEP_COLOUR, width=1.5), symbol="t1", symbolSize=11,
                                 symbolBrush=STEP_COLOUR, symbolPen="w", antialias=True)
        self.plot_legend = QLabel(objectName="derivationPlotLegend", wordWrap=True, textFormat=Qt.TextFormat.RichText)

        self.alpha_slider = QSlider(Qt.Orientation.Horizontal, objectName="derivationAlphaSlider")
        self.alpha_slider.setRange(ALPHA_MIN_EXPONENT * ALPHA_STEPS_PER_DECADE, ALPHA_MAX_EXPONENT * ALPHA_STEPS_PER_DECADE)
        self.alpha_slider.setValue(alpha_to_slider(self.alpha))
        self.alpha_caption = QLabel(objectName="derivationAlphaCaption")
        self.landing_label = QLabel(objectName="derivationLanding", wordWrap=True, textFormat=Qt.TextFormat.RichText)

        self._build_layout()
        self.layer_ho.toggled.connect(self._on_picker_changed)
        self.to_spin.valueChanged.connect(self._on_picker_changed)
        self.from_spin.valueChanged.connect(self._on_picker_changed)
        self.random_button.clicked.connect(self.pick_random)
        self.check_button.clicked.connect(self.check_many)
        self.alpha_slider.valueChanged.connect(self._on_alpha_changed)
        self._retranslate()
        self._show()

    def _build_layout(self) -> None:
        picker = QGridLayout()
        picker.addWidget(self.layer_ho, 0, 0, 1, 4)
        picker.addWidget(self.layer_ih, 1, 0, 1, 4)
        picker.addWidget(self.to_caption, 2, 0)
        picker.addWidget(self.to_spin, 2, 1)
        picker.addWidget(self.from_caption, 2, 2)
        picker.addWidget(self.from_spin, 2, 3)
        picker.addWidget(self.random_button, 2, 4)
        picker.setColumnStretch(5, 1)
        check_row = QHBoxLayout()
        check_row.addWidget(self.check_button)
        check_row.addWidget(self.check_label, 1)
        alpha_row = QHBoxLayout()
        alpha_row.addWidget(self.alpha_caption)
        alpha_row.addWidget(self.alpha_slider, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.setSpacing(4)
        for widget in (self.title, self.intro, self.hint):
            layout.addWidget(widget)
        layout.addLayout(picker)
        layout.addWidget(self.chain_label)
        layout.addWidget(self.nudge_label)
        layout.addLayout(check_row)
        layout.addWidget(self.plot_caption)
        layout.addWidget(self.plot_widget)
        layout.addWidget(self.plot_legend)
        layout.addLayout(alpha_row)
        layout.addWidget(self.landing_label)

    # -- what the step view gives it -------------------------------------------------------------
    def set_step(self, before: NeuralNetwork, after: NeuralNetwork, inputs: np.ndarray, targets: np.ndarray,
                 pick: tuple[str, int, int] | None = None) -> None:
        """The last step: the network before and after it (float64 copies) and its sample. ``pick`` names the
        weight to show (default: the one picked before, if it still exists, else the largest change in W_ho)."""
        self.before, self.after = before, after
        self.inputs, self.targets = np.asarray(inputs, np.float64), np.asarray(targets, np.float64)
        self.check = None
        self.alpha = before.learning_rate
        self.alpha_slider.blockSignals(True)
        self.alpha_slider.setValue(alpha_to_slider(min(max(self.alpha, 10.0**ALPHA_MIN_EXPONENT), 10.0**ALPHA_MAX_EXPONENT)))
        self.alpha_slider.blockSignals(False)
        if pick is None:
            change = np.abs(after.w_ho - before.w_ho)
            pick = ("ho", *(int(v) for v in np.unravel_index(int(np.argmax(change)), change.shape)))
        self.pick(*pick)

    def clear(self) -> None:
        self.before = self.after = self.inputs = self.targets = None
        self.chain = self.check = self.nudged = None
        self._show()

    def pick(self, layer: str, to_node: int, from_node: int) -> None:
        """Show the derivation for w_ho[to_node, from_node] (layer "ho") or w_ih[to_node, from_node] ("ih")."""
        if self.before is None:
            return
        derivation.check_weight(self.before, layer, to_node, from_node)
        self.layer, self.to_node, self.from_node = layer, int(to_node), int(from_node)
        for widget in (self.layer_ho, self.to_spin, self.from_spin):
            widget.blockSignals(True)
        (self.layer_ho if layer == "ho" else self.layer_ih).setChecked(True)
        self._set_spin_ranges()
        self.to_spin.setValue(self.to_node)
        self.from_spin.setValue(self.from_node)
        for widget in (self.layer_ho, self.to_spin, self.from_spin):
            widget.blockSignals(False)
        self.chain = derivation.weight_chain(self.before, self.inputs, self.targets, layer, self.to_node, self.from_node)
        self.nudged = derivation.nudged_slope(self.before, self.inputs, self.targets, layer, self.to_node, self.from_node)
        self._show()
        self.weightPicked.emit(layer, self.to_node, self.from_node)

    def pick_random(self) -> None:
        if self.before is None:
            return
        matrix = self.before.w_ho if self.layer_ho.isChecked() else self.before.w_ih
        self.pick("ho" if self.layer_ho.isChecked() else "ih", int(self.rng.integers(matrix.shape[0])), int(self.rng.integers(matrix.shape[1])))

    def check_many(self) -> None:
        """Derived against nudged slopes for 1,000 random weights of both matrices."""
        if self.before is None:
            return
        self.check = derivation.gradient_check(self.before, self.inputs, self.targets, count=1000, seed=int(self.rng.integers(2**31)))
        self._show_check()

    def applied_delta(self) -> float | None:
        """The change ``train`` made to the picked weight in the last step (after − before)."""
        if self.before is None or self.after is None:
            return None
        name = "w_ho" if self.layer == "ho" else "w_ih"
        return float(getattr(self.after, name)[self.to_node, self.from_node] - getattr(self.before, name)[self.to_node, self.from_node])

    def step_at(self, alpha: float) -> float:
        """The picked weight's step at learning rate α (the tutorial's rule: proportional to α)."""
        return self.chain.delta_w * alpha / self.chain.learning_rate

    # -- reacting ---------------------------------------------------------------------------------
    def _set_spin_ranges(self) -> None:
        network = self.before
        if network is None:
            return
        matrix = network.w_ho if self.layer_ho.isChecked() else network.w_ih
        self.to_spin.setRange(0, matrix.shape[0] - 1)
        self.from_spin.setRange(0, matrix.shape[1] - 1)

    def _on_picker_changed(self) -> None:
        if self.before is None:
            return
        for spin in (self.to_spin, self.from_spin):
            spin.blockSignals(True)
        self._set_spin_ranges()
        for spin in (self.to_spin, self.from_spin):
            spin.blockSignals(False)
        self.pick("ho" if self.layer_ho.isChecked() else "ih", self.to_spin.value(), self.from_spin.value())

    def _on_alpha_changed(self, value: int) -> None:
        self.alpha = slider_to_alpha(value)
        self._show_plot()

    # -- showing ------------------------------------------------------------------------------------
    def _show(self) -> None:
        ready = self.chain is not None and self.before is not None
        self.hint.setVisible(not ready)
        for widget in (self.layer_ho, self.layer_ih, self.to_spin, self.from_spin, self.to_caption, self.from_caption,
                       self.random_button, self.chain_label, self.nudge_label, self.check_button, self.check_label,
                       self.plot_caption, self.plot_widget, self.plot_legend, self.alpha_caption, self.alpha_slider, self.landing_label):
            widget.setVisible(ready)
        self._update_captions()
        if not ready:
            return
        self.chain_label.setText(self._chain_text())
        self._show_nudge()
        self._show_check()
        self._show_plot()

    def _update_captions(self) -> None:
        ho = self.layer_ho.isChecked()
        self.to_caption.setText(self.tr("output node k:") if ho else self.tr("hidden node j:"))
        self.from_caption.setText(self.tr("hidden node j:") if ho else self.tr("input pixel i:"))
        for spin, caption in ((self.to_spin, self.to_caption), (self.from_spin, self.from_caption)):
            spin.setAccessibleName(caption.text().rstrip(":："))
        self.to_spin.setToolTip(self.tr("The node the weight leads to"))
        self.from_spin.setToolTip(self.tr("The node (or input pixel: row × 28 + column) the weight comes from"))

    def _names(self) -> dict[str, str]:
        """The symbols of the picked weight: w, the node it leads to, the output it comes from."""
        c = self.chain
        if c.layer == "ho":
            k, j = c.to_node, c.from_node
            return {"w": f"w<sub>{j},{k}</sub>", "o": f"o<sub>{k}</sub>", "x": f"x<sub>{k}</sub>", "source": f"o<sub>{j}</sub>",
                    "t": f"t<sub>{k}</sub>"}
        j, i = c.to_node, c.from_node
        return {"w": f"w<sub>{i},{j}</sub>", "o": f"o<sub>{j}</sub>", "x": f"x<sub>{j}</sub>", "source": f"x<sub>{i}</sub>",
                "t": ""}

    def _chain_text(self) -> str:
        c, n = self.chain, self._names()
        s = derivation.forward(self.before, self.inputs, self.targets)
        rows = []
        rows.append(f"E = Σ<sub>k</sub> (t<sub>k</sub> − o<sub>k</sub>)² = <b>{fmt(c.loss)}</b> &nbsp; "
                    + self.tr("(the tutorial's error function; the loss above is half of it)"))
        rows.append(f"∂E/∂{n['w']} = ∂E/∂{n['o']} · ∂{n['o']}/∂{n['x']} · ∂{n['x']}/∂{n['w']}")
        if c.layer == "ho":
            k, j = c.to_node, c.from_node
            rows.append(f"&nbsp;&nbsp;= −2({n['t']} − {n['o']}) · {n['o']}(1 − {n['o']}) · {n['source']}")
            rows.append(f"&nbsp;&nbsp;= −2({fmt(s.targets[k])} − {fmt(s.final_outputs[k])}) · {fmt(c.slope)} · {fmt(c.source_output)}"
                        f" = <b>{fmt(c.gradient)}</b>")
        else:
            rows.append(f"&nbsp;&nbsp;= ∂E/∂{n['o']} · {n['o']}(1 − {n['o']}) · {n['source']} = {fmt(c.upstream)} · {fmt(c.slope)} · "
                        f"{fmt(c.source_output)} = <b>{fmt(c.gradient)}</b>")
            rows.append(f"&nbsp;&nbsp;∂E/∂{n['o']} = −2 Σ<sub>k</sub> (t<sub>k</sub> − o<sub>k</sub>) o<sub>k</sub>(1 − o<sub>k</sub>) "
                        f"w<sub>{c.to_node},k</sub> = {fmt(c.upstream)} &nbsp; " + self.tr("(through every output sigmoid)"))
            rows.append(self.tr("The tutorial's rule puts −2·e<sub>j</sub> there instead, its hidden error e<sub>j</sub> = "
                                "Σ<sub>k</sub> w<sub>j,k</sub> (t<sub>k</sub> − o<sub>k</sub>), which leaves out o<sub>k</sub>(1 − o<sub>k</sub>): "
                                "%1, so its product is %2.").replace("%1", fmt(c.tutorial_upstream)).replace("%2", f"<b>{fmt(c.tutorial_gradient)}</b>"))
            if c.tutorial_gradient * c.gradient < 0:
                rows.append("<b>" + self.tr("For this weight the two have opposite signs: the tutorial's step goes uphill, E rises.") + "</b>")
        rows.append(self.tr("The tutorial drops the constant 2 and moves the weight against what is left, times α = %1:")
                    .replace("%1", f"{c.learning_rate:g}"))
        applied = self.applied_delta()
        rows.append(f"&nbsp;&nbsp;Δ{n['w']} = −α · (∂E/∂{n['w']}) ÷ 2 = −{c.learning_rate:g} · {fmt(c.tutorial_gradient)} ÷ 2 = <b>{fmt(c.delta_w)}</b>")
        if applied is not None:
            rows.append(self.tr("<code>train</code> changed this weight by %1 in the step: a difference of %2 (rounding: the network computes in %3).")
                        .replace("%1", f"<b>{fmt(applied)}</b>").replace("%2", fmt(abs(applied - c.delta_w))).replace("%3", str(self.after.dtype)))
        return "<br>".join(rows)

    def _show_nudge(self) -> None:
        c = self.chain
        error = float(derivation.relative_error(c.gradient, self.nudged))
        self.nudge_label.setText(
            self.tr("Measured by nudging: the weight moved by ±h and ±2h (h = %1), every other weight kept, and "
                    "(E(w−2h) − 8E(w−h) + 8E(w+h) − E(w+2h)) ÷ 12h = %2. Derived: %3. Relative difference: %4.")
            .replace("%1", f"{derivation.NUDGE:g}").replace("%2", f"<b>{fmt(self.nudged)}</b>")
            .replace("%3", fmt(c.gradient)).replace("%4", f"<b>{error:.1e}</b>"))

    def _show_check(self) -> None:
        if self.check is None:
            self.check_label.setText(self.tr("The same for 1,000 weights picked at random from both matrices."))
            return
        check = self.check
        layers = np.array(check.layers)
        self.check_label.setText(
            self.tr("%1 weights (%2 of W<sub>ho</sub>, %3 of W<sub>ih</sub>): largest relative difference %4 "
                    "(slopes under %5 compared absolutely).")
            .replace("%1", f"{len(layers):,}").replace("%2", f"{int((layers == 'ho').sum()):,}").replace("%3", f"{int((layers == 'ih').sum()):,}")
            .replace("%4", f"<b>{check.max_relative_error:.1e}</b>").replace("%5", f"{derivation.SMALL_SLOPE:g}"))

    def _show_plot(self) -> None:
        if self.chain is None or self.before is None:
            return
        c, n = self.chain, self._names()
        step = self.step_at(self.alpha)
        low, high = plot_range(c.weight, step)
        weights = np.linspace(low, high, CURVE_POINTS)
        losses = derivation.loss_along_weight(self.before, self.inputs, self.targets, c.layer, c.to_node, c.from_node, weights - c.weight)
        changes = losses - c.loss  # E − E(w)
        self.curve.setData(weights, changes)
        self.tangent.setData(weights, c.gradient * (weights - c.weight))
        self.here.setData([c.weight], [0.0])
        landed = float(derivation.loss_along_weight(self.before, self.inputs, self.targets, c.layer, c.to_node, c.from_node, [step])[0])
        self.landing.setData([c.weight, c.weight + step], [0.0, landed - c.loss])
        top, bottom = float(max(changes.max(), 0.0)), float(min(changes.min(), landed - c.loss))
        margin = 0.08 * max(top - bottom, 1e-18)
        self.plot_widget.getPlotItem().setRange(xRange=(low, high), yRange=(bottom - margin, top + margin), padding=0)
        self.plot_widget.getPlotItem().setLabel("bottom", n["w"].replace("<sub>", "").replace("</sub>", ""))
        self.alpha_caption.setText(self.tr("α = %1").replace("%1", f"{self.alpha:.3g}"))
        change = landed - c.loss
        if change < 0:
            words = self.tr("One step of α = %1 moves %2 by %3, and E falls by %4.")
        elif change == 0:
            words = self.tr("One step of α = %1 moves %2 by %3: too little for E to change in float64.")
        else:
            words = self.tr("One step of α = %1 moves %2 by %3, and E <b>rises</b> by %4: the step overshoots (or points uphill).")
        self.landing_label.setText(words.replace("%1", f"{self.alpha:.3g}").replace("%2", n["w"]).replace("%3", fmt(step))
                                   .replace("%4", fmt(abs(change))))

    # -- language ----------------------------------------------------------------------------------------
    def _retranslate(self) -> None:
        self.title.setText(self.tr("One weight, by the chain rule"))
        self.intro.setText(self.tr("The tutorial's derivation for a single weight, with the last step's numbers. Click a cell of "
                                   "the ΔW<sub>ho</sub> map above (hidden node j → output node k) or a pixel of a node's ΔW<sub>ih</sub> "
                                   "image (input pixel i → hidden node j), or choose one here."))
        self.hint.setText(self.tr("Press Step: the derivation is shown for the weights before that step."))
        self.layer_ho.setText(self.tr("A weight of W_ho: hidden node j → output node k"))
        self.layer_ih.setText(self.tr("A weight of W_ih: input pixel i → hidden node j"))
        self.layer_ho.setToolTip(self.tr("Derive a weight between the hidden and the output layer"))
        self.layer_ih.setToolTip(self.tr("Derive a weight between the input and the hidden layer"))
        self.alpha_slider.setToolTip(self.tr("The learning rate of the plotted step, 0.01 to 1,000: only this plot changes"))
        self.random_button.setText(self.tr("Random weight"))
        self.random_button.setToolTip(self.tr("A weight of the chosen matrix at random"))
        self.check_button.setText(self.tr("Check 1,000 weights"))
        self.check_button.setToolTip(self.tr("Nudge 1,000 random weights one by one and compare each measured slope with the derived one"))
        self.plot_caption.setText(self.tr("How E changes as this one weight moves, every other weight kept (the tutorial's E):"))
        self.plot_legend.setText(
            f"<span style='color:{CURVE_COLOUR}'>━</span> E − E(w) &nbsp; "
            f"<span style='color:{TANGENT_COLOUR}'>╌</span> " + self.tr("the tangent, slope ∂E/∂w") + " &nbsp; "
            f"<span style='color:{STEP_COLOUR}'>▲</span> " + self.tr("where one step of α lands (drag α to see it overshoot)"))
        self.alpha_slider.setAccessibleName(self.tr("Learning rate α for the plotted step"))
        self._show()

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)
