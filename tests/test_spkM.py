"""Wrong speakers still open (issue 5, role spkM): each bad shape beside near-misses that must not change, read
by :func:`newsparse.parse_article` (of the case's language pack, if any), ``(quoted text, speaker's name,
speaker's mention)`` in order."""

from __future__ import annotations

import pytest

from quote_cases import SpeakerRow, speaker_rows

#: ``(text, language, quotes)``
Table = list[tuple[str, "str | None", list[SpeakerRow]]]

# 1. a body's name that lists words with commas before "and" after its link ("of", "for") is the whole name,
# never the list's last pair; and a list of places after a preposition belongs to the noun before it
LISTED_BODIES: Table = [
    (
        "The Bureau of Alcohol, Tobacco and Firearms said the rule would change.",
        None,
        [("the rule would change", "Bureau of Alcohol, Tobacco and Firearms", "The Bureau of Alcohol, Tobacco and Firearms")],
    ),
    (
        "The Department for Environment, Food and Rural Affairs said the rule would change.",
        None,
        [("the rule would change", "The Department for Environment, Food and Rural Affairs",
          "The Department for Environment, Food and Rural Affairs")],
    ),
    (
        "A spokeswoman for the Bureau of Alcohol, Tobacco and Firearms said the rule would change.",
        None,
        [("the rule would change", "A spokeswoman for the Bureau of Alcohol, Tobacco and Firearms",
          "A spokeswoman for the Bureau of Alcohol, Tobacco and Firearms")],
    ),
    (
        "Officials from Lyon, Paris and Nice said the rule would change.",
        None,
        [("the rule would change", "Officials from Lyon, Paris and Nice", "Officials from Lyon, Paris and Nice")],
    ),
    # (near-misses: no list, or a list with no link before it)
    (
        "The Department of Health and Human Services said the rule would change.",
        None,
        [("the rule would change", "Department of Health and Human Services", "The Department of Health and Human Services")],
    ),
    (
        "Officials from Paris and Nice said the rule would change.",
        None,
        [("the rule would change", "Officials from Paris and Nice", "Officials from Paris and Nice")],
    ),
    (
        "In Lyon, Tom Berg and Eva Hall said the rule would change.",
        None,
        [("the rule would change", "Tom Berg and Eva Hall", "Tom Berg and Eva Hall")],
    ),
]


@pytest.mark.parametrize(("text", "language", "expected"), LISTED_BODIES)
def test_listed_body_is_whole(text: str, language: str | None, expected: list[SpeakerRow]) -> None:
    assert speaker_rows(text, language) == expected

# 2. a body's name that ends in a capitalised word of BODY_NAME_HEADS ("Survey", "Trust") after capitalised words
# is the body's whole name (never "Geological Survey" or "Trust"), or the mention as written when someone speaks
# for it; a person with a title keeps the name, and "the survey" in lower case is no body's name
BODY_HEADS: Table = [
    (
        "The U.S. Geological Survey said the quake was strong.",
        None,
        [("the quake was strong", "U.S. Geological Survey", "The U.S. Geological Survey")],
    ),
    (
        "The British Geological Survey said the quake was strong.",
        None,
        [("the quake was strong", "British Geological Survey", "The British Geological Survey")],
    ),
    (
        "The National Trust said the house would open in May.",
        None,
        [("the house would open in May", "National Trust", "The National Trust")],
    ),
    (
        "A spokeswoman for the U.S. Geological Survey said the quake was strong.",
        None,
        [("the quake was strong", "A spokeswoman for the U.S. Geological Survey",
          "A spokeswoman for the U.S. Geological Survey")],
    ),
    # (near-misses: a person's name after a title, the noun in lower case)
    ("Rep. Ana Trust said the plan was bad.", None, [("the plan was bad", "Ana Trust", "Rep. Ana Trust")]),
    ("Governor Ana Trust said the plan was bad.", None, [("the plan was bad", "Ana Trust", "Governor Ana Trust")]),
    ("The survey said most voters were unhappy.", None, [("most voters were unhappy", "The survey", "The survey")]),
    (
        "U.S. Geological Survey seismologist Ana Ruiz said the quake was strong.",
        None,
        [("the quake was strong", "Ana Ruiz", "U.S. Geological Survey seismologist Ana Ruiz")],
    ),
]


@pytest.mark.parametrize(("text", "language", "expected"), BODY_HEADS)
def test_body_head_keeps_whole_name(text: str, language: str | None, expected: list[SpeakerRow]) -> None:
    assert speaker_rows(text, language) == expected


def test_body_heads_are_overridable() -> None:
    """A subclass that empties BODY_NAME_HEADS reads "Geological Survey" as before (the vocabulary decides)."""
    from newsparse.quotes.parser import QuoteParser
    from newsparse.spans import Paragraph, Span

    class NoHeads(QuoteParser):
        BODY_NAME_HEADS = ()

    text = "The U.S. Geological Survey said the quake was strong."
    paragraphs = [Paragraph(text, Span(0, len(text)))]
    assert [q.speaker.name for q in QuoteParser().parse(text, paragraphs) if q.speaker] == ["U.S. Geological Survey"]
    assert [q.speaker.name for q in NoHeads().parse(text, paragraphs) if q.speaker] == ["Geological Survey"]


# 3. a news agency's name right before a word in capitals is no given name ("told Reuters MHI is ..."): the people
# index does not make "Reuters MHI" a person that a later "he" resolves to
AGENCY_BEFORE_ACRONYM: Table = [
    (
        "\"We build the best ships,\" Yuki Sato said.\n\nHarbour officials told Reuters MHI is the largest yard.\n\n"
        "MHI also plans to build planes, he said.",
        None,
        [
            ("We build the best ships,", "Yuki Sato", "Yuki Sato"),
            ("MHI is the largest yard", "Harbour officials", "Harbour officials"),
            ("MHI also plans to build planes", "Yuki Sato", "he"),
        ],
    ),
]


@pytest.mark.parametrize(("text", "language", "expected"), AGENCY_BEFORE_ACRONYM)
def test_agency_before_acronym_is_no_person(text: str, language: str | None, expected: list[SpeakerRow]) -> None:
    assert speaker_rows(text, language) == expected


@pytest.mark.parametrize(
    ("words", "person"),
    [(("told", "Reuters", "MHI", "is"), False), (("met", "Petra", "Kvitova", "today"), True), (("Reuters", "Holt"), True)],
)
def test_agency_word_before_acronym(words: tuple[str, ...], person: bool) -> None:
    """The index reads "Reuters MHI" as no one, "Petra Kvitova" (an agency's name as a given name) as a person."""
    from newsparse.people import PersonIndex
    from newsparse.vocabulary import Vocabulary

    text = " ".join(words) + "."
    index = PersonIndex.build(Vocabulary(), [(text, 0)])
    assert bool(index.people) is person
