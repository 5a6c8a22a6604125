"""SQL fragments that are spelled differently per database, chosen when compiled.

The search module hands services ready-made conditions (``matching_ids``,
``has_match``) that are built before anyone knows which engine will run them; a
``PerDialect`` carries each backend's spelling and compiles to the one its engine speaks.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import TextClause
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.compiler import SQLCompiler


class PerDialect(TextClause):
    """A textual fragment with one spelling per dialect name (``sqlite`` is the default).

    Not cached: the statement cache keys on text, and the two spellings share none.
    """

    inherit_cache = False

    def __init__(self, sqlite: TextClause, **others: TextClause) -> None:
        super().__init__(sqlite.text)
        self._bindparams = dict(sqlite._bindparams)
        self.spellings = {"sqlite": sqlite, **others}


@compiles(PerDialect)
def _compile(element: PerDialect, compiler: SQLCompiler, **kw: Any) -> str:
    chosen = element.spellings.get(compiler.dialect.name, element.spellings["sqlite"])
    return compiler.process(chosen, **kw)
