"""Scheme packs: one folder per state under forms/, one TOML file per scheme."""

from .loader import PackError, default_pack_dir, load_pack

__all__ = ["PackError", "default_pack_dir", "load_pack"]
