"""Folders chosen by the user (a USB drive) must already be there.

Creating a missing one would hide an unplugged drive: the batch or backup would land on the
laptop's own disk under the drive's mount point, and the records be marked exported."""

from __future__ import annotations

from pathlib import Path

from .errors import ServiceError


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
