"""Many articles: reading collections lazily, and parsing in parallel.

:func:`iter_articles` reads a folder, a glob, a text file, JSON Lines (plain or
gzipped) or a tar archive (plain or gzipped) one article at a time, in constant
memory: no line, member or file larger than :attr:`CorpusOptions.max_document_size`
is held in memory. What cannot be read becomes an article that holds only a
diagnostic, and the stream goes on: nothing one record, member or file holds (bad
JSON, deep nesting, stray bytes, a size past the limit) ends it. :func:`parse_many`
parses texts or files on a pool of processes, keeps the input's order, and gives each
document a time budget (reading it included) after which it comes back unparsed, its
text kept as paragraphs, with a ``timeout`` diagnostic, rather than holding up the job.

The package's modules, each one concern, each importing only those above it:

- :mod:`._options`: :class:`CorpusOptions`, the size limit and the workers cap;
- :mod:`._budgets`: time budgets (``timeout`` checked, work interrupted);
- :mod:`._documents`: what reading gives (a document, or an article saying why not);
- :mod:`._lines` (JSON Lines records) and :mod:`._archives` (tar members);
- :mod:`._files`: the files a source stands for, each read by its kind;
- :mod:`._articles`: one document parsed within its budget, or kept unparsed;
- :mod:`._pool`: documents parsed in order on a pool of processes;
- :mod:`._readers`: :func:`iter_articles` and :func:`parse_many`.
"""

from __future__ import annotations

from newsseed._corpus._options import CorpusOptions
from newsseed._corpus._options import _max_workers as _max_workers
from newsseed._corpus._readers import iter_articles, parse_many

__all__ = ("CorpusOptions", "iter_articles", "parse_many")
