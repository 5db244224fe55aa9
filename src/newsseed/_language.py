"""Is a text English? A cheap test by the words every text of a language is made of.

newsseed's finders read English. :func:`guess_language` counts, in the first 400 words
of a text, the share that are among the most common function words of English and of
the languages news is most often scraped in besides (German, French, Spanish,
Portuguese, Italian, Dutch): the language whose words make the largest share wins, when
that share is high enough to say (``docs/layouts.md``, "Language"; the threshold was
measured on the English corpora of ``../shared/corpora``).
"""

from __future__ import annotations

from typing import Final

from newsseed.normalize._data import words
from newsseed.normalize._text import lazy

__all__ = ("guess_language",)

#: The most common function words of each language (articles, pronouns, prepositions,
#: conjunctions, auxiliaries), lower case. Words two languages share are left out of both.
_WORDS: Final[dict[str, frozenset[str]]] = {
    "en": words(
        "the of and to in is that for it was on with as he his be by at are this have from"
        " or had not but they which were been has their its would will there who an we she"
        " her said also when more than into about after could these other them can"
        " what over its up out so"
    ),
    "de": words(
        "der die das und ist nicht ein eine zu den von mit sich des auf für im dem auch es"
        " an als nach wie bei aus noch wird sind hat werden oder aber vor zur bis mehr durch"
        " über sein einen einer wurde haben wir sie ich"
    ),
    "fr": words(
        "le la les et des est une dans pour qui que pas sur au avec ce il sont du par plus"
        " ont été mais aux cette comme ou ses leur elle nous vous fait aussi être entre"
        " deux sans"
    ),
    "es": words(
        "el los las y del en que por con para una su al lo como más pero sus le ya fue"
        " este ha sí porque esta entre cuando muy sin sobre también hasta hay donde desde"
        " todo nos durante"
    ),
    "pt": words(
        "o os as e do da dos das em que não uma com para por mais mas foi ao seu sua ou"
        " quando muito já também só pelo pela até isso ele entre depois sem mesmo aos"
        " ter seus"
    ),
    "it": words(
        "il lo gli e di che è per una non con del della dei delle sono nel nella alla al"
        " anche come più ma si ha questo hanno essere stato tra fra dopo"
    ),
    "nl": words(
        "de het een en van is dat op te zijn voor met niet aan er om ook als bij maar"
        " uit worden werd nog wel naar door dan tot over heeft hij ze"
    ),
}


def _word_languages() -> dict[str, str]:
    """Each function word to its language; a word of two languages tells neither apart
    and is left out of both."""
    shared = {
        word
        for language, table in _WORDS.items()
        for other, others in _WORDS.items()
        if other != language
        for word in table & others
    }
    return {
        word: language for language, table in _WORDS.items() for word in table if word not in shared
    }


#: Made on first use, not when newsseed is imported.
_WORD_LANGUAGE: Final = lazy(_word_languages)

#: How many words are looked at, at most, and how few make no verdict.
_WORDS_READ: Final = 400
_FEWEST: Final = 20
#: Where to look for them: enough characters for _WORDS_READ words.
_CHARACTERS_READ: Final = 4000
_PUNCTUATION: Final = ".,;:!?\"'“”‘’«»()[]-–—"
#: The share of a text's words that must be its language's function words: English news
#: has 25% to 45% of them (of 4,741 English texts of the corpora, none under the share
#: but tables of figures); a text in another language has under 5% of English ones.
_SHARE: Final = 0.10


def guess_language(text: str) -> str | None:
    """The language of ``text`` (``en``, ``de``, ``fr``, ``es``, ``pt``, ``it``, ``nl``), by
    the function words among its first 400 words; None where it has fewer than 20 words or
    none of these languages makes a tenth of them.

    >>> guess_language("The council said on Tuesday that the ferry would sail again from "
    ...                "the old port in May, and that fares for it were to stay as they are.")
    'en'
    >>> guess_language("Der Rat sagte am Dienstag, dass die Fähre wieder fahren wird, "
    ...                "und die Stadt ist mit dem Plan für den Hafen sehr zufrieden, "
    ...                "auch wenn noch nicht alle Fragen geklärt sind.")
    'de'
    """
    words = text[:_CHARACTERS_READ].lower().split(None, _WORDS_READ)[:_WORDS_READ]
    if len(words) < _FEWEST:
        return None
    counts: dict[str, int] = {}
    table = _WORD_LANGUAGE()
    for word in words:
        language = table.get(word.strip(_PUNCTUATION))
        if language is not None:
            counts[language] = counts.get(language, 0) + 1
    if not counts:
        return None
    best = max(counts, key=lambda language: counts[language])
    return best if counts[best] >= _SHARE * len(words) else None
