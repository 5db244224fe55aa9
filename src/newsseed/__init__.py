"""newsseed: turn news text into clean, typed, comparable records.

>>> import newsseed
>>> a = newsseed.parse("Ferry service resumes\\n\\nBoats sail again on Monday.")
>>> a.title, a.paragraphs
('Ferry service resumes', ('Boats sail again on Monday.',))
>>> newsseed.loads(newsseed.dumps(a)) == a
True
"""

from newsseed._compare import (
    CompareOptions,
    Comparison,
    DiffOp,
    QuoteGroup,
    QuoteMember,
    compare,
)
from newsseed._corpus import CorpusOptions, iter_articles, parse_many
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
