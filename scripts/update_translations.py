"""Refresh resources/translations/*.ts from the ui/ sources and compile the .qm files.

    .venv/bin/python scripts/update_translations.py            # refresh and compile
    .venv/bin/python scripts/update_translations.py --check    # fail if a .ts is stale
    .venv/bin/python scripts/update_translations.py --fill seed.json   # add translations

Why not plain ``pyside6-lupdate``: our modules call a module-level ``tr(text)`` that
passes a fixed context to ``QCoreApplication.translate`` ("MainWindow", "Pages"…), and
lupdate files those strings under an empty context, which Qt never looks up. This
extractor reads each module's ``tr`` context (``tr = translator("Ctx")`` or a ``def tr``;
also ``tr`` imported from another module, ``self.tr`` in a class, and direct
``QCoreApplication.translate("Ctx", "…")`` calls),
plus the page and tab titles the shell translates for other modules, the column titles
of ``Column(key, "Title", …)`` (context "Columns"), ``QT_TRANSLATE_NOOP("Ctx", "…")``
markers, and every label of ``planner.domain.vocabulary`` (context "Vocabulary": ``planner``
never imports Qt, so ``ui.display`` translates its labels when it shows them, and no call
in ``ui/`` names them). A source with ``%n`` is a plural ("numerus") message: its
translation has one form per plural form of the language (French 2, Arabic 6); in a
``--fill`` file give those forms as a list. Existing translations are kept; strings gone
from the code stay in the file as "vanished".
``pyside6-lrelease`` then compiles the .qm files the app loads (committed: the app
never needs the tools).
"""

from __future__ import annotations

import argparse
import ast
import importlib
import json
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "ui"
OUT = ROOT / "resources" / "translations"
CATALOGUE = "campaign_planner"
LANGUAGES = {"fr": "fr_FR", "es": "es_ES", "ar": "ar"}
# Plural forms Qt knows for each language (qtbase numerus rules): French and Spanish
# one/other; Arabic zero, one, two, few (3–10), many (11–99), other.
NUMERUS_FORMS = {"fr": 2, "es": 2, "ar": 6}
Translation = str | list[str]  # a list of plural forms for a ``%n`` message

# Titles registered as data and translated where they are shown: (call, arg index, context).
REGISTERED = {
    "NavPage": (1, "MainWindow"),
    "register_tab": (1, "CampaignWorkspace"),
    "CampaignTab": (1, "CampaignWorkspace"),
    "Column": (1, "Columns"),
}
VOCABULARY_MODULE = "planner.domain.vocabulary"
VOCABULARY_CONTEXT = "Vocabulary"  # the context ui.display translates labels in


@dataclass
class Message:
    context: str
    source: str
    locations: list[tuple[str, int]] = field(default_factory=list)


def _translate_context(node: ast.AST) -> str | None:
    """The constant context of a ``QCoreApplication.translate("Ctx", …)`` call."""
    if (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr == "translate"
        and node.args
        and isinstance(node.args[0], ast.Constant)
        and isinstance(node.args[0].value, str)
    ):
        return node.args[0].value
    return None


def _module_name(path: Path) -> str:
    return ".".join(path.relative_to(ROOT).with_suffix("").parts)


def _translator_context(node: ast.AST) -> str | None:
    """The context of a module-level ``tr = translator("Ctx")`` (``ui.translation``)."""
    if (
        isinstance(node, ast.Assign)
        and [getattr(t, "id", None) for t in node.targets] == ["tr"]
        and isinstance(node.value, ast.Call)
        and getattr(node.value.func, "id", None) == "translator"
        and node.value.args
        and isinstance(node.value.args[0], ast.Constant)
        and isinstance(node.value.args[0].value, str)
    ):
        return node.value.args[0].value
    return None


def own_contexts(files: list[Path]) -> dict[str, str]:
    """Module name -> the context of its ``tr``: ``tr = translator("Ctx")``, or a
    ``def tr`` that passes it to ``translate``."""
    found: dict[str, str] = {}
    for path in files:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in tree.body:
            if ctx := _translator_context(node):
                found[_module_name(path)] = ctx
            elif isinstance(node, ast.FunctionDef) and node.name == "tr":
                for inner in ast.walk(node):
                    ctx = _translate_context(inner)
                    if ctx:
                        found[_module_name(path)] = ctx
    return found


def string_tables(tree: ast.Module) -> dict[str, list[str]]:
    """Module-level ``NAME = {key: "text", …}`` dicts whose values are all strings: the
    texts a ``tr(NAME[key])`` may be asked for."""
    tables: dict[str, list[str]] = {}
    for node in tree.body:
        if isinstance(node, ast.Assign) and len(node.targets) == 1:
            target, value = node.targets[0], node.value
        elif isinstance(node, ast.AnnAssign) and node.value is not None:
            target, value = node.target, node.value
        else:
            continue
        if (
            isinstance(target, ast.Name)
            and isinstance(value, ast.Dict)
            and value.values
            and all(isinstance(v, ast.Constant) and isinstance(v.value, str) for v in value.values)
        ):
            tables[target.id] = [v.value for v in value.values]  # type: ignore[union-attr]
    return tables


def table_texts(arg: ast.AST | None, tables: dict[str, list[str]]) -> list[str]:
    """The texts of ``tr(TABLE[key])`` or ``tr(TABLE.get(key, …))`` (lupdate cannot see them)."""
    if isinstance(arg, ast.Subscript) and isinstance(arg.value, ast.Name):
        return tables.get(arg.value.id, [])
    if (
        isinstance(arg, ast.Call)
        and isinstance(arg.func, ast.Attribute)
        and arg.func.attr == "get"
        and isinstance(arg.func.value, ast.Name)
    ):
        return tables.get(arg.func.value.id, [])
    return []


def vocabulary_labels() -> list[tuple[str, int]]:
    """(label, line) of every value of ``planner.domain.vocabulary``'s tuples and label tables:
    the words ``ui.display.label`` and ``stance_word`` translate at display time."""
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    vocabulary = importlib.import_module(VOCABULARY_MODULE)
    path = ROOT / (VOCABULARY_MODULE.replace(".", "/") + ".py")
    found = []
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if not (isinstance(node, ast.Assign) and isinstance(node.targets[0], ast.Name)):
            continue
        value = getattr(vocabulary, node.targets[0].id, None)
        if isinstance(value, tuple) and value and all(isinstance(x, str) for x in value):
            found += [(vocabulary.label(x), node.lineno) for x in value]
        elif isinstance(value, dict) and value and all(isinstance(x, str) for x in value.values()):
            found += [(x, node.lineno) for x in value.values()]
    return found


def extract(files: list[Path]) -> dict[tuple[str, str], Message]:
    contexts = own_contexts(files)
    messages: dict[tuple[str, str], Message] = {}

    def add(ctx: str, text: str, path: Path, line: int) -> None:
        if not text.strip():
            return
        msg = messages.setdefault((ctx, text), Message(ctx, text))
        msg.locations.append((str(path.relative_to(ROOT)), line))

    vocabulary_file = ROOT / (VOCABULARY_MODULE.replace(".", "/") + ".py")
    for text, line in vocabulary_labels():
        add(VOCABULARY_CONTEXT, text, vocabulary_file, line)

    for path in files:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        module_ctx = contexts.get(_module_name(path))
        tables = string_tables(tree)
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.module in contexts:
                for alias in node.names:
                    if alias.name == "tr" and alias.asname in (None, "tr"):
                        module_ctx = contexts[node.module]
        classes = [n for n in ast.walk(tree) if isinstance(n, ast.ClassDef)]
        owner: dict[int, str] = {}
        for cls in classes:
            for inner in ast.walk(cls):
                owner.setdefault(id(inner), cls.name)
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            first = node.args[0] if node.args else None
            literal = (
                first.value
                if isinstance(first, ast.Constant) and isinstance(first.value, str)
                else None
            )
            if isinstance(func, ast.Name) and func.id == "tr" and literal and module_ctx:
                add(module_ctx, literal, path, node.lineno)
            elif (
                isinstance(func, ast.Attribute)
                and func.attr == "tr"
                and isinstance(func.value, ast.Name)
                and func.value.id == "self"
                and literal
                and id(node) in owner
            ):
                add(owner[id(node)], literal, path, node.lineno)
            elif (ctx := _translate_context(node)) and len(node.args) > 1:
                text = node.args[1]
                if isinstance(text, ast.Constant) and isinstance(text.value, str):
                    add(ctx, text.value, path, node.lineno)
            elif (
                isinstance(func, ast.Name)
                and func.id == "QT_TRANSLATE_NOOP"
                and len(node.args) == 2
                and all(isinstance(a, ast.Constant) and isinstance(a.value, str) for a in node.args)
            ):
                add(node.args[0].value, node.args[1].value, path, node.lineno)  # type: ignore[attr-defined]
            elif (
                getattr(func, "id", getattr(func, "attr", None)) == "plural"
                and len(node.args) > 1
                and all(
                    isinstance(a, ast.Constant) and isinstance(a.value, str) for a in node.args[:2]
                )
            ):  # ui.display.plural("Ctx", "%n things", n, "%n thing")
                add(node.args[0].value, node.args[1].value, path, node.lineno)  # type: ignore[attr-defined]
            if isinstance(func, ast.Name) and func.id == "tr" and module_ctx:
                table_ctx, arg = module_ctx, first
            elif isinstance(func, ast.Attribute) and func.attr == "tr" and id(node) in owner:
                table_ctx, arg = owner[id(node)], first
            elif (ctx := _translate_context(node)) and len(node.args) > 1:
                table_ctx, arg = ctx, node.args[1]
            else:
                table_ctx, arg = None, None
            for text in table_texts(arg, tables) if table_ctx else []:
                add(table_ctx, text, path, node.lineno)
            name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", None)
            if name in REGISTERED:
                index, ctx = REGISTERED[name]
                if len(node.args) > index:
                    arg = node.args[index]
                    if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                        add(ctx, arg.value, path, node.lineno)
    return messages


def is_numerus(source: str) -> bool:
    return "%n" in source


def complete(text: Translation) -> bool:
    return all(text) if isinstance(text, list) else bool(text)


def read_ts(path: Path) -> dict[tuple[str, str], tuple[Translation, str | None]]:
    """(context, source) -> (translation, type attribute) from an existing .ts file; the
    translation of a plural message is the list of its forms."""
    if not path.exists():
        return {}
    found: dict[tuple[str, str], tuple[Translation, str | None]] = {}
    for ctx in ET.parse(path).getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            tr = msg.find("translation")
            text: Translation = (tr.text or "") if tr is not None else ""
            if tr is not None and msg.get("numerus") == "yes":
                text = [form.text or "" for form in tr.iter("numerusform")]
            kind = tr.get("type") if tr is not None else None
            found[(name, msg.findtext("source") or "")] = (text, kind)
    return found


def write_ts(
    path: Path,
    lang: str,
    messages: dict[tuple[str, str], Message],
    fill: dict[str, Translation] | None = None,
) -> tuple[int, int]:
    """Write the .ts; return (translated, total)."""
    old = read_ts(path)
    root = ET.Element("TS", version="2.1", language=LANGUAGES[lang])
    by_context: dict[str, list[tuple[str, Message | None]]] = defaultdict(list)
    for (ctx, source), msg in messages.items():
        by_context[ctx].append((source, msg))
    for ctx, source in old:
        if (ctx, source) not in messages:
            by_context[ctx].append((source, None))
    done = total = 0
    for ctx in sorted(by_context):
        el = ET.SubElement(root, "context")
        ET.SubElement(el, "name").text = ctx
        for source, msg in sorted(by_context[ctx], key=lambda item: item[0]):
            m = ET.SubElement(el, "message")
            plural = is_numerus(source)
            if plural:
                m.set("numerus", "yes")
            for file, line in msg.locations if msg else []:
                ET.SubElement(m, "location", filename="../../" + file, line=str(line))
            ET.SubElement(m, "source").text = source
            text, kind = old.get((ctx, source), ("", "unfinished"))
            if fill and (not complete(text) or kind == "unfinished") and fill.get(source):
                text, kind = fill[source], None
            if plural and not isinstance(text, list):
                text = [text] * NUMERUS_FORMS[lang] if text else [""] * NUMERUS_FORMS[lang]
            t = ET.SubElement(m, "translation")
            if msg is None:
                t.set("type", "vanished")
            elif not complete(text) or kind == "unfinished":
                t.set("type", "unfinished")
            if isinstance(text, list):
                for form in text:
                    ET.SubElement(t, "numerusform").text = form
            else:
                t.text = text
            if msg is not None:
                total += 1
                done += complete(text) and kind != "unfinished"
    ET.indent(root, space="    ")
    body = ET.tostring(root, encoding="unicode")
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
    )
    return done, total


def lrelease(ts: Path) -> None:
    tool = Path(sys.executable).with_name("pyside6-lrelease")
    command = [str(tool) if tool.exists() else "pyside6-lrelease", "-silent", str(ts)]
    subprocess.run([*command, "-qm", str(ts.with_suffix(".qm"))], check=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--fill", type=Path, help='JSON {"fr": {source: translation}, …}')
    parser.add_argument("--check", action="store_true", help="fail if a .ts file is stale")
    parser.add_argument("--list", action="store_true", help="print the extracted strings")
    args = parser.parse_args(argv)
    files = sorted(p for p in SOURCES.rglob("*.py") if "__pycache__" not in p.parts)
    messages = extract(files)
    if args.list:
        for ctx, source in sorted(messages):
            print(f"{ctx}\t{source!r}")
        return 0
    fills = json.loads(args.fill.read_text(encoding="utf-8")) if args.fill else {}
    OUT.mkdir(parents=True, exist_ok=True)
    stale = []
    for lang in LANGUAGES:
        ts = OUT / f"{CATALOGUE}_{lang}.ts"
        if args.check:
            known = {k for k, (_t, kind) in read_ts(ts).items() if kind != "vanished"}
            if known != set(messages):
                stale.append(ts.name)
            continue
        done, total = write_ts(ts, lang, messages, fills.get(lang))
        lrelease(ts)
        print(f"{ts.name}: {done} of {total} strings translated")
    if stale:
        print("stale (run scripts/update_translations.py):", ", ".join(stale))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
