"""Named steps where the fault-injection tests kill the process (``PLANNER_FAULT_POINT``).

``PLANNER_FAULT_POINT=encrypt:copied`` makes the process SIGKILL itself when it reaches
that step; ``encrypt:swapped@2`` at the second time. The tests run the real CLI in a
subprocess this way, to prove that a kill at every step of a long operation leaves the
workspace entirely before or after it. Unset (always, outside those tests), a step costs
one comparison against None.
"""

from __future__ import annotations

import os
import signal

ENV = "PLANNER_FAULT_POINT"


def _parse(raw: str | None) -> tuple[str | None, int]:
    if not raw:
        return None, 0
    name, _sep, nth = raw.partition("@")
    return name, int(nth) if nth.isdigit() else 1


_POINT, _NTH = _parse(os.environ.get(ENV))
_seen = 0


def fault_point(name: str) -> None:
    """Die here, at once and without cleaning up, if the tests asked for this step."""
    global _seen
    if _POINT is None or name != _POINT:
        return
    _seen += 1
    if _seen >= _NTH:
        os.kill(os.getpid(), getattr(signal, "SIGKILL", signal.SIGTERM))
