"""Compiled data files (the skills taxonomy, activities, towns) written where readers find them.

Each is built from the shipped data at install or on first use and read by every process;
a reader must never see half a file, whoever is writing it.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


def write_atomically(path: Path, data: bytes) -> None:
    """Write `data` to `path` so that a reader sees the old file or the whole new one."""
    with tempfile.NamedTemporaryFile(dir=path.parent, prefix=".compiled-", delete=False) as handle:
        handle.write(data)
    try:
        os.chmod(handle.name, 0o644)  # built by root in the image, read by the app's user
        os.replace(handle.name, path)
    except OSError:
        os.unlink(handle.name)
        raise
