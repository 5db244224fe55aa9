"""find_entities: texts of our own, the seeds (from ../shared), and properties."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsseed
from newsseed import Entity, find_entities
from newsseed._model import ENTITY_KINDS

STORY = """Foreign Minister Ana Ruiz met Trade Secretary Tom Baker in Lisbon on Monday. \
Ruiz said the talks were useful. The minister added that Portugal would reply. \
Baker declined to comment.

The Maritime Safety Agency (MSA) said the MSA would inspect the port. The Department of \
Ports said the DoP agreed.

The navy ordered six K-9 Vajra howitzers and Stinger missiles before the Ocean Futures \
Summit in Nairobi. Portuguese officials and Democrats welcomed the Japan-India deal in \
the Indo-Pacific.

However, on Tuesday, in March, President [Lena] Ortiz and Prime Minister Omar Haddad met. \
Ortiz's aides said so."""


def _found(text: str) -> dict[str, tuple[str, list[str], tuple[str, ...]]]:
    return {
        e.name: (e.kind, [m.of(text) for m in e.mentions], e.roles) for e in find_entities(text)
    }


def test_people_with_titles_surnames_and_offices_alone() -> None:
    found = _found(STORY)
    assert found["Ana Ruiz"] == ("PERSON", ["Ana Ruiz", "Ruiz", "minister"], ("Foreign Minister",))
    assert found["Tom Baker"] == ("PERSON", ["Tom Baker", "Baker"], ("Trade Secretary",))
    assert found["Lena Ortiz"] == ("PERSON", ["[Lena] Ortiz", "Ortiz"], ("President",))
    assert found["Omar Haddad"] == ("PERSON", ["Omar Haddad"], ("Prime Minister",))


def test_organisations_and_their_acronyms() -> None:
    found = _found(STORY)
    assert found["Maritime Safety Agency"] == ("ORG", ["Maritime Safety Agency", "MSA", "MSA"], ())
    assert found["Department of Ports"] == ("ORG", ["Department of Ports", "DoP"], ())


def test_places_groups_products_and_events() -> None:
    found = _found(STORY)
    kinds = {name: kind for name, (kind, _, _) in found.items()}
    assert {n for n, k in kinds.items() if k == "PLACE"} == {
        "Lisbon",
        "Portugal",
        "Nairobi",
        "Japan",
        "India",
        "Indo-Pacific",
    }
    assert {n for n, k in kinds.items() if k == "PRODUCT"} == {"K-9 Vajra", "Stinger"}
    assert {n for n, k in kinds.items() if k == "EVENT"} == {"Ocean Futures Summit"}
    assert {n for n, k in kinds.items() if k == "NORP"} == {"Portuguese", "Democrats"}


def test_what_is_not_an_entity() -> None:
    assert find_entities("However, on Tuesday, in March, the talks went on.") == ()
    assert find_entities("According to the report, Speaking of which, And so on.") == ()
    assert find_entities("") == ()


def test_countries_are_one_place_under_every_name() -> None:
    text = "The US and the United States are one; U.S. troops and America's allies agree."
    (place,) = find_entities(text)
    assert (place.name, place.kind) == ("United States", "PLACE")
    assert [m.of(text) for m in place.mentions] == ["US", "United States", "U.S.", "America"]


def test_parse_fills_article_entities_and_the_option_turns_it_off() -> None:
    text = "Talks resume\n\nForeign Minister Ana Ruiz arrived in Lisbon. Ruiz said so."
    article = newsseed.parse(text)
    assert [(e.name, e.kind) for e in article.entities] == [
        ("Ana Ruiz", "PERSON"),
        ("Lisbon", "PLACE"),
    ]
    for entity in article.entities:
        for mention in entity.mentions:
            assert mention.of(article.text)
    options = newsseed.ParseOptions(find_entities=False)
    assert newsseed.parse(text, options=options).entities == ()


pieces = st.sampled_from(
    ["Foreign", "Minister", "Ana", "Ruiz", "said", "the", "minister", "of", "Department",
     "(DoD)", "DoD", "US", "U.S.", "India-US", "Indo-Pacific", "K-9", "missiles", "Summit",
     "President", "[Lena]", "'s", ".", ",", "\n", "\n\n", "The", "However", "Mr.", "S.",
     "then-US", "Ortiz's", "Democrats", "Lisbon", "New", "Delhi", "and"]
)  # fmt: skip
texts = st.lists(pieces, max_size=40).map(" ".join) | st.text(max_size=200)


@given(texts)
def test_find_entities_is_total_and_its_spans_are_evidence(text: str) -> None:
    entities = find_entities(text)
    firsts = [entity.mentions[0].start for entity in entities]
    assert firsts == sorted(firsts)
    for entity in entities:
        assert isinstance(entity, Entity)
        assert entity.kind in ENTITY_KINDS
        assert entity.name
        assert list(entity.mentions) == sorted(set(entity.mentions), key=lambda s: (s.start, s.end))
        for mention in entity.mentions:
            assert 0 <= mention.start < mention.end <= len(text)
            assert mention.of(text).strip() == mention.of(text)


def _people(article: newsseed.Article) -> dict[str, Entity]:
    return {e.name.split()[-1]: e for e in article.entities if e.kind == "PERSON"}


@pytest.mark.shared
def test_seed_people_are_found_once_each_with_every_mention(shared: Path) -> None:
    for path in sorted((shared / "seeds").glob("*.txt")):
        article = newsseed.parse_file(path)
        people = [e for e in article.entities if e.kind == "PERSON"]
        families = [e.name.split()[-1] for e in people]
        assert len(families) == len(set(families)), path.name
        wanted = {"Jaishankar", "Hegseth", "Trump", "Modi"}
        if path.name.startswith("004"):
            wanted.add("Rubio")
        assert wanted <= set(families), path.name
        for family, person in _people(article).items():
            named = article.text.count(family)
            assert len([m for m in person.mentions if family in m.of(article.text)]) == named


@pytest.mark.shared
def test_seed_places_organisations_and_products(shared: Path) -> None:
    by_seed = {
        path.name[:3]: newsseed.parse_file(path)
        for path in sorted((shared / "seeds").glob("*.txt"))
    }
    for article in by_seed.values():
        for entity in article.entities:
            if entity.name == "Indo-Pacific":
                assert entity.kind == "PLACE"
    text = by_seed["002"].text
    (dod,) = [e for e in by_seed["002"].entities if "DoD" in [m.of(text) for m in e.mentions]]
    assert dod.kind == "ORG"
    assert {m.of(text) for m in dod.mentions} - {"DoD"}  # tied to what it abbreviates
    products = [e for e in by_seed["003"].entities if e.kind == "PRODUCT"]
    assert len(products) >= 10


def test_unknown_places_by_what_surrounds_them() -> None:
    text = (
        "Ferries crossed the Ria Clara estuary. Queues formed near Vila Seca and on Elm Street. "
        "In Foreign Minister Ana Ruiz's view, and in Ruiz's words, it was in March."
    )
    found = {e.name: e.kind for e in find_entities(text)}
    assert found == {
        "Ria Clara": "PLACE",
        "Vila Seca": "PLACE",
        "Elm Street": "PLACE",
        "Ana Ruiz": "PERSON",
    }
