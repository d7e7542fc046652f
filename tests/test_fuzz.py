"""Fuzzing the readers (hypothesis): whatever bytes or arrays they are given, they
answer with a result that makes sense or with their own error type, never another one.

* ``read_idx_bytes``: any bytes -> an array or DataError;
* ``canvas_to_inputs``: any 2-D array of any real dtype, shape and memory layout ->
  784 inputs in range, or "nothing drawn" (tests/test_preprocess.py covers float
  canvases of NaN/inf; here integer, bool, float16 and strided views too);
* ``NeuralNetwork.load``: any bytes, any zip, any .npz of random arrays under random
  or expected keys -> a sound network or ModelFileError.
"""
import io
import math
import os
import zipfile

import numpy as np
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp

from core.data import IDX_TYPES, read_idx_bytes
from core.errors import DataError, ModelFileError
from core.history import RunHistory
from core.network import NeuralNetwork, load_with_extras
from core.preprocess import canvas_to_inputs

FUZZ = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@pytest.fixture(scope="module")
def model_path(tmp_path_factory):
    """One file, rewritten by each example (a function-scoped tmp_path does not mix with @given)."""
    return tmp_path_factory.mktemp("fuzz") / "model.npz"


# -- IDX -------------------------------------------------------------------------


@FUZZ
@given(st.binary(max_size=2000))
def test_read_idx_bytes_on_any_bytes(raw):
    try:
        array = read_idx_bytes(raw, "fuzz.idx")
    except DataError as error:
        assert "fuzz.idx" in str(error)
    else:
        assert isinstance(array, np.ndarray) and array.ndim >= 1


@st.composite
def idx_like(draw):
    """A valid-looking header (magic, a known type, 1–4 sizes) followed by arbitrary bytes,
    sometimes exactly as long as the header declares."""
    code = draw(st.sampled_from(sorted(IDX_TYPES)))
    shape = draw(st.lists(st.one_of(st.integers(0, 40), st.integers(0, 2**32 - 1)), min_size=1, max_size=4))
    header = bytes([0, 0, code, len(shape)]) + np.asarray(shape, ">u4").tobytes()
    count = math.prod(shape) * IDX_TYPES[code].itemsize
    if count <= 4000 and draw(st.booleans()):
        body = draw(st.binary(min_size=count, max_size=count))
    else:
        body = draw(st.binary(max_size=600))
    return header + body, tuple(shape), IDX_TYPES[code]


@FUZZ
@given(idx_like())
@example((bytes([0, 0, 0x0E, 4]) + np.array([0, 49281, 49281, 474723484], ">u4").tobytes(), (0, 49281, 49281, 474723484), np.dtype(">f8")))
def test_read_idx_bytes_on_a_valid_looking_header(case):  # the example: zero elements, yet too big to reshape
    raw, shape, dtype = case
    try:
        array = read_idx_bytes(raw, "fuzz.idx")
    except DataError as error:
        assert "fuzz.idx" in str(error)
    else:
        assert array.shape == shape and array.dtype == dtype.newbyteorder("=")


# -- the pad's canvas -------------------------------------------------------------

REAL_DTYPES = [np.uint8, np.int16, np.int64, np.bool_, np.float16, np.float32, np.float64]


@st.composite
def any_canvas(draw):
    """A 2-D array of any real dtype, possibly a transposed or strided view."""
    dtype = np.dtype(draw(st.sampled_from(REAL_DTYPES)))
    if dtype.kind == "f":
        elements = st.floats(allow_nan=True, allow_infinity=True, width=8 * dtype.itemsize)
    else:
        elements = None
    array = draw(hnp.arrays(dtype, hnp.array_shapes(min_dims=2, max_dims=2, min_side=1, max_side=90), elements=elements))
    view = draw(st.sampled_from(["plain", "transposed", "strided", "fortran"]))
    if view == "transposed":
        array = array.T
    elif view == "strided":
        array = array[::2, ::3]
    elif view == "fortran":
        array = np.asfortranarray(array)
    return array


@FUZZ
@given(any_canvas())
def test_canvas_to_inputs_on_any_real_2d_array(canvas):
    before = canvas.copy()
    result = canvas_to_inputs(canvas)
    np.testing.assert_array_equal(canvas, before)  # never writes to its input
    if result.empty:
        assert result.inputs is None and not result.image28.any()
        return
    inputs = result.inputs
    assert inputs.shape == (784,) and inputs.dtype == np.float32
    assert np.isfinite(inputs).all()
    assert inputs.min() >= np.float32(0.01) and inputs.max() <= np.float32(1.0)


@FUZZ
@given(hnp.arrays(st.sampled_from([np.float64, np.uint8]), hnp.array_shapes(min_dims=0, max_dims=4, min_side=0, max_side=6)))
def test_canvas_to_inputs_refuses_other_shapes_with_value_error(array):
    try:
        result = canvas_to_inputs(array)
    except ValueError:
        assert array.ndim != 2 or 0 in array.shape
    else:
        assert array.ndim == 2
        assert result.empty or result.inputs.shape == (784,)


# -- model files ------------------------------------------------------------------


def check_load(path):
    """Load must give a sound network or a ModelFileError naming the file."""
    try:
        network, extras = load_with_extras(path)
    except ModelFileError as error:
        assert str(path) in str(error)
        return None
    assert network.w_ih.ndim == 2 and network.w_ho.ndim == 2
    assert network.w_ho.shape[1] == network.w_ih.shape[0]
    assert np.isfinite(network.w_ih).all() and np.isfinite(network.w_ho).all()
    assert math.isfinite(network.learning_rate) and network.learning_rate > 0
    assert all(isinstance(value, np.ndarray) for value in extras.values())
    network.query(np.zeros(network.input_nodes, network.dtype))  # usable
    return network


@FUZZ
@given(st.one_of(st.binary(max_size=3000), st.binary(max_size=3000).map(lambda b: b"PK\x03\x04" + b), st.binary(max_size=300).map(lambda b: b"\x93NUMPY" + b)))
def test_load_refuses_arbitrary_bytes(model_path, raw):
    model_path.write_bytes(raw)
    assert check_load(model_path) is None


KEYS = ["w_ih", "w_ho", "learning_rate", "epochs_trained", "test_accuracy", "seed", "created", "format_version", "extra_loss"]


def small_arrays():
    dtypes = st.sampled_from(["f4", "f8", ">f4", "f2", "i4", "u1", "?", "c8", "U3", "S2", "M8[D]"])
    return dtypes.flatmap(lambda dtype: hnp.arrays(np.dtype(dtype), hnp.array_shapes(min_dims=0, max_dims=3, min_side=0, max_side=6)))


def npy_bytes(array):
    buffer = io.BytesIO()
    np.save(buffer, array, allow_pickle=True)
    return buffer.getvalue()


member_contents = st.one_of(
    small_arrays().map(npy_bytes),
    st.binary(max_size=200),  # not an .npy at all
    st.just(npy_bytes(np.array([{"a": 1}, None], dtype=object))),  # pickled objects
    st.builds(lambda shape, tail: b"\x93NUMPY\x01\x00" + _header(shape) + tail,  # a header that lies
              st.lists(st.integers(0, 2**40), min_size=1, max_size=3), st.binary(max_size=64)),
)


def _header(shape):
    text = f"{{'descr': '<f8', 'fortran_order': False, 'shape': {tuple(shape)}, }}".encode()
    text += b" " * (63 - len(text) % 64) + b"\n"
    return len(text).to_bytes(2, "little") + text


@FUZZ
@given(st.dictionaries(st.one_of(st.sampled_from(KEYS), st.text(st.characters(exclude_characters="\x00", exclude_categories=("Cs",)), min_size=1, max_size=8)),
                      member_contents, max_size=6),  # a zip member's name cannot hold NUL
       st.booleans(), st.booleans())
def test_load_refuses_random_zip_archives(model_path, members, with_suffix, compressed):
    method = zipfile.ZIP_DEFLATED if compressed else zipfile.ZIP_STORED
    with zipfile.ZipFile(model_path, "w", method) as archive:
        for name, content in members.items():
            archive.writestr(name + (".npy" if with_suffix else ""), content)
    check_load(model_path)


good = NeuralNetwork(hidden_nodes=4, seed=0)


@st.composite
def model_like_arrays(draw):
    """np.savez files holding the expected keys, each either right or replaced by a random array."""
    arrays = {
        "w_ih": good.w_ih,
        "w_ho": good.w_ho,
        "learning_rate": np.array(0.1),
        "epochs_trained": np.array(2),
        "test_accuracy": np.array(0.9),
        "seed": np.array(3),
        "created": np.array("2024-01-01T00:00:00"),
    }
    for key in draw(st.lists(st.sampled_from(sorted(arrays) + ["extra_history"]), unique=True, max_size=4)):
        if draw(st.booleans()) and key in arrays:
            del arrays[key]
        else:
            arrays[key] = draw(small_arrays())
    if draw(st.booleans()):
        nan_key = draw(st.sampled_from(["w_ih", "w_ho"]))
        if nan_key in arrays and arrays[nan_key].dtype.kind == "f" and arrays[nan_key].size:
            arrays[nan_key] = arrays[nan_key].copy()
            arrays[nan_key].flat[draw(st.integers(0, arrays[nan_key].size - 1))] = draw(st.sampled_from([np.nan, np.inf, -np.inf]))
    return arrays


@FUZZ
@given(model_like_arrays())
def test_load_of_npz_with_random_arrays_gives_a_sound_network_or_model_file_error(model_path, arrays):
    np.savez(model_path, **arrays)
    network = check_load(model_path)
    if network is not None:
        for key in ("w_ih", "w_ho"):
            np.testing.assert_array_equal(getattr(network, key), arrays[key])


HISTORY_KEYS = sorted(RunHistory().to_arrays())


@FUZZ
@given(st.dictionaries(st.sampled_from(HISTORY_KEYS), small_arrays(), max_size=len(HISTORY_KEYS)), st.booleans())
def test_a_saved_history_of_random_arrays_comes_back_or_is_refused_with_value_error(arrays, complete):
    if complete:  # a whole history with some of its arrays replaced
        arrays = {**RunHistory().to_arrays(), **arrays}
    try:
        history = RunHistory.from_arrays(arrays)
    except ValueError:
        return
    assert history is None or len(history.samples) == len(history.loss) == len(history.smoothed_loss)


def test_hypothesis_repeats_its_examples_in_ci():
    assert FUZZ.derandomize == bool(os.environ.get("CI"))
