"""Who a speaker is: the words naming one, resolved to an entity's canonical name.

:class:`_Who` holds the text's entities, and reads the words as a name (the entity
mentioned there, a surname alone, or one named in full earlier in the text), an office
(``the minister``: its one holder), a pronoun (the person opening the sentence, or the
last one who spoke) or a source with no name (``officials``: no one). It keeps who spoke
where: the speakers of the quotes, and those of the writer's own cues (``Ruiz argued``).
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Sequence
from typing import Final

import attrs

from newsseed._model import Entity, Span
from newsseed._quotes._phrases import (
    _ATTACHING,
    _JOINERS,
    _PRONOUNS,
    _name_in_phrase,
    _name_word,
    _speaker_before,
)
from newsseed._quotes._segments import _Paragraphs, _Segment
from newsseed._quotes._tokens import (
    _LOOK,
    _PUNCT,
    _TOKEN,
    _before_chain,
    _cue_at,
    _cue_words,
    _sentence_begin,
    _Token,
    _tokens,
)
from newsseed.normalize import name_key, parse_name, spelling_key
from newsseed.normalize._data import speech, words
from newsseed.normalize._data.people import OFFICE_HEADS
from newsseed.normalize._names import _GIVEN_FEMALE, _GIVEN_MALE, census_key
from newsseed.normalize._text import compile_regex, lazy_regex

# A given name (or an initial), an optional initial, then the family name.
_FULL_NAME: Final = (
    r"\b(?:\p{{Lu}}[\p{{Ll}}'’\-]++|\p{{Lu}}\.)[^\S\n]++(?:\p{{Lu}}\.[^\S\n]++)?{family}\b"
)
# An opening phrase before a sentence's subject has at most this many words.
_INTRO: Final = 12
# "The one person named nearby" looks at most this many mentions back.
_NEARBY: Final = 64
# At most this many surnames are looked for in full in one text (each is one pass).
_FULL_NAME_SEARCHES: Final = 16
# What a pronoun says of the person it stands for: "m" or "f".
_PRONOUN_GENDER: Final = {"he": "m", "she": "f"}
_FEMININE: Final = frozenset({"she", "her", "hers", "herself"})


def _given_gender(name: str) -> str | None:
    """The gender of a person's given name where the Census tables give it one only
    (``Ana Lima``: f; ``Jordan Lee``: either, None), or None."""
    first = name.split(maxsplit=1)[0] if " " in name else ""
    key = census_key(first)
    male, female = key in _GIVEN_MALE(), key in _GIVEN_FEMALE()
    return "m" if male and not female else "f" if female and not male else None


# A pronoun that tells a gender, and an honorific right before a name.
_GENDERED: Final = lazy_regex(r"\b(?:he|his|him|himself|she|her|hers|herself)\b", ignore_case=True)
_HONORIFIC: Final = lazy_regex(r"\b(Mr|Mrs|Ms|Miss)\.?\s+\Z")
# Where a mention's sentence ends, or a quote opens (its pronouns are the speaker's).
_SENTENCE_OR_QUOTE: Final = lazy_regex(r"[.!?][\s\"”’]|[\"“”]")
# How far after a mention its pronoun is looked for.
_PRONOUN_REACH: Final = 160
# Parties, by the words that name them and the letter of their tags.
_PARTIES: Final = {
    "republican": "r", "republicans": "r", "gop": "r", "r": "r",
    "democrat": "d", "democratic": "d", "democrats": "d", "d": "d",
    "independent": "i", "i": "i",
}  # fmt: skip
# Descriptions of a politician that a party word may tell apart: "the Republican lawmaker".
_POLITICIANS: Final = words(
    "lawmaker legislator senator congressman congresswoman representative politician"
    " candidate nominee governor lawmakers"
)
# A party beside a person's mention: "(R-Mo.)", ", a Republican," after; "Republican" before.
_PARTY_AFTER: Final = lazy_regex(
    r"\(([RDI])-|,[^\S\n]++an?[^\S\n]++(Republican|Democrat|Independent)\b"
)
_PARTY_BEFORE: Final = lazy_regex(
    r"\b(Republican|Democratic|Democrat|GOP)[^\S\n]++(?:\S+[^\S\n]++){0,2}\Z"
)


def _last_name_key(family: str) -> list[str]:
    """The key of the last word of a family name (``de la Cruz``: ``cruz``), as a list of
    one (none when the name has no word)."""
    words = family.split()
    return name_key(words[-1]).split()[-1:] if words else []


class _Who:
    """Resolves the words naming a speaker to an entity's canonical name."""

    def __init__(self, text: str, entities: Sequence[Entity], paragraphs: _Paragraphs) -> None:
        self.text = text
        self.paragraphs = paragraphs
        mentions = sorted(
            ((span.start, span.end, entity) for entity in entities for span in entity.mentions),
            key=lambda m: (m[0], m[1]),
        )
        self.starts = [m[0] for m in mentions]
        self.mentions = mentions
        self.people = [e for e in entities if e.kind == "PERSON"]
        # People by family name, the most mentioned first: "Clinton" alone is the
        # Clinton the text is most about.
        self.families: dict[str, list[Entity]] = {}
        for person in sorted(self.people, key=lambda e: -len(e.mentions)):
            family = _last_name_key(parse_name(person.name).family or person.name)
            if family:
                self.families.setdefault(family[0], []).append(person)
        # Named speakers by paragraph and by whether they are people, in text order:
        # (position, name). Those of the writer's cues ("Ruiz argued") are read when a
        # paragraph is first asked about; those of quotes are noted as they are resolved.
        self.cues: dict[tuple[int, bool], list[tuple[int, str]]] = {}
        self.quoted_speakers: dict[tuple[int, bool], list[tuple[int, str]]] = {}
        # Who holds which title: the title's key, and its head word, to the people who
        # hold it, by first mention.
        self.holders: dict[tuple[str, bool], list[tuple[int, str]]] = {}
        for person in sorted(self.people, key=lambda e: e.mentions[0].start):
            for role in dict.fromkeys(spelling_key(role) for role in person.roles):
                for key in {(role, True), (role.split()[-1], False)}:
                    self.holders.setdefault(key, []).append((person.mentions[0].start, person.name))
        self.segments: Sequence[_Segment] = ()
        self.segment_starts: list[int] = []
        self.quote_starts: list[int] = []  # the quotes' marks, in order
        self.quote_ends: list[int] = []
        self.full_names: dict[str, str | None] = {}
        self.end = len(text)  # where the finder stopped reading (its budget spent)
        self.genders: dict[str, str] | None = None  # read when a pronoun first asks
        self.parties: dict[str, str] | None = None  # read when a description first asks

    def set_quotes(self, segments: Sequence[_Segment]) -> None:
        """The quotes found so far, in order."""
        self.segments = segments
        self.segment_starts = [s.start for s in segments]
        self.quote_starts = [s.open for s in segments]
        self.quote_ends = [s.close for s in segments]

    def subject(self, at: int, *, person: bool = True) -> tuple[str, Span] | None:
        """Who is named first in the sentence holding ``at``, before ``at`` (after any
        title): a person, or with ``person=False`` an organisation, group or country."""
        paragraph = self.paragraphs.of(at)
        start = _sentence_begin(self.text, max(self.paragraphs.starts[paragraph], at - _LOOK), at)
        while start < at and self.text[start].isspace():
            start += 1
        found = self.opening_subject(start, person=person)
        return found if found is not None and found[1].start < at else None

    def opening_subject(self, start: int, *, person: bool = True) -> tuple[str, Span] | None:
        """Who is named first in the sentence at ``start``, after capitals only; never
        a name inside a quote."""
        found = self.first_named(start, person=person)
        if found is None:  # "Back in 1999, Mr. Trump said": after the opening phrase
            words = _TOKEN().finditer(self.text, start, min(len(self.text), start + _LOOK))
            comma = next(
                (w.end() for w in itertools.islice(words, _INTRO) if w.group()[-1] == ","), None
            )
            if comma is not None:
                found = self.first_named(comma, person=person)
        return found

    def first_named(self, start: int, *, person: bool) -> tuple[str, Span] | None:
        index = bisect.bisect_left(self.starts, start)
        if index == len(self.mentions):
            return None
        m_start, m_end, entity = self.mentions[index]
        lead = self.text[start:m_start].split()
        if (entity.kind == "PERSON") != person or entity.kind == "PRODUCT":
            return None
        if len(lead) > 6 or self.quoted(m_start):
            return None
        if not all(w[0].isupper() or not w[0].isalpha() for w in lead):
            return None  # only titles, a dateline or a dash before the name
        return entity.name, Span(m_start, m_end)

    def quoted(self, at: int) -> bool:
        index = bisect.bisect_right(self.quote_starts, at) - 1
        return index >= 0 and at < self.quote_ends[index]

    def entity_in(self, start: int, end: int) -> Entity | None:
        """The entity with a mention inside ``[start, end)``, people first, the last one."""
        index = bisect.bisect_left(self.starts, end)
        best: Entity | None = None
        while index > 0:
            index -= 1
            m_start, m_end, entity = self.mentions[index]
            if m_end <= start:
                if start - m_start > 200:
                    break
                continue
            if m_start < end and (
                best is None or (entity.kind == "PERSON" and best.kind != "PERSON")
            ):
                best = entity
        return best

    def office_holder(self, office: str, before: int) -> str | None:
        """The one person named before ``before`` who holds ``office``: the one whose
        title is the office, else the one whose title ends in its head word
        (``Harbour Minister`` for ``the minister``); None when two could be meant."""
        key = spelling_key(office)
        if not key:
            return None
        # "Harbour Minister" tells one minister from another; "minister" alone does not
        tried = [(key, True), (key.split()[-1], False)] if " " in key else [(key, False)]
        for wanted in tried:
            holders = self.holders.get(wanted, [])
            named = holders[: bisect.bisect_left(holders, (before,))][:2]
            if named:
                return named[0][1] if len(named) == 1 else None
        return None

    def resolve(self, start: int, end: int) -> tuple[str | None, str]:
        """The speaker named by ``text[start:end]``, and its kind ("" when unknown)."""
        words = self.text[start:end].strip(_PUNCT).strip()
        lower = words.lower()
        if lower in speech.PERSON_PRONOUNS:
            gender = _PRONOUN_GENDER[lower]
            subject = self.subject(start)
            if subject is not None and self.agrees(subject[0], gender):
                return subject[0], "PERSON"
            found = self.last_speaker(start, person=True, antecedent=True, gender=gender)
            return found, "PERSON"
        if lower in speech.GROUP_PRONOUNS:
            subject = self.subject(start, person=False)
            if subject is not None:
                return subject[0], "ORG"
            return self.last_speaker(start, person=False), "ORG"
        if lower in {"we", "i", "you"}:
            return None, ""
        # A phrase that ends in a name is that person's ("campaign chairman Ana Ruiz",
        # "Harbour Board spokesman Rui Costa", "Rep. Ana Ruiz II (D-Mo.)").
        tokens = _tokens(self.text, start, end)
        # "Cameron Easley for Morning Consult", "Bill Eastland of Texas": a person's name,
        # then where the person works or comes from.
        at = next((i for i, t in enumerate(tokens) if i > 1 and t.word in _ATTACHING), None)
        if at is not None and all(_name_word(t) for t in tokens[:at]):
            person = parse_name(self.text[tokens[0].start : tokens[at - 1].end])
            if person.given and person.family and not person.titles:
                found, kind = self.resolve(tokens[0].start, tokens[at - 1].end)
                if kind == "PERSON":
                    return found, kind
        both = self.coordinated(tokens)
        if both is not None:
            return both, "PERSON"
        inside = _name_in_phrase(tokens)
        if inside is not None and (inside[0] > 0 or inside[1] < len(tokens) - 1):
            found, kind = self.resolve(tokens[inside[0]].start, tokens[inside[1]].end)
            if found is not None:
                return found, kind
        if lower.startswith("the ") and lower.split()[-1] in _POLITICIANS:
            holder = self.party_member(lower.split()[1:], start)  # "the Republican lawmaker"
            if holder is not None:
                return holder, "PERSON"
        if lower.startswith("the ") and lower.split()[-1] in OFFICE_HEADS:
            holder = self.office_holder(words[4:], start)  # "the Harbour Minister"
            return holder, "PERSON" if holder else ""
        entity = self.entity_in(start, end)
        if entity is not None and entity.kind in {"PERSON", "ORG", "NORP"}:
            return entity.name, entity.kind
        name = parse_name(words.removeprefix("the ").removeprefix("The "))
        if name.given and not name.family and not name.middle:
            # One name ("Isabelle said", "Pope Francis"): read as a surname, which the
            # text may have written in full before.
            name = attrs.evolve(name, given=None, family=name.given)
        if name.family and not name.given:  # a surname the entities left unjoined
            family = _last_name_key(name.family)
            people = self.families.get(family[0], []) if family else []
            if people:
                return people[0].name, "PERSON"
        if (
            entity is not None
            and entity.kind == "PLACE"
            and name.given is not None
            and name.family
            and words[:1].isupper()
            and len(entity.name.split()) < len(words.split())
        ):
            return f"{name.given} {name.family}", "PERSON"  # "Ana Lima": not the city
        if entity is not None and entity.kind == "PLACE" and not lower.startswith("the "):
            return entity.name, "ORG"  # "China said", "Washington said": a government
        head = words.split()[-1] if words else ""
        if head in speech.ANONYMOUS_HEADS:  # "a spokesman", but not "the Post"
            return None, ""
        if name.titles and not name.family:
            holder = self.office_holder(name.titles[-1], start)
            return holder, "PERSON" if holder else ""
        if lower.startswith(("the ", "a ", "an ")):
            rest = words.split(maxsplit=1)[1]
            if all(w[0].isupper() or w in _JOINERS for w in rest.split()):
                return rest, "ORG"  # "the Times", "The Hill"
            holder = self.office_holder(rest.lower(), start)
            return holder, "PERSON" if holder else ""
        if not words[:1].isupper() or not name.family:
            return None, ""
        if name.given:
            return f"{name.given} {name.family}", "PERSON"
        full = self.full_name(name.family)  # "Nervo wrote": the judge named in full before
        if full is not None:
            return full, "PERSON"
        return name.family, "PERSON" if name.titles else ""

    def party_member(self, words: Sequence[str], before: int) -> str | None:
        """The one person named before ``before`` whom a description of a politician
        with a party (``the Republican lawmaker``) can mean: the text gives them that
        party (``Costa, a Republican,``, ``Rep. Costa (R-Mo.)``, ``Republican Rui Costa``);
        None without a party word, or when two people could be meant."""
        party = next((_PARTIES[w] for w in words if w in _PARTIES), None)
        if party is None:
            return None
        if self.parties is None:
            self.parties = self.read_parties()
        named = {
            entity.name
            for start, _end, entity in self.mentions[: bisect.bisect_left(self.starts, before)]
            if entity.kind == "PERSON" and self.parties.get(entity.name) == party
        }
        return named.pop() if len(named) == 1 else None

    def read_parties(self) -> dict[str, str]:
        """The party the text gives each person, beside a mention: a party tag after it,
        ``, a Republican,`` after it, or ``Republican`` right before it."""
        found: dict[str, str] = {}
        for start, end, entity in self.mentions:
            if entity.kind != "PERSON":
                continue
            gap = end
            while gap < min(len(self.text), end + 4) and self.text[gap] in " \t":
                gap += 1
            after = _PARTY_AFTER().match(self.text, gap)
            before = _PARTY_BEFORE().search(self.text, max(0, start - 40), start)
            match = after or before
            if match is not None:
                word = (match.group(1) or match.group(2)).lower()
                found.setdefault(entity.name, _PARTIES[word])
        return found

    def coordinated(self, tokens: Sequence[_Token]) -> str | None:
        """Two people named as one source (``Lima and Costa wrote``): both canonical names
        joined by *and*, when each side is a person of the text; else None."""
        joins = [i for i, t in enumerate(tokens) if t.word in ("and", "&")]
        if len(joins) != 1 or not 0 < joins[0] < len(tokens) - 1:
            return None
        at = joins[0]
        if not all(_name_word(t) for i, t in enumerate(tokens) if i != at):
            return None
        people = {person.name for person in self.people}
        sides = [
            self.resolve(tokens[0].start, tokens[at - 1].end)[0],
            self.resolve(tokens[at + 1].start, tokens[-1].end)[0],
        ]
        if all(side in people for side in sides) and sides[0] != sides[1]:
            return f"{sides[0]} and {sides[1]}"
        return None

    def full_name(self, family: str) -> str | None:
        """The first ``Given Family`` written in the text, for a surname no entity holds."""
        if family in self.full_names:
            return self.full_names[family]
        found = None
        if len(self.full_names) < _FULL_NAME_SEARCHES:
            pattern = _FULL_NAME.format(family=re.escape(family))
            for match in compile_regex(pattern).finditer(self.text):
                name = parse_name(match.group())
                if name.given and name.family == family:
                    found = f"{name.given} {name.family}"
                    break
        self.full_names[family] = found
        return found

    def last_speaker(
        self,
        before: int,
        *,
        person: bool,
        within: int = 2,
        antecedent: bool = False,
        gender: str | None = None,
    ) -> str | None:
        """The last named speaker of the kind before ``before``, ``within`` paragraphs back
        (of the ``gender`` a pronoun gives, where the text tells the speaker's).

        With ``antecedent`` (a pronoun wants one), the one person named in this paragraph
        or the one before stands in when no one spoke yet, else the one named in the three
        paragraphs before (the person the text is about).
        """
        paragraph = self.paragraphs.of(before)
        for where in range(paragraph, max(-1, paragraph - within - 1), -1):
            self.cue_speakers(where)
            found = [
                event
                for events in (
                    self.cues.get((where, person), []),
                    self.quoted_speakers.get((where, person), []),
                )
                for event in events[: bisect.bisect_left(events, (before,))]
                if self.agrees(event[1], gender)
            ]
            if found:
                return max(found)[1]
        if person and antecedent:
            for back in (1, 3):
                start = self.paragraphs.starts[max(0, paragraph - back)]
                found_person = self.only_person(start, before, gender=gender)
                if found_person is not None:
                    return found_person
        return None

    def mention_of(self, name: str, start: int, end: int) -> tuple[int, int] | None:
        """The span of the last mention of the entity ``name`` in ``[start, end)``."""
        index = bisect.bisect_left(self.starts, end)
        while index > 0 and self.starts[index - 1] >= start:
            index -= 1
            m_start, m_end, entity = self.mentions[index]
            if entity.name == name:
                return (m_start, m_end)
        return None

    def only_person(self, start: int, end: int, *, gender: str | None = None) -> str | None:
        """The one person mentioned in ``[start, end)`` (of ``gender``, where the text
        tells), looking at the nearest mentions."""
        index = bisect.bisect_left(self.starts, end)
        stop = max(bisect.bisect_left(self.starts, start), index - _NEARBY)
        named = set()
        for _start, _end, entity in reversed(self.mentions[stop:index]):
            if entity.kind == "PERSON" and self.agrees(entity.name, gender):
                named.add(entity.name)
                if len(named) > 1:
                    return None
        return named.pop() if named else None

    def agrees(self, name: str, gender: str | None) -> bool:
        """Whether the person ``name`` may be what a pronoun of ``gender`` stands for:
        the text gives no gender for them, or the same one."""
        if gender is None:
            return True
        if self.genders is None:
            self.genders = self.read_genders()
        return self.genders.get(name, gender) == gender

    def read_genders(self) -> dict[str, str]:
        """What the text says of each person's gender: the honorific before a mention
        (``Mr.``, ``Ms.``), and the pronouns that follow a mention in its sentence, before
        anyone else is named (``Costa bought his first boat``); the most told, if any."""
        votes: dict[str, list[int]] = {}  # name: [male, female]
        text = self.text
        people = [m for m in self.mentions if m[2].kind == "PERSON"]
        for index, (start, end, entity) in enumerate(people):
            tally = votes.setdefault(entity.name, [0, 0])
            before = max(0, start - 6)
            honorific = (  # (each honorific holds an "M")
                _HONORIFIC().search(text, before, start) if "M" in text[before:start] else None
            )
            if honorific is not None:
                tally[honorific.group(1).lower() != "mr"] += 2
            stop = people[index + 1][0] if index + 1 < len(people) else len(text)
            window = text[end : min(stop, end + _PRONOUN_REACH)]
            cut = _SENTENCE_OR_QUOTE().search(window)
            pronoun = _GENDERED().search(window, 0, cut.start() if cut else len(window))
            if pronoun is not None:
                tally[pronoun.group().lower() in _FEMININE] += 1
        told = {
            name: ("m" if male > female else "f")
            for name, (male, female) in votes.items()
            if male != female
        }
        for name in votes.keys() - told.keys():  # the text says nothing: the given name may
            given = _given_gender(name)
            if given is not None:
                told[name] = given
        return told

    def note(self, at: int, name: str | None, kind: str) -> None:
        """Note the speaker of the quote at ``at``."""
        if name is not None and kind:
            where = (self.paragraphs.of(at), kind == "PERSON")
            bisect.insort(self.quoted_speakers.setdefault(where, []), (at, name))

    def cue_speakers(self, paragraph: int) -> None:
        """Note the named speakers of the writer's cues in ``paragraph``, once."""
        if (paragraph, True) in self.cues:
            return
        people: list[tuple[int, str]] = []
        others: list[tuple[int, str]] = []
        self.cues[(paragraph, True)], self.cues[(paragraph, False)] = people, others
        text, segments, starts = self.text, self.segments, self.segment_starts
        floor = self.paragraphs.starts[paragraph]
        ceiling = min(self.paragraphs.ends[paragraph], self.end)
        for start, cue_end in _cue_words(text, floor, max(floor, ceiling)):
            inside = bisect.bisect_right(starts, start) - 1
            if inside >= 0 and segments[inside].end > start:
                continue  # a cue inside a quote is the speaker's, not the writer's
            tokens = _tokens(text, max(floor, start - 120), cue_end)
            if not tokens or not _cue_at(tokens, len(tokens) - 1):
                continue  # "Ruiz's remarks": a noun
            who = _speaker_before(tokens, _before_chain(tokens, len(tokens) - 1))
            if who is None:
                continue
            a, b = tokens[who[0]].start, tokens[who[1]].end
            if text[a:b].strip(_PUNCT).lower() in _PRONOUNS:
                continue
            name, kind = self.resolve(a, b)
            if name is not None and kind:
                (people if kind == "PERSON" else others).append((start, name))
