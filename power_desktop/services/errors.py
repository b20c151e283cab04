"""Errors a service raises; each carries a message an operator can act on."""

from __future__ import annotations

from power_desktop.core.messages import Problem


class ServiceError(Exception):
    """Something the user asked for cannot be done; str() says why in plain words."""


class NotSetUp(ServiceError):
    def __init__(self) -> None:
        super().__init__("This laptop has no camp set up yet. Run the camp set-up first "
                         "(power-desktop init ...).")


class NotFound(ServiceError):
    pass


class StaleRecord(ServiceError):
    """Someone saved the record after it was opened here; reopen it to see their change."""


class InvalidFamily(ServiceError):
    """The family has errors, or warnings nobody confirmed; nothing was saved."""

    def __init__(self, problems: list[Problem], needs_confirmation: bool = False) -> None:
        self.problems = problems
        self.needs_confirmation = needs_confirmation
        head = ("Please confirm these before saving" if needs_confirmation
                else "The family was not saved")
        super().__init__(head + ":\n" + "\n".join(f"  - {p.describe()}" for p in problems))


class NotLoggedIn(ServiceError):
    def __init__(self) -> None:
        super().__init__("Nobody is logged in. Log in with your name and password first.")


class NotAllowed(ServiceError):
    """The logged-in person's role does not allow this action."""


class LoginFailed(ServiceError):
    """Wrong name or password, a disabled account, or one locked after too many tries."""


class StorageProblem(ServiceError):
    """The database could not be written (full disk, read-only, removed drive); rolled back."""
