"""A speaker named by surname resolves to the full name the story introduced, when that name holds
two particles in a row or opens with a month's short form before an initial (issue 8)."""

from __future__ import annotations

import pytest

import newsparse

# (the sentence that introduces the person, the quote's attribution, the speaker's full name)
CASES = [
    ("The tavern was run by Ana de la Fuente for years.", "de la Fuente said", "Ana de la Fuente"),
    ("The tavern was run by Ana de Fuente for years.", "de Fuente said", "Ana de Fuente"),
    ("The report was written by Jan M. Vogel, a port engineer.", "Vogel said", "Jan M. Vogel"),
    # near misses: a month in full after "in" is a date, the name is the initial and surname
    ("The fee was cut in March J. Ortiz said.", "Ortiz said", "J. Ortiz"),
]


@pytest.mark.parametrize(("intro", "attribution", "speaker"), CASES)
def test_a_surname_resolves_to_the_full_name(intro: str, attribution: str, speaker: str) -> None:
    text = f"Harbour news\n\n{intro}\n\n\"We stayed open through every storm,\" {attribution}.\n"
    article = newsparse.parse_article(text)
    assert [q.speaker.name if q.speaker else None for q in article.quotes] == [speaker]


STORY = (
    "\n\nThe harbour board met on Tuesday to discuss the new ferry timetable. Members said the changes "
    "would start in spring.\n"
)

# (the line under the headline, the byline's authors, its text): a name with particles in a row before
# a stamp on its line reads as one with a single particle does; particles with no surname after them do not
BYLINE_BEFORE_STAMP = [
    ("By Ana van Rijn - Dec 2, 2016", ("Ana van Rijn",), "By Ana van Rijn"),
    ("By Ana de la Fuente - Dec 2, 2016", ("Ana de la Fuente",), "By Ana de la Fuente"),
    ("By Ana de la Fuente Dec 2, 2016", ("Ana de la Fuente",), "By Ana de la Fuente"),
    ("By Ana de la - Dec 2, 2016", None, None),
]


@pytest.mark.parametrize(("line", "authors", "text"), BYLINE_BEFORE_STAMP)
def test_particles_in_a_row_in_a_byline_before_a_stamp(line: str, authors: tuple[str, ...] | None, text: str | None) -> None:
    article = newsparse.parse_article("Ferry timetable to change\n\n" + line + STORY)
    assert (article.byline.authors if article.byline else None) == authors
    assert (article.byline.text if article.byline else None) == text
    assert article.published is not None and article.published.text == "Dec 2, 2016"
