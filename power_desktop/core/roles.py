"""Who may do what: the two roles and the actions each may take.

The services check these (so the command line obeys them too); the window only hides what a
role cannot use.
"""

from __future__ import annotations

OPERATOR = "operator"
SUPERVISOR = "supervisor"
ROLES = (OPERATOR, SUPERVISOR)

# Actions, with the words used when someone is refused ("Only a supervisor can ...").
ACTIONS: dict[str, str] = {
    "view": "look at records",
    "register": "register or edit families",
    "screen": "check eligibility",
    "apply": "make applications",
    "print": "print forms and slips",
    "export": "approve and export batches",
    "import_ack": "import acknowledgements",
    "consolidate": "consolidate the camp's batches",
    "manage_operators": "manage operators",
    "backup": "back up the database",
    "restore": "restore a backup",
    "settings": "change settings",
    "audit": "read or export the audit trail",
    "camp_setup": "set up a camp",
    "demo": "add demo families",
    "sync": "push what was registered offline to the camp server",
}

_OPERATOR_ACTIONS = frozenset({"view", "register", "screen", "apply", "print"})

ALLOWED: dict[str, frozenset[str]] = {
    OPERATOR: _OPERATOR_ACTIONS,
    SUPERVISOR: frozenset(ACTIONS),
}


def allowed(role: str, action: str) -> bool:
    if action not in ACTIONS:
        raise KeyError(f"unknown action {action!r}")
    return action in ALLOWED.get(role, frozenset())
