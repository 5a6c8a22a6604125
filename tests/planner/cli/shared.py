"""Helpers the `planner` command tests share: run it, catch a usage error, check that an
error is one plain line."""

from __future__ import annotations

import pytest

from planner.cli import main

SUDAN = "Humanitarian access in Sudan"


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def usage(capsys, *argv: str) -> tuple[int, str]:
    with pytest.raises(SystemExit) as info:
        main(list(argv))
    return int(info.value.code or 0), capsys.readouterr().err


def no_traceback(err: str) -> None:
    assert "Traceback" not in err
    assert err.startswith("planner: error: ")
    assert err.count("\n") == 1
