"""Small text helpers the normalisers share: letter folding and trie alternations."""

from __future__ import annotations

import re
import unicodedata
from typing import Final

# Letters that Unicode does not decompose into a base letter and a mark.
_PLAIN_LETTERS: Final = str.maketrans(
    {"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ı": "i", "æ": "ae",
     "Æ": "AE", "œ": "oe", "Œ": "OE", "þ": "th", "Þ": "Th", "ð": "d", "Ð": "D", "’": "'"}
)  # fmt: skip


def plain_letters(text: str) -> str:
    """``text`` without diacritics, ligatures spelt out, curly apostrophes straight.

    >>> plain_letters("Erdoğan’s Æsop")
    "Erdogan's AEsop"
    """
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFKD", text.translate(_PLAIN_LETTERS))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


_Trie = dict[str, "_Trie"]


def trie(words: list[str]) -> str:
    """An alternation of ``words`` factored into a trie, so it is tried a character at a time.

    >>> trie(["may", "march", "mar"])
    '(?:m(?:a(?:r(?:c(?:h))?|y)))'
    """
    tree: _Trie = {}
    for word in words:
        node = tree
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def build(node: _Trie) -> str:
        branches = [re.escape(char) + build(sub) for char, sub in sorted(node.items()) if char]
        if not branches:
            return ""
        body = "(?:" + "|".join(branches) + ")"
        return body + "?" if "" in node else body

    return build(tree)
