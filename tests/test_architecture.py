"""The layout the code claims in docs/architecture.md is the layout it has.

Every import in ``planner/`` and ``ui/`` is read from the source (imports inside
functions and under ``TYPE_CHECKING`` too: a cycle held apart by a local import is still
a cycle for whoever reads the code), and checked against the ``layers`` blocks of the
document, so the document cannot drift from the code.
"""

from __future__ import annotations

import ast
import re
from collections import defaultdict
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DOC = ROOT / "docs" / "architecture.md"


def modules(top: str) -> dict[str, Path]:
    found = {}
    for path in sorted((ROOT / top).rglob("*.py")):
        parts = list(path.relative_to(ROOT).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        found[".".join(parts)] = path
    return found


ALL = {**modules("planner"), **modules("ui")}


def _owner(name: str) -> str | None:
    """The module a dotted import name lands in (``a.b.c`` may be a name in ``a.b``)."""
    while name and name not in ALL:
        name = name.rpartition(".")[0]
    return name or None


def imports_of(module: str) -> set[str]:
    """Every module of the tree that ``module`` imports, wherever the import statement is.

    ``from package import submodule`` counts as importing the submodule only (as Python's
    import graph tools count it); ``from module import name`` as importing the module.
    """
    path = ALL[module]
    is_package = path.name == "__init__.py"
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                here = module.split(".") if is_package else module.split(".")[:-1]
                here = here[: len(here) - node.level + 1]
                base = ".".join([*here, base] if base else here)
            names = [f"{base}.{a.name}" if f"{base}.{a.name}" in ALL else base for a in node.names]
        else:
            continue
        for name in names:
            owner = _owner(name)
            if owner is not None and owner != module:
                found.add(owner)
    return found


GRAPH = {m: imports_of(m) for m in ALL}


def layer_blocks() -> dict[str, list[list[str]]]:
    """``{package: rows, top row first}`` from the ```layers [package]``` blocks."""
    text = DOC.read_text(encoding="utf-8")
    blocks = {}
    for package, body in re.findall(r"```layers ?(\S*)\n(.*?)```", text, re.S):
        blocks["planner" + (f".{package}" if package else "")] = [
            line.split() for line in body.strip().splitlines()
        ]
    return blocks


BLOCKS = layer_blocks()


def test_the_document_has_the_layers_of_planner_and_of_storage():
    assert set(BLOCKS) == {"planner", "planner.storage"}


@pytest.mark.parametrize("package", sorted(BLOCKS))
def test_every_part_of_a_layered_package_is_placed_in_its_layers(package):
    placed = {name for row in BLOCKS[package] for name in row}
    prefix = package + "."
    parts = {m[len(prefix) :].split(".")[0] for m in ALL if m.startswith(prefix)}
    parts.discard("__main__")
    assert parts - placed == set(), f"add these to the `layers` block of {package}"
    assert placed - parts == set(), f"these in the `layers` block of {package} do not exist"


@pytest.mark.parametrize("package", sorted(BLOCKS))
def test_each_layer_imports_only_layers_below_it(package):
    rank = {name: i for i, row in enumerate(BLOCKS[package]) for name in row}
    prefix = package + "."

    def part(module: str) -> str | None:
        return module[len(prefix) :].split(".")[0] if module.startswith(prefix) else None

    wrong = []
    for module, targets in GRAPH.items():
        a = part(module)
        for target in targets:
            b = part(target)
            if a is None or b is None or a == b or a not in rank or b not in rank:
                continue
            if rank[b] <= rank[a]:
                how = "beside" if rank[a] == rank[b] else "above"
                wrong.append(f"{module} imports {target} ({b} is {how} {a})")
    assert wrong == []


def test_the_core_never_imports_the_app_or_qt():
    offenders = []
    for module, path in ALL.items():
        if not module.startswith("planner"):
            continue
        for target in GRAPH[module]:
            if target.startswith("ui"):
                offenders.append(f"{module} imports {target}")
        if re.search(r"^\s*(from|import) (PySide6|shiboken6)\b", path.read_text(), re.M):
            offenders.append(f"{module} imports Qt")
    assert offenders == []


def _cycles(prefix: str) -> list[list[str]]:
    """Strongly connected groups of more than one module (Tarjan), among ``prefix``."""
    nodes = [m for m in GRAPH if m.split(".")[0] == prefix]
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    counter = [0]

    def visit(v: str) -> None:
        index[v] = low[v] = counter[0]
        counter[0] += 1
        stack.append(v)
        on_stack.add(v)
        for w in GRAPH[v]:
            if w.split(".")[0] != prefix:
                continue
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            group = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                group.append(w)
                if w == v:
                    break
            if len(group) > 1:
                found.append(sorted(group))

    for v in nodes:
        if v not in index:
            visit(v)
    return found


def test_the_core_has_no_import_cycle():
    assert _cycles("planner") == []


def test_the_app_has_no_import_cycle():
    assert _cycles("ui") == []


def test_the_checker_sees_imports_hidden_inside_functions():
    # the PostgreSQL backend is imported only when a server URL is opened
    assert "planner.storage.backends.postgres" in GRAPH["planner.storage.store"]
    assert "planner.storage.backends.postgres" in GRAPH["planner.storage.backends"]


def test_the_app_reaches_the_database_only_through_services():
    """No SQL in ``ui/``: it may catch SQLAlchemy's errors, nothing else of it."""
    sql = re.compile(r"^\s*(from sqlalchemy(?!\.exc\b)|import sqlalchemy)", re.M)
    offenders = [
        m
        for m, path in ALL.items()
        if m.startswith("ui") and sql.search(path.read_text(encoding="utf-8"))
    ]
    assert offenders == []


def graph_edges() -> dict[str, set[str]]:
    """For a reviewer: ``python -c 'from tests.test_architecture import *; ...'``."""
    out: dict[str, set[str]] = defaultdict(set)
    for a, targets in GRAPH.items():
        out[a] |= targets
    return out


def _window_attribute_writes(source: str) -> list[str]:
    """``window.x = …`` (or ``host.x``, ``self.window.x``) in ``source``: a feature
    module setting an attribute on the main window instead of returning its actions."""
    found = []
    for node in ast.walk(ast.parse(source)):
        targets: list[ast.expr] = []
        if isinstance(node, ast.Assign):
            targets = list(node.targets)
        elif isinstance(node, (ast.AugAssign, ast.AnnAssign)):
            targets = [node.target]
        for target in targets:
            if not isinstance(target, ast.Attribute):
                continue
            owner = target.value
            name = owner.id if isinstance(owner, ast.Name) else getattr(owner, "attr", "")
            if name in ("window", "host", "main_window"):
                found.append(f"{name}.{target.attr} (line {node.lineno})")
    return found


def test_nothing_outside_the_main_window_sets_attributes_on_it():
    writes = {
        name: hits
        for name, path in modules("ui").items()
        if name != "ui.main_window"
        and (hits := _window_attribute_writes(path.read_text(encoding="utf-8")))
    }
    assert writes == {}, "return the actions and add a field to ui.menu_actions.MenuActions"


def test_the_window_attribute_check_sees_a_bolted_on_attribute():
    assert _window_attribute_writes("def install(window):\n    window.brief_action = 1\n") == [
        "window.brief_action (line 2)"
    ]
