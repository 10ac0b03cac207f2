"""Mutation pass mut65 (issue 8): the mutants on the lines of ``src/newsparse`` changed in
``53fdb925..6785a5c3`` (round 64), made by ``dev/mutants.py`` on ``6785a5c3``.  Each table pins
down a rule whose mutants no reaching test noticed within the run's budget: a text in a real
layout and what must come out of it, the rows that must not fire beside those that must (see
docs/testing.md, "Mutation testing")."""

from __future__ import annotations

import pytest

from articles import parse_held, parts_of
from newsparse.spans import QuoteKind
from parts import blocks
from quote_cases import mention_rows, quote_speakers

D, R = QuoteKind.DIRECT, QuoteKind.INDIRECT
TRAMS = "Council approves tram extension"
STORY = [
    "The city council approved a tram extension to the airport on Tuesday after a four-hour debate.",
    "Work on the first stretch of track is due to start in the spring, the council said.",
]


# -- ArticleParser.__init__ (FOOT_NOTE_LABELS, SUPPORT_LABELS read with their blanks made one):
# -- a note to the reader or an appeal of several words under the story, written with one blank
# -- or more between its words, is boilerplate; a one-word heading of neither stays the story's
@pytest.mark.parametrize(
    ("foot", "filed", "kept"),
    [
        (["A note to our readers:\nWe have covered the council for six years. If you value this reporting, please "
          "consider a gift."],
         [("editors-note", "A note to our readers:"),
          ("editors-note", "We have covered the council for six years. If you value this reporting, please consider a gift.")],
         []),
        (["Editor's  note: An earlier version of this story gave the wrong date for the vote."],
         [("editors-note", "Editor's  note: An earlier version of this story gave the wrong date for the vote.")], []),
        (["Support  local journalism", "Donate today to keep our reporters at every council meeting."],
         [("subscribe", "Support  local journalism"),
          ("subscribe", "Donate today to keep our reporters at every council meeting.")], []),
        # must not change: a crosshead that is no label, over the story's own sentence
        (["Next steps", "The mayor said the route would be reviewed again in May."], [],
         ["Next steps", "The mayor said the route would be reviewed again in May."]),
    ],
)
def test_note_or_appeal_of_several_words_at_the_foot(foot: list[str], filed: list[tuple[str, str]], kept: list[str]) -> None:
    _, found, paragraphs = parts_of(parse_held(blocks(TRAMS, "By Tom Hale", *STORY, *foot)))
    assert found == filed
    assert paragraphs == [*STORY, *kept]


# -- SpeakerResolution.by_description (portfolios_shared): a bare role after two people who hold
# -- two portfolios of it is either of them, left as written; after one portfolio it is that person
SHUT = "SWANSEA (AP) — Ports and rail lines were shut on Wednesday by the storm.\n\n"
PORTFOLIOS = [
    (SHUT + "The transport secretary said the lines would reopen on Friday. The finance secretary, Rhys Owen, said "
     'aid would follow.\n\n"We are working around the clock," the secretary said.',
     [("the lines would reopen on Friday", R, "The transport secretary", "The transport secretary"),
      ("aid would follow", R, "Rhys Owen", "Rhys Owen"),
      ("We are working around the clock,", D, "the secretary", "the secretary")]),
    (SHUT + "Transport minister Ana Ruiz said the lines would reopen on Friday. Energy minister Tom Berg said "
     'shelters were open.\n\n"Nobody will be left out," the minister said.',
     [("the lines would reopen on Friday", R, "Ana Ruiz", "Transport minister Ana Ruiz"),
      ("shelters were open", R, "Tom Berg", "Energy minister Tom Berg"),
      ("Nobody will be left out,", D, "the minister", "the minister")]),
    # must not change: one portfolio named before, the role is that person's
    (SHUT + 'Transport minister Ana Ruiz said the lines would reopen on Friday.\n\n"Nobody will be left out," '
     "the minister said.",
     [("the lines would reopen on Friday", R, "Ana Ruiz", "Transport minister Ana Ruiz"),
      ("Nobody will be left out,", D, "Ana Ruiz", "the minister")]),
]


@pytest.mark.parametrize(("text", "expected"), PORTFOLIOS)
def test_bare_role_after_two_portfolios(text: str, expected: list[tuple[str, QuoteKind, str | None, str | None]]) -> None:
    assert mention_rows(text) == expected


# -- BylineParser.without_placed_prefix: "From" before a name and a place is no part of the name;
# -- a name of three words before "in" keeps its first word
@pytest.mark.parametrize(
    ("byline", "authors"),
    [
        ("From PETER MWANGI in Nakuru", ("PETER MWANGI",)),
        ("From Grace Atieno in Kisumu", ("Grace Atieno",)),
        # must not change: a given name first, no prefix
        ("JUAN PABLO SOSA in Asuncion", ("JUAN PABLO SOSA",)),
        ("Mary Anne Kiplagat in Eldoret", ("Mary Anne Kiplagat",)),
    ],
)
def test_placed_byline_without_its_prefix(byline: str, authors: tuple[str, ...]) -> None:
    article = parse_held(blocks(TRAMS, f"{byline}\nPublished: 18 Nov, 2026 09:15 AM", *STORY))
    assert article.byline is not None and article.byline.authors == authors
    assert [p.text for p in article.paragraphs] == STORY


# -- ReportedSpeech.read_reported: joined or listed names before the verb all speak, from the
# -- sentence's start
JOINED = [
    ("Ana Ortiz and Ben Lee said the shop would close in May.",
     [("the shop would close in May", "Ana Ortiz and Ben Lee")]),
    ("Ana Ortiz, Ben Lee and Lee Chan said the shop would close in May.",
     [("the shop would close in May", "Ana Ortiz, Ben Lee and Lee Chan")]),
    ("Tom Berg and his aides said the talks had failed.", [("the talks had failed", "Tom Berg and his aides")]),
    ("Ana Ortiz, the mayor, and her deputies said the budget was balanced.",
     [("the budget was balanced", "Ana Ortiz and her deputies")]),
    # must not change: one name
    ("Ana Ortiz said the shop would close in May.", [("the shop would close in May", "Ana Ortiz")]),
]


@pytest.mark.parametrize(("text", "expected"), JOINED)
def test_joined_names_speak_together(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert quote_speakers(text) == expected


# -- SpeakerResolution.resolve_organisation: a body's capitalised name after "the" is its name
BODIES = [
    ('The harbour will close for a month.\n\n"We have no choice," the Harbour Board said.',
     [("We have no choice,", "Harbour Board")]),
    ('Fares will rise in May.\n\n"Costs have doubled," the Regional Transport Authority said.',
     [("Costs have doubled,", "Regional Transport Authority")]),
]


@pytest.mark.parametrize(("text", "expected"), BODIES)
def test_body_named_after_its_article(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert quote_speakers(text) == expected
