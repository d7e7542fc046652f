"""Files written so that a failure loses nothing, and .npz files read without unpickling."""
from __future__ import annotations

import os
import tempfile
import zipfile
from pathlib import Path

import numpy as np


def atomic_write(path: Path, write) -> None:
    """Call write(handle) on a temporary file beside ``path``, then rename it over ``path``.

    A failure (full disk, read-only folder) leaves any previous file intact and no temporary file.
    """
    path = Path(path)
    handle = tempfile.NamedTemporaryFile(dir=path.parent or ".", prefix=f".{path.name}.", suffix=".tmp", delete=False)
    try:
        with handle:
            write(handle)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(handle.name, 0o666 & ~_umask())  # a temporary file is private; the saved file is not
        os.replace(handle.name, path)
    except BaseException:
        Path(handle.name).unlink(missing_ok=True)
        raise


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def read_npz(path: str | Path, kind: str, error: type[Exception]) -> dict[str, np.ndarray]:
    """Every array of an .npz file, never unpickling anything.

    ``kind`` names what the file should be ("DigitLab model"); any problem raises
    ``error`` with a message that names the file and says what is wrong.
    """
    path = Path(path)
    not_kind = f"not a {kind} (.npz) file"
    try:
        with path.open("rb") as handle:
            head = handle.read(8)
        if not head.startswith(b"PK"):  # an .npz is a zip archive; np.load would read anything else as a pickle
            raise error(f"{path}: {_what_it_seems(head, kind)}")
        with np.load(path, allow_pickle=False) as archive:
            if not isinstance(archive, np.lib.npyio.NpzFile):
                raise error(f"{path}: {not_kind}")
            arrays = {key: archive[key] for key in archive.files}
        for key, value in arrays.items():
            if not isinstance(value, np.ndarray):  # a zip member that is not an .npy comes back as bytes
                raise error(f"{path}: {not_kind} ('{key}' is not a NumPy array)")
        return arrays
    except error:
        raise
    except FileNotFoundError:
        raise error(f"{path}: file not found") from None
    except IsADirectoryError:
        raise error(f"{path}: is a folder, not a {kind} file") from None
    except PermissionError:
        raise error(f"{path}: permission denied") from None
    except ValueError as problem:
        if "pickle" in str(problem):
            raise error(f"{path}: holds pickled Python objects, which are never loaded") from None
        raise error(f"{path}: {not_kind} ({problem})") from None
    except (OSError, EOFError, zipfile.BadZipFile, KeyError) as problem:
        raise error(f"{path}: {not_kind} ({problem})") from None
    except MemoryError:
        raise error(f"{path}: declares arrays too large to load") from None
    except Exception as problem:  # zipfile and numpy raise many more kinds on a damaged archive
        raise error(f"{path}: {not_kind} ({type(problem).__name__}: {problem})") from None


def _what_it_seems(head: bytes, kind: str) -> str:
    """What a file that is not a zip archive seems to be, from its first bytes."""
    if not head:
        return f"empty file, not a {kind} (.npz)"
    if head.startswith(b"\x93NUMPY"):
        return f"a single NumPy array (.npy), not a {kind} (.npz)"
    if head[:1] == b"\x80":
        return "holds pickled Python objects, which are never loaded"
    return f"not a {kind} (.npz) file"
