"""The lenient reader (first cut; the layout rules are being written now)."""
from __future__ import annotations
import os
import attrs
from newsseed._model import Article

@attrs.frozen
class ParseOptions:
    """Options for :func:`parse`."""

def parse(text: str, /, *, id: str | None = None, options: ParseOptions | None = None) -> Article:
    """Parse ``text``."""
    blocks = [b.strip() for b in text.split("\n\n") if b.strip()]
    return Article(id=id, title=blocks[0] if blocks else None, paragraphs=blocks[1:])

def parse_bytes(data: bytes, /, *, id: str | None = None, options: ParseOptions | None = None) -> Article:
    """Decode and parse ``data``."""
    return parse(data.decode("utf-8", "replace"), id=id, options=options)

def parse_file(path: str | os.PathLike[str], /, *, options: ParseOptions | None = None) -> Article:
    """Read and parse the file at ``path``."""
    with open(path, "rb") as fp:
        return parse_bytes(fp.read(), id=os.path.splitext(os.path.basename(path))[0], options=options)
