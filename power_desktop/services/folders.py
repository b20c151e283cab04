"""Folders chosen by the user (a USB drive) must already be there.

Creating a missing one would hide an unplugged drive: the batch or backup would land on the
laptop's own disk under the drive's mount point, and the records be marked exported."""

from __future__ import annotations

import contextlib
import json
from pathlib import Path
from typing import TYPE_CHECKING

from power_desktop.store.files import write_atomic

from .errors import ServiceError

if TYPE_CHECKING:
    from .context import Services


def existing_folder(folder: Path) -> Path:
    """`folder` if it is an existing folder; ServiceError saying what is wrong otherwise."""
    folder = Path(folder)
    if not folder.exists():
        raise ServiceError(f"The folder {folder} does not exist (is the USB drive plugged in "
                           "and opened?). Nothing was written.",
                           hi=f"फ़ोल्डर {folder} मौजूद नहीं है (क्या USB ड्राइव लगी और खुली "
                              "है?)। कुछ नहीं लिखा गया।")
    if not folder.is_dir():
        raise ServiceError(f"{folder} is a file, not a folder. Nothing was written.",
                           hi=f"{folder} फ़ाइल है, फ़ोल्डर नहीं। कुछ नहीं लिखा गया।")
    return folder


def last_folder(services: Services, purpose: str) -> Path | None:
    """The folder the operator last saved to for `purpose` (e.g. "pdf"), if it still exists;
    kept per laptop in the data folder's settings.json, not in the database."""
    try:
        data = json.loads(services.paths.settings.read_text(encoding="utf-8"))
        folder = Path(data["last_folders"][purpose])
    except (OSError, ValueError, KeyError, TypeError):
        return None
    return folder if folder.is_dir() else None


def remember_folder(services: Services, purpose: str, folder: Path) -> None:
    """Offer `folder` next time; a laptop that cannot write it just forgets."""
    path = services.paths.settings
    try:
        data = json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
        if not isinstance(data, dict):
            data = {}
    except (OSError, ValueError):
        data = {}
    kept = data.get("last_folders")
    folders: dict[str, str] = kept if isinstance(kept, dict) else {}
    folders[purpose] = str(folder)
    data["last_folders"] = folders
    with contextlib.suppress(OSError):
        write_atomic(path, json.dumps(data, ensure_ascii=False, indent=1).encode())
