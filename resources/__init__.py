"""DigitLab's bundled files: MNIST, people's pen-written digits, translations, the icon.

Found through importlib.resources, so they are the same files in a checkout and in an installed wheel
(``pip install .``, ``pipx install .``) run from any folder.
"""
from __future__ import annotations

from importlib.resources import files
from pathlib import Path


def path(*parts: str) -> Path:
    """The bundled file or folder ``parts`` (e.g. ``path("mnist")``), as a real path on disk."""
    resource = files(__name__)
    for part in parts:
        resource = resource.joinpath(part)
    return Path(str(resource)).resolve()  # installed wheels are unpacked: the traversable is a real folder
