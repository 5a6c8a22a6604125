"""What can go wrong opening or writing a workspace, as the user is told it.

The lowest module of the storage layer: every other one raises these, so none of them
has to import the module that opens workspaces.
"""

from __future__ import annotations

from pathlib import Path

BUSY_TIMEOUT_MS = 5000
"""How long a writer waits for another one to finish before ``WorkspaceBusy``."""


class WorkspaceError(Exception):
    """A workspace cannot be opened or used; the message says why, for the user."""


class WorkspaceBusy(WorkspaceError):
    """Another program kept the workspace's write lock for longer than we wait."""


class WorkspaceDamaged(WorkspaceError):
    """The file failed its integrity check; ``backup`` is the newest good backup, if any."""

    def __init__(self, message: str, backup: Path | None = None) -> None:
        self.backup = backup
        if backup is not None:
            message += f" The newest good backup is {backup}; restore it with `planner restore`."
        else:
            message += " No good backup was found."
        super().__init__(message)
