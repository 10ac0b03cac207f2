"""review28 (stop 28): second read of the stop's merges, on texts of layouts the new rules were
not written for."""

from __future__ import annotations

import pytest

from newsparse import ArticleParser
from parts import holds_every_line

HEAD = (
    "Regional drug approvals speed up\n\n"
    "Regulators in three states said on Tuesday they would review the proposal before the end of the year.\n\n"
)


# -- words in capitals that end the story's last sentence are no outlet's sign-off ------------------------------

@pytest.mark.parametrize(
    "last",
    [
        "The drug still needs final approval from the U.S. FDA.",  # the sentence's last word, its full stop
        "Polls close across the state at 8 p.m. ET.",  # (and after an abbreviation's stop)
        'Asked whether she would back it, the mayor paused and said: "Maybe." OK.',
    ],
)
def test_capitals_that_end_the_last_sentence_stay_in_the_paragraph(last: str) -> None:
    article = ArticleParser().parse(HEAD + last + "\n")
    assert article.paragraphs[-1].text == last
    assert article.boilerplate == ()
    assert holds_every_line(article)
