"""The one name model (``newsparse.names``) and the speakers it gives (invented people)."""

from __future__ import annotations

import pytest

import newsparse
from newsparse import ArticleParser, Vocabulary
from newsparse.names import NameModel

MODEL = NameModel(Vocabulary())


@pytest.mark.parametrize(
    ("words", "preceding", "count"),
    [
        (("transport", "expert", "Jan", "Vogel"), None, 2),
        (("June", "Whitaker"), None, 2),
        (("June", "Whitaker"), "in", 1),
        (("June", "5"), None, 0),
        (("Russian", "President", "Vladimir", "Putin"), None, 2),
        (("Ursula", "von", "der", "Leyen"), None, 4),
        (("the", "Harbour", "Authority"), None, 0),
        (("Mr.", "Okafor"), None, 1),
    ],
)
def test_trailing_name(words: tuple[str, ...], preceding: str | None, count: int) -> None:
    assert MODEL.trailing_name(words, preceding) == count


@pytest.mark.parametrize(
    ("text", "expected"),
    [("June Whitaker", True), ("Jan Vogel", True), ("Sunday Times", False), ("President Putin", False),
     ("Ana", False), ("Ana B. Ruiz", True)],
)
def test_is_name(text: str, expected: bool) -> None:
    assert MODEL.is_name(text) is expected


@pytest.mark.parametrize(
    ("paragraph", "speakers"),
    [
        ('"We will not run trains on Sunday," said transport expert Jan Vogel.', ["Jan Vogel"]),
        ('June Whitaker, the council leader, said the budget would pass. "It is done," Whitaker said.',
         ["June Whitaker", "June Whitaker"]),
        ("In June Whitaker said the budget would pass.", ["Whitaker"]),
        ("May Ortiz, who chairs the board, said the fares would rise in the spring.", ["May Ortiz"]),
    ],
)
def test_month_names_as_given_names(paragraph: str, speakers: list[str]) -> None:
    quotes = newsparse.parse_article(f"City news\n\n{paragraph}").quotes
    assert [q.speaker.name for q in quotes if q.speaker] == speakers


def test_german_compound_title_before_a_month_named_person() -> None:
    text = (
        "Umleitung in Kassel\n\n"
        "Der Verkehrsexperte Jan Vogel erklärte, dass die Umleitung noch bis Juni bestehen werde.\n\n"
        "„Wir haben keine Zeit verloren“, sagte Vogel."
    )
    quotes = ArticleParser(language="de").parse(text).quotes
    assert [(q.speaker.mention, q.speaker.name) for q in quotes if q.speaker] == [
        ("Der Verkehrsexperte Jan Vogel", "Jan Vogel"),
        ("Vogel", "Jan Vogel"),
    ]
