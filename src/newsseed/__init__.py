"""newsseed: turn news text into clean, typed, comparable records.

>>> import newsseed
>>> a = newsseed.parse("Ferry service resumes\\n\\nBoats sail again on Monday.")
>>> a.title, a.paragraphs
('Ferry service resumes', ('Boats sail again on Monday.',))
>>> newsseed.loads(newsseed.dumps(a)) == a
True
"""

import importlib
from typing import TYPE_CHECKING, Final

from newsseed._entities import find_entities
from newsseed._errors import ParseError
from newsseed._load import load, loads
from newsseed._model import (
    Article,
    Dateline,
    DateMention,
    DateValue,
    Diagnostic,
    Entity,
    EntityKind,
    Quote,
    Span,
)
from newsseed._quotes import find_quotes
from newsseed._read import ParseOptions, parse, parse_bytes, parse_file
from newsseed._write import dump, dumps

if TYPE_CHECKING:
    from newsseed._compare import (
        CompareOptions,
        Comparison,
        DiffOp,
        QuoteGroup,
        QuoteMember,
        compare,
    )
    from newsseed._corpus import CorpusOptions, iter_articles, parse_many
    from newsseed._export import article_schema, to_ninjs, to_schema_org

__version__ = "0.1.0"

__all__ = (
    "Article",
    "CompareOptions",
    "Comparison",
    "CorpusOptions",
    "DateMention",
    "DateValue",
    "Dateline",
    "Diagnostic",
    "DiffOp",
    "Entity",
    "EntityKind",
    "ParseError",
    "ParseOptions",
    "Quote",
    "QuoteGroup",
    "QuoteMember",
    "Span",
    "__version__",
    "article_schema",
    "compare",
    "dump",
    "dumps",
    "find_entities",
    "find_quotes",
    "iter_articles",
    "load",
    "loads",
    "parse",
    "parse_bytes",
    "parse_file",
    "parse_many",
    "to_ninjs",
    "to_schema_org",
)

# Comparing, the corpus readers and the exports are imported on first use: parsing and
# writing articles do not need them, and they need standard modules (tar, gzip, JSON,
# worker processes, difflib) that take longer to import than the rest of newsseed.
_LATER: Final = {
    **dict.fromkeys(
        ("CompareOptions", "Comparison", "DiffOp", "QuoteGroup", "QuoteMember", "compare"),
        "_compare",
    ),
    **dict.fromkeys(("CorpusOptions", "iter_articles", "parse_many"), "_corpus"),
    **dict.fromkeys(("article_schema", "to_ninjs", "to_schema_org"), "_export"),
}

if not TYPE_CHECKING:  # type checkers read the import above, and flag a misspelt name

    def __getattr__(name: str) -> object:
        module = _LATER.get(name)
        if module is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(f"newsseed.{module}"), name)
        globals()[name] = value
        return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
