"""newsseed: turn news text into clean, typed, comparable records.

>>> import newsseed
>>> a = newsseed.parse("Ferry service resumes\\n\\nBoats sail again on Monday.")
>>> a.title, a.paragraphs
('Ferry service resumes', ('Boats sail again on Monday.',))
>>> newsseed.loads(newsseed.dumps(a)) == a
True
"""

from typing import TYPE_CHECKING, Final

from newsseed._compare import (
    CompareOptions,
    Comparison,
    DiffOp,
    QuoteGroup,
    QuoteMember,
    compare,
)
from newsseed._entities import find_entities
from newsseed._errors import ParseError
from newsseed._export import article_schema, to_ninjs, to_schema_org
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
    from newsseed._corpus import CorpusOptions, iter_articles, parse_many

__version__ = "0.1.0.dev0"

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

# The corpus readers are imported on first use: they need the standard library's tar,
# gzip, JSON and worker-process modules, which take longer to import than the rest of
# newsseed, and which parsing, comparing and writing articles do not need.
_CORPUS_NAMES: Final = frozenset({"CorpusOptions", "iter_articles", "parse_many"})

if not TYPE_CHECKING:  # type checkers read the import above, and flag a misspelt name

    def __getattr__(name: str) -> object:
        if name in _CORPUS_NAMES:
            from newsseed import _corpus  # noqa: PLC0415

            value = getattr(_corpus, name)
            globals()[name] = value
            return value
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
