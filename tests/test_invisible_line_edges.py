"""Invisible format characters at a line's ends (direction marks, zero-width spaces, a byte-order
mark) are read as the line's whitespace is: text copied from right-to-left pages or some CMSs puts
one after every full stop, and such story lines used to be filed as boilerplate."""

from __future__ import annotations

import pytest

import newsparse
from newsparse.lines import split_lines

RLM, LRM, ZWSP, BOM, RLI, PDI = "\u200f", "\u200e", "\u200b", "\ufeff", "\u2067", "\u2069"


def test_an_article_copied_from_a_right_to_left_page_keeps_its_story_and_quotes() -> None:
    text = (
        f"Haifa port closes as storm nears{RLM}\n\n"
        f"The port of Haifa closed to shipping on Tuesday as a winter storm moved in from the sea.{RLM}\n\n"
        f"\u201cWe will reopen as soon as the waves allow it,\u201d said Dana Levi, the port\u2019s director.{RLM}\n\n"
        f"Fishermen said they had brought their boats in a day early.{RLM}\n"
    )
    article = newsparse.parse_article(text)
    assert article.headline is not None and article.headline.text == "Haifa port closes as storm nears"
    assert [p.text for p in article.paragraphs] == [
        "The port of Haifa closed to shipping on Tuesday as a winter storm moved in from the sea.",
        "\u201cWe will reopen as soon as the waves allow it,\u201d said Dana Levi, the port\u2019s director.",
        "Fishermen said they had brought their boats in a day early.",
    ]
    assert list(article.boilerplate) == []
    found = [(q.text, q.speaker.name if q.speaker else None) for q in article.quotes]
    assert ("We will reopen as soon as the waves allow it,", "Dana Levi") in found
    assert ("they had brought their boats in a day early", "Fishermen") in found
    assert article.span_mismatches() == []


@pytest.mark.parametrize("mark", [RLM, LRM, ZWSP, "\u2060"])
def test_a_one_line_quote_paragraph_ending_in_a_mark_is_a_paragraph(mark: str) -> None:
    text = f"Bridge reopens\n\n\u201cThe bridge is safe again,\u201d said Omar Haddad, the city engineer.{mark}\n"
    article = newsparse.parse_article(text)
    assert [p.text for p in article.paragraphs] == ["\u201cThe bridge is safe again,\u201d said Omar Haddad, the city engineer."]
    assert [(q.text, q.speaker.name if q.speaker else None) for q in article.quotes] == [
        ("The bridge is safe again,", "Omar Haddad")
    ]


def test_a_hard_wrapped_paragraph_with_marks_at_its_line_ends_is_one_paragraph() -> None:
    text = (
        "Council approves harbour plan\n\n"
        f"The council approved the harbour plan on Monday after a debate{ZWSP}\n"
        f"that ran late into the night, the mayor's office said.{ZWSP}\n\n"
        "Work is due to start in the spring.\n"
    )
    article = newsparse.parse_article(text)
    assert [p.text for p in article.paragraphs] == [
        "The council approved the harbour plan on Monday after a debate that ran late into the night, "
        "the mayor's office said.",
        "Work is due to start in the spring.",
    ]
    assert article.span_mismatches() == []


@pytest.mark.parametrize(
    ("raw", "lines"),
    [
        # marks at the ends go with the whitespace
        (f"  Rain ends drought.{RLM} ", [("Rain ends drought.", 2, 20)]),
        (f"{BOM}{ZWSP}Crews clear roads{LRM}", [("Crews clear roads", 2, 19)]),
        # a byte-order mark before a later line (two files joined), not only the first
        (f"First line\n{BOM}Second line", [("First line", 0, 10), ("Second line", 12, 23)]),
        # a bidi pair whose partner stands inside the line stays whole
        (f"By {RLI}Nour El-Sayed{PDI}", [(f"By {RLI}Nour El-Sayed{PDI}", 0, 18)]),
        (f"{RLI}HAMBURG{PDI} (dpa) -", [(f"{RLI}HAMBURG{PDI} (dpa) -", 0, 17)]),
        # a pair around the whole line goes
        (f"{RLI}The port is closed.{PDI}", [("The port is closed.", 1, 20)]),
        # a soft hyphen shows where a line breaks: it stays
        ("demon\u00ad", [("demon\u00ad", 0, 6)]),
        # marks inside a line stay
        (f"Ana{ZWSP} Lima", [(f"Ana{ZWSP} Lima", 0, 9)]),
        # a line of nothing but invisible characters is still a line
        (f"A\n{ZWSP}{RLM}\nB", [("A", 0, 1), (f"{ZWSP}{RLM}", 2, 4), ("B", 5, 6)]),
    ],
)
def test_split_lines_sheds_invisible_characters_at_line_ends(raw: str, lines: list[tuple[str, int, int]]) -> None:
    assert [(line.text, line.span.start, line.span.end) for line in split_lines(raw)] == lines
