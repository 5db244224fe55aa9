"""Direct quotes in news text, and who said them.

:func:`find_quotes` (in :mod:`._finder`) works in four steps, each linear in the text:

1. **Marks** (:func:`._marks._pair_marks`). Every quotation mark is read from what
   stands on either side of it: an opening mark, a closing mark, one that may be either
   (a straight ``"``), or no mark at all (an apostrophe: ``don't``, ``Ministers'``,
   ``'90s``, ``rock 'n' roll``). Double marks pair up, with curly quotes within them;
   single marks pair up at the top level (British style), with double quotes within
   them, and are part of a double quote otherwise. A quote never closed ends with its
   paragraph: when the next paragraph opens with a mark, that is the convention for a
   quote over several paragraphs, otherwise it is noted. Speech without marks after
   ``said,`` (``Ruiz said, We will build it.``) is taken where the word after the comma
   can only open speech (:func:`._unmarked._unmarked`).
2. **Cues** (:class:`._attribution._Attributor`). Each quote looks for its cue in its
   own sentence: after it (``," Ruiz said``, ``," said Ruiz``, ``" - Ana Ruiz``), before
   it (``Ruiz said: "``, ``Ruiz, the mayor, said, "``, ``described it as "``), on a line
   before it that ends in a colon, or on the line after it (``- Ruiz.``). The words
   beside the cue that name the speaker are kept as its evidence.
3. **Speakers** (:class:`._who._Who`). Those words become the canonical name of the
   entity they mention (through :func:`~newsseed.find_entities`), the one holder of an
   office (``the minister``), or, for a pronoun, the person opening the sentence or
   the last one who spoke (the writer's own ``Ruiz argued`` counts, read a paragraph at
   a time when asked for); ``None`` when the evidence is not enough.
4. **Quotes without a cue** (:func:`._settle._settle`) take the speaker of the quote
   beside them, of the paragraph before, or of the person opening their sentence; a few
   words quoted with none of these are a scare quote or a term, and a short title in
   capitals is a title: neither is returned (:func:`._finder._is_speech`).

Rules and examples: ``docs/quotes.md``.

The package's modules, each one concern, each importing only those above it:

- :mod:`._tokens`: words, sentences, and the cue phrases among them;
- :mod:`._segments`: the paragraphs, and the quoted segments every step fills in;
- :mod:`._marks`: what each quotation mark does, and marks paired into segments;
- :mod:`._phrases`: the words beside a cue that name the speaker;
- :mod:`._unmarked`: speech without marks;
- :mod:`._who`: those words resolved to a person, an office holder or a group;
- :mod:`._attribution`: each quote's cue and speaker's words, from the text around it;
- :mod:`._settle`: speakers resolved, and lent to the quotes with no cue;
- :mod:`._finder`: :func:`find_quotes` and :func:`find_quotes_and_notes`, within
  their budgets.
"""

from __future__ import annotations

from newsseed._quotes._finder import QuoteNote, find_quotes, find_quotes_and_notes
from newsseed._quotes._segments import _breaks as _breaks
from newsseed._quotes._tokens import _ends_sentence as _ends_sentence
from newsseed._quotes._unmarked import _unmarked_cues as _unmarked_cues

__all__ = ("QuoteNote", "find_quotes", "find_quotes_and_notes")
