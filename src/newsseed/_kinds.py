"""What an input is before it is read as an article: prose, nothing, a binary file, an
HTML page, or a document in newsseed's own seed format.

:func:`newsseed.parse` reads prose; the others are told by their first bytes (binary
data, by :func:`newsseed.parse_bytes` and the readers of files) or characters, and each
gets its own way (``docs/layouts.md``, "What is not an article"):
an empty input an ``empty`` diagnostic, binary data a ``not-text`` one (no finder runs
over it), an HTML page an ``html`` one (its text is read by trafilatura where the
``newsseed[html]`` extra is installed), and a seed document is read with
:func:`newsseed.loads`.
"""

from __future__ import annotations

from typing import Final, Literal

from newsseed.normalize._text import lazy_re

__all__ = ("Kind", "binary_kind", "text_kind")

Kind = Literal["prose", "empty", "html", "seed"]

#: The first bytes of file formats that are not text: images, archives, documents.
_MAGIC: Final = (
    b"\x89PNG", b"\xff\xd8\xff", b"GIF87a", b"GIF89a", b"%PDF", b"PK\x03\x04", b"\x1f\x8b",
    b"BZh", b"\xfd7zXZ", b"7z\xbc\xaf", b"Rar!", b"\x00\x00\x01\x00", b"RIFF", b"OggS",
    b"ID3", b"\x7fELF", b"MZ", b"\xd0\xcf\x11\xe0", b"wOFF", b"wOF2", b"\x00asm",
)  # fmt: skip
#: Bytes no text holds (controls but tab, line feed, form feed and carriage return).
_CONTROL_BYTES: Final = bytes(sorted(set(range(0x20)) - {0x09, 0x0A, 0x0C, 0x0D}))
#: How much of the input is looked at, and the share of control bytes that makes it binary.
_SAMPLE: Final = 4096
_CONTROL_SHARE: Final = 0.02
#: White space and nothing else (``str.isspace`` counts the controls U+001C to U+001F too).
_BLANK: Final = lazy_re(
    r"[ \t\n\r\x0b\x0c\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]*"
)
#: The first line of a document in the seed format (``docs/format.md``).
_SEED_START: Final = " newsseed 1\n"
#: How an HTML page opens (lower case, white space and a byte order mark skipped).
_HTML_STARTS: Final = ("<!doctype html", "<html", "<?xml version", "<head", "<body")

#: How an HTML fragment opens: a block element (closed somewhere in the first 4 KiB).
_FRAGMENT: Final = lazy_re(
    r"<(?:p|div|article|section|main|header|h[1-6]|figure|blockquote|ul|ol|table)[\s>]"
)


def binary_kind(data: bytes) -> bool:
    """Whether ``data`` is not text: a known binary format by its first bytes, or more
    than 2% control bytes (a NUL among them) in its first 4 KiB.

    >>> binary_kind(bytes.fromhex("89504e470d0a1a0a") + bytes(100)), binary_kind(b"Boats sail.")
    (True, False)
    """
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        return False  # UTF-16 with its byte order mark: text, NULs and all
    if data.startswith(_MAGIC):
        return True
    sample = data[:_SAMPLE]
    controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
    return controls > _CONTROL_SHARE * len(sample) or (b"\x00" in sample and controls > 1)


def text_kind(text: str) -> Kind:
    """What ``text`` is, by its first characters.

    >>> text_kind("   "), text_kind("<!DOCTYPE html><html>"), text_kind(" newsseed 1\\n\\n")
    ('empty', 'html', 'seed')
    >>> text_kind("Ferry returns\\n\\nBoats sail."), text_kind("<p>Boats sail.</p>")
    ('prose', 'html')
    """
    if _BLANK().fullmatch(text) is not None:
        return "empty"  # (control characters are not blank: the reader notes them)
    if text.startswith(_SEED_START):
        return "seed"
    head = text[:512].lstrip("\ufeff \t\r\n").lower()
    if head.startswith(_HTML_STARTS) and ("<html" in head or "<body" in head or "<head" in head):
        return "html"
    if _FRAGMENT().match(head) is not None and "</" in text[:_SAMPLE]:
        return "html"  # a fragment: a record's HTML body, a page's article element
    return "prose"
