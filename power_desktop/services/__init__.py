"""Use-cases the UI and the command line call: one transaction per call, audit and change notices.

`Services.open(paths)` is the front door; nothing above this package opens a database session.
"""

from .context import Services

__all__ = ["Services"]
