"""Error types that the core raises for bad files and values.

Every message names the file (or value) and what is wrong with it, so the
command line can print it as one line and the GUI can show it in a dialog.
"""


class DataError(Exception):
    """A dataset file is missing, truncated, corrupt or of the wrong kind."""


class ModelFileError(Exception):
    """A model file cannot be read: not an .npz, wrong shapes or dtypes, NaN, pickled objects."""
