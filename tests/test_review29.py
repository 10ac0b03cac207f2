"""Stop 28's second code read (review29): a name set off after a role is the speaker only when the
words before it end in a noun, not in a grammar word; the search for the answer after a question's
topic reads a bounded number of cues."""

from __future__ import annotations

import pytest

from newsparse import parse_article
from newsparse.quotes.words import QuoteWords

HEAD = "Club vows to rebuild\n\n"


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        # a grammar word before the name: the name is no apposition of the role
        ('"We will rebuild," said his coach, not Lena Moss.', "his coach"),
        ('"We will rebuild," said his coach, and Lena Moss.', "his coach"),
        ('"We will rebuild," said the club\'s captain, with Tom Hale.', "the club's captain"),
        # a role noun before the name: the name is the speaker
        ('"We will rebuild," said her former pupil, Olympic swimmer Dana Kray.', "Dana Kray"),
        ('"We will rebuild," said a spokeswoman for the club, press officer Ana Ruiz.', "Ana Ruiz"),
    ],
)
def test_a_name_set_off_after_a_role_needs_a_noun_before_it(sentence: str, speaker: str) -> None:
    article = parse_article(HEAD + sentence + "\n")
    assert [q.speaker.name if q.speaker else None for q in article.quotes] == [speaker]


def test_the_answer_after_a_question_topic_is_looked_for_among_a_few_cues() -> None:
    assert QuoteWords.MAX_TOPIC_CUES == 4
    # (the answer's cue comes first: found; the bound does not hide it)
    article = parse_article(HEAD + 'When Tom Berg was questioned about the deal he said "it was fair".\n')
    assert [(q.text, q.speaker.name if q.speaker else None) for q in article.quotes][-1] == ("it was fair", "Tom Berg")
